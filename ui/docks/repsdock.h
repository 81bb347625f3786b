#pragma once
// RepsDock: the rep roster (shared by all scenarios) as a sortable table with what each rep owns
// in the current scenario, and the actions: new, edit (also a double-click), delete, a rep leaves
// (its territories go vacant or to another rep, with the handoff list), set the
// home by a click on the map, suggest owners for the territories (a diff to apply), import a
// roster (CSV/XLSX, every rejected row reported) and export it. Every change goes through the
// edit facade (one undo step each, logged). The bundled postal points (for homes by ZIP) are
// loaded on first use and kept by the dock. After a plan edit (units reassigned) the table
// follows shortly after, while shown (it re-measures every row: 17 ms at 500 reps, which must not
// hold up the edit's map frame); a hidden dock catches up when shown. GUI thread only.

#include "io/import/postalcodeindex.h"
#include "model/rep.h"

#include <QDockWidget>

#include <memory>
#include <optional>

class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace tp::ui {

class EditController;
class PointPickTool;
class RefreshWhenShown;
class RepTableModel;

class RepsDock : public QDockWidget {
    Q_OBJECT
public:
    RepsDock(EditController* controller, QWidget* parent = nullptr);
    ~RepsDock() override;

    void refresh();
    QTableView* table() const { return m_view; }
    RepTableModel* model() const { return m_model; }
    QAction* action(const QString& objectName) const;
    // The rep of the current row (0: none).
    qint64 currentRep() const;
    void selectRep(qint64 repId);

    // The actions without their dialogs (tests, the actions' second half). false: refused, and
    // the reason went to the controller's message().
    qint64 addRep(const Rep& rep);
    bool updateRep(const Rep& rep);
    bool removeRep(qint64 repId);
    // The rep leaves: every territory it owns in the current scenario goes to `heirId` (0: stays
    // vacant; splitAmongNeighbours: its units go to the neighbouring territories), one undo step.
    // *handoff: the territories with their accounts and workload, and where they went.
    static constexpr qint64 splitAmongNeighbours = -1;
    bool repLeaves(qint64 repId, qint64 heirId, QString* handoff = nullptr);
    // Waits for one click on the map; the rep's home moves there (one undo step).
    void pickHomeOnMap(qint64 repId);
    bool isPickingHome() const;
    // Reads the file and adds or updates its reps as one undo step (matched by CRM user id, else
    // by name). *report: what was added, changed and rejected (with line numbers).
    bool importFile(const QString& path, QString* report);
    bool exportFile(const QString& path);

    // The bundled postal points; nullptr when they cannot be read.
    const io::PostalCodeIndex* postalCodes();

private:
    // Follows the controller's facade: the roster and the current scenario's plan.
    void subscribe();
    void editCurrent();
    bool report(bool ok, const QString& error);

    EditController* m_controller;
    RepTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    std::unique_ptr<PointPickTool> m_pickTool;
    std::optional<io::PostalCodeIndex> m_postalCodes;
    bool m_postalCodesFailed = false;
    RefreshWhenShown* m_refresher;
};

} // namespace tp::ui
