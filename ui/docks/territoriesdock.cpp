#include "ui/docks/territoriesdock.h"

#include "ui/docks/territorytreemodel.h"
#include "ui/tools/editcontroller.h"
#include "ui/widgets/dockactions.h"
#include "ui/widgets/iconset.h"

#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace tp::ui {

TerritoriesDock::TerritoriesDock(EditController* controller, QWidget* parent)
    : QDockWidget(tr("Territories"), parent), m_controller(controller), m_model(new TerritoryTreeModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_tree(new QTreeView), m_rep(new QComboBox) {
    setObjectName(QStringLiteral("territoriesDock"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(TerritoryTreeModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);
    m_tree->setModel(m_sorted);
    // Name and unit count fit their contents when the territories change, not on every change of
    // a count: a header that resizes to contents measures every row on each dataChanged (a
    // fifth of an edit's cost at 500 territories).
    m_tree->header()->setSectionResizeMode(TerritoryTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(TerritoryTreeModel::RepColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(TerritoryTreeModel::UnitsColumn, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Project order until a header is clicked.
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    // A rebuilt tree shows everything open again.
    connect(m_sorted, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &TerritoriesDock::fitColumns);
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, &TerritoriesDock::fitColumns);
    connect(m_sorted, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        if (from.column() <= TerritoryTreeModel::NameColumn && to.column() >= TerritoryTreeModel::NameColumn)
            fitColumns();
    });
    connect(m_sorted, &QAbstractItemModel::layoutChanged, m_tree, &QTreeView::expandAll);

    // Two rows of actions, so the dock stays narrow.
    auto* firstRow = DockActions::row();
    auto* secondRow = DockActions::row();
    auto add = [&, this](const QString& name, const QString& text, const QString& tip, auto slot) {
        return DockActions::add(firstRow->actions().size() < 4 ? firstRow : secondRow, name, text, tip, this, slot);
    };
    QAction* newAction = add(QStringLiteral("actionNewTerritory"), tr("New"), tr("Create a territory"), [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("New Territory"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
        if (ok) newTerritory(name);
    });
    add(QStringLiteral("actionRenameTerritory"), tr("Rename"), tr("Rename the territory"), [this] {
        const Territory* t =
            m_controller->facade()
                ? m_controller->facade()->session().project().territory(m_controller->activeTerritory())
                : nullptr;
        if (!t) return;
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Rename Territory"), tr("Name:"), QLineEdit::Normal, t->name, &ok);
        if (ok) renameActive(name);
    });
    add(QStringLiteral("actionRecolourTerritory"), tr("Colour"), tr("Choose the territory's colour"), [this] {
        const Territory* t =
            m_controller->facade()
                ? m_controller->facade()->session().project().territory(m_controller->activeTerritory())
                : nullptr;
        if (!t) return;
        const QColor c = QColorDialog::getColor(QColor(t->color), this, tr("Territory Colour"));
        if (c.isValid()) recolourActive(c);
    });
    QAction* lock =
        add(QStringLiteral("actionLockTerritory"), tr("Lock"),
            tr("Lock or unlock: tools refuse to change a locked territory"), [this] { toggleLockActive(); });
    lock->setCheckable(true);
    lock->setIcon(IconSet::icon(QStringLiteral("lock")));
    add(QStringLiteral("actionMergeTerritory"), tr("Merge…"), tr("Merge this territory into another"), [this] {
        if (!m_controller->facade()) return;
        const Project& p = m_controller->facade()->session().project();
        QStringList names;
        std::vector<qint64> ids;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->level == Territory::Level::Territory && t->id != m_controller->activeTerritory()) {
                names << t->name;
                ids.push_back(t->id);
            }
        bool ok = false;
        const QString into =
            QInputDialog::getItem(this, tr("Merge Territory"), tr("Merge into:"), names, 0, false, &ok);
        if (ok) mergeActiveInto(ids[std::size_t(names.indexOf(into))]);
    });
    add(QStringLiteral("actionSplitTerritory"), tr("Split"),
        tr("Make the selected units of this territory a new territory"), [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Split Territory"), tr("Name of the new territory:"),
                                                       QLineEdit::Normal, QString(), &ok);
            if (ok) splitSelectionOffActive(name);
        });
    add(QStringLiteral("actionDeleteTerritory"), tr("Delete"), tr("Delete the territory; its units become unassigned"),
        [this] {
            const Territory* t =
                m_controller->facade()
                    ? m_controller->facade()->session().project().territory(m_controller->activeTerritory())
                    : nullptr;
            if (t
                && QMessageBox::question(
                       this, tr("Delete Territory"),
                       tr("Delete %1? Its units become unassigned (Undo brings it back).").arg(t->name))
                       == QMessageBox::Yes)
                deleteActive();
        });
    QAction* assign =
        add(QStringLiteral("actionAssignSelection"), tr("Assign selection"),
            tr("Give the selected units to this territory (Enter)"), [this] { m_controller->assignSelection(); });
    assign->setShortcut(Qt::Key_Return);
    assign->setIcon(IconSet::icon(QStringLiteral("assign-selection")));
    newAction->setIcon(IconSet::icon(QStringLiteral("territory-new")));
    newAction->setIconText(tr("New Territory"));
    assign->setShortcutContext(Qt::WindowShortcut);

    auto* repRow = new QHBoxLayout;
    repRow->addWidget(new QLabel(tr("Rep:")));
    repRow->addWidget(m_rep, 1);
    connect(m_rep, &QComboBox::activated, this,
            [this](int index) { setActiveRep(m_rep->itemData(index).toLongLong()); });

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(firstRow);
    layout->addWidget(secondRow);
    layout->addWidget(m_tree, 1);
    layout->addLayout(repRow);
    setWidget(body);

    connect(m_controller, &EditController::activeTerritoryChanged, this, [this] {
        if (m_refreshing) return;
        showActive();
        updateActions();
    });
    connect(m_controller, &EditController::selectionChanged, this, &TerritoriesDock::updateActions);
    connect(m_controller, &EditController::facadeChanged, this, &TerritoriesDock::subscribe);
    subscribe();
}

void TerritoriesDock::subscribe() {
    session::EditFacade* facade = m_controller->facade();
    m_model->setProject(facade ? &facade->session().project() : nullptr);
    if (facade) {
        const session::SessionNotifier* n = &facade->notifier();
        const Project* p = &facade->session().project();
        // What the tree shows: the current scenario's territories and their unit counts.
        connect(n, &session::SessionNotifier::territoriesChanged, this,
                [this, p](qint64 scenario, const session::TerritoryChanges& what) {
                    if (scenario != p->currentScenarioId) return;
                    m_refreshing = true;
                    m_model->territoriesChanged(what);
                    m_refreshing = false;
                    if (!p->territory(m_controller->activeTerritory())) m_controller->setActiveTerritory(0);
                    showActive();
                    updateActions();
                });
        connect(n, &session::SessionNotifier::unitsReassigned, this,
                [this, p](qint64 scenario, const std::vector<int>&, bool live) {
                    if (!live && scenario == p->currentScenarioId) m_model->unitCountsChanged();
                });
        connect(n, &session::SessionNotifier::currentScenarioChanged, this, &TerritoriesDock::refresh);
        connect(n, &session::SessionNotifier::repsChanged, this, &TerritoriesDock::fillReps); // the owner chooser
    }
    refresh();
}

QAction* TerritoriesDock::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

void TerritoriesDock::refresh() {
    m_refreshing = true;
    const qint64 active = m_controller->activeTerritory();
    m_model->reload();
    fillReps();
    session::EditFacade* facade = m_controller->facade();
    if (facade && !facade->session().project().territory(active)) m_controller->setActiveTerritory(0);
    m_refreshing = false;
    showActive();
    updateActions();
}

void TerritoriesDock::fillReps() {
    m_rep->clear();
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return;
    m_rep->addItem(tr("(no rep)"), qint64(0));
    for (const Rep& r : facade->session().project().reps)
        m_rep->addItem(r.homeLabel.isEmpty() ? r.name : QStringLiteral("%1 — %2").arg(r.name, r.homeLabel), r.id);
}

void TerritoriesDock::showActive() {
    const QModelIndex index = m_sorted->mapFromSource(m_model->indexOf(m_controller->activeTerritory()));
    if (!index.isValid() || index == m_tree->currentIndex()) return;
    const bool refreshing = m_refreshing;
    m_refreshing = true; // not a choice of the user's
    m_tree->setCurrentIndex(index);
    m_refreshing = refreshing;
}

void TerritoriesDock::fitColumns() {
    m_tree->resizeColumnToContents(TerritoryTreeModel::NameColumn);
    m_tree->resizeColumnToContents(TerritoryTreeModel::UnitsColumn);
}

void TerritoriesDock::onCurrentChanged(const QModelIndex& current) {
    if (m_refreshing || !m_controller->facade()) return;
    const qint64 id = m_model->idAt(m_sorted->mapToSource(current));
    const Territory* t = m_controller->facade()->session().project().territory(id);
    m_controller->setActiveTerritory(t && t->level == Territory::Level::Territory ? id : 0);
    updateActions();
}

void TerritoriesDock::updateActions() {
    session::EditFacade* facade = m_controller->facade();
    const Territory* t = facade ? facade->session().project().territory(m_controller->activeTerritory()) : nullptr;
    for (const char* name : {"actionRenameTerritory", "actionRecolourTerritory", "actionLockTerritory",
                             "actionMergeTerritory", "actionDeleteTerritory"})
        action(QString::fromLatin1(name))->setEnabled(t);
    action(QStringLiteral("actionNewTerritory"))->setEnabled(facade);
    const bool hasSelection = !m_controller->selection().empty();
    action(QStringLiteral("actionSplitTerritory"))->setEnabled(t && hasSelection);
    QAction* assign = action(QStringLiteral("actionAssignSelection"));
    assign->setEnabled(t && hasSelection);
    // Disabled: the tooltip says what is missing.
    assign->setToolTip(!facade               ? tr("Assign selection: open a project first")
                       : !t && !hasSelection ? tr("Assign selection: choose a territory (click it here or in the "
                                                  "Balance table) and select units (Select tool, S)")
                       : !t ? tr("Assign selection: choose a territory first (click it here or in the Balance table)")
                       : !hasSelection ? tr("Assign selection: select units first (Select tool, S)")
                                       : tr("Give the selected units to %1 (Enter)").arg(t->name));
    QAction* lock = action(QStringLiteral("actionLockTerritory"));
    lock->setChecked(t && t->locked);
    lock->setIcon(IconSet::icon(t && t->locked ? QStringLiteral("lock") : QStringLiteral("unlock")));
    m_rep->setEnabled(t);
    if (t) m_rep->setCurrentIndex(std::max(0, m_rep->findData(t->repId)));
}

void TerritoriesDock::report(bool ok, const QString& error) {
    if (!ok && !error.isEmpty()) emit m_controller->message(error);
}

qint64 TerritoriesDock::newTerritory(const QString& name) {
    session::EditFacade* facade = m_controller->facade();
    if (!m_controller->mayEdit()) return {}; // an approved scenario asks first
    if (!facade) return 0;
    QString error;
    const int count =
        int(facade->session().project().territoriesOf(facade->session().project().currentScenarioId).size());
    const qint64 id =
        facade->createTerritory(name.isEmpty() ? tr("Territory %1").arg(count + 1) : name, QString(), 0, &error);
    report(id, error);
    if (id) m_controller->setActiveTerritory(id);
    return id;
}

bool TerritoriesDock::renameActive(const QString& name) {
    session::EditFacade* facade = m_controller->facade();
    if (!m_controller->mayEdit()) return {}; // an approved scenario asks first
    const Territory* t = facade ? facade->session().project().territory(m_controller->activeTerritory()) : nullptr;
    if (!t) return false;
    Territory changed = *t;
    changed.name = name;
    QString error;
    const bool ok = facade->updateTerritory(changed, &error);
    report(ok, error);
    return ok;
}

bool TerritoriesDock::recolourActive(const QColor& color) {
    session::EditFacade* facade = m_controller->facade();
    if (!m_controller->mayEdit()) return {}; // an approved scenario asks first
    const Territory* t = facade ? facade->session().project().territory(m_controller->activeTerritory()) : nullptr;
    if (!t) return false;
    Territory changed = *t;
    changed.color = color.name();
    QString error;
    const bool ok = facade->updateTerritory(changed, &error);
    report(ok, error);
    return ok;
}

bool TerritoriesDock::setActiveRep(qint64 repId) {
    session::EditFacade* facade = m_controller->facade();
    if (!m_controller->mayEdit()) return {}; // an approved scenario asks first
    const Territory* t = facade ? facade->session().project().territory(m_controller->activeTerritory()) : nullptr;
    if (!t) return false;
    Territory changed = *t;
    changed.repId = repId;
    QString error;
    const bool ok = facade->updateTerritory(changed, &error);
    report(ok, error);
    return ok;
}

bool TerritoriesDock::toggleLockActive() {
    session::EditFacade* facade = m_controller->facade();
    if (!m_controller->mayEdit()) return {}; // an approved scenario asks first
    const Territory* t = facade ? facade->session().project().territory(m_controller->activeTerritory()) : nullptr;
    if (!t) return false;
    Territory changed = *t;
    changed.locked = !t->locked;
    QString error;
    const bool ok = facade->updateTerritory(changed, &error);
    report(ok, error);
    return ok;
}

bool TerritoriesDock::mergeActiveInto(qint64 intoId) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    // After "make a copy" intoId names a territory of the approved original: the user merges again.
    const qint64 scenarioBefore = facade->session().project().currentScenarioId;
    if (!m_controller->mayEdit() || facade->session().project().currentScenarioId != scenarioBefore) return false;
    QString error;
    const bool ok = facade->mergeTerritories(intoId, m_controller->activeTerritory(), &error);
    report(ok, error);
    if (ok) m_controller->setActiveTerritory(intoId);
    return ok;
}

qint64 TerritoriesDock::splitSelectionOffActive(const QString& name) {
    session::EditFacade* facade = m_controller->facade();
    if (!m_controller->mayEdit()) return {}; // an approved scenario asks first
    if (!facade) return 0;
    const Territory* t = facade->session().project().territory(m_controller->activeTerritory());
    QString error;
    const qint64 id = facade->splitTerritory(m_controller->activeTerritory(), m_controller->selection(),
                                             name.isEmpty() && t ? tr("%1 (split)").arg(t->name) : name, &error);
    report(id, error);
    if (id) {
        m_controller->clearSelection();
        m_controller->setActiveTerritory(id);
    }
    return id;
}

bool TerritoriesDock::deleteActive() {
    session::EditFacade* facade = m_controller->facade();
    if (!m_controller->mayEdit()) return {}; // an approved scenario asks first
    if (!facade) return false;
    QString error;
    const bool ok = facade->deleteTerritory(m_controller->activeTerritory(), &error);
    report(ok, error);
    return ok;
}

} // namespace tp::ui
