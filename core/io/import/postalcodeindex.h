#pragma once
// PostalCodeIndex: US ZIP code -> location (and city/state), from the bundled base map's
// `zipcodes` point layer (or any point layer with zip/city/state fields). Used to place accounts
// that come without coordinates. Build once (load()); lookups are const and safe from any thread.

#include "geo/geopoint.h"

#include <QHash>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace tp::io {

struct PostalCodePlace {
    geo::GeoPoint location;
    QString city;
    QString state;
};

class PostalCodeIndex {
public:
    // Loads the bundled ZIP points; false (and error()) when the base map cannot be read.
    bool loadBundled();
    bool load(const QString& path, const QString& layer = QStringLiteral("zipcodes"));
    void insert(const QString& postalCode, const PostalCodePlace& place);

    std::optional<PostalCodePlace> find(const QString& postalCode) const;
    qsizetype size() const { return m_places.size(); }
    // Every code with its place, sorted by code (a stable order for deterministic sampling).
    std::vector<std::pair<QString, PostalCodePlace>> sortedPlaces() const;
    const QString& error() const { return m_error; }

    // "02138-1234" / "021381234" -> "02138"; "2138" -> "02138" (a leading zero lost in a
    // spreadsheet); "2138.0" -> "02138"; other codes are trimmed and upper-cased.
    static QString normalize(const QString& postalCode);

private:
    QHash<QString, PostalCodePlace> m_places;
    QString m_error;
};

} // namespace tp::io
