#pragma once
// ScenarioTreeModel: the project's scenarios as a tree (each under the one it was copied from;
// IdTreeModel) with two columns: name (marked when it is the plan of record; the current one in
// bold; its notes as the tooltip) and status. Kept up to date by the Scenarios dock from the
// session's notifications. Reads the project it is given (not owned). GUI thread only.

#include "ui/docks/idtreemodel.h"

#include "model/scenario.h"

namespace tp {
class Project;
}

namespace tp::ui {

class ScenarioTreeModel : public IdTreeModel {
    Q_OBJECT
public:
    enum Column { NameColumn = 0, StatusColumn, ColumnCount };

    using IdTreeModel::IdTreeModel;

    // nullptr: empty.
    void setProject(const Project* project);
    // The scenario list again (created, deleted, or another one copied from).
    void reload();
    // Names, marks, notes or status of these scenarios changed (not the list).
    void scenariosChanged(const QList<qint64>& ids);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(Scenario::Status status);

private:
    const Project* m_project = nullptr;
};

} // namespace tp::ui
