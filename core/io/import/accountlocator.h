#pragma once
// AccountLocator: sets Account::unit from the project's units. Builds a geo::UnitIndex (a copy
// of the unit shapes) once; then locates all accounts or only the given indexes, on 2 threads.
// locate()/locateAll() use the location only (point in polygon); place()/placeAll() first put
// an account whose postal code names a unit (UnitPostalCodes: ZIP areas, ZIP3 areas, ZCTAs) into
// that unit and locate only the rest, and report how many went which way.
// Construct and call from one thread; the index itself is read-only.

#include "geo/unitindex.h"

#include "model/account.h"
#include "model/unit.h"
#include "model/unitpostalcodes.h"

#include <QHash>
#include <QStringList>

#include <span>
#include <vector>

namespace tp::io {

struct AccountPlacement {
    int byPostalCode = 0;       // put into the unit their postal code names
    int byLocation = 0;         // put into the unit that holds their location
    int outside = 0;            // in no unit (neither way)
    QStringList unmatchedCodes; // postal codes that name no unit (distinct, sorted); only when
                                // the units are postal areas
    int unmatchedAccounts = 0;  // accounts with such a code
};

class AccountLocator {
public:
    explicit AccountLocator(const std::vector<Unit>& units, int threads = 2);
    AccountLocator(const std::vector<Unit>& units, const UnitPostalCodes& postalCodes, int threads = 2);

    // Returns how many accounts lie in no unit (unit = -1).
    int locateAll(std::vector<Account>& accounts) const;
    int locate(std::vector<Account>& accounts, std::span<const int> indexes) const;
    int unitAt(geo::GeoPoint p) const { return m_index.unitAt(p); }

    AccountPlacement placeAll(std::vector<Account>& accounts) const;
    AccountPlacement place(std::vector<Account>& accounts, std::span<const int> indexes) const;
    // The unit the postal code names, -1 when none (or the units are not postal areas).
    int unitOfPostalCode(const QString& postalCode) const;

private:
    static std::vector<geo::MultiPolygon> shapesOf(const std::vector<Unit>& units);
    geo::UnitIndex m_index;
    int m_threads;
    UnitPostalCodes m_postalCodes;
    QHash<QString, int> m_unitByCode;
};

} // namespace tp::io
