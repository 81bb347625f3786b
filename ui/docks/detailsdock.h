#pragma once
// DetailsDock: what the planner clicked on the map (a unit or an account), in detail: see
// MapInspector for the contents. GUI thread only.

#include <QDockWidget>

class QTextBrowser;

namespace tp::ui {

class DetailsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit DetailsDock(QWidget* parent = nullptr);
    void showHtml(const QString& html);
    QString text() const;  // plain text of what is shown, for tests

private:
    QTextBrowser* m_view;
};

} // namespace tp::ui
