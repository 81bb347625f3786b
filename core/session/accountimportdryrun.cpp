#include "session/accountimportdryrun.h"

#include "io/import/accountlocator.h"
#include "io/import/accountmerger.h"

#include "model/project.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace tp::session {

AccountImportForecast AccountImportDryRun::run(const Project& project, const io::AccountImportResult& imported,
                                               const TaskProgress& progress) {
    AccountImportForecast forecast;
    progress.step(
        QCoreApplication::translate("tp::session::AccountImportDryRun", "Comparing with the project's accounts…"), 0);
    QHash<QString, int> byExternalId;
    byExternalId.reserve(qsizetype(project.accounts.size()));
    for (std::size_t i = 0; i < project.accounts.size(); ++i)
        if (!project.accounts[i].externalId.isEmpty()) byExternalId.insert(project.accounts[i].externalId, int(i));

    std::unique_ptr<io::AccountLocator> locator;
    if (!project.units.empty()) locator = std::make_unique<io::AccountLocator>(project.units);
    // Every account once the import is applied, in the project's order (new ones at the end), so
    // the measures come in the order the project will list them.
    std::vector<const Account*> after;
    after.reserve(project.accounts.size() + imported.accounts.size());
    for (const Account& a : project.accounts) after.push_back(&a);
    const std::size_t n = imported.accounts.size();
    for (std::size_t k = 0; k < n; ++k) {
        if ((k & 4095) == 0) {
            if (progress.cancelled()) {
                forecast.cancelled = true;
                return forecast;
            }
            progress.advance(double(k) / double(n));
        }
        const Account& incoming = imported.accounts[k];
        bool locate = true;
        if (const auto it = byExternalId.constFind(incoming.externalId); it != byExternalId.constEnd()) {
            const Account& existing = project.accounts[std::size_t(it.value())];
            after[std::size_t(it.value())] = &incoming;
            if (io::AccountMerger::sameValues(existing, incoming)) {
                ++forecast.unchanged;
                locate = false;
            } else {
                ++forecast.updated;
                locate = !(existing.location == incoming.location);
            }
        } else {
            ++forecast.added;
            after.push_back(&incoming);
        }
        if (locate && locator && locator->unitAt(incoming.location) < 0) {
            ++forecast.outsideUnits;
            if (k < imported.lines.size()) forecast.outsideLines.push_back(imported.lines[k]);
        }
    }
    // Without units every account is outside: said once by the caller, not counted per account.
    forecast.measures = MeasureDefinition::defaultsFor(after);
    std::vector<const Account*> before;
    before.reserve(project.accounts.size());
    for (const Account& a : project.accounts) before.push_back(&a);
    const std::vector<MeasureDefinition> existing = MeasureDefinition::defaultsFor(before);
    for (const MeasureDefinition& m : forecast.measures) {
        bool known = false;
        for (const MeasureDefinition& e : existing) known = known || (e.kind == m.kind && e.column == m.column);
        if (!known) forecast.newMeasures << m.name;
    }
    progress.advance(1.0);
    return forecast;
}

} // namespace tp::session
