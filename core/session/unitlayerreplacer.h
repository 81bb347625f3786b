#pragma once
// UnitLayerReplacer: makes an imported unit layer the project's units. Every scenario keeps the
// territory of each unit whose code exists in both layers (so re-importing a corrected layer
// loses no planning) when both are of one kind (postal codes or not: county FIPS "06037" is no
// ZIP "06037"); other units start unassigned. All accounts are placed again (by postal code
// when the new units are postal areas, else by location).
// Units, assignments, accounts and one change-log line are written in one transaction, and the
// undo histories are dropped (they speak of the old units); on failure the in-memory project is
// restored.
// apply() does it all on the thread that owns the session (the CLI). The GUI splits it like
// AccountImportApplier: write() builds the new layer's state beside the project and writes it on
// a worker (progress, Cancel rolls the transaction back), while the caller keeps everyone else
// away from the project and its file; adopt() then swaps it into memory on the GUI thread.

#include "io/import/accountlocator.h"
#include "io/import/unitimporter.h"

#include "model/scenario.h"
#include "model/taskprogress.h"

#include <QString>

#include <vector>

namespace tp::session {

class ProjectSession;

struct UnitReplaceSummary {
    int units = 0;
    int keptAssignments = 0;        // units (summed over scenarios) that kept their territory
    int accountsOutside = 0;        // accounts in no unit of the new layer
    io::AccountPlacement placement; // how the accounts found their unit (postal code or location)
    QString text() const;
};

// A unit layer written to the file but not yet in memory (UnitLayerReplacer::write()).
struct UnitLayerWrite {
    std::vector<Unit> units;
    std::vector<geo::SharedEdge> adjacency;
    UnitPostalCodes postalCodes;
    QString unitLayer;
    std::vector<std::vector<qint64>> assignments;            // per scenario, in Project::scenarios order
    std::vector<std::vector<Scenario::TeamPlan>> otherTeams; // per scenario: the other teams' plans
    std::vector<Account> accounts;                           // placed in the new units
    UnitReplaceSummary summary;
    bool cancelled = false;
};

class UnitLayerReplacer {
public:
    static bool apply(ProjectSession& session, io::UnitImportResult imported, const QString& sourceName,
                      UnitReplaceSummary* summary, QString* error);
    // Matches assignments, places the accounts and writes, without changing the in-memory
    // project; any thread while nobody else uses the session. False and *error when writing
    // failed, or with out->cancelled when `progress` was cancelled: the file is then as it was.
    static bool write(ProjectSession& session, io::UnitImportResult imported, const QString& sourceName,
                      const TaskProgress& progress, UnitLayerWrite* out, QString* error);
    // The written layer into memory and metrics (the session's thread).
    static void adopt(ProjectSession& session, UnitLayerWrite&& written, UnitReplaceSummary* summary);
};

} // namespace tp::session
