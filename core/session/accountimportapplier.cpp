#include "accountimportapplier.h"

#include "projectsession.h"
#include "sessionnotifier.h"

#include "io/import/accountlocator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tp::session {

QString AccountImportSummary::text() const {
    QStringList parts;
    parts << QCoreApplication::translate("tp::session::AccountImportSummary", "%n accounts added", nullptr, merge.added)
          << QCoreApplication::translate("tp::session::AccountImportSummary", "%n updated", nullptr, merge.updated)
          << QCoreApplication::translate("tp::session::AccountImportSummary", "%n unchanged", nullptr, merge.unchanged);
    if (outsideUnits > 0)
        parts << QCoreApplication::translate("tp::session::AccountImportSummary", "%n outside every unit", nullptr,
                                             outsideUnits);
    QString text = parts.join(QStringLiteral(", "));
    if (placement.byPostalCode > 0 || !placement.unmatchedCodes.isEmpty())
        text += QStringLiteral("; ")
                + QCoreApplication::translate("tp::session::AccountImportSummary", "%n placed by postal code", nullptr,
                                              placement.byPostalCode)
                + QStringLiteral(", ")
                + QCoreApplication::translate("tp::session::AccountImportSummary", "%n by location", nullptr,
                                              placement.byLocation);
    if (!placement.unmatchedCodes.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(placement.unmatchedCodes.size(), 20);
        QString codes = placement.unmatchedCodes.mid(0, shown).join(QStringLiteral(", "));
        if (shown < placement.unmatchedCodes.size()) codes += QStringLiteral(", …");
        text += QStringLiteral("; ")
                + QCoreApplication::translate("tp::session::AccountImportSummary", "%n postal codes match no unit: %1",
                                              nullptr, int(placement.unmatchedCodes.size()))
                      .arg(codes);
    }
    return text;
}

bool AccountImportApplier::apply(ProjectSession& session, const io::AccountImportResult& imported,
                                 const QString& sourceName, AccountImportSummary* summary, QString* error,
                                 const TaskProgress& progress) {
    AccountImportWrite written;
    if (!write(session, imported, sourceName, progress, &written, error)) {
        if (written.cancelled && error)
            *error = QCoreApplication::translate("tp::session::AccountImportApplier", "The import was cancelled.");
        return false;
    }
    adopt(session, std::move(written), summary);
    return true;
}

bool AccountImportApplier::write(ProjectSession& session, const io::AccountImportResult& imported,
                                 const QString& sourceName, const TaskProgress& progress, AccountImportWrite* out,
                                 QString* error) {
    const Project& project = session.project();
    AccountImportWrite w;
    progress.step(QCoreApplication::translate("tp::session::AccountImportApplier", "Merging %n accounts…", nullptr,
                                              int(imported.accounts.size())),
                  -1);
    w.accounts = project.accounts;
    AccountImportSummary& result = w.summary;
    result.merge = io::AccountMerger::merge(w.accounts, project.nextId(), imported.accounts);
    if (progress.cancelled()) {
        out->cancelled = true;
        return false;
    }
    if (!result.merge.needsLocating.empty() && !project.units.empty()) {
        progress.step(QCoreApplication::translate("tp::session::AccountImportApplier",
                                                  "Placing %n accounts in their units…", nullptr,
                                                  int(result.merge.needsLocating.size())),
                      -1);
        const io::AccountLocator locator(project.units, project.unitPostalCodes);
        result.placement = locator.place(w.accounts, result.merge.needsLocating);
        result.outsideUnits = result.placement.outside;
    }
    if (progress.cancelled()) {
        out->cancelled = true;
        return false;
    }
    std::vector<Account> changed;
    changed.reserve(result.merge.changedIndexes.size());
    for (int i : result.merge.changedIndexes) changed.push_back(w.accounts[std::size_t(i)]);

    storage::EditLogEntry log;
    log.kind = QStringLiteral("import-accounts");
    log.text = QStringLiteral("Imported accounts from %1: %2").arg(sourceName, result.text());
    log.detailsJson = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("source"), sourceName},
                                  {QStringLiteral("added"), result.merge.added},
                                  {QStringLiteral("updated"), result.merge.updated},
                                  {QStringLiteral("placedByPostalCode"), result.placement.byPostalCode},
                                  {QStringLiteral("placedByLocation"), result.placement.byLocation},
                                  {QStringLiteral("rejected"), int(imported.rejected.size())}})
            .toJson(QJsonDocument::Compact));
    // The Balance dock names the column workload came from; rows without it took the rule.
    const QString workloadColumn = imported.mapping.column(io::AccountField::WorkloadHours);
    if (!changed.empty() && !workloadColumn.isEmpty() && workloadColumn != project.workloadColumn)
        w.workloadColumn = workloadColumn;
    if (!changed.empty()) {
        progress.step(QCoreApplication::translate("tp::session::AccountImportApplier", "Writing %n accounts…", nullptr,
                                                  int(changed.size())),
                      0.0);
        storage::ProjectFile& file = session.file();
        QString detail;
        const bool written = file.transaction(
            [&](QString* e) {
                return file.upsertAccounts(changed, &log, e, progress)
                       && (w.workloadColumn.isEmpty() || file.setWorkloadColumn(w.workloadColumn, nullptr, e));
            },
            &detail);
        if (!written) {
            if (progress.cancelled())
                out->cancelled = true;
            else if (error)
                *error = detail;
            return false;
        }
    }
    w.changedIndexes = result.merge.changedIndexes;
    *out = std::move(w);
    return true;
}

void AccountImportApplier::adopt(ProjectSession& session, AccountImportWrite&& written, AccountImportSummary* summary) {
    Project& project = session.project();
    project.accounts = std::move(written.accounts);
    project.reindex();
    if (!written.workloadColumn.isEmpty()) project.workloadColumn = written.workloadColumn;
    session.metrics().rebuild();
    const std::vector<int> changedIndexes = std::move(written.changedIndexes);
    if (summary) *summary = std::move(written.summary);
    if (!changedIndexes.empty()) emit session.notifier().accountsChanged(changedIndexes);
}

} // namespace tp::session
