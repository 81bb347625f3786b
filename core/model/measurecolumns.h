#pragma once
// MeasureColumns: the fixed-point columns the metrics engine sums: account count, the four
// built-in money/hour fields, then one column per distinct extra column used by a measure.
// Each account is converted to its row once (hundredths, rounded half away from zero), so every
// later sum is exact integer arithmetic and the delta and full paths of the engine agree bit for
// bit. Value type; any thread.

#include "measuredefinition.h"

#include <QStringList>
#include <QVariant>

#include <vector>

namespace tp {

struct Account;

class MeasureColumns {
public:
    enum Builtin { Count = 0, RevenuePotential, Revenue, Pipeline, WorkloadHours, BuiltinCount };

    // Largest magnitude kept per account value, in hundredths (1e10 currency units): a sum over
    // millions of accounts then cannot overflow qint64, and a mis-typed column cannot either.
    static constexpr qint64 maxFixed = 1'000'000'000'000;

    MeasureColumns() = default;
    explicit MeasureColumns(const std::vector<MeasureDefinition>& measures);

    int size() const { return BuiltinCount + int(m_extra.size()); }
    const QStringList& extraColumns() const { return m_extra; }
    // Column summed for a measure; -1 for a composite.
    int columnOf(const MeasureDefinition& measure) const;

    // Writes size() values: 1 for the count column, hundredths for the others.
    void rowOf(const Account& account, qint64* row) const;

    // A column's sum in natural units (accounts, currency, hours).
    static double toValue(int column, qint64 sum) { return column == Count ? double(sum) : double(sum) / 100.0; }
    // Hundredths, rounded; 0 for NaN or infinity; clamped to +-maxFixed.
    static qint64 toFixed(double value);
    // A number, or a string holding one (C locale, surrounding blanks allowed).
    static bool numericValue(const QVariant& value, double* out);

    friend bool operator==(const MeasureColumns&, const MeasureColumns&) = default;

private:
    QStringList m_extra;
};

} // namespace tp
