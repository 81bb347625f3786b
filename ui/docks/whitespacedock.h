#pragma once
// WhiteSpaceDock: where nobody covers the market well. The white-space list (WhiteSpaceFinder)
// of the current scenario as a sortable table — units or regions with potential that are
// unassigned, under-penetrated or far from their rep — with its filters (ranking measure, minimum
// penetration, maximum distance to the rep's home, top N, level) and two actions: "Zoom to"
// (also a double-click) fits the map to the chosen rows' units, "Select" selects them (all listed
// units when no row is chosen) so the planner can paint or assign them. Follows the session's
// notifications: the list is current shortly after every edit (a hidden dock catches up when it
// is shown). GUI thread only.

#include "model/whitespacefinder.h"

#include <QDockWidget>

#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace tp::ui {

class EditController;
class RefreshWhenShown;
class WhiteSpaceTableModel;

class WhiteSpaceDock : public QDockWidget {
    Q_OBJECT
public:
    WhiteSpaceDock(EditController* controller, QWidget* parent = nullptr);
    ~WhiteSpaceDock() override;

    void refresh();
    // After a change of the plan: refreshes a little later while the dock is shown (so the
    // edit's frame goes out first, and a burst of edits costs one search), or when it is next
    // shown. The search reads every unit (a tenth of a second at 1M accounts).
    void refreshSoon();
    // Now while the dock is shown, otherwise when it is next shown (options set by a new
    // project, which fills the measure list, cost no search while the dock is hidden).
    void refreshIfShown();
    QTableView* table() const { return m_view; }
    WhiteSpaceTableModel* model() const { return m_model; }
    QAction* action(const QString& objectName) const;
    WhiteSpaceFinder::Options options() const;

    // The units behind the chosen rows (a region row: its listed units); every listed unit when
    // no row is chosen. Sorted, no repeats.
    std::vector<int> chosenUnits() const;
    void selectChosen();
    void zoomToChosen();

private:
    void subscribe();
    void rebuildFinder();
    void fillMeasures();

    EditController* m_controller;
    WhiteSpaceTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QComboBox* m_measure;
    QDoubleSpinBox* m_minPenetration;
    QSpinBox* m_maxDistance;
    QSpinBox* m_top;
    QComboBox* m_level;
    QLabel* m_summary;
    std::optional<WhiteSpaceFinder> m_finder;
    RefreshWhenShown* m_refresher;
};

} // namespace tp::ui
