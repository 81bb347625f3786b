#pragma once
// WorkshopMode: the main window as a room sees it on a projector: full screen on the chosen
// screen, docks, menus and tool bars hidden, large type (nothing under 18 px), the territory
// labels with their key figure, and a compact high-contrast balance bar. Keyboard driven:
// PgDown/PgUp (or N/P) next/previous scenario, C compare with the plan of record, T/Shift+T
// zoom to the next/previous territory, G/Shift+G the next/previous team, Home the whole plan, Ctrl+Z/Ctrl+Y undo/redo, the tool
// keys (V, S, B, D, M) still edit, Esc or F5 leaves. Restores the window exactly on leaving.
// Owned by the main window; GUI thread only.

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <vector>

class QScreen;
class QShortcut;
class QToolBar;

namespace tp::ui {

class BalanceBar;
class MainWindow;

class WorkshopMode : public QObject {
    Q_OBJECT
public:
    static constexpr double textPx = 22.0; // body text; the map's label titles are larger

    explicit WorkshopMode(MainWindow* window);

    bool isActive() const { return m_active; }
    // fullScreen false keeps the window's size (tests, a window on a second monitor).
    void enter(bool fullScreen = true, QScreen* screen = nullptr);
    void leave();
    void toggle() { m_active ? leave() : enter(); }

    // Called by the window after each change of the plan or its figures.
    void refresh();
    BalanceBar* balanceBar() const { return m_bar; }

    // The keyboard actions, callable directly.
    void nextScenario(int step);
    void nextTeam(int step);
    void toggleCompare();
    void nextTerritory(int step);

signals:
    void activeChanged(bool active);

private:
    void shortcut(const QKeySequence& key, const std::function<void()>& action);

    MainWindow* m_window;
    BalanceBar* m_bar;
    QToolBar* m_barHolder;
    std::vector<QShortcut*> m_shortcuts;
    bool m_active = false;
    int m_territoryIndex = -1;
    QByteArray m_savedState, m_savedGeometry;
    QString m_savedStyleSheet;
    struct SavedWidget {
        QPointer<QWidget> widget;
        bool hidden;  // QWidget::isHidden(): hidden explicitly, whatever its parent does
        bool ownFont; // Qt::WA_SetFont: the font was set on the widget, not inherited
        QFont font;
    };
    std::vector<SavedWidget> m_savedWidgets;
    bool m_savedMenuBar = true, m_savedStatusBar = true, m_wasFullScreen = false;
};

} // namespace tp::ui
