#pragma once
// WorkloadRule: the yearly hours an account costs its rep when the file has no workload column,
// and the canonical spelling of segments and tiers it is based on.
//   hours per year = touches per year (by tier) x hours per touch (by segment)
//   touches per year: A 24 (twice a month), B 12 (monthly), C 4 (quarterly), unknown 6
//   hours per touch:  Enterprise 3, Mid-Market 2, SMB 1, unknown 1.5
// e.g. an A-tier Enterprise account costs 72 h/year, a C-tier SMB account 4 h/year.
// Stateless; any thread.

#include <QString>

namespace tp::io {

class WorkloadRule {
public:
    static double hoursPerYear(const QString& tier, const QString& segment);
    static double touchesPerYear(const QString& tier);
    static double hoursPerTouch(const QString& segment);

    // "enterprise", "ENT", "Large" -> "Enterprise"; "mid market", "MM" -> "Mid-Market";
    // "small business", "SMB", "Small" -> "SMB"; anything else is kept as given (trimmed).
    static QString canonicalSegment(const QString& segment);
    // "a", "Tier 1", "1", "Hot" -> "A"; "Tier 2", "Warm" -> "B"; "Tier 3", "Cold" -> "C";
    // anything else is kept as given (trimmed).
    static QString canonicalTier(const QString& tier);
};

} // namespace tp::io
