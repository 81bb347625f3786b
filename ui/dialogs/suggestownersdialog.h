#pragma once
// SuggestOwnersDialog: "Suggest owners" shown as a diff: every territory of the current scenario
// with its rep now and the suggested one (changes marked and listed first), the travel of the
// suggested rep, and the plan's cost before and after. Apply gives the territories to the
// suggested reps as one undo step through the edit facade (after the approval guard). The
// suggestion is computed once when the dialog opens (optimize::RepMatcher). GUI thread only.

#include "optimize/repmatcher.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tp::ui {

class EditController;

class SuggestOwnersDialog : public QDialog {
    Q_OBJECT
public:
    SuggestOwnersDialog(EditController* controller, QWidget* parent = nullptr);

    const optimize::RepMatchResult& result() const { return m_result; }
    QTableWidget* table() const { return m_table; }
    QPushButton* applyButton() const { return m_apply; }
    // Gives the territories to the suggested reps; false (message shown) when refused.
    bool apply();

private:
    EditController* m_controller;
    optimize::RepMatchResult m_result;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_apply;
};

} // namespace tp::ui
