#include "ui/dialogs/reportoptionsdialog.h"

#include "model/measuredefinition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tp::ui {

namespace {
using Kind = UnitThemeValues::Kind;
int encode(Kind kind, int measure) {
    return int(kind) * 1000 + measure;
}
} // namespace

ReportOptionsDialog::ReportOptionsDialog(const std::vector<MeasureDefinition>& measures,
                                         const ThematicMap::Options& theme, bool hasBaseline, QWidget* parent)
    : QDialog(parent), m_options(theme),
      m_pages(new QCheckBox(tr("A page per territory with its map and account list"))),
      m_themePage(new QCheckBox(tr("A thematic page: units coloured by"))), m_figure(new QComboBox) {
    setObjectName(QStringLiteral("reportOptions"));
    setWindowTitle(tr("PDF Report"));
    m_pages->setObjectName(QStringLiteral("reportTerritoryPages"));
    m_themePage->setObjectName(QStringLiteral("reportThemePage"));
    m_figure->setObjectName(QStringLiteral("reportThemeFigure"));
    const auto add = [&](Kind kind, int measure) {
        m_figure->addItem(UnitThemeValues::name({kind, measure}, measures), encode(kind, measure));
    };
    for (int j = 0; j < int(measures.size()); ++j) add(Kind::Total, j);
    for (int j = 0; j < int(measures.size()); ++j) add(Kind::Density, j);
    add(Kind::Penetration, 0);
    add(Kind::Coverage, 0);
    if (hasBaseline)
        for (int j = 0; j < int(measures.size()); ++j) add(Kind::Change, j);
    const int preset = m_figure->findData(
        encode(theme.figure.kind, UnitThemeValues::isRatio(theme.figure.kind) ? 0 : theme.figure.measure));
    m_figure->setCurrentIndex(std::max(0, preset));
    m_figure->setEnabled(false);
    connect(m_themePage, &QCheckBox::toggled, m_figure, &QWidget::setEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Besides the map page and the territory summary, add:")));
    layout->addWidget(m_pages);
    auto* themeRow = new QHBoxLayout;
    themeRow->addWidget(m_themePage);
    themeRow->addWidget(m_figure, 1);
    layout->addLayout(themeRow);
    auto* note = new QLabel(tr("%1 in %n class(es), as chosen in the Theme dock.", nullptr, theme.classes)
                                .arg(Classification::name(theme.method)));
    note->setEnabled(false);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool ReportOptionsDialog::territoryPages() const {
    return m_pages->isChecked();
}

std::optional<ThematicMap::Options> ReportOptionsDialog::theme() const {
    if (!m_themePage->isChecked()) return std::nullopt;
    ThematicMap::Options o = m_options;
    const int data = m_figure->currentData().toInt();
    o.figure.kind = Kind(data / 1000);
    o.figure.measure = data % 1000;
    // Changes read on a diverging ramp, everything else on a sequential one.
    if (UnitThemeValues::isSigned(o.figure.kind) != ColorRamp::isDiverging(o.ramp))
        o.ramp = UnitThemeValues::isSigned(o.figure.kind) ? ColorRamp::Id::RdBu : ColorRamp::Id::YlGnBu;
    return o;
}

} // namespace tp::ui
