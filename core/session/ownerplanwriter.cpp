#include "session/ownerplanwriter.h"

#include "session/planeditor.h"
#include "session/projectsession.h"

#include "model/territorycolouring.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace tp::session {
namespace {

Rep repOf(const OwnerPlan::Owner& owner) {
    Rep rep;
    rep.name = owner.name;
    rep.crmUserId = owner.crmUserId;
    return rep;
}

} // namespace

std::vector<Rep> OwnerPlanWriter::missingReps(ProjectSession& session, const OwnerPlan& plan) {
    const PlanEditor editor(session);
    std::vector<Rep> out;
    for (const OwnerPlan::Owner& owner : plan.owners)
        if (!editor.matchingRep(repOf(owner))) out.push_back(repOf(owner));
    return out;
}

qint64 OwnerPlanWriter::writeScenario(ProjectSession& session, const OwnerPlan& plan, const QString& name,
                                      QString* error) {
    Project& p = session.project();
    PlanEditor editor(session);
    if (plan.unitOwner.size() != p.units.size()) {
        if (error) *error = tr("The units changed since the owners were read; read them again.");
        return 0;
    }
    std::vector<qint64> repOfOwner;
    for (const OwnerPlan::Owner& owner : plan.owners) {
        const Rep* rep = editor.matchingRep(repOf(owner));
        if (!rep) {
            if (error) *error = tr("%1 is not in the rep roster yet; add the owners as reps first.").arg(owner.name);
            return 0;
        }
        repOfOwner.push_back(rep->id);
    }
    if (plan.owners.empty()) {
        if (error) *error = tr("No account has an owner in the chosen column.");
        return 0;
    }
    const qint64 id = editor.createScenario(name, 0, error);
    if (!id) return 0;

    PlanChange change;
    change.scenarioId = id;
    const QStringList& palette = TerritoryColouring::palette();
    const qint64 firstId = p.nextId();
    QSet<QString> names;
    for (std::size_t k = 0; k < plan.owners.size(); ++k) {
        Territory t;
        t.id = firstId + qint64(k);
        t.scenarioId = id;
        t.teamId = p.currentTeamId;
        t.name = plan.owners[k].name;
        if (names.contains(t.name.toCaseFolded())) t.name += QStringLiteral(" (%1)").arg(plan.owners[k].crmUserId);
        names.insert(t.name.toCaseFolded());
        t.color = palette[qsizetype(k) % palette.size()];
        t.repId = repOfOwner[k];
        change.territories.push_back({std::nullopt, t});
    }
    for (std::size_t u = 0; u < plan.unitOwner.size(); ++u)
        if (plan.unitOwner[u] >= 0) change.units.push_back({int(u), 0, firstId + plan.unitOwner[u]});
    for (const OwnerPlan::NamedAccount& named : plan.namedAccounts)
        change.overrides.push_back({p.accounts[std::size_t(named.account)].id, 0, firstId + named.owner});
    const QString column = plan.ownerColumn.isEmpty() ? plan.ownerIdColumn : plan.ownerColumn;
    const QString text = tr("Built from the account owners in column \"%1\"").arg(column);
    bool ok = editor.apply(change, text, error);
    if (ok) {
        // Colours that tell neighbours apart, now that the territories have their units.
        const PlanChange colours = editor.recolourChange(id);
        ok =
            colours.isEmpty() || editor.apply(colours, tr("Coloured the territories so that neighbours differ"), error);
    }
    ok = ok && editor.setScenarioNotes(id, summary(session, plan), error);
    if (!ok) {
        QString ignored;
        editor.deleteScenario(id, &ignored); // nothing half-written stays behind
        return 0;
    }
    return id;
}

QString OwnerPlanWriter::summary(ProjectSession& session, const OwnerPlan& plan) {
    int units = 0;
    for (int o : plan.unitOwner) units += o >= 0 ? 1 : 0;
    const int missing = int(missingReps(session, plan).size());
    const QString column = plan.ownerColumn.isEmpty() ? plan.ownerIdColumn : plan.ownerColumn;
    const QLocale locale;
    QString text = tr("Owners in column \"%1\": %2").arg(column, locale.toString(int(plan.owners.size())));
    if (missing) text += tr(" (new reps: %1)").arg(locale.toString(missing));
    text += tr(" · units to the owner with most accounts there: %1").arg(locale.toString(units));
    text += tr(" · named accounts: %1").arg(locale.toString(int(plan.namedAccounts.size())));
    if (plan.accountsWithoutOwner)
        text += tr(" · accounts without an owner (they follow their unit): %1")
                    .arg(locale.toString(plan.accountsWithoutOwner));
    return text;
}

} // namespace tp::session
