#include "measurecolumns.h"

#include "account.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tp {

MeasureColumns::MeasureColumns(const std::vector<MeasureDefinition>& measures) {
    for (const MeasureDefinition& m : measures)
        if (m.kind == MeasureDefinition::Kind::ExtraColumn && !m_extra.contains(m.column)) m_extra.append(m.column);
}

int MeasureColumns::columnOf(const MeasureDefinition& measure) const {
    switch (measure.kind) {
        case MeasureDefinition::Kind::AccountCount:
            return Count;
        case MeasureDefinition::Kind::RevenuePotential:
            return RevenuePotential;
        case MeasureDefinition::Kind::Revenue:
            return Revenue;
        case MeasureDefinition::Kind::Pipeline:
            return Pipeline;
        case MeasureDefinition::Kind::WorkloadHours:
            return WorkloadHours;
        case MeasureDefinition::Kind::ExtraColumn: {
            const qsizetype i = m_extra.indexOf(measure.column);
            return i < 0 ? -1 : BuiltinCount + int(i);
        }
        case MeasureDefinition::Kind::Composite:
            return -1;
    }
    return -1;
}

void MeasureColumns::rowOf(const Account& a, Fixed* row) const {
    row[Count] = 1;
    row[RevenuePotential] = toFixed(a.revenuePotential);
    row[Revenue] = toFixed(a.revenue);
    row[Pipeline] = toFixed(a.pipeline);
    row[WorkloadHours] = toFixed(a.workloadHours);
    for (qsizetype i = 0; i < m_extra.size(); ++i) {
        double value = 0.0;
        const auto it = a.extra.constFind(m_extra[i]);
        row[BuiltinCount + i] = (it != a.extra.constEnd() && numericValue(it.value(), &value)) ? toFixed(value) : 0;
    }
}

MeasureColumns::Fixed MeasureColumns::toFixed(double value) {
    if (!std::isfinite(value)) return 0;
    return Fixed(std::round(std::clamp(value, -maxValue, maxValue) * 100.0));
}

bool MeasureColumns::numericValue(const QVariant& value, double* out) {
    switch (value.typeId()) {
        case QMetaType::Double:
        case QMetaType::Float:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Long:
        case QMetaType::ULong:
            *out = value.toDouble();
            return std::isfinite(*out);
        case QMetaType::QString: {
            bool ok = false;
            *out = QLocale::c().toDouble(value.toString().trimmed(), &ok);
            return ok && std::isfinite(*out);
        }
        case QMetaType::QByteArray: {
            bool ok = false;
            *out = QLocale::c().toDouble(QString::fromUtf8(value.toByteArray()).trimmed(), &ok);
            return ok && std::isfinite(*out);
        }
        default:
            return false;
    }
}

} // namespace tp
