#pragma once
// MeasureColumns: the fixed-point columns the metrics engine sums: account count, the four
// built-in money/hour fields, then one column per distinct extra column used by a measure.
// Each account is converted to its row once (hundredths, rounded half away from zero, as 128-bit
// integers), so every later sum is exact integer arithmetic and the delta and full paths of the
// engine agree bit for bit, also for yen-sized values (1e12 per account times millions of
// accounts would overflow 64-bit hundredths). Value type; any thread.

#include "measuredefinition.h"

#include <QStringList>
#include <QVariant>

#include <vector>

namespace tp {

struct Account;

class MeasureColumns {
public:
    enum Builtin { Count = 0, RevenuePotential, Revenue, Pipeline, WorkloadHours, BuiltinCount };

    __extension__ using Fixed = __int128; // hundredths (counts: whole accounts)

    // Largest magnitude per account value: 1e24 currency units, far beyond any real revenue (the
    // importers reject what is not a finite number); a sum over 2^31 accounts of such values
    // stays below 2^127, so totals never overflow. Larger values are counted at this limit:
    // inRange() tells the callers that want to say so.
    static constexpr double maxValue = 1e24;
    static bool inRange(double value) { return !(value > maxValue || value < -maxValue); }

    MeasureColumns() = default;
    explicit MeasureColumns(const std::vector<MeasureDefinition>& measures);

    int size() const { return BuiltinCount + int(m_extra.size()); }
    const QStringList& extraColumns() const { return m_extra; }
    // Column summed for a measure; -1 for a composite.
    int columnOf(const MeasureDefinition& measure) const;

    // Writes size() values: 1 for the count column, hundredths for the others.
    void rowOf(const Account& account, Fixed* row) const;

    // A column's sum in natural units (accounts, currency, hours).
    static double toValue(int column, Fixed sum) { return column == Count ? double(sum) : double(sum) / 100.0; }
    // Hundredths, rounded half away from zero; 0 for NaN or infinity; +-maxValue beyond it.
    static Fixed toFixed(double value);
    // A number, or a string holding one (C locale, surrounding blanks allowed).
    static bool numericValue(const QVariant& value, double* out);

    friend bool operator==(const MeasureColumns&, const MeasureColumns&) = default;

private:
    QStringList m_extra;
};

} // namespace tp
