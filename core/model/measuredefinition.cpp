#include "measuredefinition.h"

#include "measurecolumns.h"
#include "project.h"

#include <QCoreApplication>
#include <QHash>

namespace tp {

MeasureDefinition MeasureDefinition::builtIn(Kind kind) {
    MeasureDefinition m;
    m.kind = kind;
    switch (kind) {
        case Kind::AccountCount:
            m.name = QCoreApplication::translate("tp::MeasureDefinition", "Accounts");
            break;
        case Kind::RevenuePotential:
            m.name = QCoreApplication::translate("tp::MeasureDefinition", "Revenue potential");
            break;
        case Kind::Revenue:
            m.name = QCoreApplication::translate("tp::MeasureDefinition", "Revenue");
            break;
        case Kind::Pipeline:
            m.name = QCoreApplication::translate("tp::MeasureDefinition", "Pipeline");
            break;
        case Kind::WorkloadHours:
            m.name = QCoreApplication::translate("tp::MeasureDefinition", "Workload hours");
            break;
        case Kind::ExtraColumn:
        case Kind::Composite:
            break;
    }
    return m;
}

MeasureDefinition MeasureDefinition::extraColumn(const QString& column, const QString& name) {
    MeasureDefinition m;
    m.kind = Kind::ExtraColumn;
    m.column = column;
    m.name = name.isEmpty() ? column : name;
    return m;
}

MeasureDefinition MeasureDefinition::composite(const QString& name, std::vector<Term> terms) {
    MeasureDefinition m;
    m.kind = Kind::Composite;
    m.name = name;
    m.terms = std::move(terms);
    return m;
}

std::vector<MeasureDefinition> MeasureDefinition::builtIns() {
    return {builtIn(Kind::AccountCount), builtIn(Kind::RevenuePotential), builtIn(Kind::Revenue),
            builtIn(Kind::Pipeline), builtIn(Kind::WorkloadHours)};
}

std::vector<MeasureDefinition> MeasureDefinition::defaultsFor(const Project& project) {
    std::vector<const Account*> accounts;
    accounts.reserve(project.accounts.size());
    for (const Account& a : project.accounts) accounts.push_back(&a);
    return defaultsFor(accounts);
}

std::vector<MeasureDefinition> MeasureDefinition::defaultsFor(const std::vector<const Account*>& accounts) {
    std::vector<MeasureDefinition> result = builtIns();
    // Column -> 0: only empty values so far, 1: numbers (and empties), -1: some value is not a number.
    // Insertion order is kept separately so the list is stable.
    QHash<QString, int> state;
    QStringList order;
    for (const Account* account : accounts) {
        const Account& a = *account;
        for (auto it = a.extra.constBegin(); it != a.extra.constEnd(); ++it) {
            auto known = state.find(it.key());
            if (known == state.end()) {
                known = state.insert(it.key(), 0);
                order.append(it.key());
            }
            if (known.value() < 0) continue;
            if (it.value().isNull() || it.value().toString().trimmed().isEmpty()) continue;
            double value = 0.0;
            known.value() = MeasureColumns::numericValue(it.value(), &value) ? 1 : -1;
        }
    }
    for (const QString& column : order)
        if (state.value(column) == 1) result.push_back(extraColumn(column));
    return result;
}

} // namespace tp
