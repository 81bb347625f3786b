#include "workloadsource.h"

#include "project.h"

#include <QCoreApplication>
#include <QLocale>

namespace tp {

WorkloadSource WorkloadSource::of(const Project& project) {
    return of(project, {});
}

WorkloadSource WorkloadSource::of(const Project& project, const std::vector<char>& membership) {
    WorkloadSource s;
    const bool all = membership.size() != project.accounts.size();
    for (std::size_t i = 0; i < project.accounts.size(); ++i)
        if (all || membership[i]) (project.accounts[i].workloadFromRule ? s.fromRule : s.fromFile) += 1;
    s.column = project.workloadColumn;
    return s;
}

QString WorkloadSource::text(const Project& project, bool withRule) const {
    auto tr = [](const char* text, int n = -1) {
        return QCoreApplication::translate("tp::WorkloadSource", text, nullptr, n);
    };
    const QLocale locale;
    QStringList parts;
    if ((fromRule > 0 || fromFile == 0) && withRule)
        parts << tr("from tiers for %1 accounts (%2)").arg(locale.toString(fromRule), project.workloadRule.summary());
    else if (fromRule > 0 || fromFile == 0)
        parts << tr("from tiers for %1 accounts").arg(locale.toString(fromRule));
    if (fromFile > 0)
        parts << (column.isEmpty()
                      ? tr("given by the imported file for %1 accounts").arg(locale.toString(fromFile))
                      : tr("from the file's column “%1” for %2 accounts").arg(column, locale.toString(fromFile)));
    return tr("Workload: %1").arg(parts.join(QStringLiteral("; ")));
}

} // namespace tp
