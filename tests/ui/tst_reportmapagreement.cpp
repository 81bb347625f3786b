// The PDF report's map and the canvas take one render path: the demo's report is written, its
// first page rasterised with pdftoppm, and the canvas renders the same view (the report's map
// frame and its MapViewport); at the inside points of every unit, the colour most of a
// territory's units show is the same in both pictures, and it is that territory's fill over the
// map's background (so neither picture is blank or in other colours). The canvas's account
// points and rep homes are switched off: the report's main map has none.
#include "ui/map/mapcanvas.h"

#include "io/export/exportsource.h"
#include "io/export/outputguard.h"
#include "io/report/pdfreportwriter.h"
#include "render/maprenderstyle.h"
#include "render/rephomelayer.h"
#include "render/accountlayer.h"
#include "session/projectsession.h"

#include "support/democopy.h"
#include "support/pixels.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <boost/geometry/algorithms/within.hpp>

#include <map>

using namespace tp;
using namespace tp::testsupport;

namespace {

// The colour most samples have (channels rounded to steps of 8: JPEG in the PDF moves them a little).
QColor modal(const std::vector<QColor>& samples) {
    std::map<QRgb, std::pair<int, QColor>> counts;
    for (const QColor& c : samples) {
        const QRgb key = qRgb(c.red() / 8, c.green() / 8, c.blue() / 8);
        auto& [n, colour] = counts[key];
        if (!n) colour = c;
        ++n;
    }
    int most = 0;
    QColor best;
    for (const auto& [key, entry] : counts)
        if (entry.first > most) most = entry.first, best = entry.second;
    return best;
}

} // namespace

class TestReportMapAgreement : public QObject {
    Q_OBJECT
private slots:
    void reportMapMatchesCanvas() {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(QStringLiteral("demo.territory"));
        QVERIFY(copyDemo(projectPath, DemoScenario::AsBundled));
        QString error;
        auto session = session::ProjectSession::open(projectPath, &error);
        QVERIFY2(session, qPrintable(error));
        const Project& p = session->project();
        const Scenario* scenario = p.currentScenario();
        QVERIFY(scenario);

        // The report, without a base map (the canvas below has none either).
        const io::ExportSource source(p, session->metrics(), 0, io::OutputGuard(projectPath));
        io::PdfReportWriter writer(source, io::ReportOptions());
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(writer.write(pdf, &error), qPrintable(error));
        const render::MapViewport view = writer.mapView();
        const QRectF frameMm = writer.mapFrameMm();
        QVERIFY(view.isValid());
        QVERIFY(!frameMm.isEmpty());
        constexpr int dpi = 100;
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"),
                       {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                        QStringLiteral("-singlefile"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                        QStringLiteral("1"), pdf, dir.filePath(QStringLiteral("page"))});
        QVERIFY(pdftoppm.waitForFinished(120000));
        QCOMPARE(pdftoppm.exitCode(), 0);
        const QImage page(dir.filePath(QStringLiteral("page.png")));
        QVERIFY(!page.isNull());

        // The canvas at the report's view.
        ui::MapCanvas canvas;
        canvas.resize(view.size());
        canvas.setProject(&p);
        canvas.setView(view.center(), view.resolution());
        // The report's main map shows territories and labels, no account points or rep homes.
        canvas.setLayerVisible(canvas.accountLayer(), false);
        canvas.setLayerVisible(canvas.repLayer(), false);
        const QImage screen = canvas.renderToImage(view.size(), 1.0);
        QCOMPARE(screen.size(), view.size());

        const double pagePxPerMm = dpi / 25.4;
        const double logicalPerMm = double(view.size().width()) / frameMm.width();
        QHash<qint64, std::vector<QColor>> onScreen, onPage;
        for (std::size_t u = 0; u < p.units.size() && u < scenario->unitTerritory.size(); ++u) {
            const qint64 t = scenario->unitTerritory[u];
            if (!t) continue;
            const geo::Box& b = p.units[u].bounds;
            const geo::GeoPoint middle{(b.min_corner().lon + b.max_corner().lon) / 2,
                                       (b.min_corner().lat + b.max_corner().lat) / 2};
            if (!boost::geometry::within(middle, p.units[u].shape)) continue;
            const QPointF s = view.toScreen(middle);
            if (s.x() < 0 || s.y() < 0 || s.x() >= view.size().width() || s.y() >= view.size().height()) continue;
            const QPointF onPagePx = (frameMm.topLeft() + s / logicalPerMm) * pagePxPerMm;
            onScreen[t].push_back(screen.pixelColor(s.toPoint()));
            onPage[t].push_back(page.pixelColor(onPagePx.toPoint()));
        }

        const render::MapRenderStyle style;
        int compared = 0;
        for (const Territory* t : p.territoriesOf(scenario->id)) {
            if (onScreen.value(t->id).size() < 3) continue;
            const QColor a = modal(onScreen.value(t->id)), b = modal(onPage.value(t->id));
            const QColor expected = blend(style.water, QColor::fromString(t->color), style.territoryFillAlpha);
            QVERIFY2(near(a, expected, 8), qPrintable(t->name + QStringLiteral(": canvas ") + describe(a)
                                                      + QStringLiteral(", fill ") + describe(expected)));
            QVERIFY2(near(a, b, 8), qPrintable(t->name + QStringLiteral(": canvas ") + describe(a)
                                               + QStringLiteral(", report ") + describe(b)));
            ++compared;
        }
        QVERIFY2(compared >= 10, qPrintable(QString::number(compared)));
    }
};

QTEST_MAIN(TestReportMapAgreement)
#include "tst_reportmapagreement.moc"
