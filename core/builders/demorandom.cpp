#include "builders/demorandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace tp::builders {

double DemoRandom::uniform() {
    return double(m_engine() >> 11) * 0x1.0p-53;
}

int DemoRandom::below(int n) {
    return n <= 0 ? 0 : std::min(n - 1, int(uniform() * n));
}

double DemoRandom::normal() {
    // Box-Muller; 1 - u keeps the logarithm finite.
    const double u = 1.0 - uniform(), v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
}

double DemoRandom::logNormal(double median, double sigma) {
    return median * std::exp(sigma * normal());
}

std::vector<double> DemoRandom::cumulative(std::span<const double> weights) {
    std::vector<double> sums(weights.size());
    double total = 0.0;
    for (std::size_t i = 0; i < weights.size(); ++i) sums[i] = total += std::max(0.0, weights[i]);
    return sums;
}

int DemoRandom::pick(std::span<const double> cumulativeWeights) {
    if (cumulativeWeights.empty()) return -1;
    const double x = uniform() * cumulativeWeights.back();
    const auto it = std::upper_bound(cumulativeWeights.begin(), cumulativeWeights.end(), x);
    return int(std::min<std::ptrdiff_t>(it - cumulativeWeights.begin(), std::ptrdiff_t(cumulativeWeights.size()) - 1));
}

} // namespace tp::builders
