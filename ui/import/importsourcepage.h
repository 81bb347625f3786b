#pragma once
// ImportSourcePage: the account import wizard's second page: the sheet or layer to read (when the
// file has several) and the text encoding, with the first rows as they will be read and what was
// found about the file (separator, decimal mark). Owned by the wizard; GUI thread.

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tp::ui {

class AccountImportWizard;

class ImportSourcePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportSourcePage(AccountImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override { return m_ok; }

private:
    void reload();
    void showPreview();

    AccountImportWizard* m_wizard;
    QComboBox* m_layer;
    QLabel* m_layerLabel;
    QComboBox* m_encoding;
    QLabel* m_about;
    QTableWidget* m_table;
    bool m_ok = true;
    bool m_filling = false;
};

} // namespace tp::ui
