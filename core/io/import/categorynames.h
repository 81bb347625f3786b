#pragma once
// CategoryNames: the canonical spelling of the segments and tiers a CRM export gives, so the
// project's WorkloadRule (tp::WorkloadRule: visits by tier x hours by segment) finds them.
// Stateless; any thread.

#include <QString>

namespace tp::io {

class CategoryNames {
public:
    // "enterprise", "ENT", "Large" -> "Enterprise"; "mid market", "MM" -> "Mid-Market";
    // "small business", "SMB", "Small" -> "SMB"; anything else is kept as given (trimmed).
    static QString canonicalSegment(const QString& segment);
    // "a", "Tier 1", "1", "Hot" -> "A"; "Tier 2", "Warm" -> "B"; "Tier 3", "Cold" -> "C";
    // anything else is kept as given (trimmed).
    static QString canonicalTier(const QString& tier);
};

} // namespace tp::io
