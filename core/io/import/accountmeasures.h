#pragma once
// AccountMeasures: the metrics engine's measures as values of one account, for the columns of
// account sheets and change lists: revenue potential, revenue, pipeline, workload hours, numeric
// extra columns and weighted composites (the engine's list minus the account count, which is 1
// for every account). Same rules as the engine: an extra value that is not a number counts as 0,
// a composite term pointing at a composite or outside the list counts as 0. Value type; any thread.

#include "model/measuredefinition.h"

#include <QString>

#include <vector>

namespace tp {
struct Account;
}

namespace tp::io {

class AccountMeasures {
public:
    explicit AccountMeasures(std::vector<MeasureDefinition> measures);

    int count() const { return int(m_columns.size()); }
    QString name(int i) const;
    QString key(int i) const;  // snake_case, e.g. "revenue_potential", "nps_score"
    bool isHours(int i) const; // workload: one decimal; other measures are money-like
    double value(const Account& account, int i) const;

private:
    double valueOf(const Account& account, int measure) const; // index into m_measures
    std::vector<MeasureDefinition> m_measures;
    std::vector<int> m_columns; // measures shown, indexes into m_measures
};

} // namespace tp::io
