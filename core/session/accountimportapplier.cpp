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
        parts << QCoreApplication::translate("tp::session::AccountImportSummary", "%n outside every unit", nullptr, outsideUnits);
    QString text = parts.join(QStringLiteral(", "));
    if (placement.byPostalCode > 0 || !placement.unmatchedCodes.isEmpty())
        text += QStringLiteral("; ") + QCoreApplication::translate("tp::session::AccountImportSummary", "%n placed by postal code", nullptr,
                                                                   placement.byPostalCode)
                + QStringLiteral(", ") + QCoreApplication::translate("tp::session::AccountImportSummary", "%n by location", nullptr,
                                                                     placement.byLocation);
    if (!placement.unmatchedCodes.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(placement.unmatchedCodes.size(), 20);
        QString codes = placement.unmatchedCodes.mid(0, shown).join(QStringLiteral(", "));
        if (shown < placement.unmatchedCodes.size()) codes += QStringLiteral(", …");
        text += QStringLiteral("; ") + QCoreApplication::translate("tp::session::AccountImportSummary", "%n postal codes match no unit: %1",
                                                                   nullptr, int(placement.unmatchedCodes.size()))
                                           .arg(codes);
    }
    return text;
}

bool AccountImportApplier::apply(ProjectSession& session, const io::AccountImportResult& imported,
                                 const QString& sourceName, AccountImportSummary* summary, QString* error) {
    Project& project = session.project();
    const std::vector<Account> before = project.accounts;
    AccountImportSummary result;
    result.merge = io::AccountMerger::merge(project, imported.accounts);
    if (!result.merge.needsLocating.empty() && !project.units.empty()) {
        const io::AccountLocator locator(project.units, project.unitPostalCodes);
        result.placement = locator.place(project.accounts, result.merge.needsLocating);
        result.outsideUnits = result.placement.outside;
    }
    std::vector<Account> changed;
    changed.reserve(result.merge.changedIndexes.size());
    for (int i : result.merge.changedIndexes) changed.push_back(project.accounts[std::size_t(i)]);

    storage::EditLogEntry log;
    log.kind = QStringLiteral("import-accounts");
    log.text = QStringLiteral("Imported accounts from %1: %2").arg(sourceName, result.text());
    log.detailsJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("source"), sourceName},
                                                                  {QStringLiteral("added"), result.merge.added},
                                                                  {QStringLiteral("updated"), result.merge.updated},
                                                                  {QStringLiteral("placedByPostalCode"), result.placement.byPostalCode},
                                                                  {QStringLiteral("placedByLocation"), result.placement.byLocation},
                                                                  {QStringLiteral("rejected"), int(imported.rejected.size())}})
                                            .toJson(QJsonDocument::Compact));
    if (!changed.empty() && !session.file().upsertAccounts(changed, &log, error)) {
        project.accounts = before;
        project.reindex();
        return false;
    }
    session.metrics().rebuild();
    const std::vector<int> changedIndexes = result.merge.changedIndexes;
    if (summary) *summary = std::move(result);
    if (!changedIndexes.empty()) emit session.notifier().accountsChanged(changedIndexes);
    return true;
}

} // namespace tp::session
