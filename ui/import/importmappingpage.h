#pragma once
// ImportMappingPage: the account import wizard's column mapping: one combo box per account field
// with the file's columns and "(not used)", set to the mapping remembered for files with these
// columns or else to the detected one; below, what fields without a column will mean ("No
// potential column: Potential will be 0 for every account."), and the other columns with a check
// box each: kept ones are stored with the accounts, and numeric ones become measures. A column
// may feed one field only. Owned by the wizard; GUI thread.

#include "io/import/columnmapping.h"

#include <QWizardPage>

#include <array>

class QComboBox;
class QLabel;
class QListWidget;

namespace tp::ui {

class AccountImportWizard;

class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(AccountImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void update();
    QString duplicateColumn() const;

    AccountImportWizard* m_wizard;
    std::array<QComboBox*, io::accountFieldCount> m_combos{};
    QLabel* m_remembered;
    QLabel* m_notes;
    QListWidget* m_extras;
    bool m_filling = false;
};

} // namespace tp::ui
