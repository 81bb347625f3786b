#pragma once
// AccountImportDryRun: what importing an AccountImportResult into a project would do, worked out
// without changing the project or its file: how many accounts would be added, updated and left
// unchanged (merged by external id as AccountMerger does), which of the new or moved accounts
// would lie outside every unit (AccountLocator's point in polygon), and which measures the
// project would then have (the built-ins plus every numeric extra column). The import wizard
// shows it before anything is written; applying the same result gives the same counts.
// Reads the project: any thread, as long as nobody changes the project meanwhile (the wizard
// runs it on a worker while its modal progress dialog keeps edits away).

#include "io/import/accountimporter.h"

#include "model/measuredefinition.h"
#include "model/taskprogress.h"

#include <QStringList>

#include <vector>

namespace tp {
class Project;
}

namespace tp::session {

struct AccountImportForecast {
    bool cancelled = false;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int outsideUnits = 0;                    // new or moved accounts in no unit
    std::vector<int> outsideLines;           // their source lines (as in AccountImportResult::lines)
    std::vector<MeasureDefinition> measures; // after the import
    QStringList newMeasures;                 // names of measures the project does not have yet
};

class AccountImportDryRun {
public:
    static AccountImportForecast run(const Project& project, const io::AccountImportResult& imported,
                                     const TaskProgress& progress = {});
};

} // namespace tp::session
