#pragma once
// TileSource: the settings of the optional online raster base map (XYZ / "slippy map" tiles,
// OpenStreetMap by default): whether it is on (off by default: the app works fully offline),
// the URL template, the attribution the provider requires, the User-Agent sent with every
// request (tile servers such as OSM block anonymous clients), the zoom range, and where and how
// much is cached on disk. The URL template knows {z}, {x} and {y} (x right, y down from the
// north-west corner, as OSM; no subdomains, no TMS).
// Value type; any thread.

#include <QString>
#include <QUrl>

namespace tp::ui {

struct TileSource {
    bool enabled = false;
    QString urlTemplate = defaultUrlTemplate();
    QString attribution = QStringLiteral("\u00a9 OpenStreetMap contributors");
    QString userAgent = defaultUserAgent();
    int minZoom = 0;
    int maxZoom = 19;
    int tileSize = 256;                          // logical pixels a tile covers at its own zoom
    QString cacheDir = defaultCacheDir();        // several sources share it, one subfolder each
    qint64 cacheSizeLimit = 256LL * 1024 * 1024; // bytes on disk, trimmed oldest first
    int maxAgeDays = 7;                          // older tiles are still drawn but refreshed when online
    int maxConcurrentRequests = 2;               // the OSM tile usage policy allows 2
    int requestTimeoutMs = 15000;

    static QString defaultUrlTemplate();
    // "TerritoryPlanner/<version> (+offline-first desktop app)".
    static QString defaultUserAgent();
    // QStandardPaths::CacheLocation + "/tiles" (depends on the application name, so call it after
    // QCoreApplication is set up).
    static QString defaultCacheDir();

    // A template is usable when it is http(s) and has all of {z}, {x}, {y}.
    bool isValid() const;
    QUrl tileUrl(int z, int x, int y) const;
    // A short, stable folder name for this source's tiles inside cacheDir (hash of the template),
    // so switching providers never mixes their tiles.
    QString cacheKey() const;
    // The folder holding this source's tiles: cacheDir/cacheKey().
    QString tileDir() const;
    // Where the tile z/x/y is stored: tileDir()/z/x/y.
    QString tilePath(int z, int x, int y) const;

    friend bool operator==(const TileSource&, const TileSource&) = default;
};

} // namespace tp::ui
