#include "accountlocator.h"

#include "postalcodeindex.h"

#include <QSet>

#include <numeric>

namespace tp::io {

AccountLocator::AccountLocator(const std::vector<Unit>& units, int threads)
    : m_index(shapesOf(units)), m_threads(threads) {}

AccountLocator::AccountLocator(const std::vector<Unit>& units, const UnitPostalCodes& postalCodes, int threads)
    : m_index(shapesOf(units)), m_threads(threads), m_postalCodes(postalCodes) {
    if (!m_postalCodes.isSet()) return;
    m_unitByCode.reserve(qsizetype(units.size()));
    for (std::size_t i = 0; i < units.size(); ++i) m_unitByCode.insert(units[i].code, int(i));
}

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

int AccountLocator::unitOfPostalCode(const QString& postalCode) const {
    if (!m_postalCodes.isSet() || postalCode.trimmed().isEmpty()) return -1;
    const QString code = m_postalCodes.unitCodeFor(PostalCodeIndex::normalize(postalCode));
    return code.isEmpty() ? -1 : m_unitByCode.value(code, -1);
}

AccountPlacement AccountLocator::placeAll(std::vector<Account>& accounts) const {
    std::vector<int> all(accounts.size());
    std::iota(all.begin(), all.end(), 0);
    return place(accounts, all);
}

AccountPlacement AccountLocator::place(std::vector<Account>& accounts, std::span<const int> indexes) const {
    AccountPlacement result;
    std::vector<int> rest;
    rest.reserve(indexes.size());
    QSet<QString> unmatched;
    for (int i : indexes) {
        Account& a = accounts[std::size_t(i)];
        const int unit = unitOfPostalCode(a.postalCode);
        if (unit >= 0) {
            a.unit = unit;
            ++result.byPostalCode;
            continue;
        }
        if (m_postalCodes.isSet() && !a.postalCode->trimmed().isEmpty()) {
            unmatched.insert(PostalCodeIndex::normalize(a.postalCode));
            ++result.unmatchedAccounts;
        }
        rest.push_back(i);
    }
    result.outside = locate(accounts, rest);
    result.byLocation = int(rest.size()) - result.outside;
    result.unmatchedCodes = QStringList(unmatched.begin(), unmatched.end());
    result.unmatchedCodes.sort();
    return result;
}

} // namespace tp::io
