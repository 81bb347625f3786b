#pragma once
// QuotaDialog: Plan › Set Quotas…: a company target distributed over the current scenario's
// territories by share of revenue potential, of revenue, or a weighted mix, rounded to a step;
// territories whose lock box is ticked keep the quota typed for them. The table previews every
// quota as the inputs change (QuotaAllocator); Apply writes them as one undo step through the
// edit facade (after the approval guard). GUI thread only.

#include "model/quotaallocator.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tp::ui {

class EditController;

class QuotaDialog : public QDialog {
    Q_OBJECT
public:
    QuotaDialog(EditController* controller, QWidget* parent = nullptr);

    QDoubleSpinBox* target() const { return m_target; }
    QComboBox* basis() const { return m_basis; }
    QComboBox* rounding() const { return m_round; }
    QTableWidget* table() const { return m_table; }
    QPushButton* applyButton() const { return m_apply; }
    const std::vector<double>& preview() const { return m_preview; }
    // Writes the previewed quotas; false (message shown) when refused.
    bool apply();

private:
    void recompute();

    EditController* m_controller;
    std::vector<qint64> m_territories;
    std::vector<QuotaAllocator::Territory> m_input;
    std::vector<double> m_preview;
    QDoubleSpinBox* m_target;
    QComboBox* m_basis;
    QDoubleSpinBox* m_weight;
    QComboBox* m_round;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_apply;
    bool m_filling = false;
};

} // namespace tp::ui
