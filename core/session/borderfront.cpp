#include "borderfront.h"

#include "geo/adjacencybuilder.h"
#include "model/project.h"

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/algorithms/intersects.hpp>
#include <boost/geometry/strategies/strategies.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace tp::session {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using geo::MercatorPoint;

MercatorPoint operator-(MercatorPoint a, MercatorPoint b) {
    return {a.x - b.x, a.y - b.y};
}
MercatorPoint operator+(MercatorPoint a, MercatorPoint b) {
    return {a.x + b.x, a.y + b.y};
}
MercatorPoint operator*(MercatorPoint a, double f) {
    return {a.x * f, a.y * f};
}
double dot(MercatorPoint a, MercatorPoint b) {
    return a.x * b.x + a.y * b.y;
}
double length(MercatorPoint a) {
    return std::hypot(a.x, a.y);
}

double distanceToSegment(MercatorPoint p, MercatorPoint a, MercatorPoint b) {
    const MercatorPoint ab = b - a;
    const double l2 = dot(ab, ab);
    const double t = l2 > 0 ? std::clamp(dot(p - a, ab) / l2, 0.0, 1.0) : 0.0;
    return length(p - (a + ab * t));
}

// The part of segment a-b inside the circle (centre, radius); false when none.
bool clipToCircle(MercatorPoint centre, double radius, MercatorPoint& a, MercatorPoint& b) {
    const MercatorPoint d = b - a, f = a - centre;
    const double qa = dot(d, d), qb = 2 * dot(f, d), qc = dot(f, f) - radius * radius;
    if (qa <= 0) return qc <= 0;
    const double disc = qb * qb - 4 * qa * qc;
    if (disc < 0) return false;
    const double root = std::sqrt(disc);
    const double t0 = std::max(0.0, (-qb - root) / (2 * qa)), t1 = std::min(1.0, (-qb + root) / (2 * qa));
    if (t0 > t1) return false;
    const MercatorPoint a0 = a;
    a = a0 + d * t0;
    b = a0 + d * t1;
    return true;
}

// Keeps the vertices whose flag is set (a filtered_graph's vertex predicate).
struct Flagged {
    const std::vector<char>* flags = nullptr;
    bool operator()(Graph::vertex_descriptor v) const { return (*flags)[v] != 0; }
};

// Connected components of the flagged vertices of g; unflagged ones get -1. Returns the count
// (counted here: connected_components' own count overflows when no vertex is flagged).
int componentsOf(const Graph& g, const std::vector<char>& flags, std::vector<int>& component) {
    component.assign(boost::num_vertices(g), -1);
    if (std::find(flags.begin(), flags.end(), 1) == flags.end()) return 0;
    const boost::filtered_graph<Graph, boost::keep_all, Flagged> fg(g, boost::keep_all(), Flagged{&flags});
    boost::connected_components(
        fg, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
    return 1 + *std::max_element(component.begin(), component.end());
}

} // namespace

struct BorderFront::Sides {
    struct Side {
        std::vector<int> unit; // project unit index per local vertex
        std::vector<MercatorPoint> centroid;
        std::vector<double> area;
        std::vector<int> startPiece; // its piece of the territory at the press
        Graph graph;                 // adjacency among the side's units
        std::vector<int> seeds;      // local vertices along the grabbed stretch
    };
    std::array<Side, 2> side;
};

std::optional<BorderFront> BorderFront::grab(const Project& project, const Scenario& scenario, MercatorPoint press,
                                             double metresPerPx, QString* error, const Options& options) {
    auto fail = [error](const QString& text) {
        if (error) *error = text;
        return std::nullopt;
    };
    const std::vector<qint64>& owner = scenario.unitTerritory;
    const int n = int(std::min(project.units.size(), owner.size()));
    const double pickM = options.pickPx * metresPerPx, reachM = options.reachPx * metresPerPx;
    const double marginM = options.marginPx * metresPerPx;
    auto boxAround = [&](double r) {
        return geo::Box(geo::WebMercator::unproject({press.x - r, press.y - r}),
                        geo::WebMercator::unproject({press.x + r, press.y + r}));
    };
    auto near = [&](const geo::SharedEdge& e, const geo::Box& box) {
        return boost::geometry::intersects(box, project.units[std::size_t(e.unitA)].bounds)
               && boost::geometry::intersects(box, project.units[std::size_t(e.unitB)].bounds);
    };
    // The edge's border in Mercator metres; edges loaded without their segments get them from the two shapes.
    auto segmentsOf = [&](const geo::SharedEdge& e) {
        std::vector<Segment> result;
        const std::vector<geo::Segment>* segments = &e.segments;
        std::vector<geo::SharedEdge> rebuilt;
        if (segments->empty()) {
            rebuilt = geo::AdjacencyBuilder::build(
                {project.units[std::size_t(e.unitA)].shape, project.units[std::size_t(e.unitB)].shape});
            if (rebuilt.empty()) return result;
            segments = &rebuilt.front().segments;
        }
        for (const geo::Segment& s : *segments)
            result.push_back({geo::WebMercator::project(s.first), geo::WebMercator::project(s.second)});
        return result;
    };
    auto between = [&](const geo::SharedEdge& e) {
        if (e.unitA < 0 || e.unitB < 0 || e.unitA >= n || e.unitB >= n) return false;
        const qint64 a = owner[std::size_t(e.unitA)], b = owner[std::size_t(e.unitB)];
        return a != b && a != 0 && b != 0;
    };

    // The nearest border between two territories.
    const geo::Box pickBox = boxAround(pickM);
    const geo::SharedEdge* nearest = nullptr;
    Segment nearestSegment;
    double best = pickM;
    for (const geo::SharedEdge& e : project.adjacency) {
        if (!between(e) || !near(e, pickBox)) continue;
        for (const Segment& s : segmentsOf(e)) {
            const double d = distanceToSegment(press, s.a, s.b);
            if (d <= best) {
                best = d;
                nearest = &e;
                nearestSegment = s;
            }
        }
    }
    if (!nearest) return fail(tr("Press on the border between two territories to move it."));

    BorderFront front;
    front.m_press = press;
    front.m_side[0] = owner[std::size_t(nearest->unitA)];
    front.m_side[1] = owner[std::size_t(nearest->unitB)];
    for (qint64 id : front.m_side) {
        const Territory* t = project.territory(id);
        if (t && t->locked) return fail(tr("%1 is locked: unlock it to move its border.").arg(t->name));
    }

    auto sides = std::make_shared<Sides>();
    std::unordered_map<int, int> local; // unit -> local vertex of its side
    for (int u = 0; u < n; ++u) {
        const int s = owner[std::size_t(u)] == front.m_side[0] ? 0 : owner[std::size_t(u)] == front.m_side[1] ? 1 : -1;
        if (s < 0) continue;
        Sides::Side& side = sides->side[std::size_t(s)];
        local.emplace(u, int(side.unit.size()));
        side.unit.push_back(u);
        geo::GeoPoint c;
        boost::geometry::centroid(project.units[std::size_t(u)].shape, c);
        side.centroid.push_back(geo::WebMercator::project(c));
        side.area.push_back(project.units[std::size_t(u)].areaM2);
    }
    for (Sides::Side& side : sides->side) side.graph = Graph(side.unit.size());
    auto sideOf = [&](int unit) { return owner[std::size_t(unit)] == front.m_side[0] ? 0 : 1; };
    for (const geo::SharedEdge& e : project.adjacency) {
        if (e.unitA < 0 || e.unitB < 0 || e.unitA >= n || e.unitB >= n) continue;
        const auto a = local.find(e.unitA), b = local.find(e.unitB);
        if (a == local.end() || b == local.end() || owner[std::size_t(e.unitA)] != owner[std::size_t(e.unitB)])
            continue;
        boost::add_edge(std::size_t(a->second), std::size_t(b->second),
                        sides->side[std::size_t(sideOf(e.unitA))].graph);
    }
    for (Sides::Side& side : sides->side) {
        const std::vector<char> all(side.unit.size(), 1);
        componentsOf(side.graph, all, side.startPiece);
    }

    // The grabbed stretch: the border between the two within reach of the press.
    const geo::Box reachBox = boxAround(reachM);
    const MercatorPoint reference = nearestSegment.b - nearestSegment.a;
    MercatorPoint across{0, 0};
    for (const geo::SharedEdge& e : project.adjacency) {
        if (!between(e) || !near(e, reachBox)) continue;
        const qint64 a = owner[std::size_t(e.unitA)], b = owner[std::size_t(e.unitB)];
        if (!((a == front.m_side[0] && b == front.m_side[1]) || (a == front.m_side[1] && b == front.m_side[0])))
            continue;
        bool grabbed = false;
        for (Segment s : segmentsOf(e)) {
            if (!clipToCircle(press, reachM, s.a, s.b)) continue;
            grabbed = true;
            front.m_stretch.push_back(s);
        }
        if (!grabbed) continue;
        const int u0 = a == front.m_side[0] ? e.unitA : e.unitB, u1 = a == front.m_side[0] ? e.unitB : e.unitA;
        const int l0 = local.at(u0), l1 = local.at(u1);
        sides->side[0].seeds.push_back(l0);
        sides->side[1].seeds.push_back(l1);
        across = across + (sides->side[1].centroid[std::size_t(l1)] - sides->side[0].centroid[std::size_t(l0)]);
    }
    if (length(across) <= 0) across = MercatorPoint{-reference.y, reference.x};
    front.m_normal = across * (1.0 / length(across));
    front.m_marginM = marginM;
    front.m_sides = std::move(sides);
    return front;
}

BorderFront::Result BorderFront::at(MercatorPoint cursor) const {
    Result result;
    const MercatorPoint drag = cursor - m_press;
    const double dn = dot(drag, m_normal);
    if (!m_sides || m_stretch.empty() || length(drag) <= 0 || dn == 0) return result;
    // The side the drag heads into (judged by the direction from one side's units at the
    // stretch to the other's, which a curved border does not mislead) loses.
    const int loser = dn > 0 ? 1 : 0;
    const Sides::Side& side = m_sides->side[std::size_t(loser)];
    result.loser = m_side[loser];
    result.gainer = m_side[1 - loser];
    const std::size_t count = side.unit.size();

    // The band the stretch sweeps on its way to the cursor: a unit is in it when its centroid
    // is x = a + u (b - a) + s drag for a stretch segment a-b, s in [0, 1] and u in [0, 1]
    // widened by the margin along the segment (which closes the joints and widens the band).
    double minX = m_stretch.front().a.x, maxX = minX, minY = m_stretch.front().a.y, maxY = minY;
    for (const Segment& seg : m_stretch)
        for (MercatorPoint p : {seg.a, seg.b, seg.a + drag, seg.b + drag}) {
            minX = std::min(minX, p.x), maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
        }
    minX -= m_marginM, maxX += m_marginM, minY -= m_marginM, maxY += m_marginM;
    std::vector<char> swept(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const MercatorPoint x = side.centroid[i];
        if (x.x < minX || x.x > maxX || x.y < minY || x.y > maxY) continue;
        for (const Segment& seg : m_stretch) {
            const MercatorPoint e = seg.b - seg.a, r = x - seg.a;
            const double det = e.x * drag.y - e.y * drag.x;                                       // cross(e, drag)
            if (std::abs(det) <= 1e-12 * dot(e, e) * dot(drag, drag) || dot(e, e) <= 0) continue; // moved along itself
            const double u = (r.x * drag.y - r.y * drag.x) / det, t = (e.x * r.y - e.y * r.x) / det;
            const double slack = m_marginM / length(e);
            if (t >= 0 && t <= 1 && u >= -slack && u <= 1 + slack) {
                swept[i] = 1;
                break;
            }
        }
    }
    // Of those, the ones the stretch reaches through them.
    std::vector<int> component;
    componentsOf(side.graph, swept, component);
    std::vector<char> reached(count, 0), taken(count, 0);
    for (int seed : side.seeds)
        if (component[std::size_t(seed)] >= 0) reached[std::size_t(component[std::size_t(seed)])] = 1;
    std::vector<char> rest(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        taken[i] = component[i] >= 0 && reached[std::size_t(component[i])];
        rest[i] = !taken[i];
    }
    // What is left of each piece of the loser: all but its largest part (by area, then units) are cut off.
    const int parts = componentsOf(side.graph, rest, component);
    std::vector<double> area(std::size_t(parts), 0.0);
    std::vector<int> units(std::size_t(parts), 0), piece(std::size_t(parts), -1);
    for (std::size_t i = 0; i < count; ++i) {
        if (component[i] < 0) continue;
        area[std::size_t(component[i])] += side.area[i];
        ++units[std::size_t(component[i])];
        piece[std::size_t(component[i])] = side.startPiece[i];
    }
    std::unordered_map<int, int> largest; // start piece -> its largest part
    for (int p = 0; p < parts; ++p) {
        auto [it, inserted] = largest.try_emplace(piece[std::size_t(p)], p);
        const int q = it->second;
        if (!inserted
            && std::pair(area[std::size_t(p)], units[std::size_t(p)])
                   > std::pair(area[std::size_t(q)], units[std::size_t(q)]))
            it->second = p;
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (taken[i])
            result.units.push_back(side.unit[i]);
        else if (component[i] >= 0 && largest.at(piece[std::size_t(component[i])]) != component[i]) {
            result.units.push_back(side.unit[i]);
            result.cutOff.push_back(side.unit[i]);
        }
    }
    std::sort(result.units.begin(), result.units.end());
    std::sort(result.cutOff.begin(), result.cutOff.end());
    if (result.units.empty()) result.gainer = result.loser = 0;
    return result;
}

} // namespace tp::session
