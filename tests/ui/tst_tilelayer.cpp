// Optional online tiles: fetched from a local HTTP server (the test machine has no network),
// drawn by the canvas, sent with a User-Agent, read back from the disk cache with the server
// gone, and harmless when the server is unreachable or broken (no request storm). Off by default.
#include "ui/map/mapcanvas.h"
#include "render/maprenderoverlay.h"
#include "ui/map/tilecache.h"
#include "ui/map/tilelayer.h"
#include "ui/map/tilesource.h"

#include "io/import/basemaploader.h"

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace tp;
using namespace tp::render;
using namespace tp::ui;

namespace {

// A minimal HTTP/1.1 tile server on 127.0.0.1: every /z/x/y.png is a solid-colour PNG (or a
// 404 / 500, by mode). Records each request's path and User-Agent.
class TileServer : public QObject {
public:
    enum class Mode { Tiles, NotFound, ServerError };

    explicit TileServer(Mode mode = Mode::Tiles) : m_mode(mode) {
        connect(&m_server, &QTcpServer::newConnection, this, &TileServer::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    void close() { m_server.close(); }
    QString urlTemplate() const {
        return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_server.serverPort());
    }

    static QColor colourFor(int z, int x, int y) {
        return QColor::fromHsv((z * 47 + x * 83 + y * 29) % 360, 180 + (x + y) % 60, 140 + (z * 7 + x) % 100);
    }

    QStringList paths;
    QStringList userAgents;

private:
    void accept() {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                qsizetype end;
                while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                    const QByteArray head = buffer->left(end);
                    buffer->remove(0, end + 4);
                    respond(socket, head);
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void respond(QTcpSocket* socket, const QByteArray& head) {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QString path = QString::fromLatin1(requestLine.value(1));
        QString userAgent;
        for (const QByteArray& line : lines)
            if (line.toLower().startsWith("user-agent:")) userAgent = QString::fromUtf8(line.mid(11).trimmed());
        paths << path;
        userAgents << userAgent;

        QByteArray status = "200 OK", type = "image/png", body;
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^/(\\d+)/(\\d+)/(\\d+)\\.png$")).match(path);
        if (m_mode == Mode::ServerError) {
            status = "500 Internal Server Error";
            type = "text/plain";
            body = "overloaded";
        } else if (m_mode == Mode::NotFound || !m.hasMatch()) {
            status = "404 Not Found";
            type = "text/plain";
            body = "no such tile";
        } else {
            QImage tile(256, 256, QImage::Format_RGB32);
            tile.fill(colourFor(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
            QBuffer out(&body);
            out.open(QIODevice::WriteOnly);
            tile.save(&out, "PNG");
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    Mode m_mode;
    QTcpServer m_server;
};

QString describe(const QColor& c) {
    return QStringLiteral("(%1,%2,%3)").arg(c.red()).arg(c.green()).arg(c.blue());
}

bool near(const QColor& a, const QColor& b, int tolerance = 3) {
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

constexpr double half = geo::WebMercator::halfWorldM;
double tileResolution(int z) {
    return 2.0 * half / (256.0 * (1 << z));
}

struct TileAt {
    int x = 0, y = 0;
    geo::MercatorPoint centre;
};
// The tile of zoom z under a mercator point, and that tile's centre.
TileAt tileAt(int z, geo::MercatorPoint m) {
    const double span = 2.0 * half / (1 << z);
    TileAt t;
    t.x = int(std::floor((m.x + half) / span));
    t.y = int(std::floor((half - m.y) / span));
    t.centre = {-half + (t.x + 0.5) * span, half - (t.y + 0.5) * span};
    return t;
}

const geo::MercatorPoint kansas = geo::WebMercator::project({-98.0, 39.0});

TileSource sourceFor(const QString& urlTemplate, const QString& cacheDir) {
    TileSource s;
    s.enabled = true;
    s.urlTemplate = urlTemplate;
    s.cacheDir = cacheDir;
    return s;
}

// A closed local port: listen on an ephemeral one, then stop listening.
quint16 closedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) return 9;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestTileLayer : public QObject {
    Q_OBJECT
private:
    static void showCanvas(MapCanvas& canvas, QSize size = QSize(512, 384)) {
        canvas.resize(size);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QTRY_COMPARE(canvas.viewport().size(), size);
    }
    static QColor pixelAt(MapCanvas& canvas, geo::MercatorPoint m) {
        const QImage image = canvas.grab().toImage();
        const QPointF p = canvas.viewport().toScreen(m) * image.devicePixelRatio();
        return image.pixelColor(p.toPoint());
    }

private slots:
    void defaults() {
        const TileSource s;
        QVERIFY(!s.enabled);
        QCOMPARE(s.urlTemplate, QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        QVERIFY(s.attribution.contains(QStringLiteral("OpenStreetMap contributors")));
        QVERIFY(s.userAgent.startsWith(QStringLiteral("TerritoryPlanner/")));
        QCOMPARE(s.maxZoom, 19);
        QVERIFY(s.cacheDir.endsWith(QStringLiteral("/tiles")));
        QVERIFY(s.cacheSizeLimit > 0);
        QVERIFY(s.isValid());
        QCOMPARE(s.tileUrl(5, 7, 12), QUrl(QStringLiteral("https://tile.openstreetmap.org/5/7/12.png")));
        TileSource broken = s;
        broken.urlTemplate = QStringLiteral("file:///etc/{z}/{x}/{y}");
        QVERIFY(!broken.isValid());
        // Zoom choice: the level whose tiles match the view's resolution, clamped to the range.
        QCOMPARE(TileLayer::zoomFor(tileResolution(6), s), 6);
        QCOMPARE(TileLayer::zoomFor(tileResolution(6) * 1.3, s), 6);
        QCOMPARE(TileLayer::zoomFor(tileResolution(6) / 1.3, s), 6);
        QCOMPARE(TileLayer::zoomFor(0.01, s), 19);
        // Attribution: the tile provider's credit comes first, the bundled data's stays.
        QCOMPARE(MapRenderOverlay::attribution(), QStringLiteral("Map data: US Census (us-atlas), Natural Earth"));
        QVERIFY(MapRenderOverlay::attribution(s.attribution).startsWith(s.attribution));
        QVERIFY(MapRenderOverlay::attribution(s.attribution).endsWith(MapRenderOverlay::attribution()));
    }

    void offByDefault() {
        TileServer server;
        QVERIFY(server.listen());
        MapCanvas canvas;
        QVERIFY(!canvas.tileSource().enabled);
        QVERIFY(!canvas.tileLayer()->isVisible());
        QVERIFY(!canvas.tileLayer()->cache());
        // A configured but disabled source does not fetch either.
        QTemporaryDir dir;
        TileSource s = sourceFor(server.urlTemplate(), dir.path());
        s.enabled = false;
        canvas.setTileSource(s);
        QVERIFY(!canvas.tileLayer()->cache());
        showCanvas(canvas);
        canvas.setView(kansas, tileResolution(6));
        QTRY_VERIFY_WITH_TIMEOUT(canvas.isRenderComplete(), 10000);
        (void)canvas.renderToImage(QSize(300, 200));
        QTest::qWait(300);
        QCOMPARE(server.paths.size(), 0);
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void fetchDrawCacheAndFallBack() {
        TileServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const TileSource source = sourceFor(server.urlTemplate(), dir.path() + QStringLiteral("/tiles"));
        const int z = 6;
        const TileAt centreTile = tileAt(z, kansas);
        const QColor expected = TileServer::colourFor(z, centreTile.x, centreTile.y);

        // Online: tiles arrive, the canvas redraws by itself.
        {
            MapCanvas canvas;
            showCanvas(canvas);
            canvas.setView(kansas, tileResolution(z));
            canvas.setTileSource(source);
            QVERIFY(canvas.tileLayer()->isVisible());
            QTRY_VERIFY2_WITH_TIMEOUT(near(pixelAt(canvas, centreTile.centre), expected),
                                      qPrintable(describe(pixelAt(canvas, centreTile.centre))), 10000);
            // A neighbouring tile has its own colour: tiles are placed, not just painted.
            const TileAt east = tileAt(z, {centreTile.centre.x + 2.0 * half / (1 << z), centreTile.centre.y});
            QTRY_VERIFY_WITH_TIMEOUT(near(pixelAt(canvas, east.centre), TileServer::colourFor(z, east.x, east.y)),
                                     10000);
            QTRY_VERIFY_WITH_TIMEOUT(canvas.isRenderComplete(), 10000);
            const QImage exported = canvas.renderToImage(QSize(512, 384));
            QVERIFY(near(exported.pixelColor(canvas.viewport().toScreen(centreTile.centre).toPoint()), expected));

            // Every request named the app, each tile was asked for once, at the view's zoom.
            QVERIFY(!server.paths.isEmpty());
            for (const QString& ua : std::as_const(server.userAgents)) QCOMPARE(ua, source.userAgent);
            QCOMPARE(QSet<QString>(server.paths.begin(), server.paths.end()).size(), server.paths.size());
            for (const QString& path : std::as_const(server.paths))
                QVERIFY2(path.startsWith(QStringLiteral("/6/")), qPrintable(path));
            QVERIFY(QFile::exists(source.tilePath(z, centreTile.x, centreTile.y)));
            QTRY_COMPARE(canvas.tileLayer()->cache()->inFlightCount(), 0);

            // Scaled tiles (1.3x, still zoom 6) meet without seams: no background shows through.
            canvas.setView(kansas, tileResolution(z) / 1.3);
            QTRY_VERIFY_WITH_TIMEOUT(canvas.isRenderComplete() && canvas.tileLayer()->cache()->inFlightCount() == 0,
                                     10000);
            QTest::qWait(200);
            QTRY_VERIFY_WITH_TIMEOUT(canvas.isRenderComplete(), 10000);
            const QImage scaled = canvas.grab().toImage().convertToFormat(QImage::Format_RGB32);
            const QRgb water = canvas.style().water.rgb();
            int gaps = 0;
            for (int y = 0; y < scaled.height(); ++y)
                for (int x = 0; x < scaled.width(); ++x) gaps += scaled.pixel(x, y) == water;
            QCOMPARE(gaps, 0);
            qInfo() << "tiles fetched:" << server.paths.size();
        }
        const int fetched = int(server.paths.size());
        server.close();

        // Offline: a new canvas (new cache, empty memory) draws the same tiles from disk at once,
        // without a single request.
        {
            MapCanvas canvas;
            showCanvas(canvas);
            canvas.setView(kansas, tileResolution(z));
            canvas.setTileSource(source);
            QTRY_VERIFY_WITH_TIMEOUT(canvas.isRenderComplete(), 10000);
            const QColor c = pixelAt(canvas, centreTile.centre);
            QVERIFY2(near(c, expected), qPrintable(describe(c)));
            QTest::qWait(300);
            QCOMPARE(canvas.tileLayer()->cache()->networkRequestCount(), 0);
            QCOMPARE(int(server.paths.size()), fetched);
        }

        // Zoomed in one level with the server gone: the z7 tiles cannot come, their z6 parent
        // stands in (scaled), and the failed fetch backs off instead of looping.
        {
            MapCanvas canvas;
            showCanvas(canvas);
            canvas.setView(centreTile.centre, tileResolution(z + 1));
            canvas.setTileSource(source);
            QTRY_VERIFY_WITH_TIMEOUT(canvas.isRenderComplete(), 10000);
            const QColor c = pixelAt(canvas, centreTile.centre);
            QVERIFY2(near(c, expected), qPrintable(describe(c)));
            TileCache* cache = canvas.tileLayer()->cache().get();
            QTRY_VERIFY_WITH_TIMEOUT(cache->isBackingOff(), 10000);
            QVERIFY(cache->networkRequestCount() <= source.maxConcurrentRequests);
        }
    }

    void unreachableServer() {
        const io::BaseMapLoadResult loaded = io::BaseMapLoader::load(QStringLiteral(TP_BUILD_DATA_DIR "/basemap.gpkg"));
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QTemporaryDir dir;
        const TileSource source =
            sourceFor(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(closedPort()), dir.path());

        MapCanvas canvas;
        canvas.setBaseMap(loaded.map);
        showCanvas(canvas, QSize(800, 500));
        canvas.zoomToExtent(geo::Box({-125.0, 24.5}, {-66.5, 49.5}));
        QTRY_VERIFY_WITH_TIMEOUT(canvas.isRenderComplete(), 10000);
        const QImage offImage = canvas.renderToImage(QSize(800, 500));

        canvas.setTileSource(source);
        QTRY_VERIFY_WITH_TIMEOUT(canvas.isRenderComplete(), 10000);
        // The vector base map still shows: Kansas is land.
        const geo::MercatorPoint kansasLand = geo::WebMercator::project({-98.3, 38.6});
        QVERIFY2(near(pixelAt(canvas, kansasLand), canvas.style().land),
                 qPrintable(describe(pixelAt(canvas, kansasLand))));

        // Keep the canvas busy for 2 s: every pan renders and asks for tiles again.
        TileCache* cache = canvas.tileLayer()->cache().get();
        const geo::MercatorPoint centre = canvas.center();
        const double resolution = canvas.resolution();
        QElapsedTimer timer;
        timer.start();
        int renders = 0;
        while (timer.elapsed() < 2000) {
            canvas.panByPixels(QPointF(renders % 2 ? 40 : -40, 0));
            QTRY_VERIFY_WITH_TIMEOUT(canvas.isRenderComplete(), 10000);
            ++renders;
        }
        qInfo() << "renders:" << renders << "connection attempts:" << cache->networkRequestCount();
        QVERIFY(renders >= 5);
        QVERIFY(cache->networkRequestCount() <= 2 * source.maxConcurrentRequests);
        QVERIFY(cache->isBackingOff());
        QVERIFY(canvas.isRenderComplete());

        // The attribution grows to credit the tile provider (the only difference in the picture:
        // no tile could be drawn).
        canvas.setView(centre, resolution);
        QTRY_VERIFY_WITH_TIMEOUT(canvas.isRenderComplete(), 10000);
        const QImage onImage = canvas.renderToImage(QSize(800, 500));
        QCOMPARE(onImage.size(), offImage.size());
        int leftmost = onImage.width();
        for (int y = 0; y < onImage.height(); ++y)
            for (int x = 0; x < onImage.width(); ++x)
                if (onImage.pixel(x, y) != offImage.pixel(x, y)) leftmost = std::min(leftmost, x);
        QVERIFY2(leftmost < onImage.width(), "the attribution did not change");
        QVERIFY2(leftmost > onImage.width() / 4, qPrintable(QString::number(leftmost)));
    }

    void brokenServerIsNotHammered_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("backsOff");
        QTest::newRow("500") << int(TileServer::Mode::ServerError) << true;
        QTest::newRow("404") << int(TileServer::Mode::NotFound) << false;
    }
    void brokenServerIsNotHammered() {
        QFETCH(int, mode);
        QFETCH(bool, backsOff);
        TileServer server(static_cast<TileServer::Mode>(mode));
        QVERIFY(server.listen());
        QTemporaryDir dir;
        MapCanvas canvas;
        showCanvas(canvas);
        canvas.setView(kansas, tileResolution(6));
        canvas.setTileSource(sourceFor(server.urlTemplate(), dir.path()));
        // Alternate between two resolutions of the same zoom level: each render wants the same tiles.
        QElapsedTimer timer;
        timer.start();
        int renders = 0;
        while (timer.elapsed() < 2000) {
            canvas.setView(kansas, tileResolution(6) * (renders % 2 ? 1.0 : 1.1));
            QTRY_VERIFY_WITH_TIMEOUT(canvas.isRenderComplete(), 10000);
            QTest::qWait(20);
            ++renders;
        }
        QTRY_COMPARE(canvas.tileLayer()->cache()->inFlightCount(), 0);
        qInfo() << "renders:" << renders << "requests:" << server.paths.size();
        QVERIFY(renders >= 5);
        // No tile is asked for twice; a failing server gets a couple of requests and a break.
        QCOMPARE(QSet<QString>(server.paths.begin(), server.paths.end()).size(), server.paths.size());
        if (backsOff) {
            QVERIFY(server.paths.size() <= 2 * 2);
            QVERIFY(canvas.tileLayer()->cache()->isBackingOff());
        } else {
            QVERIFY(server.paths.size() <= 6 * 6); // the tiles of a 512x384 view, once each
        }
        QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), "an error page was cached as a tile");
    }
};

QTEST_MAIN(TestTileLayer)
#include "tst_tilelayer.moc"
