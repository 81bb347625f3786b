#pragma once
// ImportLocationPage: how the account import wizard places accounts on the map: by coordinates
// (longitude/latitude columns or the layer's points), by postal code, or by both with one
// preferred and the other as the fallback; choices the mapped columns cannot serve are disabled.
// Also whether latitude and longitude that look swapped are swapped back. Owned by the wizard;
// GUI thread.

#include "io/import/accountimporter.h"

#include <QWizardPage>

#include <array>

class QCheckBox;
class QLabel;
class QRadioButton;

namespace tp::ui {

class AccountImportWizard;

class ImportLocationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportLocationPage(AccountImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    AccountImportWizard* m_wizard;
    std::array<QRadioButton*, 4> m_choices{}; // indexed by io::LocationSource
    QCheckBox* m_fixSwapped;
    QLabel* m_none;
};

} // namespace tp::ui
