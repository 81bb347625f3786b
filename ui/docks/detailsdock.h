#pragma once
// DetailsDock: what the planner clicked on the map (a unit or an account), in detail: see
// MapInspector for the contents. It keeps what it shows current: after an edit, an undo, a
// switch of scenario or an import the page is written again from the session (the unit's
// territory and figures change with the plan). Reads the session it is given (not owned; set
// again when another project opens). GUI thread only.

#include <QDockWidget>

class QTextBrowser;

namespace tp::session {
class ProjectSession;
}

namespace tp::ui {

class DetailsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit DetailsDock(QWidget* parent = nullptr);

    // The open project (nullptr: none); shows the hint again and follows its notifications.
    void setSession(session::ProjectSession* session);
    void showUnit(int unit);
    void showAccount(int account);
    void showHtml(const QString& html);
    QString text() const; // plain text of what is shown, for tests

private:
    enum class Subject { None, Unit, Account };
    void showHint();
    void rewrite(); // writes the page for the subject again

    QTextBrowser* m_view;
    session::ProjectSession* m_session = nullptr;
    Subject m_subject = Subject::None;
    int m_index = -1;
};

} // namespace tp::ui
