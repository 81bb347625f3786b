#pragma once
// UnitLayerReplacer: makes an imported unit layer the project's units. Every scenario keeps the
// territory of each unit whose code exists in both layers (so re-importing a corrected layer
// loses no planning) when both are of one kind (postal codes or not: county FIPS "06037" is no
// ZIP "06037"); other units start unassigned. All accounts are placed again (by postal code
// when the new units are postal areas, else by location).
// Units, assignments, accounts and one change-log line are written in one transaction, and the
// undo histories are dropped (they speak of the old units); on failure the in-memory project is
// restored. GUI thread (or the CLI's main thread).

#include "io/import/accountlocator.h"
#include "io/import/unitimporter.h"

#include <QString>

namespace tp::session {

class ProjectSession;

struct UnitReplaceSummary {
    int units = 0;
    int keptAssignments = 0;        // units (summed over scenarios) that kept their territory
    int accountsOutside = 0;        // accounts in no unit of the new layer
    io::AccountPlacement placement; // how the accounts found their unit (postal code or location)
    QString text() const;
};

class UnitLayerReplacer {
public:
    static bool apply(ProjectSession& session, io::UnitImportResult imported, const QString& sourceName,
                      UnitReplaceSummary* summary, QString* error);
};

} // namespace tp::session
