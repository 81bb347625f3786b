// zipareas: a build-time tool (not part of the app) that adds approximate ZIP areas to the
// bundled base map. It reads the layers states, counties and zipcodes of a base-map GeoPackage
// and writes two polygon layers into it:
//   zip_areas   Voronoi cells of the ZIP points (points sharing a location merged first), drawn
//               per state and clipped to that state, so no area crosses a state line or reaches
//               into the sea; fields code (the lowest ZIP at the location), name (city), city,
//               state (USPS abbreviation), state_code (FIPS), county (5-digit FIPS), county_name,
//               zips (every ZIP at the location, space-separated), zip_count.
//   zip3_areas  the ZIP areas dissolved by the first three digits of their code (GEOS coverage
//               union); fields code, name, state, state_code, zip_count.
// How: per state, the Voronoi edges of its ZIP points are clipped to the state; these lines and
// every state outline are noded together once (GEOS unary union) and polygonized, so all faces
// share exact vertices along common borders (a clean coverage: adjacency and coverage union work
// on it). Each face inside a state belongs to the nearest ZIP site of that state. A ZIP point
// off its state's 1:10m outline (coast, islands) is moved onto the nearest point of the outline
// first, so its area is the one nearest to it.
// Deterministic: inputs are sorted, GEOS is run single-threaded, features are written in code order.
// usage: zipareas BASEMAP.gpkg

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <geos_c.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

void geosMessage(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::fprintf(stderr, "zipareas: GEOS: ");
    std::vfprintf(stderr, fmt, ap);
    std::fprintf(stderr, "\n");
    va_end(ap);
}

// Owns a GEOS geometry.
struct Geom {
    GEOSContextHandle_t ctx = nullptr;
    GEOSGeometry* g = nullptr;
    Geom() = default;
    Geom(GEOSContextHandle_t c, GEOSGeometry* geom) : ctx(c), g(geom) {}
    Geom(Geom&& o) noexcept : ctx(o.ctx), g(o.g) { o.g = nullptr; }
    Geom& operator=(Geom&& o) noexcept {
        if (this != &o) {
            reset();
            ctx = o.ctx;
            g = o.g;
            o.g = nullptr;
        }
        return *this;
    }
    Geom(const Geom&) = delete;
    Geom& operator=(const Geom&) = delete;
    ~Geom() { reset(); }
    void reset() {
        if (g) GEOSGeom_destroy_r(ctx, g);
        g = nullptr;
    }
    GEOSGeometry* release() {
        GEOSGeometry* r = g;
        g = nullptr;
        return r;
    }
};

GEOSGeometry* check(GEOSGeometry* g, const char* what) {
    if (!g) throw std::runtime_error(std::string("GEOS failed: ") + what);
    return g;
}

struct Region { // a state or a county
    std::string code, name, stateCode;
    Geom shape;
    const GEOSPreparedGeometry* prepared = nullptr;
};

struct ZipPoint {
    std::string zip, city, state;
    double x = 0, y = 0;
};

struct Site {              // one location with the ZIPs there
    double x = 0, y = 0;   // after moving onto the state
    std::vector<int> zips; // indexes into the ZIP points, by code
    int stateIndex = -1;
    std::vector<GEOSGeometry*> faces; // owned by the face collection
    Geom area;
};

class Tool {
public:
    Tool() {
        m_ctx = GEOS_init_r();
        GEOSContext_setErrorHandler_r(m_ctx, geosMessage);
        m_wkb = GEOSWKBReader_create_r(m_ctx);
        m_wkbOut = GEOSWKBWriter_create_r(m_ctx);
    }
    ~Tool() {
        for (Region& r : m_states) GEOSPreparedGeom_destroy_r(m_ctx, r.prepared);
        for (Region& r : m_counties) GEOSPreparedGeom_destroy_r(m_ctx, r.prepared);
        m_states.clear();
        m_counties.clear();
        m_sites.clear();
        m_faces.reset();
        GEOSWKBReader_destroy_r(m_ctx, m_wkb);
        GEOSWKBWriter_destroy_r(m_ctx, m_wkbOut);
        GEOS_finish_r(m_ctx);
    }

    int run(const char* path);

private:
    Geom fromOgr(const OGRGeometry& g) {
        std::vector<unsigned char> wkb(std::size_t(g.WkbSize()));
        g.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
        return {m_ctx, check(GEOSWKBReader_read_r(m_ctx, m_wkb, wkb.data(), wkb.size()), "reading WKB")};
    }
    std::unique_ptr<OGRGeometry> toOgr(const GEOSGeometry* g) {
        std::size_t size = 0;
        unsigned char* wkb = GEOSWKBWriter_write_r(m_ctx, m_wkbOut, g, &size);
        OGRGeometry* out = nullptr;
        OGRGeometryFactory::createFromWkb(wkb, nullptr, &out, size, wkbVariantIso);
        GEOSFree_r(m_ctx, wkb);
        if (!out) throw std::runtime_error("GDAL could not read a GEOS geometry");
        return std::unique_ptr<OGRGeometry>(OGRGeometryFactory::forceToMultiPolygon(out));
    }
    Geom point(double x, double y) { return {m_ctx, check(GEOSGeom_createPointFromXY_r(m_ctx, x, y), "point")}; }

    void readRegions(GDALDataset& ds, const char* layerName, std::vector<Region>& out);
    void readZips(GDALDataset& ds);
    void buildSites();
    void buildFaces();
    void assignFaces();
    void writeLayers(GDALDataset& ds);
    int countyOf(const Site& site);

    GEOSContextHandle_t m_ctx;
    GEOSWKBReader* m_wkb;
    GEOSWKBWriter* m_wkbOut;
    std::vector<Region> m_states, m_counties;
    std::vector<ZipPoint> m_zips;
    std::vector<Site> m_sites;
    Geom m_faces;
    int m_moved = 0, m_noState = 0, m_facesOutside = 0;
    std::vector<std::string> m_noStateCodes;
};

void Tool::readRegions(GDALDataset& ds, const char* layerName, std::vector<Region>& out) {
    OGRLayer* layer = ds.GetLayerByName(layerName);
    if (!layer) throw std::runtime_error(std::string("no layer ") + layerName);
    for (auto& f : *layer) {
        const OGRGeometry* g = f->GetGeometryRef();
        if (!g || g->IsEmpty()) continue;
        Region r;
        r.code = f->GetFieldAsString("code");
        r.name = f->GetFieldAsString("name");
        if (f->GetFieldIndex("state_code") >= 0) r.stateCode = f->GetFieldAsString("state_code");
        r.shape = fromOgr(*g);
        if (!GEOSisValid_r(m_ctx, r.shape.g))
            r.shape = Geom(m_ctx, check(GEOSMakeValid_r(m_ctx, r.shape.g), "MakeValid"));
        out.push_back(std::move(r));
    }
    std::sort(out.begin(), out.end(), [](const Region& a, const Region& b) { return a.code < b.code; });
    for (Region& r : out) r.prepared = GEOSPrepare_r(m_ctx, r.shape.g);
}

void Tool::readZips(GDALDataset& ds) {
    OGRLayer* layer = ds.GetLayerByName("zipcodes");
    if (!layer) throw std::runtime_error("no layer zipcodes");
    for (auto& f : *layer) {
        const OGRGeometry* g = f->GetGeometryRef();
        if (!g || wkbFlatten(g->getGeometryType()) != wkbPoint) continue;
        ZipPoint z;
        z.zip = f->GetFieldAsString("zip");
        z.city = f->GetFieldAsString("city");
        z.state = f->GetFieldAsString("state");
        z.x = g->toPoint()->getX();
        z.y = g->toPoint()->getY();
        m_zips.push_back(std::move(z));
    }
    std::sort(m_zips.begin(), m_zips.end(), [](const ZipPoint& a, const ZipPoint& b) { return a.zip < b.zip; });
}

// A USPS state abbreviation names the state polygon that holds most of its ZIP points (so no
// table of abbreviations is needed); the ZIPs of an abbreviation without one get no area.
void Tool::buildSites() {
    std::map<std::string, std::map<int, int>> votes;
    for (const ZipPoint& z : m_zips) {
        Geom p = point(z.x, z.y);
        for (std::size_t s = 0; s < m_states.size(); ++s)
            if (GEOSPreparedContains_r(m_ctx, m_states[s].prepared, p.g) == 1) {
                ++votes[z.state][int(s)];
                break;
            }
    }
    std::map<std::string, int> stateOf;
    for (const auto& [abbr, counts] : votes) {
        int best = -1, bestCount = 0;
        for (const auto& [s, n] : counts)
            if (n > bestCount) best = s, bestCount = n;
        stateOf[abbr] = best;
    }
    std::map<std::pair<int, std::pair<double, double>>, int> siteAt; // (state, x, y) -> site
    for (std::size_t i = 0; i < m_zips.size(); ++i) {
        const ZipPoint& z = m_zips[i];
        auto it = stateOf.find(z.state);
        if (it == stateOf.end()) {
            ++m_noState;
            m_noStateCodes.push_back(z.zip + " (" + z.state + ")");
            continue;
        }
        const int s = it->second;
        double x = z.x, y = z.y;
        Geom p = point(x, y);
        if (GEOSPreparedIntersects_r(m_ctx, m_states[s].prepared, p.g) != 1) {
            GEOSCoordSequence* seq = GEOSNearestPoints_r(m_ctx, m_states[s].shape.g, p.g);
            check(reinterpret_cast<GEOSGeometry*>(seq), "nearest points");
            GEOSCoordSeq_getXY_r(m_ctx, seq, 0, &x, &y);
            GEOSCoordSeq_destroy_r(m_ctx, seq);
            ++m_moved;
        }
        auto [pos, added] = siteAt.try_emplace({s, {x, y}}, int(m_sites.size()));
        if (added) {
            Site site;
            site.x = x;
            site.y = y;
            site.stateIndex = s;
            m_sites.push_back(std::move(site));
        }
        m_sites[std::size_t(pos->second)].zips.push_back(int(i));
    }
}

// The Voronoi edges of each state's sites, clipped to the state, and all state outlines,
// noded together and polygonized.
void Tool::buildFaces() {
    std::vector<GEOSGeometry*> lines;
    for (std::size_t s = 0; s < m_states.size(); ++s) {
        const Region& state = m_states[s];
        lines.push_back(check(GEOSBoundary_r(m_ctx, state.shape.g), "boundary"));
        std::vector<GEOSGeometry*> points;
        for (const Site& site : m_sites)
            if (site.stateIndex == int(s)) points.push_back(point(site.x, site.y).release());
        if (points.size() < 2) {
            for (GEOSGeometry* p : points) GEOSGeom_destroy_r(m_ctx, p);
            continue;
        }
        Geom multi(m_ctx,
                   check(GEOSGeom_createCollection_r(m_ctx, GEOS_MULTIPOINT, points.data(), unsigned(points.size())),
                         "multipoint"));
        Geom edges(m_ctx, check(GEOSVoronoiDiagram_r(m_ctx, multi.g, state.shape.g, 0.0, 1), "Voronoi diagram"));
        Geom clipped(m_ctx, check(GEOSIntersection_r(m_ctx, edges.g, state.shape.g), "clipping Voronoi edges"));
        lines.push_back(clipped.release());
    }
    Geom all(m_ctx,
             check(GEOSGeom_createCollection_r(m_ctx, GEOS_GEOMETRYCOLLECTION, lines.data(), unsigned(lines.size())),
                   "collection"));
    Geom noded(m_ctx, check(GEOSUnaryUnion_r(m_ctx, all.g), "noding"));
    const GEOSGeometry* input[] = {noded.g};
    m_faces = Geom(m_ctx, check(GEOSPolygonize_r(m_ctx, input, 1), "polygonize"));
}

void Tool::assignFaces() {
    std::vector<std::vector<int>> sitesOfState(m_states.size());
    for (std::size_t i = 0; i < m_sites.size(); ++i) sitesOfState[std::size_t(m_sites[i].stateIndex)].push_back(int(i));
    GEOSSTRtree* tree = GEOSSTRtree_create_r(m_ctx, 10);
    for (std::size_t s = 0; s < m_states.size(); ++s)
        GEOSSTRtree_insert_r(m_ctx, tree, m_states[s].shape.g, reinterpret_cast<void*>(s));
    const int n = GEOSGetNumGeometries_r(m_ctx, m_faces.g);
    for (int i = 0; i < n; ++i) {
        GEOSGeometry* face = const_cast<GEOSGeometry*>(GEOSGetGeometryN_r(m_ctx, m_faces.g, i));
        Geom inside(m_ctx, check(GEOSPointOnSurface_r(m_ctx, face), "point on surface"));
        std::vector<std::size_t> candidates;
        GEOSSTRtree_query_r(
            m_ctx, tree, inside.g,
            [](void* item, void* data) {
                static_cast<std::vector<std::size_t>*>(data)->push_back(reinterpret_cast<std::size_t>(item));
            },
            &candidates);
        std::sort(candidates.begin(), candidates.end());
        int state = -1;
        for (std::size_t s : candidates)
            if (GEOSPreparedContains_r(m_ctx, m_states[s].prepared, inside.g) == 1) {
                state = int(s);
                break;
            }
        if (state < 0 || sitesOfState[std::size_t(state)].empty()) {
            ++m_facesOutside;
            continue;
        }
        double px = 0, py = 0;
        GEOSGeomGetX_r(m_ctx, inside.g, &px);
        GEOSGeomGetY_r(m_ctx, inside.g, &py);
        int best = -1;
        double bestD = 0;
        for (int site : sitesOfState[std::size_t(state)]) {
            const double dx = m_sites[std::size_t(site)].x - px, dy = m_sites[std::size_t(site)].y - py;
            const double d = dx * dx + dy * dy;
            if (best < 0 || d < bestD) best = site, bestD = d;
        }
        m_sites[std::size_t(best)].faces.push_back(face);
    }
    GEOSSTRtree_destroy_r(m_ctx, tree);
}

// The county that holds the site (the site lies on or in its state), else the nearest county of the state.
int Tool::countyOf(const Site& site) {
    Geom p = point(site.x, site.y);
    const std::string& stateCode = m_states[std::size_t(site.stateIndex)].code;
    int nearest = -1;
    double nearestD = 0;
    for (std::size_t c = 0; c < m_counties.size(); ++c)
        if (m_counties[c].stateCode == stateCode && GEOSPreparedIntersects_r(m_ctx, m_counties[c].prepared, p.g) == 1)
            return int(c);
    for (std::size_t c = 0; c < m_counties.size(); ++c) {
        if (m_counties[c].stateCode != stateCode) continue;
        double d = 0;
        GEOSDistance_r(m_ctx, m_counties[c].shape.g, p.g, &d);
        if (nearest < 0 || d < nearestD) nearest = int(c), nearestD = d;
    }
    return nearest;
}

GEOSGeometry* coverageUnion(GEOSContextHandle_t ctx, const std::vector<GEOSGeometry*>& faces) {
    std::vector<GEOSGeometry*> clones;
    for (GEOSGeometry* f : faces) clones.push_back(GEOSGeom_clone_r(ctx, f));
    Geom collection(
        ctx, check(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, clones.data(), unsigned(clones.size())),
                   "collection"));
    return check(GEOSCoverageUnion_r(ctx, collection.g), "coverage union");
}

OGRLayer* createLayer(GDALDataset& ds, const char* name,
                      const std::vector<std::pair<const char*, OGRFieldType>>& fields) {
    if (ds.GetLayerByName(name)) {
        for (int i = 0; i < ds.GetLayerCount(); ++i)
            if (std::strcmp(ds.GetLayer(i)->GetName(), name) == 0) ds.DeleteLayer(i);
    }
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    char* options[] = {const_cast<char*>("GEOMETRY_NAME=geom"), const_cast<char*>("SPATIAL_INDEX=YES"), nullptr};
    OGRLayer* layer = ds.CreateLayer(name, &srs, wkbMultiPolygon, options);
    if (!layer) throw std::runtime_error(std::string("cannot create layer ") + name);
    for (const auto& [field, type] : fields) {
        OGRFieldDefn defn(field, type);
        if (layer->CreateField(&defn) != OGRERR_NONE) throw std::runtime_error("cannot create a field");
    }
    return layer;
}

void Tool::writeLayers(GDALDataset& ds) {
    // zip_areas, in code order (sites are ordered by their lowest ZIP already).
    std::vector<int> order;
    for (std::size_t i = 0; i < m_sites.size(); ++i)
        if (!m_sites[i].faces.empty()) order.push_back(int(i));
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return m_zips[std::size_t(m_sites[std::size_t(a)].zips.front())].zip
               < m_zips[std::size_t(m_sites[std::size_t(b)].zips.front())].zip;
    });
    OGRLayer* zips = createLayer(ds, "zip_areas",
                                 {{"code", OFTString},
                                  {"name", OFTString},
                                  {"city", OFTString},
                                  {"state", OFTString},
                                  {"state_code", OFTString},
                                  {"county", OFTString},
                                  {"county_name", OFTString},
                                  {"zips", OFTString},
                                  {"zip_count", OFTInteger}});
    struct Zip3 {
        std::vector<GEOSGeometry*> faces;
        std::map<std::string, int> cities; // "City, ST" -> ZIPs
        std::map<std::string, int> states; // state index as text -> ZIPs
        int zipCount = 0;
    };
    std::map<std::string, Zip3> zip3s;
    int withoutArea = 0;
    if (ds.StartTransaction() != OGRERR_NONE) throw std::runtime_error("cannot start a transaction");
    for (int i : order) {
        Site& site = m_sites[std::size_t(i)];
        const ZipPoint& first = m_zips[std::size_t(site.zips.front())];
        const Region& state = m_states[std::size_t(site.stateIndex)];
        site.area = Geom(m_ctx, coverageUnion(m_ctx, site.faces));
        const int county = countyOf(site);
        std::string all;
        for (int z : site.zips) all += (all.empty() ? "" : " ") + m_zips[std::size_t(z)].zip;
        OGRFeature f(zips->GetLayerDefn());
        f.SetField("code", first.zip.c_str());
        f.SetField("name", first.city.c_str());
        f.SetField("city", first.city.c_str());
        f.SetField("state", first.state.c_str());
        f.SetField("state_code", state.code.c_str());
        f.SetField("county", county >= 0 ? m_counties[std::size_t(county)].code.c_str() : "");
        f.SetField("county_name", county >= 0 ? m_counties[std::size_t(county)].name.c_str() : "");
        f.SetField("zips", all.c_str());
        f.SetField("zip_count", int(site.zips.size()));
        f.SetGeometryDirectly(toOgr(site.area.g).release());
        if (zips->CreateFeature(&f) != OGRERR_NONE) throw std::runtime_error("cannot write a ZIP area");
        Zip3& z3 = zip3s[first.zip.substr(0, 3)];
        z3.faces.insert(z3.faces.end(), site.faces.begin(), site.faces.end());
        z3.zipCount += int(site.zips.size());
        z3.cities[first.city + ", " + first.state] += int(site.zips.size());
        z3.states[state.code + " " + first.state] += int(site.zips.size());
    }
    for (const Site& site : m_sites)
        if (site.faces.empty()) withoutArea += int(site.zips.size());
    OGRLayer* zip3Layer = createLayer(ds, "zip3_areas",
                                      {{"code", OFTString},
                                       {"name", OFTString},
                                       {"state", OFTString},
                                       {"state_code", OFTString},
                                       {"zip_count", OFTInteger}});
    auto most = [](const std::map<std::string, int>& counts) {
        std::string best;
        int n = 0;
        for (const auto& [k, c] : counts)
            if (c > n) best = k, n = c;
        return best;
    };
    for (auto& [code, z3] : zip3s) {
        Geom area(m_ctx, coverageUnion(m_ctx, z3.faces));
        const std::string state = most(z3.states);
        OGRFeature f(zip3Layer->GetLayerDefn());
        f.SetField("code", code.c_str());
        f.SetField("name", most(z3.cities).c_str());
        f.SetField("state", state.substr(state.find(' ') + 1).c_str());
        f.SetField("state_code", state.substr(0, state.find(' ')).c_str());
        f.SetField("zip_count", z3.zipCount);
        f.SetGeometryDirectly(toOgr(area.g).release());
        if (zip3Layer->CreateFeature(&f) != OGRERR_NONE) throw std::runtime_error("cannot write a ZIP3 area");
    }
    if (ds.CommitTransaction() != OGRERR_NONE) throw std::runtime_error("cannot commit");
    std::printf("basemap: zip_areas: %zu areas for %zu ZIP points (%zu locations); %d points moved onto their state's "
                "outline; %d ZIPs without a state polygon",
                order.size(), m_zips.size(), m_sites.size(), m_moved, m_noState);
    for (const std::string& c : m_noStateCodes) std::printf(" %s", c.c_str());
    std::printf("; %d ZIPs without area; %d faces outside every state\n", withoutArea, m_facesOutside);
    std::printf("basemap: zip3_areas: %zu areas\n", zip3s.size());
}

int Tool::run(const char* path) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path, GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    if (!ds) throw std::runtime_error(std::string("cannot open ") + path);
    const auto start = std::chrono::steady_clock::now();
    readRegions(*ds, "states", m_states);
    readRegions(*ds, "counties", m_counties);
    readZips(*ds);
    buildSites();
    buildFaces();
    assignFaces();
    writeLayers(*ds);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("basemap: ZIP areas built in %.1f s\n", seconds);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: zipareas BASEMAP.gpkg\n");
        return 2;
    }
    try {
        Tool tool;
        return tool.run(argv[1]);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "zipareas: %s\n", e.what());
        return 1;
    }
}
