#pragma once
// QuotaAllocator: distributes a company target over territories by a formula the user picks:
// each territory's share of the revenue potential, of the current revenue, or a weighted mix of
// the two. Locked territories keep their quota; the rest of the target is shared among the
// others. Quotas are rounded to a step (e.g. 1,000) by largest remainders, so that they add up
// to the target exactly: whatever the step cannot express (target not a multiple of it) goes to
// the territory with the largest share. A basis whose total is zero (no potential anywhere)
// shares equally. Stateless; any thread.

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tp {

class QuotaAllocator {
    Q_DECLARE_TR_FUNCTIONS(tp::QuotaAllocator)

public:
    struct Territory {
        double potential = 0.0; // negative or non-finite values count as 0
        double revenue = 0.0;
        bool locked = false;
        double lockedQuota = 0.0; // kept when locked
    };
    struct Options {
        double target = 0.0;
        double potentialWeight = 1.0; // 1: by potential, 0: by revenue, in between: the mix
        double roundTo = 0.0;         // 0: no rounding
    };
    struct Result {
        bool ok = false;
        QString error;
        std::vector<double> quotas; // one per territory, in order (locked ones as they were)
    };

    static Result allocate(const std::vector<Territory>& territories, const Options& options);
};

} // namespace tp
