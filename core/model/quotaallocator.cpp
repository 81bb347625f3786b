#include "quotaallocator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tp {
namespace {

double clean(double v) {
    return std::isfinite(v) && v > 0 ? v : 0.0;
}

} // namespace

QuotaAllocator::Result QuotaAllocator::allocate(const std::vector<Territory>& territories, const Options& o) {
    Result result;
    if (!std::isfinite(o.target) || o.target < 0 || !std::isfinite(o.roundTo) || o.roundTo < 0
        || !(o.potentialWeight >= 0) || o.potentialWeight > 1) {
        result.error = tr("The target and the rounding step must be numbers of zero or more, the weight of potential "
                          "between 0 and 1.");
        return result;
    }
    result.quotas.assign(territories.size(), 0.0);
    double locked = 0.0, potential = 0.0, revenue = 0.0;
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < territories.size(); ++i) {
        const Territory& t = territories[i];
        if (t.locked) {
            result.quotas[i] = clean(t.lockedQuota);
            locked += result.quotas[i];
            continue;
        }
        open.push_back(i);
        potential += clean(t.potential);
        revenue += clean(t.revenue);
    }
    const double remaining = o.target - locked;
    if (remaining < -1e-9 * std::max(1.0, o.target)) {
        result.error = tr("The locked quotas (%1) add up to more than the target (%2).")
                           .arg(locked, 0, 'f', 0)
                           .arg(o.target, 0, 'f', 0);
        return result;
    }
    if (open.empty()) {
        if (remaining > 1e-9 * std::max(1.0, o.target)) {
            result.error =
                tr("Every quota is locked, so %1 of the target has nowhere to go.").arg(remaining, 0, 'f', 0);
            return result;
        }
        result.ok = true;
        return result;
    }
    // Shares of the open territories: the mix of the two bases (equal shares for a basis without a total).
    std::vector<double> share(open.size());
    for (std::size_t k = 0; k < open.size(); ++k) {
        const Territory& t = territories[open[k]];
        const double byPotential = potential > 0 ? clean(t.potential) / potential : 1.0 / double(open.size());
        const double byRevenue = revenue > 0 ? clean(t.revenue) / revenue : 1.0 / double(open.size());
        share[k] = o.potentialWeight * byPotential + (1.0 - o.potentialWeight) * byRevenue;
    }
    const double amount = std::max(0.0, remaining);
    if (o.roundTo <= 0) {
        for (std::size_t k = 0; k < open.size(); ++k) result.quotas[open[k]] = amount * share[k];
    } else {
        // Largest remainders in whole steps, then the part of the target below one step.
        const double steps = std::floor(amount / o.roundTo + 1e-9);
        std::vector<double> whole(open.size()), rest(open.size());
        double given = 0.0;
        for (std::size_t k = 0; k < open.size(); ++k) {
            const double exact = steps * share[k];
            whole[k] = std::floor(exact + 1e-9);
            rest[k] = exact - whole[k];
            given += whole[k];
        }
        std::vector<std::size_t> order(open.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rest[a] > rest[b]; });
        for (std::size_t n = 0; n < std::size_t(std::llround(steps - given)) && n < order.size(); ++n)
            whole[order[n]] += 1.0;
        for (std::size_t k = 0; k < open.size(); ++k) result.quotas[open[k]] = whole[k] * o.roundTo;
    }
    // Exactly the target: what rounding (or floating point) left over goes to the largest share.
    const double sum = std::accumulate(result.quotas.begin(), result.quotas.end(), 0.0);
    const std::size_t largest = open[std::size_t(std::max_element(share.begin(), share.end()) - share.begin())];
    result.quotas[largest] += o.target - sum;
    result.ok = true;
    return result;
}

} // namespace tp
