// libFuzzer target: opening a project as the app does (ProjectSession::open without the
// session library): ProjectFile::open on arbitrary bytes saved as a .territory file (header
// check, schema check, migrations, load), parent cycles cut, metrics computed and rolled up; then
// one edit of each kind a plain session makes first (title, unit assignment, undo index) and the
// change log read back. Any outcome is fine except a crash, a sanitizer report, a hang, or a
// loaded project whose scenarios or accounts do not fit its units.
#include "fuzzinputfile.h"

#include "model/metricsengine.h"
#include "model/parentlinks.h"
#include "storage/projectfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

void broken(const char* invariant) {
    std::fprintf(stderr, "fuzz_projectfile: a loaded project breaks: %s\n", invariant);
    __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const tp::fuzz::FuzzInputFile input(data, size, QStringLiteral("territory"));
    tp::Project project;
    QString error;
    std::unique_ptr<tp::storage::ProjectFile> file = tp::storage::ProjectFile::open(input.path(), &project, &error);
    if (!file) return 0;
    for (const tp::Scenario& s : project.scenarios)
        if (s.unitTerritory.size() != project.units.size())
            broken("a scenario's assignment has another size than the units");
    for (const tp::Account& a : project.accounts)
        if (a.unit < -1 || a.unit >= int(project.units.size())) broken("an account names a unit that does not exist");

    tp::ParentLinks::breakCycles(project);
    tp::MetricsEngine metrics(project);
    metrics.rollUp();
    metrics.plan();

    tp::storage::EditLogEntry log;
    log.kind = QStringLiteral("fuzz");
    log.text = QStringLiteral("fuzz edit");
    log.scenarioId = project.currentScenarioId;
    file->setTitle(project.title + QLatin1Char('!'), &log, &error);
    if (const tp::Scenario* scenario = project.currentScenario(); scenario && !project.units.empty()) {
        const std::vector<const tp::Territory*> territories = project.territoriesOf(scenario->id);
        const qint64 territory = territories.empty() ? 0 : territories.front()->id;
        file->setUnitAssignments(scenario->id, {{0, territory}}, &log, &error);
        file->setUndoIndex(scenario->id, 0, &error);
    }
    file->readLog(5);
    return 0;
}
