#include "ui/import/importfilepage.h"

#include "ui/import/accountimportwizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

ImportFilePage::ImportFilePage(AccountImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setTitle(tr("Choose the file"));
    setSubTitle(
        tr("A CRM export or any table of accounts: CSV or text, Excel, OpenDocument, or a GIS layer of points."));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Nothing is written to the project before the last page, which shows what the import will do."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Path of the accounts file"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("importBrowse"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("importFileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        emit completeChanged();
    });
}

void ImportFilePage::browse() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Accounts"), QFileInfo(m_path->text()).absolutePath(),
                                     tr("Account tables and GIS files (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.shp "
                                        "*.geojson *.json *.kml);;All files (*)"));
    if (!path.isEmpty()) m_path->setText(path);
}

bool ImportFilePage::isComplete() const {
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage() {
    const QString path = m_path->text().trimmed();
    if (path != m_wizard->path()) {
        m_wizard->setPath(path);
        m_wizard->setLayer(QString());
    }
    QString error;
    if (!m_wizard->loadPreview(&error)) {
        m_error->setText(error);
        return false;
    }
    return true;
}

} // namespace tp::ui
