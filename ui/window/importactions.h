#pragma once
// ImportActions: the File › Import menu: accounts through the AccountImportWizard (preview,
// mapping, dry run), units from a GIS file and the bundled US counties. Reading, and writing the
// accounts, run on a worker with a progress dialog and Cancel (BackgroundTask); a cancelled or
// failed import changes nothing. The accounts are then applied by session::AccountImportApplier, the units by
// session::UnitLayerReplacer; when another program wrote to the project first, the window
// reloads it (reloadRequested) and the import is applied to the fresh project. Column mappings
// are remembered in the given QSettings (default: the application's user settings). Owned by the
// main window; GUI thread only.

#include "io/import/accountimporter.h"
#include "io/import/unitimporter.h"
#include "session/accountimportapplier.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QMenu;
class QSettings;
class QWidget;

namespace tp::session {
class ProjectSession;
}

namespace tp::ui {

class AccountImportWizard;

class ImportActions : public QObject {
    Q_OBJECT
public:
    using SessionGetter = std::function<session::ProjectSession*()>;
    ImportActions(QWidget* window, SessionGetter session, QObject* parent = nullptr);
    ~ImportActions() override;

    void addTo(QMenu* menu);
    // Where the wizard remembers mappings; not owned (nullptr: the application's user settings).
    void setSettings(QSettings* settings) { m_settings = settings; }
    QSettings& settings();
    // An import is reading the project on a worker: the session must stay as it is until idle().
    bool busy() const { return m_busy > 0; }
    // The session is about to be replaced: an open wizard (made for it) closes.
    void closeWizard();

    // Opens the wizard, window-modal and without blocking (File › Import › Accounts… does this);
    // Import applies its result. nullptr when no project is open. The wizard deletes itself.
    AccountImportWizard* openWizard();
    // Applies a checked import result (the wizard's) to the open project: merged, placed and
    // written on a worker with progress and Cancel. False and *error on failure; false with
    // *error empty when cancelled (the project and its file are as they were).
    bool applyAccounts(const io::AccountImportResult& imported, const QString& sourceName,
                       session::AccountImportSummary* summary, QString* error);
    // Reads a unit layer and replaces the project's units with it, both on a worker with progress
    // and Cancel; false when cancelled (*error empty: the project and its file are as they were)
    // or failed (*error says why).
    bool importUnits(const io::UnitImportOptions& options, const QString& sourceName, QString* error);

signals:
    void message(const QString& text);
    void unitsReplaced();       // the project's units were replaced: the window reopens the project
    void reloadRequested();     // another program wrote first: the window reloads before a retry
    void idle();                // busy() has become false
    void fileInUse(bool inUse); // a worker writes the project file: nobody else may use it until false

private:
    void applyWizard(AccountImportWizard* wizard);
    void workStarted() { ++m_busy; }
    void workFinished();
    void importUnitsWithDialog();
    // Says so in the status bar when the import was cancelled (error empty), else shows the error.
    void unitImportStopped(const QString& error);
    void importBundledCounties();

    QWidget* m_window;
    SessionGetter m_session;
    QSettings* m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    QPointer<AccountImportWizard> m_wizard;
    int m_busy = 0;
};

} // namespace tp::ui
