#pragma once
// ProjectSettingsDialog: File › Project Settings…: the project's workload rule as two small
// editable tables (tier -> visits a year, segment -> hours a visit, each with a value for the
// tiers or segments not listed), a preview of what the rule gives, and whether to recompute the
// accounts that take their workload from the rule (accounts whose workload came from a file
// column keep it). OK writes the rule, and the recomputed workloads, as one undo step through
// the edit facade (after the approval guard: the step lies on the current scenario's stack).
// GUI thread only.

#include "model/workloadrule.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tp::ui {

class EditController;

class ProjectSettingsDialog : public QDialog {
    Q_OBJECT
public:
    ProjectSettingsDialog(EditController* controller, QWidget* parent = nullptr);

    QTableWidget* tiers() const { return m_tiers; }
    QTableWidget* segments() const { return m_segments; }
    QCheckBox* reapplyCheck() const { return m_reapply; }
    QPushButton* okButton() const { return m_ok; }
    QLabel* status() const { return m_status; }
    // The rule as the tables say; nullopt (and the reason in status()) when a cell is wrong.
    std::optional<WorkloadRule> rule() const;
    // Writes the rule; false (message shown) when refused.
    bool apply();

private:
    QTableWidget* makeTable(const QString& name, const QString& nameHeader, const QString& valueHeader,
                            const std::vector<WorkloadRule::Entry>& entries, double other, const QString& otherLabel);
    void addRow(QTableWidget* table);
    void removeRow(QTableWidget* table);
    void update();

    EditController* m_controller;
    QTableWidget* m_tiers;
    QTableWidget* m_segments;
    QLabel* m_preview;
    QLabel* m_status;
    QCheckBox* m_reapply;
    QPushButton* m_ok;
    mutable QString m_problem;
};

} // namespace tp::ui
