#pragma once
// TerritoryTreeModel: the current scenario's territories as a tree (region > district >
// territory; IdTreeModel) with three columns: name (with its colour as a swatch, a lock mark
// when locked, regions and districts in bold), rep, and units (leaf territories). Kept up to date
// by the Territories dock from the session's notifications: a change of names, colours, reps or
// locks updates those rows, unit moves the unit counts, anything else rebuilds. Reads the
// project it is given (not owned). GUI thread only.

#include "ui/docks/idtreemodel.h"

#include <QIcon>

namespace tp {
class Project;
}

namespace tp::session {
struct TerritoryChanges;
}

namespace tp::ui {

class TerritoryTreeModel : public IdTreeModel {
    Q_OBJECT
public:
    enum Column { NameColumn = 0, RepColumn, UnitsColumn, ColumnCount };

    using IdTreeModel::IdTreeModel;

    // nullptr: empty.
    void setProject(const Project* project);
    // Everything again from the project (another scenario, reps changed, ...).
    void reload();
    // Territories changed: the rows that changed, or everything when the tree's shape changed.
    void territoriesChanged(const session::TerritoryChanges& changes);
    // Units moved: the unit counts.
    void unitCountsChanged();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, int> countUnits() const;
    QIcon swatch(const QString& color, bool locked) const;

    const Project* m_project = nullptr;
    QHash<qint64, int> m_units;               // territory id -> units
    mutable QHash<QString, QIcon> m_swatches; // by colour, made when first shown
};

} // namespace tp::ui
