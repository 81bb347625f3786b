#include "editfacade.h"

#include "teameditor.h"

#include "plancommand.h"

#include "optimizationwriter.h"
#include "neighboursplit.h"
#include "ownerplanwriter.h"
#include "planfacts.h"
#include "projectsession.h"
#include "sessionnotifier.h"

#include "model/territorycolouring.h"
#include "optimize/optimizerresult.h"

#include <QJsonDocument>
#include <QSet>
#include <QUndoStack>

namespace tp::session {
EditFacade::EditFacade(ProjectSession& session, QObject* parent)
    : QObject(parent), m_session(session), m_editor(session), m_group(this) {
    m_group.setActiveStack(stack());
}

EditFacade::~EditFacade() = default;

SessionNotifier& EditFacade::notifier() {
    return m_session.notifier();
}
PlanFacts& EditFacade::facts() {
    return m_session.facts();
}

QUndoStack* EditFacade::stack() {
    return stackFor(m_session.project().currentScenarioId);
}

QUndoStack* EditFacade::stackFor(qint64 scenarioId) {
    if (auto it = m_stacks.find(scenarioId); it != m_stacks.end()) return it->second;
    auto* stack = new QUndoStack(this);
    m_group.addStack(stack);
    m_stacks.emplace(scenarioId, stack);
    restore(stack, scenarioId);
    connect(stack, &QUndoStack::indexChanged, this, [this, scenarioId](int index) {
        if (!m_restoring) m_session.file().setUndoIndex(scenarioId, index);
    });
    return stack;
}

void EditFacade::restore(QUndoStack* stack, qint64 scenarioId) {
    m_restoring = true;
    std::vector<PlanCommand*> commands;
    for (const storage::UndoRecord& r : m_session.file().readUndoRecords(scenarioId)) {
        const std::optional<PlanChange> change =
            PlanChange::fromJson(QJsonDocument::fromJson(r.payloadJson.toUtf8()).object());
        if (!change || change->scenarioId != scenarioId) break; // a damaged record ends the history there
        auto* command = new PlanCommand(*this, *change, r.text);
        command->setSilent(true);
        stack->push(command);
        commands.push_back(command);
    }
    stack->setIndex(std::min(m_session.file().undoIndex(scenarioId), stack->count()));
    for (PlanCommand* c : commands) c->setSilent(false);
    m_restoring = false;
}

void EditFacade::persistPush(qint64 scenarioId, QUndoStack* stack, const PlanCommand& command) {
    const int position = stack->index() - 1;
    storage::UndoRecord record;
    record.scenarioId = scenarioId;
    record.position = position;
    record.kind = QStringLiteral("plan");
    record.text = command.text();
    record.payloadJson = QString::fromUtf8(QJsonDocument(command.change().toJson()).toJson(QJsonDocument::Compact));
    storage::ProjectFile& file = m_session.file();
    // The edit itself is already written; losing its undo record (a crash right here) only
    // shortens the history.
    file.transaction([&](QString* e) {
        return file.truncateUndoRecords(scenarioId, position, e) && file.appendUndoRecord(&record, e)
               && file.setUndoIndex(scenarioId, stack->index(), e);
    });
}

bool EditFacade::perform(const std::optional<PlanEdit>& edit, QString* error) {
    if (!edit) return false;
    if (edit->change.isEmpty()) return true;
    PlanChange change = edit->change;
    if (change.teamId == 0) change.teamId = m_session.project().currentTeamId;
    if (!m_editor.apply(change, edit->text, error)) return false;
    QUndoStack* s = stackFor(change.scenarioId);
    auto* command = new PlanCommand(*this, change, edit->text);
    m_restoring = true; // the index is written with the record
    s->push(command);
    m_restoring = false;
    persistPush(change.scenarioId, s, *command);
    notify(change, false);
    return true;
}

void EditFacade::notify(const PlanChange& change, bool live) {
    SessionNotifier& n = m_session.notifier();
    if (!change.territories.empty()) {
        TerritoryChanges what;
        for (const auto& t : change.territories) {
            if (!t.before)
                what.created << t.after->id;
            else if (!t.after)
                what.deleted << t.before->id;
            else
                what.changed << t.after->id;
        }
        emit n.territoriesChanged(change.scenarioId, what);
    }
    if (!change.units.empty()) {
        std::vector<int> units;
        units.reserve(change.units.size());
        for (const auto& u : change.units) units.push_back(u.unit);
        emit n.unitsReassigned(change.scenarioId, units, live);
    }
    if (!change.overrides.empty()) {
        QList<qint64> accounts;
        for (const auto& o : change.overrides) accounts << o.account;
        emit n.accountsReassigned(change.scenarioId, accounts);
    }
    if (!change.reps.empty()) emit n.repsChanged();
    if (change.workload) {
        emit n.workloadRuleChanged();
        if (change.workload->reapply) {
            std::vector<int> accounts;
            const std::vector<Account>& all = m_session.project().accounts;
            for (std::size_t i = 0; i < all.size(); ++i)
                if (all[i].workloadFromRule) accounts.push_back(int(i));
            if (!accounts.empty()) emit n.accountsChanged(accounts);
        }
    }
}

bool EditFacade::assignUnits(const std::vector<int>& units, qint64 territoryId, QString* error) {
    std::vector<PlanEditor::UnitAssignment> assignments;
    for (int u : units) assignments.emplace_back(u, territoryId);
    return perform(m_editor.assignUnitsEdit(m_session.project().currentScenarioId, assignments, error), error);
}

bool EditFacade::assignEach(const std::vector<PlanEditor::UnitAssignment>& assignments, QString* error) {
    return perform(m_editor.assignUnitsEdit(m_session.project().currentScenarioId, assignments, error), error);
}

bool EditFacade::setAccountOverride(qint64 accountId, qint64 territoryId, QString* error) {
    return perform(m_editor.overrideEdit(m_session.project().currentScenarioId, accountId, territoryId, error), error);
}

qint64 EditFacade::createTerritory(const QString& name, const QString& color, qint64 repId, QString* error) {
    Territory t;
    t.scenarioId = m_session.project().currentScenarioId;
    t.teamId = m_session.project().currentTeamId;
    t.name = name;
    t.color = color.isEmpty() ? nextColor() : color;
    t.repId = repId;
    const std::optional<PlanEdit> edit = m_editor.territoryEdit(t, error);
    if (!perform(edit, error)) return 0;
    return edit->change.territories.front().after->id;
}

bool EditFacade::updateTerritory(const Territory& territory, QString* error) {
    return perform(m_editor.territoryEdit(territory, error), error);
}

bool EditFacade::deleteTerritory(qint64 territoryId, QString* error) {
    return perform(m_editor.deleteTerritoryEdit(territoryId, error), error);
}

bool EditFacade::mergeTerritories(qint64 intoId, qint64 fromId, QString* error) {
    return perform(m_editor.mergeTerritoriesEdit(intoId, fromId, error), error);
}

qint64 EditFacade::splitTerritory(qint64 territoryId, const std::vector<int>& units, const QString& newName,
                                  QString* error) {
    const std::optional<PlanEdit> edit = m_editor.splitTerritoryEdit(territoryId, units, newName, nextColor(), error);
    if (!perform(edit, error)) return 0;
    return edit->change.territories.front().after->id;
}

qint64 EditFacade::addRep(const Rep& rep, QString* error) {
    Rep added = rep;
    added.id = 0;
    const std::optional<PlanEdit> edit = m_editor.repEdit(m_session.project().currentScenarioId, added, error);
    if (!perform(edit, error) || edit->change.reps.empty()) return 0;
    return edit->change.reps.front().after->id;
}

bool EditFacade::updateRep(const Rep& rep, QString* error) {
    if (rep.id == 0) {
        if (error) *error = tr("This rep is not in the roster.");
        return false;
    }
    return perform(m_editor.repEdit(m_session.project().currentScenarioId, rep, error), error);
}

bool EditFacade::removeRep(qint64 repId, QString* error) {
    return perform(m_editor.removeRepEdit(m_session.project().currentScenarioId, repId, error), error);
}

bool EditFacade::importReps(std::vector<Rep> reps, QString* error, int* added, int* changed) {
    int a = 0, c = 0;
    for (Rep& r : reps) {
        const Rep* known = m_editor.matchingRep(r);
        r.id = known ? known->id : 0;
        ++(known ? c : a);
    }
    if (!perform(m_editor.repsEdit(m_session.project().currentScenarioId, reps, error), error)) return false;
    if (added) *added = a;
    if (changed) *changed = c;
    return true;
}

bool EditFacade::setTerritoryReps(const std::vector<std::pair<qint64, qint64>>& territoryRep, QString* error) {
    return perform(m_editor.territoryRepsEdit(m_session.project().currentScenarioId, territoryRep, error), error);
}

bool EditFacade::splitAmongNeighbours(const std::vector<qint64>& territoryIds, QStringList* handoff, QString* error,
                                      const TaskRunner& runner) {
    std::optional<PlanEdit> edit;
    auto work = [&](const TaskProgress& progress) {
        edit = NeighbourSplit::edit(m_session, territoryIds, handoff, error, progress);
        return !progress.cancelled();
    };
    if (!(runner ? runner(work) : work(TaskProgress()))) {
        if (error) *error = tr("Cancelled: nothing changed.");
        return false;
    }
    return perform(edit, error);
}

bool EditFacade::setWorkloadRule(const WorkloadRule& rule, bool reapply, QString* error) {
    return perform(m_editor.workloadRuleEdit(m_session.project().currentScenarioId, rule, reapply, error), error);
}

bool EditFacade::setQuotas(const std::vector<PlanEditor::QuotaChange>& quotas, QString* error) {
    return perform(m_editor.quotasEdit(m_session.project().currentScenarioId, quotas, error), error);
}

bool EditFacade::scenarioChanged(bool ok, ScenarioChange what, qint64 scenarioId) {
    if (ok) emit m_session.notifier().scenariosChanged(what, scenarioId);
    return ok;
}

qint64 EditFacade::createScenario(const QString& name, qint64 fromScenarioId, QString* error) {
    const qint64 id = m_editor.createScenario(name, fromScenarioId, error);
    scenarioChanged(id != 0, ScenarioChange::Created, id);
    return id;
}

bool EditFacade::renameScenario(qint64 scenarioId, const QString& name, QString* error) {
    return scenarioChanged(m_editor.renameScenario(scenarioId, name, error), ScenarioChange::Renamed, scenarioId);
}

bool EditFacade::setScenarioNotes(qint64 scenarioId, const QString& notes, QString* error) {
    return scenarioChanged(m_editor.setScenarioNotes(scenarioId, notes, error), ScenarioChange::NotesChanged,
                           scenarioId);
}

bool EditFacade::setScenarioStatus(qint64 scenarioId, Scenario::Status status, QString* error) {
    return scenarioChanged(m_editor.setScenarioStatus(scenarioId, status, error), ScenarioChange::StatusChanged,
                           scenarioId);
}

bool EditFacade::setPlanOfRecord(qint64 scenarioId, QString* error) {
    return scenarioChanged(m_editor.setPlanOfRecord(scenarioId, error), ScenarioChange::PlanOfRecordChanged,
                           scenarioId);
}

bool EditFacade::deleteScenario(qint64 scenarioId, QString* error) {
    if (m_gesture && m_gesture->scenarioId == scenarioId) cancelGesture();
    if (!m_editor.deleteScenario(scenarioId, error)) return false;
    // Its history went with it (in the file too).
    if (auto it = m_stacks.find(scenarioId); it != m_stacks.end()) {
        m_group.removeStack(it->second);
        delete it->second;
        m_stacks.erase(it);
    }
    return scenarioChanged(true, ScenarioChange::Deleted, scenarioId);
}

bool EditFacade::switchScenario(qint64 scenarioId, QString* error) {
    if (m_gesture) cancelGesture();
    if (!m_session.switchScenario(scenarioId, error)) return false;
    m_group.setActiveStack(stackFor(scenarioId));
    emit m_session.notifier().currentScenarioChanged(scenarioId);
    return true;
}

qint64 EditFacade::createScenarioFromResult(qint64 startScenarioId, const optimize::OptimizerResult& result,
                                            const QString& name, const QString& notes, QString* error) {
    const qint64 id = OptimizationWriter::writeScenario(m_session, startScenarioId, result, name, notes, error);
    scenarioChanged(id != 0, ScenarioChange::Created, id);
    return id;
}

qint64 EditFacade::createScenarioFromOwners(const OwnerPlan& plan, const QString& name, QString* error,
                                            int* repsAdded) {
    std::vector<Rep> missing = OwnerPlanWriter::missingReps(m_session, plan);
    if (repsAdded) *repsAdded = 0;
    if (!missing.empty() && !importReps(std::move(missing), error, repsAdded)) return 0;
    const qint64 id = OwnerPlanWriter::writeScenario(m_session, plan, name, error);
    scenarioChanged(id != 0, ScenarioChange::Created, id);
    return id;
}

bool EditFacade::applyResult(qint64 startScenarioId, const optimize::OptimizerResult& result, QString* error) {
    std::vector<PlanEditor::UnitAssignment> assignments;
    if (!OptimizationWriter::assignmentsFor(m_session.project(), startScenarioId, m_session.project().currentScenarioId,
                                            result, &assignments, error))
        return false;
    return assignEach(assignments, error);
}

void EditFacade::beginGesture() {
    if (m_gesture) cancelGesture();
    m_gesture = Gesture{m_session.project().currentScenarioId, {}};
}

bool EditFacade::gestureAssign(const std::vector<int>& units, qint64 territoryId, QString* error) {
    if (!m_gesture) beginGesture();
    std::vector<PlanEditor::UnitAssignment> assignments;
    for (int u : units) assignments.emplace_back(u, territoryId);
    const std::optional<PlanEdit> edit = m_editor.assignUnitsEdit(m_gesture->scenarioId, assignments, error);
    if (!edit) return false;
    if (edit->change.isEmpty()) return true;
    if (!m_editor.preview(edit->change, error)) return false;
    for (const auto& u : edit->change.units) m_gesture->original.try_emplace(u.unit, u.from);
    notify(edit->change, true);
    return true;
}

bool EditFacade::endGesture(QString* error) {
    if (!m_gesture) return true;
    const bool ok = finishGesture(error);
    emit gestureEnded();
    return ok;
}

bool EditFacade::finishGesture(QString* error) {
    const Gesture gesture = std::move(*m_gesture);
    m_gesture.reset();
    if (!m_session.project().scenario(gesture.scenarioId)) return false;
    // Take the previews back in memory, then apply the net change for real (file, log, undo).
    const PlanChange back = takeBack(gesture);
    PlanEdit net;
    net.change = back.inverted();
    if (!m_editor.preview(back, error)) return false;
    net.text = m_editor.describeUnitMoves(net.change.units);
    const bool ok = perform(net, error);
    if (!ok) notify(back, false); // the previews were taken back
    return ok;
}

PlanChange EditFacade::takeBack(const Gesture& gesture) const {
    // Every unit the gesture moved, from where it is now back to where it was.
    const Scenario& scenario = *m_session.project().scenario(gesture.scenarioId);
    PlanChange back;
    back.scenarioId = gesture.scenarioId;
    for (const auto& [unit, from] : gesture.original) {
        const qint64 now = scenario.unitTerritory[std::size_t(unit)];
        if (now != from) back.units.push_back({unit, now, from});
    }
    return back;
}

void EditFacade::cancelGesture() {
    if (!m_gesture) return;
    const Gesture gesture = std::move(*m_gesture);
    m_gesture.reset();
    if (m_session.project().scenario(gesture.scenarioId)) {
        const PlanChange back = takeBack(gesture);
        m_editor.preview(back, nullptr);
        notify(back, false);
    }
    emit gestureEnded();
}

bool EditFacade::canUndo() {
    return stack()->canUndo();
}
bool EditFacade::canRedo() {
    return stack()->canRedo();
}

bool EditFacade::undo(QString* error) {
    QUndoStack* s = stack();
    if (!s->canUndo()) return false;
    const auto* command = static_cast<const PlanCommand*>(s->command(s->index() - 1));
    // A step made in another team is undone there: that team becomes current first.
    if (!switchToTeamOf(command->change(), error) || !m_editor.check(command->change().inverted(), error)) return false;
    s->undo();
    return true;
}

bool EditFacade::redo(QString* error) {
    QUndoStack* s = stack();
    if (!s->canRedo()) return false;
    const auto* command = static_cast<const PlanCommand*>(s->command(s->index()));
    if (!switchToTeamOf(command->change(), error) || !m_editor.check(command->change(), error)) return false;
    s->redo();
    return true;
}

bool EditFacade::switchToTeamOf(const PlanChange& change, QString* error) {
    if (change.teamId == 0 || change.teamId == m_session.project().currentTeamId) return true;
    if (m_gesture) cancelGesture();
    return m_session.switchTeam(change.teamId, error);
}

bool EditFacade::applyFromHistory(const PlanChange& change, const QString& text) {
    QString error;
    if (!m_editor.apply(change, text, &error)) {
        emit editRefused(error);
        return false;
    }
    notify(change, false);
    return true;
}

QString EditFacade::nextColor() const {
    // The palette colour used least in the scenario (a new territory has no neighbours yet).
    QHash<QString, int> uses;
    for (const Territory* t : m_session.project().territoriesOf(m_session.project().currentScenarioId))
        ++uses[t->color.toUpper()];
    QString best;
    for (const QString& c : TerritoryColouring::palette())
        if (best.isEmpty() || uses.value(c) < uses.value(best)) best = c;
    return best;
}

bool EditFacade::recolourTerritories(QString* error) {
    const Scenario* scenario = m_session.project().currentScenario();
    if (!scenario) return false;
    PlanEdit edit;
    edit.change = m_editor.recolourChange(scenario->id);
    edit.text = tr("Recoloured %n territories so that neighbours differ", nullptr, int(edit.change.territories.size()));
    return perform(edit, error);
}

qint64 EditFacade::createTeam(const QString& name, Team::Kind kind, const AccountRule& rule, QString* error) {
    return TeamEditor(m_session).createTeam(name, kind, rule, error);
}

bool EditFacade::renameTeam(qint64 teamId, const QString& name, QString* error) {
    return TeamEditor(m_session).renameTeam(teamId, name, error);
}

bool EditFacade::setTeamRule(qint64 teamId, Team::Kind kind, const AccountRule& rule, const QSet<qint64>& included,
                             const QSet<qint64>& excluded, QString* error) {
    return TeamEditor(m_session).setTeamRule(teamId, kind, rule, included, excluded, error);
}

bool EditFacade::deleteTeam(qint64 teamId, QString* error) {
    if (m_gesture) cancelGesture();
    return TeamEditor(m_session).deleteTeam(teamId, error);
}

bool EditFacade::switchTeam(qint64 teamId, QString* error) {
    if (m_gesture) cancelGesture();
    return m_session.switchTeam(teamId, error);
}

} // namespace tp::session
