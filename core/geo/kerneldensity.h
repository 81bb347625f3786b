#pragma once
// KernelDensity: a kernel density estimate of weighted points on a regular grid of a projected
// plane (the map's screen pixels in Web Mercator). The kernel is a Gaussian with sigma = radius / 3,
// truncated at the radius (|dx| <= radius and |dy| <= radius: a square support) and normalised over
// the grid's integer cell offsets, so it sums to exactly 1. Because the Gaussian is separable,
// the 2D kernel sum is computed as a row pass then a column pass over the binned weights: O(cells x
// taps) instead of O(points x taps^2). Each point counts at the centre of the cell that contains
// it (binning); points outside the grid but within the radius still reach it (the work grid is
// padded by the radius). values() are densities, weight per square plane unit, so
// sum(values) * cellSize^2 equals the sum of the weights of the points farther than the radius
// from the grid's edge. Hand-written: Debian 12 has no C++ library for a weighted 2D KDE on a
// grid (GDAL's gridding is inverse distance / moving average, not a kernel sum).
// Value type; build and compute on one thread (any).

#include <atomic>
#include <vector>

namespace tp::geo {

class KernelDensity {
public:
    // width x height cells of cellSize plane units each, covering [0, width*cellSize) x
    // [0, height*cellSize) (y downwards, as on screen); radius in plane units (> 0).
    KernelDensity(int width, int height, double cellSize, double radius);

    // A point in plane units (origin at the grid's top-left corner). NaN or non-finite
    // coordinates and weights are skipped.
    void add(double x, double y, double weight = 1.0);
    // The sum of the weights binned so far (the points within the padded grid).
    double binnedWeight() const { return m_binned; }

    // Densities, row-major (height rows of width values). Stops early (returning an empty
    // vector) once `cancelled` is set.
    std::vector<double> compute(const std::atomic_bool* cancelled = nullptr) const;

    int width() const { return m_width; }
    int height() const { return m_height; }
    double cellSize() const { return m_cellSize; }
    double radius() const { return m_radius; }
    // Taps of the 1D kernel for offsets -reach..reach cells (sum 1), reach = floor(radius / cellSize).
    const std::vector<double>& taps() const { return m_taps; }
    int reach() const { return m_reach; }

private:
    int m_width, m_height;
    double m_cellSize, m_radius;
    int m_reach = 0;
    std::vector<double> m_taps;
    int m_paddedWidth = 0, m_paddedHeight = 0;
    std::vector<double> m_bins; // padded grid
    double m_binned = 0.0;
};

} // namespace tp::geo
