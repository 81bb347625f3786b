#pragma once
// MainWindow: the application window: the map canvas in the centre, the balance dock, menus
// (File, Edit, View, Help) and a status bar with the coordinates under the cursor. Owns the open
// ProjectSession (one at a time) and tells the canvas and docks when it changes; the work itself
// is done by core (session, io) and by the canvas and dock classes. GUI thread only.

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QUndoStack;

namespace tp::session {
class ProjectSession;
}

namespace tp::ui {

class MapCanvas;
class MetricsDock;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; on failure shows the reason and keeps the current project.
    bool openProject(const QString& path);
    bool openProject(const QString& path, QString* error);  // the same, without a message box

    session::ProjectSession* session() const { return m_session.get(); }
    MapCanvas* canvas() const { return m_canvas; }
    MetricsDock* metricsDock() const { return m_metricsDock; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QAction* action(const QString& objectName) const;

private:
    void createActions();
    void setSession(std::unique_ptr<session::ProjectSession> session);
    void projectDataChanged();
    void updateTitle();
    void showError(const QString& title, const QString& message);

    void newProject();
    void openProjectDialog();
    void saveProjectAs();
    void importAccounts();
    void importUnitsFromFile();
    void importBundledCounties();
    void exportMapImage();
    void about();

    std::unique_ptr<session::ProjectSession> m_session;
    MapCanvas* m_canvas;
    MetricsDock* m_metricsDock;
    QUndoStack* m_undoStack;
    QLabel* m_coordinates;
    QLabel* m_scenarioLabel;
    QMenu* m_viewMenu = nullptr;
};

} // namespace tp::ui
