#include "io/import/accountlocator.h"

namespace tp::io {

AccountLocator::AccountLocator(const std::vector<Unit>& units, int threads)
    : m_index(shapesOf(units)), m_threads(threads) {}

std::vector<geo::MultiPolygon> AccountLocator::shapesOf(const std::vector<Unit>& units) {
    std::vector<geo::MultiPolygon> shapes;
    shapes.reserve(units.size());
    for (const Unit& u : units) shapes.push_back(u.shape);
    return shapes;
}

int AccountLocator::locateAll(std::vector<Account>& accounts) const {
    std::vector<geo::GeoPoint> points;
    points.reserve(accounts.size());
    for (const Account& a : accounts) points.push_back(a.location);
    const std::vector<int> units = m_index.locateAll(points, m_threads);
    int outside = 0;
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        accounts[i].unit = units[i];
        if (units[i] < 0) ++outside;
    }
    return outside;
}

int AccountLocator::locate(std::vector<Account>& accounts, std::span<const int> indexes) const {
    std::vector<geo::GeoPoint> points;
    points.reserve(indexes.size());
    for (int i : indexes) points.push_back(accounts[std::size_t(i)].location);
    const std::vector<int> units = m_index.locateAll(points, m_threads);
    int outside = 0;
    for (std::size_t k = 0; k < indexes.size(); ++k) {
        accounts[std::size_t(indexes[k])].unit = units[k];
        if (units[k] < 0) ++outside;
    }
    return outside;
}

} // namespace tp::io
