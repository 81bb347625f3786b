#include "ui/map/tilesource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStandardPaths>

#ifndef TP_VERSION
#define TP_VERSION "0"
#endif

namespace tp::ui {

QString TileSource::defaultUrlTemplate() {
    return QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
}

QString TileSource::defaultUserAgent() {
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty()) version = QStringLiteral(TP_VERSION);
    return QStringLiteral("TerritoryPlanner/%1 (+offline-first desktop app)").arg(version);
}

QString TileSource::defaultCacheDir() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
}

bool TileSource::isValid() const {
    const QUrl probe(tileUrl(0, 0, 0));
    const QString scheme = probe.scheme();
    return probe.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && urlTemplate.contains(QLatin1String("{z}")) && urlTemplate.contains(QLatin1String("{x}"))
           && urlTemplate.contains(QLatin1String("{y}")) && minZoom >= 0 && maxZoom >= minZoom && maxZoom <= 24
           && tileSize > 0;
}

QUrl TileSource::tileUrl(int z, int x, int y) const {
    QString url = urlTemplate;
    url.replace(QLatin1String("{z}"), QString::number(z));
    url.replace(QLatin1String("{x}"), QString::number(x));
    url.replace(QLatin1String("{y}"), QString::number(y));
    return QUrl(url);
}

QString TileSource::cacheKey() const {
    const QByteArray hash = QCryptographicHash::hash(urlTemplate.toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.left(8).toHex());
}

QString TileSource::tileDir() const {
    return cacheDir + QLatin1Char('/') + cacheKey();
}

QString TileSource::tilePath(int z, int x, int y) const {
    return QStringLiteral("%1/%2/%3/%4").arg(tileDir()).arg(z).arg(x).arg(y);
}

} // namespace tp::ui
