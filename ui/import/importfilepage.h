#pragma once
// ImportFilePage: the account import wizard's first page: which file (a path field and Browse…).
// Next reads its first rows (AccountImportWizard::loadPreview); a file that cannot be read keeps
// the page with the reason shown. Owned by the wizard; GUI thread.

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace tp::ui {

class AccountImportWizard;

class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(AccountImportWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    AccountImportWizard* m_wizard;
    QLineEdit* m_path;
    QLabel* m_error;
};

} // namespace tp::ui
