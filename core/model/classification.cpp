#include "classification.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tp {

namespace {

int clampClasses(int classes) {
    return std::clamp(classes, Classification::minClasses, Classification::maxClasses);
}

// Within-group sum of squared deviations of distinct values [a, b) from prefix sums of weights,
// weighted values and weighted squares (centred on the overall mean, which keeps the
// subtraction below well conditioned).
struct Prefix {
    std::vector<double> w, s1, s2;
    double cost(int a, int b) const {
        const double n = w[std::size_t(b)] - w[std::size_t(a)];
        const double s = s1[std::size_t(b)] - s1[std::size_t(a)];
        const double q = s2[std::size_t(b)] - s2[std::size_t(a)];
        return std::max(0.0, q - s * s / n);
    }
};

} // namespace

std::vector<double> Classification::naturalBreaks(const std::vector<double>& sorted, int k) {
    // Hand-written: no Debian-packaged library classifies by Jenks/Fisher. Fisher (1958), "On
    // grouping for maximum homogeneity": the optimal partition of ordered data into j groups ends
    // with an optimal partition into j - 1 groups, so D[j][i] = min_t D[j-1][t] + cost(t, i).
    // The cost (sum of squared deviations) is a Monge function of the group ends, so the best t
    // never decreases with i and each layer is solved by divide and conquer in O(m log m)
    // (as in Wang & Song's Ckmeans.1d.dp): exact, and fast enough for 33k distinct values.
    std::vector<double> values;
    std::vector<double> weights;
    for (double v : sorted) {
        if (!values.empty() && values.back() == v) {
            weights.back() += 1.0;
        } else {
            values.push_back(v);
            weights.push_back(1.0);
        }
    }
    const int m = int(values.size());
    if (m == 0) return {};
    k = std::min(k, m);
    double mean = 0.0;
    for (double v : sorted) mean += v;
    mean /= double(sorted.size());
    Prefix p;
    p.w.assign(std::size_t(m) + 1, 0.0);
    p.s1 = p.w;
    p.s2 = p.w;
    for (int i = 0; i < m; ++i) {
        const double d = values[std::size_t(i)] - mean, w = weights[std::size_t(i)];
        p.w[std::size_t(i) + 1] = p.w[std::size_t(i)] + w;
        p.s1[std::size_t(i) + 1] = p.s1[std::size_t(i)] + w * d;
        p.s2[std::size_t(i) + 1] = p.s2[std::size_t(i)] + w * d * d;
    }

    // prev[i], cur[i]: best cost of the first i distinct values in j - 1 and j groups.
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> prev(std::size_t(m) + 1, inf), cur(std::size_t(m) + 1, inf);
    std::vector<std::vector<int>> start(std::size_t(k) + 1, std::vector<int>(std::size_t(m) + 1, 0));
    for (int i = 1; i <= m; ++i) prev[std::size_t(i)] = p.cost(0, i);
    for (int j = 2; j <= k; ++j) {
        std::vector<int>& from = start[std::size_t(j)];
        // Solves cur[i] for i in [lo, hi] knowing the best split lies in [tLo, tHi].
        const auto solve = [&](auto&& self, int lo, int hi, int tLo, int tHi) -> void {
            if (lo > hi) return;
            const int i = (lo + hi) / 2;
            double best = inf;
            int bestT = std::max(tLo, j - 1);
            for (int t = std::max(tLo, j - 1); t <= std::min(tHi, i - 1); ++t) {
                const double c = prev[std::size_t(t)] + p.cost(t, i);
                if (c < best) {
                    best = c;
                    bestT = t;
                }
            }
            cur[std::size_t(i)] = best;
            from[std::size_t(i)] = bestT;
            self(self, lo, i - 1, tLo, bestT);
            self(self, i + 1, hi, bestT, tHi);
        };
        std::fill(cur.begin(), cur.end(), inf);
        solve(solve, j, m, j - 1, m - 1);
        std::swap(prev, cur);
    }
    std::vector<double> uppers(static_cast<std::size_t>(k));
    int end = m;
    for (int j = k; j >= 1; --j) {
        uppers[std::size_t(j - 1)] = values[std::size_t(end - 1)];
        end = j > 1 ? start[std::size_t(j)][std::size_t(end)] : 0;
    }
    return uppers;
}

std::vector<double> Classification::upperBounds(const std::vector<double>& sorted, Method method, int k) {
    const double lo = sorted.front(), hi = sorted.back();
    std::vector<double> uppers;
    switch (method) {
        case Method::NaturalBreaks:
            return naturalBreaks(sorted, k);
        case Method::Quantiles: {
            // Class c takes the values up to rank ceil(c n / k): equal counts, ties kept together.
            const std::size_t n = sorted.size();
            for (int c = 1; c < k; ++c) {
                const std::size_t rank = (std::size_t(c) * n + std::size_t(k) - 1) / std::size_t(k);
                const double v = sorted[rank - 1];
                if (v < hi && (uppers.empty() || v > uppers.back())) uppers.push_back(v);
            }
            uppers.push_back(hi);
            return uppers;
        }
        case Method::EqualIntervals:
            if (hi > lo)
                for (int c = 1; c < k; ++c) uppers.push_back(lo + (hi - lo) * double(c) / double(k));
            uppers.push_back(hi);
            return uppers;
    }
    return {hi};
}

void Classification::appendClasses(const std::vector<double>& sorted, const std::vector<double>& uppers,
                                   int firstColour) {
    double lower = sorted.front();
    auto from = sorted.begin();
    for (std::size_t c = 0; c < uppers.size(); ++c) {
        const bool last = c + 1 == uppers.size();
        const auto to = last ? sorted.end() : std::upper_bound(from, sorted.end(), uppers[c]);
        m_classes.push_back({lower, uppers[c], qint64(to - from), firstColour + int(c)});
        lower = uppers[c];
        from = to;
    }
}

Classification Classification::classify(const std::vector<double>& values, Method method, int classes) {
    Classification result;
    const int k = clampClasses(classes);
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values)
        if (std::isnan(v))
            ++result.m_noData;
        else
            sorted.push_back(v);
    std::sort(sorted.begin(), sorted.end());
    if (sorted.empty()) {
        result.m_rampSize = k;
        return result;
    }
    result.appendClasses(sorted, upperBounds(sorted, method, k), 0);
    result.m_rampSize = int(result.m_classes.size());
    return result;
}

Classification Classification::classifyCentred(const std::vector<double>& values, Method method, int classes) {
    Classification result;
    result.m_centred = true;
    int k = clampClasses(classes);
    if (k % 2 == 0) --k;
    const int half = (k - 1) / 2;
    std::vector<double> negative, positive;
    qint64 zeros = 0;
    for (double v : values) {
        if (std::isnan(v))
            ++result.m_noData;
        else if (v < 0)
            negative.push_back(v);
        else if (v > 0)
            positive.push_back(v);
        else
            ++zeros;
    }
    std::sort(negative.begin(), negative.end());
    std::sort(positive.begin(), positive.end());
    if (!negative.empty()) {
        const std::vector<double> uppers = upperBounds(negative, method, half);
        result.appendClasses(negative, uppers, half - int(uppers.size()));
    }
    result.m_zeroClass = int(result.m_classes.size());
    result.m_classes.push_back({0.0, 0.0, zeros, half});
    if (!positive.empty()) {
        result.appendClasses(positive, upperBounds(positive, method, half), half + 1);
        result.m_classes[std::size_t(result.m_zeroClass) + 1].lower = 0.0;
    }
    result.m_rampSize = k;
    return result;
}

int Classification::classOf(double value) const {
    if (std::isnan(value) || m_classes.empty()) return -1;
    int begin = 0, end = int(m_classes.size());
    if (m_centred) {
        if (value == 0) return m_zeroClass;
        if (value < 0) {
            end = m_zeroClass;
            if (begin == end) return m_zeroClass;
        } else {
            begin = m_zeroClass + 1;
            if (begin == end) return m_zeroClass;
        }
    }
    const auto it = std::lower_bound(m_classes.begin() + begin, m_classes.begin() + end, value,
                                     [](const Class& c, double v) { return c.upper < v; });
    return it == m_classes.begin() + end ? end - 1 : int(it - m_classes.begin());
}

QString Classification::key(Method method) {
    switch (method) {
        case Method::Quantiles:
            return QStringLiteral("quantiles");
        case Method::EqualIntervals:
            return QStringLiteral("equal");
        case Method::NaturalBreaks:
            return QStringLiteral("jenks");
    }
    return {};
}

bool Classification::fromKey(const QString& key, Method* method) {
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("quantiles") || k == QLatin1String("quantile"))
        *method = Method::Quantiles;
    else if (k == QLatin1String("equal") || k == QLatin1String("equal-intervals")
             || k == QLatin1String("equal-interval"))
        *method = Method::EqualIntervals;
    else if (k == QLatin1String("jenks") || k == QLatin1String("natural") || k == QLatin1String("fisher")
             || k == QLatin1String("natural-breaks"))
        *method = Method::NaturalBreaks;
    else
        return false;
    return true;
}

QString Classification::name(Method method) {
    switch (method) {
        case Method::Quantiles:
            return QCoreApplication::translate("Classification", "Quantiles");
        case Method::EqualIntervals:
            return QCoreApplication::translate("Classification", "Equal intervals");
        case Method::NaturalBreaks:
            return QCoreApplication::translate("Classification", "Natural breaks (Jenks)");
    }
    return {};
}

} // namespace tp
