#pragma once
// OwnerPlanDialog: Plan › Plan from CRM Owners…: starts a plan from "how it is today" in the CRM.
// The user picks the imported column that names each account's owner (and, optionally, the one
// with the owner's CRM user id; both preselected from the column names), sees what will happen
// (owners, new reps, units, named accounts; OwnerPlanWriter::summary) and creates the scenario:
// owners without a rep join the roster (one undo step), the new draft scenario becomes current.
// GUI thread only.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tp::ui {

class EditController;

class OwnerPlanDialog : public QDialog {
    Q_OBJECT
public:
    OwnerPlanDialog(EditController* controller, QWidget* parent = nullptr);

    QComboBox* ownerColumn() const { return m_owner; }
    QComboBox* ownerIdColumn() const { return m_ownerId; }
    QLineEdit* scenarioName() const { return m_name; }
    QLabel* preview() const { return m_preview; }
    QPushButton* createButton() const { return m_create; }
    // Creates the scenario and switches to it; its id, or 0 (the reason shown in the dialog).
    qint64 create();

private:
    void updatePreview();

    EditController* m_controller;
    QComboBox* m_owner = nullptr;
    QComboBox* m_ownerId = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace tp::ui
