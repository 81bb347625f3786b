// libFuzzer target: ProjectFile::open on arbitrary bytes saved as a .territory file (header
// check, schema check, migrations, load), then, when it opened, one edit of each kind a plain
// session makes first (title, unit assignment, change log, undo state) and the change log read
// back. Any outcome is fine except a crash, a sanitizer report or a hang.
#include "fuzzinputfile.h"

#include "storage/projectfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const tp::fuzz::FuzzInputFile input(data, size, QStringLiteral("territory"));
    tp::Project project;
    QString error;
    std::unique_ptr<tp::storage::ProjectFile> file = tp::storage::ProjectFile::open(input.path(), &project, &error);
    if (!file) return 0;
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
