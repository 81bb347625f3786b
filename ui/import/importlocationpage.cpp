#include "ui/import/importlocationpage.h"

#include "ui/import/accountimportwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tp::ui {

ImportLocationPage::ImportLocationPage(AccountImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setTitle(tr("Locating accounts"));
    setSubTitle(tr("Each account is placed on the map, and so in a unit and a territory."));
    auto* layout = new QVBoxLayout(this);
    auto* group = new QButtonGroup(this);
    const std::array<std::pair<io::LocationSource, QString>, 4> choices{{
        {io::LocationSource::CoordinatesFirst, tr("Both: &coordinates, else the postal code")},
        {io::LocationSource::PostalCodeFirst, tr("Both: the &postal code, else coordinates")},
        {io::LocationSource::CoordinatesOnly, tr("Coor&dinates only (longitude and latitude, or the layer's points)")},
        {io::LocationSource::PostalCodeOnly, tr("Postal code o&nly (the centre of its ZIP area)")},
    }};
    const std::array<const char*, 4> names{"locCoordinatesFirst", "locPostalFirst", "locCoordinatesOnly",
                                           "locPostalOnly"};
    for (const auto& [source, text] : choices) {
        auto* button = new QRadioButton(text);
        button->setObjectName(QLatin1String(names[std::size_t(source)]));
        group->addButton(button, int(source));
        layout->addWidget(button);
        m_choices[std::size_t(source)] = button;
        connect(button, &QRadioButton::toggled, this, [this, source](bool on) {
            if (on) m_wizard->setLocation(source);
            emit completeChanged();
        });
    }
    m_none = new QLabel(
        tr("The mapped columns give no location: go back and choose longitude and latitude or a postal code."));
    m_none->setObjectName(QStringLiteral("importNoLocation"));
    m_none->setWordWrap(true);
    layout->addWidget(m_none);
    layout->addSpacing(12);
    m_fixSwapped =
        new QCheckBox(tr("&Swap latitude and longitude back where they look swapped (else such rows are rejected)"));
    m_fixSwapped->setObjectName(QStringLiteral("importFixSwapped"));
    layout->addWidget(m_fixSwapped);
    layout->addStretch(1);
    connect(m_fixSwapped, &QCheckBox::toggled, this, [this](bool on) { m_wizard->setFixSwapped(on); });
}

void ImportLocationPage::initializePage() {
    io::LocationSource current = m_wizard->location();
    if (!m_wizard->hasLocationSource(current)) {
        for (io::LocationSource s : {io::LocationSource::CoordinatesFirst, io::LocationSource::CoordinatesOnly,
                                     io::LocationSource::PostalCodeOnly})
            if (m_wizard->hasLocationSource(s)) {
                current = s;
                break;
            }
    }
    bool any = false;
    for (std::size_t i = 0; i < m_choices.size(); ++i) {
        const bool available = m_wizard->hasLocationSource(io::LocationSource(i));
        m_choices[i]->setEnabled(available);
        any = any || available;
    }
    m_none->setVisible(!any);
    if (m_wizard->hasLocationSource(current)) m_choices[std::size_t(current)]->setChecked(true);
    m_fixSwapped->setChecked(m_wizard->fixSwapped());
    m_fixSwapped->setEnabled(m_wizard->hasLocationSource(io::LocationSource::CoordinatesOnly));
}

bool ImportLocationPage::isComplete() const {
    return m_wizard->hasLocationSource(m_wizard->location());
}

} // namespace tp::ui
