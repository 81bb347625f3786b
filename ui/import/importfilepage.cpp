#include "ui/import/importfilepage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

ImportFilePage::ImportFilePage(Setup setup, QWidget* parent)
    : QWizardPage(parent), m_setup(std::move(setup)), m_path(new QLineEdit), m_error(new QLabel) {
    setTitle(m_setup.title);
    setSubTitle(m_setup.subTitle);
    auto* layout = new QVBoxLayout(this);
    if (!m_setup.intro.isEmpty()) {
        auto* intro = new QLabel(m_setup.intro);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto* row = new QHBoxLayout;
    m_path->setObjectName(m_setup.pathName);
    m_path->setPlaceholderText(m_setup.placeholder);
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(m_setup.browseName);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_error->setObjectName(m_setup.errorName);
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

QString ImportFilePage::path() const {
    return m_path->text().trimmed();
}

void ImportFilePage::browse() {
    const QString chosen =
        QFileDialog::getOpenFileName(this, m_setup.dialogTitle, QFileInfo(path()).absolutePath(), m_setup.filter);
    if (!chosen.isEmpty()) m_path->setText(chosen);
}

bool ImportFilePage::isComplete() const {
    return QFileInfo(path()).isFile();
}

bool ImportFilePage::validatePage() {
    QString error;
    if (m_setup.load && !m_setup.load(path(), &error)) {
        m_error->setText(error);
        return false;
    }
    m_error->clear();
    return true;
}

} // namespace tp::ui
