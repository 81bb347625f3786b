#pragma once
// ImportDryRunPage: the account import wizard's last page: the whole file read with the chosen
// mapping and what importing it would do, before anything is written: accounts to add, update
// and leave unchanged, every rejected row with all its reasons (savable as CSV), accounts that
// would lie outside every unit, the measures the project would have, and the importer's
// warnings. Reading runs when the page is entered (progress and Cancel); a cancelled run keeps
// Import disabled. Owned by the wizard; GUI thread.

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tp::ui {

class AccountImportWizard;

class ImportDryRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportDryRunPage(AccountImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

    // Writes the rejected rows to `path` (the Save button asks for it); false and *error on failure.
    bool saveRejected(const QString& path, QString* error) const;

private:
    void run();
    void show();
    void saveWithDialog();

    AccountImportWizard* m_wizard;
    QLabel* m_summary;
    QTableWidget* m_rejected;
    QPushButton* m_save;
    QPushButton* m_again;
    QLabel* m_details;
};

} // namespace tp::ui
