#include "ui/docks/scenariosdock.h"

#include "ui/widgets/iconset.h"
#include "ui/widgets/dockactions.h"

#include "ui/docks/scenariotreemodel.h"
#include "ui/tools/editcontroller.h"

#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QToolBar>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace tp::ui {
namespace {

// Notes are saved when the editor loses focus.
class NotesEdit : public QPlainTextEdit {
public:
    std::function<void()> onFocusOut;

protected:
    void focusOutEvent(QFocusEvent* e) override {
        QPlainTextEdit::focusOutEvent(e);
        if (onFocusOut) onFocusOut();
    }
};

} // namespace

ScenariosDock::ScenariosDock(EditController* controller, QWidget* parent)
    : QDockWidget(tr("Scenarios"), parent), m_controller(controller), m_model(new ScenarioTreeModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_tree(new QTreeView) {
    setObjectName(QStringLiteral("scenariosDock"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ScenarioTreeModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);
    m_tree->setModel(m_sorted);
    m_tree->header()->setSectionResizeMode(ScenarioTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ScenarioTreeModel::StatusColumn, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Project order until a header is clicked.
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true);
    connect(m_sorted, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_sorted, &QAbstractItemModel::layoutChanged, m_tree, &QTreeView::expandAll);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (!m_refreshing && index.isValid()) switchTo(m_model->idAt(m_sorted->mapToSource(index)));
    });

    auto* firstRow = DockActions::row();
    auto* secondRow = DockActions::row();
    auto add = [this](QToolBar* row, const QString& name, const QString& text, const QString& tip, auto slot) {
        return DockActions::add(row, name, text, tip, this, slot);
    };
    auto ask = [this](const QString& title, const QString& initial, auto then) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, initial, &ok);
        if (ok) then(name);
    };
    add(firstRow, QStringLiteral("actionCopyScenario"), tr("Copy"), tr("A new scenario as a copy of the current one"),
        [this, ask] {
            const Scenario* s =
                m_controller->facade() ? m_controller->facade()->session().project().currentScenario() : nullptr;
            if (s) ask(tr("Copy Scenario"), tr("%1 (copy)").arg(s->name), [this](const QString& n) { copyCurrent(n); });
        });
    add(firstRow, QStringLiteral("actionNewScenario"), tr("New"), tr("A new scenario without territories"),
        [this, ask] { ask(tr("New Scenario"), QString(), [this](const QString& n) { createEmpty(n); }); });
    add(firstRow, QStringLiteral("actionRenameScenario"), tr("Rename"), tr("Rename the current scenario"), [this, ask] {
        const Scenario* s =
            m_controller->facade() ? m_controller->facade()->session().project().currentScenario() : nullptr;
        if (s) ask(tr("Rename Scenario"), s->name, [this](const QString& n) { renameCurrent(n); });
    });
    QAction* status =
        add(firstRow, QStringLiteral("actionScenarioStatus"), tr("Status"), tr("Draft, proposed or approved"), [] {});
    auto* statusMenu = new QMenu(this);
    for (Scenario::Status s : {Scenario::Status::Draft, Scenario::Status::Proposed, Scenario::Status::Approved})
        statusMenu->addAction(ScenarioTreeModel::statusText(s), this, [this, s] { setCurrentStatus(int(s)); });
    status->setMenu(statusMenu);
    if (auto* button = qobject_cast<QToolButton*>(firstRow->widgetForAction(status)))
        button->setPopupMode(QToolButton::InstantPopup);
    add(secondRow, QStringLiteral("actionPlanOfRecord"), tr("Plan of record"),
        tr("Make the current (approved) scenario the plan of record"), [this] { makeCurrentPlanOfRecord(); });
    QAction* compare = add(secondRow, QStringLiteral("actionCompareScenario"), tr("Compare…"),
                           tr("Compare the current scenario with another"), [this] {
                               if (!m_controller->facade()) return;
                               const Project& p = m_controller->facade()->session().project();
                               QStringList names;
                               std::vector<qint64> ids;
                               for (const Scenario& s : p.scenarios)
                                   if (s.id != p.currentScenarioId) {
                                       names << s.name;
                                       ids.push_back(s.id);
                                   }
                               if (names.isEmpty()) return;
                               bool ok = false;
                               const QString other = QInputDialog::getItem(
                                   this, tr("Compare"), tr("Compare the current scenario with:"), names, 0, false, &ok);
                               if (ok) emit compareRequested(ids[std::size_t(names.indexOf(other))]);
                           });
    compare->setIcon(IconSet::icon(QStringLiteral("compare")));
    add(secondRow, QStringLiteral("actionDeleteScenario"), tr("Delete"),
        tr("Delete the selected scenario (not the current one)"), [this] {
            const qint64 id = m_model->idAt(m_sorted->mapToSource(m_tree->currentIndex()));
            const Scenario* s =
                m_controller->facade() ? m_controller->facade()->session().project().scenario(id) : nullptr;
            if (!s) return;
            const QString shown =
                m_tree->currentIndex().siblingAtColumn(ScenarioTreeModel::NameColumn).data().toString();
            if (QMessageBox::question(this, tr("Delete Scenario"),
                                      tr("Delete %1 with its territories? This cannot be undone.").arg(shown))
                == QMessageBox::Yes)
                deleteScenario(id);
        });

    auto* notes = new NotesEdit;
    notes->setObjectName(QStringLiteral("scenarioNotes"));
    notes->setPlaceholderText(tr("Notes on this scenario"));
    notes->setMaximumHeight(90);
    notes->onFocusOut = [this] { saveNotes(); };
    m_notes = notes;

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(firstRow);
    layout->addWidget(secondRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(new QLabel(tr("Notes:")));
    layout->addWidget(m_notes);
    setWidget(body);
    connect(m_controller, &EditController::facadeChanged, this, &ScenariosDock::subscribe);
    subscribe();
}

void ScenariosDock::subscribe() {
    session::EditFacade* facade = m_controller->facade();
    m_model->setProject(facade ? &facade->session().project() : nullptr);
    if (facade) {
        const session::SessionNotifier* n = &facade->notifier();
        connect(n, &session::SessionNotifier::scenariosChanged, this, [this](session::ScenarioChange what, qint64 id) {
            switch (what) {
                case session::ScenarioChange::Created:
                case session::ScenarioChange::Deleted:
                    return refresh();
                case session::ScenarioChange::PlanOfRecordChanged: {
                    // One scenario gains the mark, another may lose it.
                    QList<qint64> all;
                    for (const Scenario& s : m_controller->facade()->session().project().scenarios) all << s.id;
                    return m_model->scenariosChanged(all);
                }
                case session::ScenarioChange::StatusChanged:
                case session::ScenarioChange::Renamed:
                case session::ScenarioChange::NotesChanged:
                    return m_model->scenariosChanged({id});
            }
        });
        connect(n, &session::SessionNotifier::currentScenarioChanged, this, &ScenariosDock::refresh);
    }
    refresh();
}

void ScenariosDock::showCurrent() {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->indexOf(facade->session().project().currentScenarioId));
    if (index.isValid()) m_tree->setCurrentIndex(index);
}

QAction* ScenariosDock::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

void ScenariosDock::refresh() {
    m_refreshing = true;
    m_model->reload();
    m_notes->clear();
    session::EditFacade* facade = m_controller->facade();
    m_notes->setEnabled(facade);
    if (facade) {
        showCurrent();
        if (const Scenario* s = facade->session().project().currentScenario()) m_notes->setPlainText(s->notes);
    }
    for (QAction* a : findChildren<QAction*>()) a->setEnabled(facade);
    m_refreshing = false;
}

bool ScenariosDock::report(bool ok, const QString& error) {
    if (!ok && !error.isEmpty()) emit m_controller->message(error);
    return ok;
}

bool ScenariosDock::switchTo(qint64 scenarioId) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade || facade->session().project().currentScenarioId == scenarioId) return false;
    saveNotes();
    QString error;
    return report(facade->switchScenario(scenarioId, &error), error);
}

qint64 ScenariosDock::copyCurrent(const QString& name) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return 0;
    QString error;
    const qint64 id = facade->createScenario(name, facade->session().project().currentScenarioId, &error);
    if (report(id, error)) switchTo(id);
    return id;
}

qint64 ScenariosDock::createEmpty(const QString& name) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return 0;
    QString error;
    const qint64 id = facade->createScenario(name, 0, &error);
    if (report(id, error)) switchTo(id);
    return id;
}

bool ScenariosDock::renameCurrent(const QString& name) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    QString error;
    return report(facade->renameScenario(facade->session().project().currentScenarioId, name, &error), error);
}

bool ScenariosDock::setCurrentStatus(int status) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    QString error;
    return report(
        facade->setScenarioStatus(facade->session().project().currentScenarioId, Scenario::Status(status), &error),
        error);
}

bool ScenariosDock::makeCurrentPlanOfRecord() {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    QString error;
    return report(facade->setPlanOfRecord(facade->session().project().currentScenarioId, &error), error);
}

bool ScenariosDock::deleteScenario(qint64 scenarioId) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    QString error;
    return report(facade->deleteScenario(scenarioId, &error), error);
}

void ScenariosDock::saveNotes() {
    session::EditFacade* facade = m_controller->facade();
    if (m_refreshing || !facade || !facade->session().project().currentScenario()) return;
    const QString notes = m_notes->toPlainText();
    if (notes == facade->session().project().currentScenario()->notes) return;
    QString error;
    report(facade->setScenarioNotes(facade->session().project().currentScenarioId, notes, &error), error);
}

} // namespace tp::ui
