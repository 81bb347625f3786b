#include "io/import/accountmeasures.h"

#include "model/account.h"
#include "model/measurecolumns.h"

#include <QRegularExpression>

namespace tp::io {

using Kind = MeasureDefinition::Kind;

AccountMeasures::AccountMeasures(std::vector<MeasureDefinition> measures) : m_measures(std::move(measures)) {
    for (std::size_t i = 0; i < m_measures.size(); ++i)
        if (m_measures[i].kind != Kind::AccountCount) m_columns.push_back(int(i));
}

QString AccountMeasures::name(int i) const {
    return m_measures[std::size_t(m_columns[std::size_t(i)])].name;
}

QString AccountMeasures::key(int i) const {
    const MeasureDefinition& m = m_measures[std::size_t(m_columns[std::size_t(i)])];
    switch (m.kind) {
        case Kind::RevenuePotential:
            return QStringLiteral("revenue_potential");
        case Kind::Revenue:
            return QStringLiteral("revenue");
        case Kind::Pipeline:
            return QStringLiteral("pipeline");
        case Kind::WorkloadHours:
            return QStringLiteral("workload_hours");
        default:
            break;
    }
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    return (m.kind == Kind::ExtraColumn && !m.column.isEmpty() ? m.column : m.name)
        .toLower()
        .replace(nonWord, QStringLiteral("_"));
}

bool AccountMeasures::isHours(int i) const {
    return m_measures[std::size_t(m_columns[std::size_t(i)])].kind == Kind::WorkloadHours;
}

double AccountMeasures::value(const Account& account, int i) const {
    return valueOf(account, m_columns[std::size_t(i)]);
}

double AccountMeasures::valueOf(const Account& account, int measure) const {
    const MeasureDefinition& m = m_measures[std::size_t(measure)];
    switch (m.kind) {
        case Kind::AccountCount:
            return 1.0;
        case Kind::RevenuePotential:
            return account.revenuePotential;
        case Kind::Revenue:
            return account.revenue;
        case Kind::Pipeline:
            return account.pipeline;
        case Kind::WorkloadHours:
            return account.workloadHours;
        case Kind::ExtraColumn: {
            double value = 0.0;
            return MeasureColumns::numericValue(account.extra.value(m.column), &value) ? value : 0.0;
        }
        case Kind::Composite: {
            double sum = 0.0;
            for (const MeasureDefinition::Term& term : m.terms)
                if (term.measure >= 0 && term.measure < int(m_measures.size())
                    && m_measures[std::size_t(term.measure)].kind != Kind::Composite)
                    sum += term.weight * valueOf(account, term.measure);
            return sum;
        }
    }
    return 0.0;
}

} // namespace tp::io
