#include "unitlayerreplacer.h"

#include "projectsession.h"

#include "io/import/accountlocator.h"

#include <QCoreApplication>
#include <QHash>

namespace tp::session {

QString UnitReplaceSummary::text() const {
    QString s = QCoreApplication::translate("tp::session::UnitReplaceSummary", "%n units", nullptr, units);
    if (keptAssignments > 0)
        s += QStringLiteral(", ")
             + QCoreApplication::translate("tp::session::UnitReplaceSummary", "%n assignments kept", nullptr,
                                           keptAssignments);
    if (accountsOutside > 0)
        s += QStringLiteral(", ")
             + QCoreApplication::translate("tp::session::UnitReplaceSummary", "%n accounts outside every unit", nullptr,
                                           accountsOutside);
    if (placement.byPostalCode > 0 || !placement.unmatchedCodes.isEmpty())
        s += QStringLiteral(", ")
             + QCoreApplication::translate("tp::session::UnitReplaceSummary", "%n accounts placed by postal code",
                                           nullptr, placement.byPostalCode)
             + QStringLiteral(", ")
             + QCoreApplication::translate("tp::session::UnitReplaceSummary", "%n by location", nullptr,
                                           placement.byLocation);
    if (!placement.unmatchedCodes.isEmpty())
        s += QStringLiteral(", ")
             + QCoreApplication::translate("tp::session::UnitReplaceSummary", "%n postal codes match no unit: %1",
                                           nullptr, int(placement.unmatchedCodes.size()))
                   .arg(placement.unmatchedCodes.mid(0, 20).join(QStringLiteral(", "))
                        + (placement.unmatchedCodes.size() > 20 ? QStringLiteral(", …") : QString()));
    return s;
}

bool UnitLayerReplacer::apply(ProjectSession& session, io::UnitImportResult imported, const QString& sourceName,
                              UnitReplaceSummary* summary, QString* error) {
    UnitLayerWrite written;
    if (!write(session, std::move(imported), sourceName, {}, &written, error)) return false;
    adopt(session, std::move(written), summary);
    return true;
}

bool UnitLayerReplacer::write(ProjectSession& session, io::UnitImportResult imported, const QString& sourceName,
                              const TaskProgress& progress, UnitLayerWrite* out, QString* error) {
    const Project& project = session.project();
    UnitLayerWrite w;
    UnitReplaceSummary& result = w.summary;
    result.units = int(imported.units.size());
    const auto cancelled = [&] {
        if (!progress.cancelled()) return false;
        out->cancelled = true;
        return true;
    };

    // Codes are compared only between layers of one kind: a county's FIPS "06037" is no ZIP "06037".
    progress.step(QCoreApplication::translate("tp::session::UnitLayerReplacer", "Keeping the assignments of %n units…",
                                              nullptr, int(imported.units.size())),
                  -1);
    QHash<QString, int> newIndex;
    if (project.unitPostalCodes.kind == imported.postalCodes.kind)
        for (std::size_t i = 0; i < imported.units.size(); ++i) newIndex.insert(imported.units[i].code, int(i));
    // Every team's plan (the kept count is the current team's, which the user looks at).
    auto remap = [&](const std::vector<qint64>& unitTerritory, bool count) {
        std::vector<qint64> assignment(imported.units.size(), 0);
        for (std::size_t u = 0; u < unitTerritory.size() && u < project.units.size(); ++u) {
            const int target = newIndex.value(project.units[u].code, -1);
            if (target >= 0 && unitTerritory[u] != 0) {
                assignment[std::size_t(target)] = unitTerritory[u];
                if (count) ++result.keptAssignments;
            }
        }
        return assignment;
    };
    for (const Scenario& s : project.scenarios) {
        w.assignments.push_back(remap(s.unitTerritory, true));
        std::vector<Scenario::TeamPlan> others = s.otherTeams;
        for (Scenario::TeamPlan& plan : others) plan.unitTerritory = remap(plan.unitTerritory, false);
        w.otherTeams.push_back(std::move(others));
    }
    if (cancelled()) return false;
    w.units = std::move(imported.units);
    w.adjacency = std::move(imported.adjacency);
    w.postalCodes = std::move(imported.postalCodes);
    w.unitLayer = imported.bundledLayer;
    progress.step(QCoreApplication::translate("tp::session::UnitLayerReplacer", "Placing %n accounts in the new units…",
                                              nullptr, int(project.accounts.size())),
                  -1);
    w.accounts = project.accounts;
    result.placement = io::AccountLocator(w.units, w.postalCodes).placeAll(w.accounts);
    result.accountsOutside = result.placement.outside;
    if (cancelled()) return false;

    storage::EditLogEntry log;
    log.kind = QStringLiteral("import-units");
    log.text = QStringLiteral("Replaced the units with %1: %2").arg(sourceName, result.text());
    storage::ProjectFile& file = session.file();
    QString detail;
    const bool written = file.transaction(
        [&](QString* e) {
            progress.step(QCoreApplication::translate("tp::session::UnitLayerReplacer", "Writing %n units…", nullptr,
                                                      int(w.units.size())),
                          -1);
            if (!file.replaceUnits(w.units, w.adjacency, nullptr, e)
                || !file.setUnitPostalCodes(w.postalCodes, nullptr, e) || !file.setUnitLayer(w.unitLayer, nullptr, e))
                return false;
            // Unit indexes change meaning: every scenario's undo history is dropped.
            for (std::size_t i = 0; i < project.scenarios.size(); ++i) {
                Scenario s = project.scenarios[i];
                s.unitTerritory = w.assignments[i];
                s.otherTeams = w.otherTeams[i];
                if (progress.cancelled() || !file.upsertScenario(s, true, nullptr, e)
                    || !file.truncateUndoRecords(s.id, 0, e) || !file.setUndoIndex(s.id, 0, e))
                    return false;
            }
            progress.step(QCoreApplication::translate("tp::session::UnitLayerReplacer", "Writing %n accounts…", nullptr,
                                                      int(w.accounts.size())),
                          0.0);
            // A cancel up to here rolls everything back.
            return file.upsertAccounts(w.accounts, nullptr, e, progress) && !progress.cancelled()
                   && file.appendLog(log, e);
        },
        &detail);
    if (!written) {
        if (cancelled()) return false;
        if (error) *error = detail;
        return false;
    }
    *out = std::move(w);
    return true;
}

void UnitLayerReplacer::adopt(ProjectSession& session, UnitLayerWrite&& written, UnitReplaceSummary* summary) {
    Project& project = session.project();
    for (std::size_t i = 0; i < project.scenarios.size(); ++i) {
        project.scenarios[i].unitTerritory = std::move(written.assignments[i]);
        project.scenarios[i].otherTeams = std::move(written.otherTeams[i]);
    }
    project.units = std::move(written.units);
    project.adjacency = std::move(written.adjacency);
    project.unitPostalCodes = std::move(written.postalCodes);
    project.unitLayer = std::move(written.unitLayer);
    project.accounts = std::move(written.accounts);
    project.reindex();
    session.metrics().rebuild();
    if (summary) *summary = written.summary;
}

} // namespace tp::session
