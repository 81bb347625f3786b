#include "ui/import/importmappingpage.h"

#include "ui/import/accountimportwizard.h"

#include "io/import/numbertext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace tp::ui {
namespace {

// Every non-empty sample value of the column reads as a number.
bool looksNumeric(const io::AccountImportResult& preview, int column) {
    bool any = false;
    for (const QStringList& row : preview.sample) {
        const QString v = row.value(column).trimmed();
        if (v.isEmpty()) continue;
        const QByteArray utf8 = v.toUtf8();
        if (!io::NumberText::read(std::string_view(utf8.constData(), std::size_t(utf8.size()))).isNumber())
            return false;
        any = true;
    }
    return any;
}

} // namespace

ImportMappingPage::ImportMappingPage(AccountImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setTitle(tr("Columns"));
    setSubTitle(tr("Which column feeds each account field. Fields left unused get no value."));
    auto* layout = new QHBoxLayout(this);
    auto* fields = new QGroupBox(tr("Account fields"));
    auto* grid = new QFormLayout(fields);
    grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int f = 0; f < io::accountFieldCount; ++f) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("map_") + io::ColumnMapping::fieldName(io::AccountField(f)));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        grid->addRow(io::ColumnMapping::fieldLabel(io::AccountField(f)) + QLatin1Char(':'), combo);
        m_combos[std::size_t(f)] = combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, f, combo] {
            if (m_filling) return;
            m_wizard->setColumn(io::AccountField(f), combo->currentData().toString());
            update();
        });
    }
    layout->addWidget(fields, 1);
    auto* right = new QVBoxLayout;
    m_remembered =
        new QLabel(tr("This is the mapping you chose the last time you imported a file with these columns."));
    m_remembered->setObjectName(QStringLiteral("importRemembered"));
    m_remembered->setWordWrap(true);
    right->addWidget(m_remembered);
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    right->addWidget(m_notes);
    auto* extrasLabel = new QLabel(tr("Other columns to &keep (numeric ones become measures):"));
    extrasLabel->setWordWrap(true);
    right->addWidget(extrasLabel);
    m_extras = new QListWidget;
    m_extras->setObjectName(QStringLiteral("importExtras"));
    extrasLabel->setBuddy(m_extras);
    right->addWidget(m_extras, 1);
    layout->addLayout(right, 1);
    connect(m_extras, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling) return;
        m_wizard->setIgnored(item->data(Qt::UserRole).toString(), item->checkState() != Qt::Checked);
    });
}

void ImportMappingPage::initializePage() {
    const QStringList& columns = m_wizard->preview().columns;
    m_filling = true;
    for (int f = 0; f < io::accountFieldCount; ++f) {
        QComboBox* combo = m_combos[std::size_t(f)];
        combo->clear();
        combo->addItem(tr("(not used)"), QString());
        for (const QString& c : columns) combo->addItem(c, c);
        combo->setCurrentIndex(std::max(0, combo->findData(m_wizard->mapping().column(io::AccountField(f)))));
    }
    m_filling = false;
    m_remembered->setVisible(m_wizard->mappingWasRemembered());
    update();
}

QString ImportMappingPage::duplicateColumn() const {
    QStringList seen;
    for (const QString& c : m_wizard->mapping().mappedColumns()) {
        if (seen.contains(c)) return c;
        seen << c;
    }
    return {};
}

bool ImportMappingPage::isComplete() const {
    return duplicateColumn().isEmpty();
}

void ImportMappingPage::update() {
    const io::AccountImportResult& preview = m_wizard->preview();
    QStringList notes;
    if (const QString dup = duplicateColumn(); !dup.isEmpty())
        notes << QStringLiteral("<b>%1</b>")
                     .arg(tr("The column \"%1\" is chosen for two fields; a column can feed one field only.")
                              .arg(dup.toHtmlEscaped()));
    for (const QString& n : m_wizard->mapping().gapNotes(preview.hasGeometry)) notes << n.toHtmlEscaped();
    m_notes->setText(notes.isEmpty() ? QString()
                                     : QStringLiteral("<ul style=\"margin-left:-20px\"><li>%1</li></ul>")
                                           .arg(notes.join(QStringLiteral("</li><li>"))));

    m_filling = true;
    m_extras->clear();
    const QStringList mapped = m_wizard->mapping().mappedColumns();
    for (int c = 0; c < preview.columns.size(); ++c) {
        const QString& column = preview.columns[c];
        if (mapped.contains(column)) continue;
        const bool numeric = looksNumeric(preview, c);
        auto* item =
            new QListWidgetItem(numeric ? tr("%1 (numbers: a measure)").arg(column) : tr("%1 (text)").arg(column));
        item->setData(Qt::UserRole, column);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_wizard->ignoredColumns().contains(column) ? Qt::Unchecked : Qt::Checked);
        m_extras->addItem(item);
    }
    m_filling = false;
    emit completeChanged();
}

} // namespace tp::ui
