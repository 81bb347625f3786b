#include "ui/import/importsourcepage.h"

#include "ui/import/accountimportwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tp::ui {

ImportSourcePage::ImportSourcePage(AccountImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setTitle(tr("Sheet and encoding"));
    setSubTitle(tr("The first rows as they will be read."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_layer = new QComboBox;
    m_layer->setObjectName(QStringLiteral("importLayer"));
    m_layerLabel = new QLabel(tr("&Sheet or layer:"));
    m_layerLabel->setBuddy(m_layer);
    form->addRow(m_layerLabel, m_layer);
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect (UTF-8, else Windows-1252)"), int(AccountImportWizard::Encoding::Detect));
    m_encoding->addItem(tr("UTF-8 only"), int(AccountImportWizard::Encoding::Utf8));
    m_encoding->addItem(tr("Windows-1252 / Latin-1"), int(AccountImportWizard::Encoding::Windows1252));
    auto* encodingLabel = new QLabel(tr("Text &encoding:"));
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, m_encoding);
    layout->addLayout(form);
    m_about = new QLabel;
    m_about->setObjectName(QStringLiteral("importAbout"));
    m_about->setWordWrap(true);
    layout->addWidget(m_about);
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    layout->addWidget(m_table, 1);
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling) return;
        m_wizard->setLayer(m_layer->currentText());
        reload();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling) return;
        m_wizard->setEncoding(AccountImportWizard::Encoding(m_encoding->currentData().toInt()));
        reload();
    });
}

void ImportSourcePage::initializePage() {
    m_ok = true;
    showPreview();
}

void ImportSourcePage::reload() {
    QString error;
    m_ok = m_wizard->loadPreview(&error);
    if (!m_ok) {
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_about->setText(error);
    } else {
        showPreview();
    }
    emit completeChanged();
}

void ImportSourcePage::showPreview() {
    const io::AccountImportResult& p = m_wizard->preview();
    m_filling = true;
    m_layer->clear();
    m_layer->addItems(p.layers);
    m_layer->setCurrentText(p.layer);
    const bool layers = p.layers.size() > 1;
    m_layer->setVisible(layers);
    m_layerLabel->setVisible(layers);
    m_encoding->setCurrentIndex(m_encoding->findData(int(m_wizard->encoding())));
    m_filling = false;

    QStringList about;
    if (!p.separator.isNull()) {
        const QString separator = p.separator == QLatin1Char(',')    ? tr("comma")
                                  : p.separator == QLatin1Char(';')  ? tr("semicolon")
                                  : p.separator == QLatin1Char('\t') ? tr("tab")
                                  : p.separator == QLatin1Char('|')  ? tr("pipe")
                                                                     : QString(p.separator);
        about << tr("Columns separated by %1; amounts like 1,234 read with a decimal %2 unless their column shows "
                    "otherwise.")
                     .arg(separator, p.decimalComma ? tr("comma") : tr("point"));
    }
    if (p.hasGeometry) about << tr("The layer's points locate the accounts.");
    about << tr("%n columns.", nullptr, int(p.columns.size()));
    if (p.recodedValues > 0) about << tr("The text is not UTF-8: it is read as Windows-1252.");
    m_about->setText(about.join(QLatin1Char(' ')));

    m_table->clear();
    m_table->setColumnCount(int(p.columns.size()));
    m_table->setHorizontalHeaderLabels(p.columns);
    m_table->setRowCount(int(p.sample.size()));
    for (int r = 0; r < int(p.sample.size()); ++r)
        for (int c = 0; c < int(p.sample[std::size_t(r)].size()) && c < p.columns.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(p.sample[std::size_t(r)][c]));
    // Whole headers where they fit; long values are cut rather than widening a column past 240 px.
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c) m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 240));
}

} // namespace tp::ui
