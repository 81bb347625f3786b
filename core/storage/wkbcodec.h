#pragma once
// WkbCodec: unit shapes and shared border segments as OGC Well-Known Binary (little endian),
// so the blobs in a project file can be read by GDAL/SpatiaLite tools as well. Decoding checks
// every count against the bytes left, so a damaged blob gives false, never a crash or a huge
// allocation. Stateless; any thread.

#include "geo/geometry.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace tp::storage {

class WkbCodec {
public:
    static QByteArray encode(const geo::MultiPolygon& shape);
    // Accepts a WKB MultiPolygon or Polygon, either byte order.
    static bool decode(QByteArrayView wkb, geo::MultiPolygon* out);

    // Segments as a WKB MultiLineString of two-point line strings.
    static QByteArray encodeSegments(const std::vector<geo::Segment>& segments);
    static bool decodeSegments(QByteArrayView wkb, std::vector<geo::Segment>* out);
};

} // namespace tp::storage
