// Another team's borders over the current team's map (View › Other Team's Borders): the layer set's
// reference layer draws exactly where the chosen team's territories meet, in its outline colour,
// and nothing else: no fills, not the current team's borders, nothing when no team (or the current
// one) is chosen, and it follows a switch of the current team.
#include "render/maplayerset.h"
#include "render/mapviewport.h"
#include "render/territorylayer.h"

#include "support/teamsproject.h"

#include <QImage>
#include <QTest>

using namespace tp;
using namespace tp::render;
using testsupport::TeamsProject;

namespace {

// The grid spans lon -100..-94, lat 40..46; Enterprise (team 1) splits it at lon -97, Commercial
// (team 2) at -98 and -96.
MapViewport gridView() {
    return MapViewport(geo::WebMercator::project(geo::GeoPoint{-97.0, 43.0}), 2000.0, QSize(600, 500), 1.0);
}

QImage referenceImage(const MapLayerSet& layers) {
    const std::atomic_bool cancelled{false};
    return layers.referenceLayer()->render(gridView(), cancelled);
}

// The most opaque pixel within two pixels of the point (borders are antialiased).
int alphaNear(const QImage& image, geo::GeoPoint at) {
    const QPoint c = gridView().toScreen(at).toPoint();
    int best = 0;
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx) {
            const QPoint p = c + QPoint(dx, dy);
            if (image.rect().contains(p)) best = std::max(best, qAlpha(image.pixel(p)));
        }
    return best;
}

int opaquePixels(const QImage& image) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) n += qAlpha(image.pixel(x, y)) > 0;
    return n;
}

} // namespace

class TestReferenceOutline : public QObject {
    Q_OBJECT
    Project m_project = TeamsProject::make(true);

private slots:
    void drawsTheChosenTeamsBordersOnly() {
        MapLayerSet layers;
        layers.setProject(&m_project);
        QCOMPARE(m_project.currentTeamId, qint64(1));
        QCOMPARE(opaquePixels(referenceImage(layers)), 0); // none chosen

        layers.setReferenceTeam(2);
        const QImage image = referenceImage(layers);
        for (double lat : {41.5, 43.5, 45.5}) {
            QVERIFY2(alphaNear(image, {-98.0, lat}) > 150, qPrintable(QString::number(lat)));
            QVERIFY2(alphaNear(image, {-96.0, lat}) > 150, qPrintable(QString::number(lat)));
            QCOMPARE(alphaNear(image, {-97.0, lat}), 0); // the current team's border: not this layer's
            QCOMPARE(alphaNear(image, {-99.5, lat}), 0); // inside a territory: no fill
        }
        // In the outline colour, not a territory's.
        const QPoint on = gridView().toScreen(geo::GeoPoint{-98.0, 43.5}).toPoint();
        QColor strongest;
        for (int dx = -2; dx <= 2; ++dx) {
            const QColor c = QColor::fromRgba(image.pixel(on + QPoint(dx, 0)));
            if (!strongest.isValid() || c.alpha() > strongest.alpha()) strongest = c;
        }
        QVERIFY2(strongest.blue() > strongest.green() && strongest.red() > strongest.green(),
                 qPrintable(strongest.name(QColor::HexArgb)));

        // The current team is never outlined over itself.
        layers.setReferenceTeam(1);
        QCOMPARE(opaquePixels(referenceImage(layers)), 0);
    }

    void followsASwitchOfTheCurrentTeam() {
        Project p = m_project;
        MapLayerSet layers;
        layers.setProject(&p);
        layers.setReferenceTeam(2);
        QVERIFY(opaquePixels(referenceImage(layers)) > 0);
        // Commercial becomes the current team: outlining it now would outline the filled map.
        p.setCurrentTeam(2);
        layers.projectChanged();
        QCOMPARE(opaquePixels(referenceImage(layers)), 0);
        // Enterprise is the other team now.
        layers.setReferenceTeam(1);
        const QImage image = referenceImage(layers);
        QVERIFY(alphaNear(image, {-97.0, 43.5}) > 150);
        QCOMPARE(alphaNear(image, {-98.0, 43.5}), 0);
    }
};

QTEST_MAIN(TestReferenceOutline)
#include "tst_referenceoutline.moc"
