#pragma once
// DemoRandom: the demo generator's random source. A 64-bit Mersenne Twister (its output sequence
// is fixed by the C++ standard) with our own transforms to uniform, normal and weighted picks,
// because std::*_distribution may differ between standard libraries: the same seed gives the
// same demo project everywhere. Value type; one thread at a time.

#include <QtGlobal>

#include <random>
#include <span>
#include <vector>

namespace tp::builders {

class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    double uniform(); // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int below(int n); // [0, n)
    double normal();  // mean 0, standard deviation 1
    double logNormal(double median, double sigma);
    // Index i with probability weights[i] / sum(weights); cumulative weights make it O(log n).
    static std::vector<double> cumulative(std::span<const double> weights);
    int pick(std::span<const double> cumulativeWeights);

private:
    std::mt19937_64 m_engine;
};

} // namespace tp::builders
