#include "ui/docks/scenariosdock.h"

#include "ui/tools/editcontroller.h"

#include "model/parentlinks.h"
#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tp::ui {
namespace {

constexpr int idRole = Qt::UserRole;
constexpr int maxNesting = 16;  // tree levels shown; deeper items are listed at the top level

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

QString statusText(Scenario::Status s) {
    switch (s) {
    case Scenario::Status::Draft: return QCoreApplication::translate("tp::ui::ScenariosDock", "draft");
    case Scenario::Status::Proposed: return QCoreApplication::translate("tp::ui::ScenariosDock", "proposed");
    case Scenario::Status::Approved: return QCoreApplication::translate("tp::ui::ScenariosDock", "approved");
    }
    return {};
}

} // namespace

ScenariosDock::ScenariosDock(EditController* controller, QWidget* parent)
    : QDockWidget(tr("Scenarios"), parent), m_controller(controller), m_tree(new QTreeWidget) {
    setObjectName(QStringLiteral("scenariosDock"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Scenario"), tr("Status")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (!m_refreshing && item) switchTo(item->data(0, idRole).toLongLong());
    });

    auto* firstRow = new QToolBar;
    auto* secondRow = new QToolBar;
    for (QToolBar* b : {firstRow, secondRow}) b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [&](QToolBar* row, const QString& name, const QString& text, const QString& tip, auto slot) {
        QAction* a = row->addAction(text);
        a->setObjectName(name);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    auto ask = [this](const QString& title, const QString& initial, auto then) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, initial, &ok);
        if (ok) then(name);
    };
    add(firstRow, QStringLiteral("actionCopyScenario"), tr("Copy"), tr("A new scenario as a copy of the current one"), [this, ask] {
        const Scenario* s = m_controller->facade() ? m_controller->facade()->session().project().currentScenario() : nullptr;
        if (s) ask(tr("Copy Scenario"), tr("%1 (copy)").arg(s->name), [this](const QString& n) { copyCurrent(n); });
    });
    add(firstRow, QStringLiteral("actionNewScenario"), tr("New"), tr("A new scenario without territories"),
        [this, ask] { ask(tr("New Scenario"), QString(), [this](const QString& n) { createEmpty(n); }); });
    add(firstRow, QStringLiteral("actionRenameScenario"), tr("Rename"), tr("Rename the current scenario"), [this, ask] {
        const Scenario* s = m_controller->facade() ? m_controller->facade()->session().project().currentScenario() : nullptr;
        if (s) ask(tr("Rename Scenario"), s->name, [this](const QString& n) { renameCurrent(n); });
    });
    QAction* status = add(firstRow, QStringLiteral("actionScenarioStatus"), tr("Status"), tr("Draft, proposed or approved"), [] {});
    auto* statusMenu = new QMenu(this);
    for (Scenario::Status s : {Scenario::Status::Draft, Scenario::Status::Proposed, Scenario::Status::Approved})
        statusMenu->addAction(statusText(s), this, [this, s] { setCurrentStatus(int(s)); });
    status->setMenu(statusMenu);
    if (auto* button = qobject_cast<QToolButton*>(firstRow->widgetForAction(status))) button->setPopupMode(QToolButton::InstantPopup);
    add(secondRow, QStringLiteral("actionPlanOfRecord"), tr("Plan of record"), tr("Make the current (approved) scenario the plan of record"),
        [this] { makeCurrentPlanOfRecord(); });
    add(secondRow, QStringLiteral("actionCompareScenario"), tr("Compare…"), tr("Compare the current scenario with another"), [this] {
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
        const QString other = QInputDialog::getItem(this, tr("Compare"), tr("Compare the current scenario with:"), names, 0, false, &ok);
        if (ok) emit compareRequested(ids[std::size_t(names.indexOf(other))]);
    });
    add(secondRow, QStringLiteral("actionDeleteScenario"), tr("Delete"), tr("Delete the selected scenario (not the current one)"), [this] {
        QTreeWidgetItem* item = m_tree->currentItem();
        if (!item || !m_controller->facade()) return;
        const qint64 id = item->data(0, idRole).toLongLong();
        if (QMessageBox::question(this, tr("Delete Scenario"), tr("Delete %1 with its territories? This cannot be undone.").arg(item->text(0)))
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
    refresh();
}

QAction* ScenariosDock::action(const QString& objectName) const { return findChild<QAction*>(objectName); }

void ScenariosDock::refresh() {
    m_refreshing = true;
    m_tree->clear();
    m_notes->clear();
    session::EditFacade* facade = m_controller->facade();
    m_notes->setEnabled(facade);
    if (facade) {
        const Project& p = facade->session().project();
        QHash<qint64, QTreeWidgetItem*> items;
        for (const Scenario& s : p.scenarios) {
            auto* item = new QTreeWidgetItem;
            QString name = s.name;
            if (s.planOfRecord) name += QStringLiteral("  ✔");
            item->setText(0, name);
            item->setText(1, statusText(s.status));
            item->setData(0, idRole, s.id);
            item->setToolTip(0, s.notes);
            if (s.id == p.currentScenarioId) {
                QFont f = item->font(0);
                f.setBold(true);
                item->setFont(0, f);
                item->setFont(1, f);
            }
            items.insert(s.id, item);
        }
        // Nested along parent links without cycles and at most maxNesting deep (a damaged file may
        // hold a cycle or a chain thousands deep; Qt's tree walks recursively).
        QHash<qint64, qint64> parents;
        for (const Scenario& s : p.scenarios) parents.insert(s.id, s.parentId);
        ParentLinks::cutCycles(parents);
        const QHash<qint64, int> depth = ParentLinks::depths(parents);
        for (const Scenario& s : p.scenarios) {
            const qint64 parentId = parents.value(s.id);
            QTreeWidgetItem* parent = items.value(parentId);
            if (parent && depth.value(parentId) < maxNesting) parent->addChild(items.value(s.id));
            else m_tree->addTopLevelItem(items.value(s.id));
        }
        m_tree->expandAll();
        if (QTreeWidgetItem* current = items.value(p.currentScenarioId)) m_tree->setCurrentItem(current);
        if (const Scenario* s = p.currentScenario()) m_notes->setPlainText(s->notes);
    }
    for (QAction* a : findChildren<QAction*>()) a->setEnabled(facade);
    m_refreshing = false;
}

bool ScenariosDock::report(bool ok, const QString& error) {
    if (!ok && !error.isEmpty()) emit m_controller->message(error);
    if (ok) emit scenariosChanged();
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
    const qint64 id = facade->editor().createScenario(name, facade->session().project().currentScenarioId, &error);
    if (report(id, error)) switchTo(id);
    return id;
}

qint64 ScenariosDock::createEmpty(const QString& name) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return 0;
    QString error;
    const qint64 id = facade->editor().createScenario(name, 0, &error);
    if (report(id, error)) switchTo(id);
    return id;
}

bool ScenariosDock::renameCurrent(const QString& name) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    QString error;
    return report(facade->editor().renameScenario(facade->session().project().currentScenarioId, name, &error), error);
}

bool ScenariosDock::setCurrentStatus(int status) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    QString error;
    return report(facade->editor().setScenarioStatus(facade->session().project().currentScenarioId, Scenario::Status(status), &error),
                  error);
}

bool ScenariosDock::makeCurrentPlanOfRecord() {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    QString error;
    return report(facade->editor().setPlanOfRecord(facade->session().project().currentScenarioId, &error), error);
}

bool ScenariosDock::deleteScenario(qint64 scenarioId) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    QString error;
    return report(facade->editor().deleteScenario(scenarioId, &error), error);
}

void ScenariosDock::saveNotes() {
    session::EditFacade* facade = m_controller->facade();
    if (m_refreshing || !facade || !facade->session().project().currentScenario()) return;
    const QString notes = m_notes->toPlainText();
    if (notes == facade->session().project().currentScenario()->notes) return;
    QString error;
    report(facade->editor().setScenarioNotes(facade->session().project().currentScenarioId, notes, &error), error);
}

} // namespace tp::ui
