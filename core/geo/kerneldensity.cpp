#include "kerneldensity.h"

#include <algorithm>
#include <cmath>

namespace tp::geo {

KernelDensity::KernelDensity(int width, int height, double cellSize, double radius)
    : m_width(std::max(0, width)), m_height(std::max(0, height)), m_cellSize(cellSize > 0 ? cellSize : 1.0),
      m_radius(radius > 0 ? radius : m_cellSize) {
    const double reachCells = m_radius / m_cellSize;
    m_reach = int(std::floor(reachCells));
    const double sigma = std::max(reachCells / 3.0, 1e-9);
    m_taps.resize(std::size_t(2 * m_reach + 1));
    double sum = 0.0;
    for (int d = -m_reach; d <= m_reach; ++d) {
        const double t = double(d) / sigma;
        m_taps[std::size_t(d + m_reach)] = std::exp(-0.5 * t * t);
        sum += m_taps[std::size_t(d + m_reach)];
    }
    for (double& t : m_taps) t /= sum;
    m_paddedWidth = m_width + 2 * m_reach;
    m_paddedHeight = m_height + 2 * m_reach;
    m_bins.assign(std::size_t(m_paddedWidth) * std::size_t(m_paddedHeight), 0.0);
}

void KernelDensity::add(double x, double y, double weight) {
    if (!std::isfinite(x) || !std::isfinite(y) || !std::isfinite(weight)) return;
    const double cx = std::floor(x / m_cellSize) + m_reach, cy = std::floor(y / m_cellSize) + m_reach;
    if (cx < 0 || cy < 0 || cx >= m_paddedWidth || cy >= m_paddedHeight) return;
    m_bins[std::size_t(cy) * std::size_t(m_paddedWidth) + std::size_t(cx)] += weight;
    m_binned += weight;
}

std::vector<double> KernelDensity::compute(const std::atomic_bool* cancelled) const {
    auto stop = [cancelled] { return cancelled && cancelled->load(std::memory_order_relaxed); };
    const std::size_t pw = std::size_t(m_paddedWidth);
    const int r = m_reach;
    const double* taps = m_taps.data();
    // Row pass: padded rows, inner columns only (what lies outside the grid is never read again).
    std::vector<double> rows(std::size_t(m_paddedHeight) * std::size_t(m_width), 0.0);
    for (int y = 0; y < m_paddedHeight; ++y) {
        if ((y & 63) == 0 && stop()) return {};
        const double* in = m_bins.data() + std::size_t(y) * pw;
        double* out = rows.data() + std::size_t(y) * std::size_t(m_width);
        for (int x = 0; x < m_width; ++x) {
            const double* window = in + x; // padded columns x .. x + 2r are offsets -r .. r around x + r
            double sum = 0.0;
            for (int k = 0; k <= 2 * r; ++k) sum += window[k] * taps[k];
            out[x] = sum;
        }
    }
    // Column pass, row by row so the inner loop runs along memory.
    const double perArea = 1.0 / (m_cellSize * m_cellSize);
    std::vector<double> result(std::size_t(m_width) * std::size_t(m_height), 0.0);
    for (int y = 0; y < m_height; ++y) {
        if ((y & 63) == 0 && stop()) return {};
        double* out = result.data() + std::size_t(y) * std::size_t(m_width);
        for (int k = 0; k <= 2 * r; ++k) {
            const double t = taps[k] * perArea;
            const double* in = rows.data() + std::size_t(y + k) * std::size_t(m_width);
            for (int x = 0; x < m_width; ++x) out[x] += t * in[x];
        }
    }
    return result;
}

} // namespace tp::geo
