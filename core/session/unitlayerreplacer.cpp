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
    Project& project = session.project();
    const Project before = project;
    UnitReplaceSummary result;
    result.units = int(imported.units.size());

    // Codes are compared only between layers of one kind: a county's FIPS "06037" is no ZIP "06037".
    QHash<QString, int> newIndex;
    if (project.unitPostalCodes.kind == imported.postalCodes.kind)
        for (std::size_t i = 0; i < imported.units.size(); ++i) newIndex.insert(imported.units[i].code, int(i));
    for (Scenario& s : project.scenarios) {
        std::vector<qint64> assignment(imported.units.size(), 0);
        for (std::size_t u = 0; u < s.unitTerritory.size() && u < project.units.size(); ++u) {
            const int target = newIndex.value(project.units[u].code, -1);
            if (target >= 0 && s.unitTerritory[u] != 0) {
                assignment[std::size_t(target)] = s.unitTerritory[u];
                ++result.keptAssignments;
            }
        }
        s.unitTerritory = std::move(assignment);
    }
    project.units = std::move(imported.units);
    project.adjacency = std::move(imported.adjacency);
    project.unitPostalCodes = std::move(imported.postalCodes);
    project.unitLayer = imported.bundledLayer;
    result.placement = io::AccountLocator(project.units, project.unitPostalCodes).placeAll(project.accounts);
    result.accountsOutside = result.placement.outside;
    project.reindex();

    storage::EditLogEntry log;
    log.kind = QStringLiteral("import-units");
    log.text = QStringLiteral("Replaced the units with %1: %2").arg(sourceName, result.text());
    const bool written = session.file().transaction(
        [&](QString* e) {
            if (!session.file().replaceUnits(project.units, project.adjacency, nullptr, e)
                || !session.file().setUnitPostalCodes(project.unitPostalCodes, nullptr, e)
                || !session.file().setUnitLayer(project.unitLayer, nullptr, e))
                return false;
            // Unit indexes change meaning: every scenario's undo history is dropped.
            for (const Scenario& s : project.scenarios)
                if (!session.file().upsertScenario(s, true, nullptr, e)
                    || !session.file().truncateUndoRecords(s.id, 0, e) || !session.file().setUndoIndex(s.id, 0, e))
                    return false;
            return session.file().upsertAccounts(project.accounts, nullptr, e) && session.file().appendLog(log, e);
        },
        error);
    if (!written) {
        project = before;
        return false;
    }
    session.metrics().rebuild();
    if (summary) *summary = result;
    return true;
}

} // namespace tp::session
