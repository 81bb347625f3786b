#include "ui/map/tilecache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tp::ui {
namespace {

constexpr qint64 missingRetryMs = 60LL * 60 * 1000; // a 404 tile: ask again in an hour
constexpr qint64 fetchedRetryMs = 10LL * 60 * 1000; // a tile just fetched: not again for 10 min
constexpr qint64 firstBackoffMs = 10LL * 1000;
constexpr qint64 maxBackoffMs = 5LL * 60 * 1000;
constexpr qint64 maxTileBytes = 4LL * 1024 * 1024; // more is not a tile
constexpr int arrivalBatchMs = 50;

bool isDigits(const QString& s) {
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isHex(const QString& s, int length) {
    return s.size() == length && std::all_of(s.begin(), s.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

// Deletes the oldest tiles until the cache holds at most 90 % of `limit`. Only files laid out
// as <16 hex>/<z>/<x>/<y> are considered, so a cache dir pointed at a wrong folder loses nothing
// else. Runs on a worker; races with readers and writers are harmless (a vanished tile is
// simply missing, QSaveFile renames atomically).
void trimCache(const QString& cacheDir, qint64 limit) {
    struct File {
        qint64 time;
        qint64 size;
        QString path;
    };
    std::vector<File> files;
    qint64 total = 0;
    const QFileInfoList sources = QDir(cacheDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& source : sources) {
        if (!isHex(source.fileName(), 16)) continue;
        const QDir root(source.filePath());
        QDirIterator it(source.filePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo fi = it.fileInfo();
            const QStringList parts = root.relativeFilePath(fi.filePath()).split(QLatin1Char('/'));
            if (parts.size() != 3 || !std::all_of(parts.begin(), parts.end(), isDigits)) continue;
            files.push_back({fi.lastModified().toMSecsSinceEpoch(), fi.size(), fi.filePath()});
            total += fi.size();
        }
    }
    if (total <= limit) return;
    std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.time < b.time; });
    const qint64 target = limit / 10 * 9;
    for (const File& f : files) {
        if (total <= target) break;
        if (QFile::remove(f.path)) total -= f.size;
    }
}

QString httpDate(const QDateTime& time) {
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

} // namespace

std::shared_ptr<TileCache> TileCache::create(const TileSource& source, int memoryTiles) {
    // The last owner may be a render job on a worker: the QObject (and its QNAM) must die on
    // its own thread, so it is handed back with deleteLater (thread-safe).
    return std::shared_ptr<TileCache>(new TileCache(source, memoryTiles), [](TileCache* cache) {
        if (QCoreApplication::instance())
            cache->deleteLater();
        else
            delete cache;
    });
}

TileCache::TileCache(const TileSource& source, int memoryTiles)
    : m_source(source), m_memoryTiles(std::max(16, memoryTiles)) {
    m_clock.start();
    m_arrivalTimer.setSingleShot(true);
    m_arrivalTimer.setInterval(arrivalBatchMs);
    connect(&m_arrivalTimer, &QTimer::timeout, this, &TileCache::tilesArrived);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setTransferTimeout(m_source.requestTimeoutMs);
    trimDiskSoon();
}

TileCache::~TileCache() {
    for (QNetworkReply* reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->abort();
    }
    m_inFlight.clear();
}

// ---------------------------------------------------------------- any thread

TileCache::Lookup TileCache::tile(Key key) const {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 maxAge = m_source.maxAgeDays > 0 ? qint64(m_source.maxAgeDays) * 86400 : -1;
    auto isFresh = [&](qint64 fetchedAt) { return maxAge < 0 || now - fetchedAt < maxAge; };
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_memory.find(key.packed());
        if (it != m_memory.end()) {
            m_order.splice(m_order.begin(), m_order, it->order);
            return {it->image, isFresh(it->fetchedAtSecs)};
        }
    }
    // Disk, outside the lock: other renders go on meanwhile.
    QFile file(m_source.tilePath(key.z, key.x, key.y));
    if (!file.open(QIODevice::ReadOnly)) return {};
    const qint64 fetchedAt = file.fileTime(QFileDevice::FileModificationTime).toSecsSinceEpoch();
    const QByteArray bytes = file.read(maxTileBytes);
    QImage image;
    if (!image.loadFromData(bytes)) return {};
    image.convertTo(QImage::Format_ARGB32_Premultiplied);
    remember(key, image, fetchedAt);
    return {image, isFresh(fetchedAt)};
}

void TileCache::remember(Key key, const QImage& image, qint64 fetchedAtSecs) const {
    QMutexLocker lock(&m_mutex);
    const quint64 k = key.packed();
    auto it = m_memory.find(k);
    if (it != m_memory.end()) {
        it->image = image;
        it->fetchedAtSecs = fetchedAtSecs;
        m_order.splice(m_order.begin(), m_order, it->order);
        return;
    }
    m_order.push_front(k);
    m_memory.insert(k, MemoryEntry{image, fetchedAtSecs, m_order.begin()});
    while (int(m_order.size()) > m_memoryTiles) {
        m_memory.remove(m_order.back());
        m_order.pop_back();
    }
}

void TileCache::request(std::vector<Key> wanted) {
    QMutexLocker lock(&m_mutex);
    m_wanted = std::move(wanted);
    if (m_wantedPosted) return;
    m_wantedPosted = true;
    QMetaObject::invokeMethod(this, &TileCache::processWanted, Qt::QueuedConnection);
}

// ---------------------------------------------------------------- GUI thread

bool TileCache::isBackingOff() const {
    return m_offlineUntil > m_clock.elapsed();
}

void TileCache::processWanted() {
    std::vector<Key> wanted;
    {
        QMutexLocker lock(&m_mutex);
        wanted.swap(m_wanted);
        m_wantedPosted = false;
    }
    const qint64 now = m_clock.elapsed();
    m_queue.clear();
    if (now < m_offlineUntil) return;
    if (m_notBefore.size() > 4096) {
        for (auto it = m_notBefore.begin(); it != m_notBefore.end();)
            it = it.value() <= now ? m_notBefore.erase(it) : std::next(it);
    }
    for (const Key& key : wanted) {
        const quint64 k = key.packed();
        if (m_inFlight.contains(k)) continue;
        if (const auto it = m_notBefore.constFind(k); it != m_notBefore.constEnd() && it.value() > now) continue;
        m_queue.push_back(key);
    }
    startRequests();
}

void TileCache::startRequests() {
    const int maxRequests = std::max(1, m_source.maxConcurrentRequests);
    while (int(m_inFlight.size()) < maxRequests && !m_queue.empty() && !isBackingOff()) {
        const Key key = m_queue.front();
        m_queue.pop_front();
        startRequest(key);
    }
}

void TileCache::startRequest(Key key) {
    QNetworkRequest request(m_source.tileUrl(key.z, key.x, key.y));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_source.userAgent);
    request.setTransferTimeout(m_source.requestTimeoutMs);
    // A stale tile on disk: let the server answer 304 instead of sending it again.
    const QFileInfo cached(m_source.tilePath(key.z, key.x, key.y));
    if (cached.exists()) request.setRawHeader("If-Modified-Since", httpDate(cached.lastModified()).toLatin1());
    QNetworkReply* reply = m_network->get(request);
    ++m_requestCount;
    m_inFlight.insert(key.packed(), reply);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxTileBytes) reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, key] { onReplyFinished(reply, key); });
}

void TileCache::onReplyFinished(QNetworkReply* reply, Key key) {
    reply->deleteLater();
    m_inFlight.remove(key.packed());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError && status == 304) {
        refreshed(key);
    } else if (error == QNetworkReply::NoError && (status == 200 || status == 0)) {
        const QByteArray bytes = reply->read(maxTileBytes);
        QImage image;
        if (image.loadFromData(bytes)) {
            image.convertTo(QImage::Format_ARGB32_Premultiplied);
            store(key, bytes, image);
        } else {
            goOffline(key); // not an image (a captive portal's page?): do not hammer it
        }
    } else if (status == 404 || status == 410 || error == QNetworkReply::ContentNotFoundError) {
        failed(key, missingRetryMs); // outside the tile set: fine, the base map shows
    } else {
        goOffline(key); // no network, refused, timeout, blocked, overloaded
    }
    startRequests();
}

void TileCache::store(Key key, const QByteArray& bytes, const QImage& image) {
    m_backoffMs = 0;
    m_offlineUntil = 0;
    m_notBefore.insert(key.packed(), m_clock.elapsed() + fetchedRetryMs);
    const QString path = m_source.tilePath(key.z, key.x, key.y);
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        m_bytesSinceTrim += bytes.size();
        if (m_bytesSinceTrim > m_source.cacheSizeLimit / 16) trimDiskSoon();
    }
    // Kept in memory even when the disk is read-only or full: it shows this session.
    remember(key, image, QDateTime::currentSecsSinceEpoch());
    if (!m_arrivalTimer.isActive()) m_arrivalTimer.start();
}

void TileCache::refreshed(Key key) {
    m_backoffMs = 0;
    m_offlineUntil = 0;
    m_notBefore.insert(key.packed(), m_clock.elapsed() + fetchedRetryMs);
    QFile file(m_source.tilePath(key.z, key.x, key.y));
    if (file.open(QIODevice::Append))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    QMutexLocker lock(&m_mutex);
    if (auto it = m_memory.find(key.packed()); it != m_memory.end())
        it->fetchedAtSecs = QDateTime::currentSecsSinceEpoch();
}

void TileCache::failed(Key key, qint64 retryAfterMs) {
    m_notBefore.insert(key.packed(), m_clock.elapsed() + retryAfterMs);
}

void TileCache::goOffline(Key key) {
    const qint64 now = m_clock.elapsed();
    if (now >= m_offlineUntil) { // the other requests of the same outage do not double it again
        m_backoffMs = m_backoffMs > 0 ? std::min(m_backoffMs * 2, maxBackoffMs) : firstBackoffMs;
        m_offlineUntil = now + m_backoffMs;
    }
    failed(key, m_offlineUntil - now);
    m_queue.clear();
}

void TileCache::trimDiskSoon() {
    if (m_trim.isRunning() || m_source.cacheSizeLimit <= 0) return;
    m_bytesSinceTrim = 0;
    m_trim = QtConcurrent::run(trimCache, m_source.cacheDir, m_source.cacheSizeLimit);
}

} // namespace tp::ui
