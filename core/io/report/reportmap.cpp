#include "io/report/reportmap.h"

#include "render/maprenderjob.h"
#include "render/maprenderoverlay.h"
#include "render/maprendersnapshot.h"
#include "render/labellayer.h"
#include "render/territorylayer.h"
#include "render/accountlayer.h"
#include "render/basemaplayer.h"
#include "render/heatmaplayer.h"
#include "render/highlightlayer.h"
#include "render/rephomelayer.h"

#include "geo/webmercator.h"
#include "model/project.h"

#include <QPainter>
#include <QPaintDevice>

#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/algorithms/expand.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace tp::io {
namespace {

// Groups units closer than this (degrees between their bounds) into one landmass: islands off a
// coast stay with it, Alaska, Hawaii and Puerto Rico are apart from the lower 48.
constexpr double landmassGapDegrees = 2.0;
// The margin around a framed extent, per side, as a share of its size.
constexpr double frameMargin = 0.03;

double unwrap(double lon, double centre) {
    return lon - 360.0 * std::round((lon - centre) / 360.0);
}

QPointF mercator(double lon, double lat) {
    const geo::MercatorPoint m = geo::WebMercator::project({lon, lat});
    return {m.x, m.y};
}

// The same place in the unwrapped map: x moved by whole worlds to within half a world of the centre.
geo::MercatorPoint unwrapMercator(geo::MercatorPoint p, double centreX) {
    const double world = 2.0 * geo::WebMercator::project({180.0, 0.0}).x;
    return {p.x - world * std::round((p.x - centreX) / world), p.y};
}

} // namespace

void ReportMap::findExtents(const Project& project, const Scenario& scenario) {
    namespace bg = boost::geometry;
    namespace bgi = boost::geometry::index;
    using Point = bg::model::point<double, 2, bg::cs::cartesian>;
    using Box = bg::model::box<Point>;
    const std::size_t n = project.units.size();
    std::vector<int> accounts(n, 0);
    for (const Account& a : project.accounts)
        if (a.unit >= 0 && std::size_t(a.unit) < n) ++accounts[std::size_t(a.unit)];
    auto framed = [&](std::size_t u) {
        return accounts[u] > 0 && u < scenario.unitTerritory.size() && scenario.unitTerritory[u] != 0;
    };
    auto assigned = [&](std::size_t u) { return u < scenario.unitTerritory.size() && scenario.unitTerritory[u] != 0; };

    // Centre longitude: the circular mean of the framed units' polygon parts (all units when
    // none). Parts rather than unit bounds: a unit split at 180° (the Aleutians) has bounds
    // around the world.
    bool any = false;
    for (std::size_t u = 0; u < n && !any; ++u) any = framed(u);
    auto partMiddle = [](const geo::Polygon& part) {
        const geo::Box b = bg::return_envelope<geo::Box>(part);
        return (b.min_corner().lon + b.max_corner().lon) / 2;
    };
    double sx = 0, sy = 0;
    for (std::size_t u = 0; u < n; ++u) {
        if (any && !framed(u)) continue;
        for (const geo::Polygon& part : project.units[u].shape) {
            const double lon = partMiddle(part) * M_PI / 180.0;
            sx += std::cos(lon);
            sy += std::sin(lon);
        }
    }
    m_centreLon = (sx == 0 && sy == 0) ? 0.0 : std::atan2(sy, sx) * 180.0 / M_PI;

    // Unit bounds from their parts with unwrapped longitudes; landmasses as connected groups of
    // nearby bounds.
    std::vector<Box> boxes(n);
    std::vector<std::pair<Box, std::size_t>> entries;
    entries.reserve(n);
    for (std::size_t u = 0; u < n; ++u) {
        bool first = true;
        for (const geo::Polygon& part : project.units[u].shape) {
            const geo::Box b = bg::return_envelope<geo::Box>(part);
            const double shift = unwrap(partMiddle(part), m_centreLon) - partMiddle(part);
            if (shift != 0.0) m_unwrap = true;
            const Box box(Point(b.min_corner().lon + shift, b.min_corner().lat),
                          Point(b.max_corner().lon + shift, b.max_corner().lat));
            if (first)
                boxes[u] = box;
            else
                bg::expand(boxes[u], box);
            first = false;
        }
        if (!first) entries.emplace_back(boxes[u], u);
    }
    for (const auto& [box, u] : entries) {
        const QRectF r = QRectF(mercator(box.min_corner().get<0>(), box.min_corner().get<1>()),
                                mercator(box.max_corner().get<0>(), box.max_corner().get<1>()))
                             .normalized();
        m_all = m_all.isNull() ? r : m_all.united(r);
    }
    if (!any) return;
    const bgi::rtree<std::pair<Box, std::size_t>, bgi::rstar<16>> tree(entries.begin(), entries.end());
    std::vector<std::size_t> parent(n);
    std::iota(parent.begin(), parent.end(), std::size_t(0));
    auto find = [&](std::size_t u) {
        while (parent[u] != u) u = parent[u] = parent[parent[u]];
        return u;
    };
    std::vector<std::pair<Box, std::size_t>> near;
    for (std::size_t u = 0; u < n; ++u) {
        const Box& b = boxes[u];
        const Box grown(
            Point(b.min_corner().get<0>() - landmassGapDegrees, b.min_corner().get<1>() - landmassGapDegrees),
            Point(b.max_corner().get<0>() + landmassGapDegrees, b.max_corner().get<1>() + landmassGapDegrees));
        near.clear();
        tree.query(bgi::intersects(grown), std::back_inserter(near));
        for (const auto& e : near) parent[find(e.second)] = find(u);
    }
    std::map<std::size_t, int> accountsOf;
    for (std::size_t u = 0; u < n; ++u)
        if (framed(u)) accountsOf[find(u)] += accounts[u];
    std::size_t mainland = n;
    int most = -1;
    for (const auto& [root, count] : accountsOf)
        if (count > most) most = count, mainland = root;

    auto unite = [&](QRectF& r, std::size_t u) {
        const Box& b = boxes[u];
        const QRectF box = QRectF(mercator(b.min_corner().get<0>(), b.min_corner().get<1>()),
                                  mercator(b.max_corner().get<0>(), b.max_corner().get<1>()))
                               .normalized();
        r = r.isNull() ? box : r.united(box);
    };
    std::map<std::size_t, QRectF> outliers;
    for (std::size_t u = 0; u < n; ++u) {
        const std::size_t root = find(u);
        if (root == mainland) {
            if (framed(u)) unite(m_main, u);
        } else if (assigned(u)) {
            unite(outliers[root], u);
        }
    }
    for (const auto& [root, r] : outliers) m_insets.push_back(r);
    // A territory's own frame: its units on its landmass with the most accounts.
    std::map<qint64, std::map<std::size_t, int>> territoryAccounts;
    for (std::size_t u = 0; u < n; ++u)
        if (framed(u)) territoryAccounts[scenario.unitTerritory[u]][find(u)] += accounts[u];
    for (std::size_t u = 0; u < n; ++u) {
        if (!assigned(u) || !territoryAccounts.contains(scenario.unitTerritory[u])) continue;
        const auto& counts = territoryAccounts[scenario.unitTerritory[u]];
        const auto best = std::max_element(counts.begin(), counts.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        if (best->first == find(u)) unite(m_territoryExtents[scenario.unitTerritory[u]], u);
    }
    // A territory without accounts: all its units.
    std::map<qint64, QRectF> unframed;
    for (std::size_t u = 0; u < n; ++u)
        if (assigned(u) && !territoryAccounts.contains(scenario.unitTerritory[u]))
            unite(unframed[scenario.unitTerritory[u]], u);
    m_territoryExtents.insert(unframed.begin(), unframed.end());
    std::sort(m_insets.begin(), m_insets.end(), [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
}

void ReportMap::unwrapGeometry(const Project& project) {
    // The units, their shared edges and the accounts with longitudes unwrapped around the centre.
    auto unwrapPoint = [this](geo::GeoPoint& p) { p.lon = unwrap(p.lon, m_centreLon); };
    std::vector<Unit> units = project.units;
    for (Unit& u : units)
        for (geo::Polygon& part : u.shape) {
            for (geo::GeoPoint& p : part.outer()) unwrapPoint(p);
            for (geo::Ring& inner : part.inners())
                for (geo::GeoPoint& p : inner) unwrapPoint(p);
        }
    std::vector<geo::SharedEdge> adjacency = project.adjacency;
    for (geo::SharedEdge& e : adjacency)
        for (geo::Segment& s : e.segments) {
            unwrapPoint(s.first);
            unwrapPoint(s.second);
        }
    const auto geometry = render::TerritoryLayer::prepare(units, adjacency);
    m_layers.territoryLayer()->setGeometry(geometry);
    m_layers.themeLayer()->setGeometry(geometry);
}

ReportMap::ReportMap(const Project& project, const Scenario& scenario, std::vector<render::MapLabel> labels,
                     QString attribution, std::shared_ptr<const render::BaseMap> baseMap)
    : m_project(&project), m_labels(std::move(labels)), m_attribution(std::move(attribution)) {
    findExtents(project, scenario);
    m_layers.setProject(&project);
    m_layers.setShownScenario(scenario.id);
    if (baseMap) m_layers.setBaseMap(*baseMap);
    m_layers.repLayer()->setVisible(false);
    m_layers.heatMapLayer()->setVisible(false);
    auto points = std::make_shared<render::AccountLayer::Points>(*render::MapRenderSnapshot::accountPoints(project));
    const double centreX = geo::WebMercator::project({m_centreLon, 0.0}).x;
    if (m_unwrap) {
        unwrapGeometry(project);
        for (geo::CompactMercatorPoint& p : points->position) p = unwrapMercator(p, centreX);
        for (render::MapLabel& l : m_labels) l.position = unwrapMercator(l.position, centreX);
    }
    m_points = std::move(points);
}

QRectF ReportMap::extent() const {
    return m_all;
}

QRectF ReportMap::extentOf(qint64 territoryId) const {
    const auto framed = m_territoryExtents.find(territoryId);
    return framed != m_territoryExtents.end() ? framed->second : QRectF();
}

render::MapViewport ReportMap::viewFor(const QSizeF& frameMm, const QRectF& wanted) {
    const QSize size(std::max(1, int(std::lround(frameMm.width() * printLogicalPerMm))),
                     std::max(1, int(std::lround(frameMm.height() * printLogicalPerMm))));
    const QRectF extent = wanted.adjusted(-wanted.width() * frameMargin, -wanted.height() * frameMargin,
                                          wanted.width() * frameMargin, wanted.height() * frameMargin);
    const double resolution =
        std::max({extent.width() / size.width(), extent.height() / size.height(), render::MapViewport::minResolution});
    return render::MapViewport({extent.center().x(), extent.center().y()}, resolution, size, printPixelRatio);
}

QImage ReportMap::renderFrame(const QSizeF& frameMm, const QRectF& extent, Kind kind) {
    const render::MapViewport view = viewFor(frameMm, extent);
    const bool theme = kind == Kind::Theme;
    m_layers.territoryLayer()->setVisible(!theme);
    m_layers.themeLayer()->setVisible(theme);
    m_layers.labelLayer()->setVisible(kind == Kind::Territories);
    QImage image = render::MapRenderJob::renderImage(m_layers.layers(), view, m_layers.style().water);
    if (kind != Kind::Inset) {
        QPainter painter(&image);
        render::MapRenderOverlay::draw(painter, view, m_layers.style(), QString(), m_attribution);
    }
    // Opaque: the PDF then holds a compressed picture without a transparency mask.
    return image.convertToFormat(QImage::Format_RGB32);
}

QImage ReportMap::render(const QSizeF& frameMm, const QRectF& extent, qint64 focus, const std::vector<int>& accounts) {
    m_layers.setFocusTerritory(focus);
    std::vector<render::MapLabel> labels;
    for (const render::MapLabel& l : m_labels)
        if (!focus || l.territoryId == focus) labels.push_back(l); // a territory page: its label only
    if (focus) {
        auto points = std::make_shared<render::AccountLayer::Points>(*m_points);
        std::vector<std::uint8_t> segment(points->segment.size(), render::AccountLayer::hidden);
        for (int i : accounts)
            if (i >= 0 && std::size_t(i) < segment.size()) segment[std::size_t(i)] = points->segment[std::size_t(i)];
        points->segment = std::move(segment);
        m_layers.accountLayer()->setPoints(std::move(points));
    }
    m_layers.accountLayer()->setVisible(focus != 0);
    m_layers.labelLayer()->setLabels(std::move(labels));
    return renderFrame(frameMm, extent, Kind::Territories);
}

void ReportMap::place(QPainter& painter, const QRectF& frame, const QImage& image) const {
    painter.save();
    painter.drawImage(frame, image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), frame.width() / 1250.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    painter.restore();
}

namespace {
QSizeF millimetres(const QPainter& painter, const QRectF& frame) {
    const double perMm = painter.device()->logicalDpiX() / 25.4;
    return frame.size() / perMm;
}
} // namespace

void ReportMap::paint(QPainter& painter, const QRectF& frame, const QRectF& extent, qint64 focus,
                      const std::vector<int>& accounts) {
    if (extent.isEmpty() || frame.isEmpty()) return;
    place(painter, frame, render(millimetres(painter, frame), extent, focus, accounts));
}

void ReportMap::paintThematic(QPainter& painter, const QRectF& frame, const QRectF& extent,
                              std::shared_ptr<const render::ThemeLayer::Classes> classes) {
    if (extent.isEmpty() || frame.isEmpty()) return;
    m_layers.setFocusTerritory(0);
    m_layers.accountLayer()->setVisible(false);
    m_layers.themeLayer()->setClasses(std::move(classes));
    place(painter, frame, renderFrame(millimetres(painter, frame), extent, Kind::Theme));
}

void ReportMap::paintInset(QPainter& painter, const QRectF& frame, const QRectF& extent) {
    if (extent.isEmpty() || frame.isEmpty()) return;
    m_layers.setFocusTerritory(0);
    m_layers.accountLayer()->setVisible(false);
    place(painter, frame, renderFrame(millimetres(painter, frame), extent, Kind::Inset));
}

} // namespace tp::io
