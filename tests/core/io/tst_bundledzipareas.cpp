// The bundled approximate ZIP areas (maps/zipareas.cpp, layers zip_areas and zip3_areas of
// basemap.gpkg): they cover each state without gaps or overlaps, every bundled ZIP point lies in
// its own area (or, off its state's outline, its area is the nearest part of the state), and each
// ZIP3 area is the union of its ZIP areas. Checked with GEOS on the built GeoPackage.

#include "io/import/datapaths.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <gdal_priv.h>
#include <geos_c.h>
#include <ogrsf_frmts.h>

#include <map>
#include <memory>
#include <vector>

namespace {

// One GEOS context for the test object; geometries are owned by Geom.
struct Geom {
    GEOSContextHandle_t ctx = nullptr;
    GEOSGeometry* g = nullptr;
    Geom(GEOSContextHandle_t c, GEOSGeometry* geom) : ctx(c), g(geom) {}
    Geom(Geom&& o) noexcept : ctx(o.ctx), g(o.g) { o.g = nullptr; }
    Geom(const Geom&) = delete;
    ~Geom() {
        if (g) GEOSGeom_destroy_r(ctx, g);
    }
};

struct Area {
    QString code, stateCode;
    QStringList zips;
    std::unique_ptr<Geom> shape;
};

double areaOf(GEOSContextHandle_t ctx, const GEOSGeometry* g) {
    double a = 0;
    GEOSArea_r(ctx, g, &a);
    return a;
}

} // namespace

class TestBundledZipAreas : public QObject {
    Q_OBJECT

    GEOSContextHandle_t m_ctx = nullptr;
    GEOSWKBReader* m_reader = nullptr;
    GDALDatasetUniquePtr m_ds;

    Geom fromOgr(const OGRGeometry& g) {
        std::vector<unsigned char> wkb(std::size_t(g.WkbSize()));
        g.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
        return {m_ctx, GEOSWKBReader_read_r(m_ctx, m_reader, wkb.data(), wkb.size())};
    }

    std::vector<Area> readAreas(const char* layerName) {
        std::vector<Area> out;
        OGRLayer* layer = m_ds->GetLayerByName(layerName);
        if (!layer) return out;
        for (auto& f : *layer) {
            Area a;
            a.code = QString::fromUtf8(f->GetFieldAsString("code"));
            a.stateCode = QString::fromUtf8(f->GetFieldAsString("state_code"));
            if (f->GetFieldIndex("zips") >= 0)
                a.zips = QString::fromUtf8(f->GetFieldAsString("zips")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            a.shape = std::make_unique<Geom>(fromOgr(*f->GetGeometryRef()));
            out.push_back(std::move(a));
        }
        return out;
    }

    Geom unionOf(const std::vector<const GEOSGeometry*>& parts) {
        std::vector<GEOSGeometry*> clones;
        for (const GEOSGeometry* p : parts) clones.push_back(GEOSGeom_clone_r(m_ctx, p));
        Geom collection(
            m_ctx, GEOSGeom_createCollection_r(m_ctx, GEOS_GEOMETRYCOLLECTION, clones.data(), unsigned(clones.size())));
        return {m_ctx, GEOSUnaryUnion_r(m_ctx, collection.g)};
    }

    std::vector<Area> m_zips, m_zip3s;
    std::map<QString, std::unique_ptr<Geom>> m_states; // FIPS -> polygon

private slots:
    void initTestCase() {
        m_ctx = GEOS_init_r();
        m_reader = GEOSWKBReader_create_r(m_ctx);
        GDALAllRegister();
        const QString path = tp::io::DataPaths::basemapPath();
        m_ds.reset(
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
        QVERIFY2(m_ds, qPrintable(path));
        m_zips = readAreas("zip_areas");
        m_zip3s = readAreas("zip3_areas");
        QVERIFY2(!m_zips.empty(), "the base map has a zip_areas layer");
        QVERIFY2(!m_zip3s.empty(), "the base map has a zip3_areas layer");
        for (auto& f : *m_ds->GetLayerByName("states"))
            m_states[QString::fromUtf8(f->GetFieldAsString("code"))] =
                std::make_unique<Geom>(fromOgr(*f->GetGeometryRef()));
    }

    void cleanupTestCase() {
        m_zips.clear();
        m_zip3s.clear();
        m_states.clear();
        GEOSWKBReader_destroy_r(m_ctx, m_reader);
        GEOS_finish_r(m_ctx);
    }

    void areasAreValidAndCoded() {
        QSet<QString> codes;
        for (const Area& a : m_zips) {
            QVERIFY2(GEOSisValid_r(m_ctx, a.shape->g) == 1, qPrintable(a.code));
            QVERIFY2(areaOf(m_ctx, a.shape->g) > 0, qPrintable(a.code));
            QCOMPARE(a.code.size(), 5);
            QVERIFY2(!a.zips.isEmpty() && a.zips.front() == a.code, qPrintable(a.code)); // code: the lowest ZIP there
            QVERIFY2(!codes.contains(a.code), qPrintable(a.code));
            codes.insert(a.code);
            QVERIFY2(m_states.count(a.stateCode), qPrintable(a.code));
        }
    }

    // Per state: the union of its ZIP areas is the state (no gap), and the areas add up to the
    // state's area (no overlap), both within 0.1 %.
    void zipAreasCoverEachStateWithoutGapsOrOverlaps() {
        std::map<QString, std::vector<const GEOSGeometry*>> byState;
        for (const Area& a : m_zips) byState[a.stateCode].push_back(a.shape->g);
        QCOMPARE(byState.size(), m_states.size()); // every state has ZIP areas
        for (const auto& [code, parts] : byState) {
            const GEOSGeometry* state = m_states.at(code)->g;
            const double stateArea = areaOf(m_ctx, state);
            double sum = 0;
            for (const GEOSGeometry* p : parts) sum += areaOf(m_ctx, p);
            const Geom u = unionOf(parts);
            const Geom diff(m_ctx, GEOSSymDifference_r(m_ctx, u.g, state));
            QVERIFY(diff.g);
            const QString where = QStringLiteral("state %1: %2 areas, sum %3, state %4, difference %5")
                                      .arg(code)
                                      .arg(parts.size())
                                      .arg(sum)
                                      .arg(stateArea)
                                      .arg(areaOf(m_ctx, diff.g));
            QVERIFY2(std::abs(sum - stateArea) <= 0.001 * stateArea, qPrintable(where));
            QVERIFY2(areaOf(m_ctx, diff.g) <= 0.001 * stateArea, qPrintable(where));
        }
    }

    // Every bundled ZIP point is listed by exactly one area and lies in it; a point off its
    // state's 1:10m outline (coast, islands) has the area nearest to it. ZIPs without an area
    // are only the armed forces' (AA, AE, AP), which have no state.
    void everyZipPointLiesInItsOwnArea() {
        QHash<QString, int> areaOfZip;
        for (std::size_t i = 0; i < m_zips.size(); ++i)
            for (const QString& z : m_zips[i].zips) {
                QVERIFY2(!areaOfZip.contains(z), qPrintable(z));
                areaOfZip.insert(z, int(i));
            }
        int inside = 0, nearest = 0, military = 0;
        for (auto& f : *m_ds->GetLayerByName("zipcodes")) {
            const QString zip = QString::fromUtf8(f->GetFieldAsString("zip"));
            const QString state = QString::fromUtf8(f->GetFieldAsString("state"));
            const auto it = areaOfZip.constFind(zip);
            if (it == areaOfZip.constEnd()) {
                QVERIFY2(state == QLatin1String("AA") || state == QLatin1String("AE") || state == QLatin1String("AP"),
                         qPrintable(zip + QLatin1Char(' ') + state));
                ++military;
                continue;
            }
            const Area& area = m_zips[std::size_t(*it)];
            const Geom point = fromOgr(*f->GetGeometryRef());
            if (GEOSCovers_r(m_ctx, area.shape->g, point.g) == 1) {
                ++inside;
                continue;
            }
            const GEOSGeometry* stateShape = m_states.at(area.stateCode)->g;
            QVERIFY2(GEOSCovers_r(m_ctx, stateShape, point.g) == 0,
                     qPrintable(zip + " is inside its state but not in its area"));
            double toArea = 0, toState = 0;
            GEOSDistance_r(m_ctx, area.shape->g, point.g, &toArea);
            GEOSDistance_r(m_ctx, stateShape, point.g, &toState);
            QVERIFY2(toArea <= toState + 1e-9,
                     qPrintable(
                         QStringLiteral("%1: %2 from its area, %3 from its state").arg(zip).arg(toArea).arg(toState)));
            ++nearest;
        }
        qInfo("%d ZIP points inside their area, %d off their state's outline with the nearest area, %d armed-forces "
              "ZIPs without one",
              inside, nearest, military);
        QVERIFY(inside > 40000);
        QVERIFY(nearest < 500);
    }

    // Each ZIP3 area is the union of the ZIP areas whose code starts with its three digits.
    void zip3AreasAreTheUnionOfTheirZips() {
        std::map<QString, std::vector<const GEOSGeometry*>> byPrefix;
        for (const Area& a : m_zips) byPrefix[a.code.left(3)].push_back(a.shape->g);
        QCOMPARE(m_zip3s.size(), byPrefix.size());
        for (const Area& z3 : m_zip3s) {
            QCOMPARE(z3.code.size(), 3);
            QVERIFY2(byPrefix.count(z3.code), qPrintable(z3.code));
            QVERIFY2(GEOSisValid_r(m_ctx, z3.shape->g) == 1, qPrintable(z3.code));
            const Geom u = unionOf(byPrefix.at(z3.code));
            const Geom diff(m_ctx, GEOSSymDifference_r(m_ctx, u.g, z3.shape->g));
            QVERIFY(diff.g);
            QVERIFY2(areaOf(m_ctx, diff.g) <= 1e-9 + 1e-6 * areaOf(m_ctx, z3.shape->g), qPrintable(z3.code));
        }
    }
};

QTEST_GUILESS_MAIN(TestBundledZipAreas)
#include "tst_bundledzipareas.moc"
