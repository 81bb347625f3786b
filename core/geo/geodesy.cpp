#include "geodesy.h"

#include <boost/geometry/algorithms/envelope.hpp>

#include <cmath>
#include <numbers>

namespace tp::geo {
namespace {

constexpr double degToRad = std::numbers::pi / 180.0;

// Lambert azimuthal equal-area, centred at (lon0, lat0); returns metres.
struct LambertEqualArea {
    double lon0, sinLat0, cosLat0;
    LambertEqualArea(double lonDeg, double latDeg)
        : lon0(lonDeg * degToRad), sinLat0(std::sin(latDeg * degToRad)), cosLat0(std::cos(latDeg * degToRad)) {}
    void project(GeoPoint p, double& x, double& y) const {
        const double lon = p.lon * degToRad - lon0;
        const double lat = p.lat * degToRad;
        const double sinLat = std::sin(lat), cosLat = std::cos(lat), cosLon = std::cos(lon);
        const double k = std::sqrt(2.0 / (1.0 + sinLat0 * sinLat + cosLat0 * cosLat * cosLon));
        x = Geodesy::earthRadiusM * k * cosLat * std::sin(lon);
        y = Geodesy::earthRadiusM * k * (cosLat0 * sinLat - sinLat0 * cosLat * cosLon);
    }
};

double signedRingArea(const Ring& ring, const LambertEqualArea& proj) {
    if (ring.size() < 3) return 0.0;
    double sum = 0.0, px = 0.0, py = 0.0;
    proj.project(ring.back(), px, py);
    for (const GeoPoint& p : ring) {
        double x = 0.0, y = 0.0;
        proj.project(p, x, y);
        sum += px * y - x * py;
        px = x;
        py = y;
    }
    return sum / 2.0;
}

} // namespace

double Geodesy::distanceM(GeoPoint a, GeoPoint b) {
    const double dLat = (b.lat - a.lat) * degToRad;
    const double dLon = (b.lon - a.lon) * degToRad;
    const double h =
        std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * degToRad) * std::cos(b.lat * degToRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * earthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

double Geodesy::ringLengthM(const Ring& ring) {
    double sum = 0.0;
    for (std::size_t i = 1; i < ring.size(); ++i) sum += distanceM(ring[i - 1], ring[i]);
    return sum;
}

double Geodesy::areaM2(const MultiPolygon& shape) {
    double total = 0.0;
    for (const Polygon& poly : shape) {
        Box box;
        boost::geometry::envelope(poly, box);
        const LambertEqualArea proj((box.min_corner().lon + box.max_corner().lon) / 2,
                                    (box.min_corner().lat + box.max_corner().lat) / 2);
        total += std::abs(signedRingArea(poly.outer(), proj));
        for (const Ring& hole : poly.inners()) total -= std::abs(signedRingArea(hole, proj));
    }
    return total;
}

double Geodesy::perimeterM(const MultiPolygon& shape) {
    double total = 0.0;
    for (const Polygon& poly : shape) {
        total += ringLengthM(poly.outer());
        for (const Ring& hole : poly.inners()) total += ringLengthM(hole);
    }
    return total;
}

} // namespace tp::geo
