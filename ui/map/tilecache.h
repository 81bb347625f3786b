#pragma once
// TileCache: where the online tiles of one TileSource come from. Three levels:
//  - a small in-memory LRU of decoded tiles (ARGB32 premultiplied, ready to draw);
//  - a file cache on disk, tileDir()/z/x/y, the raw bytes as served. The render thread reads it
//    directly (no GUI-thread round trip, so cached tiles show on the first frame and with no
//    network at all); the file's modification time is when it was fetched. Written atomically
//    (QSaveFile) on the GUI thread; trimmed to the size limit, oldest first, on a worker;
//  - the network: a QNetworkAccessManager on the GUI thread, at most maxConcurrentRequests at a
//    time, each request with the source's User-Agent. Failures are remembered: a missing tile
//    (404) is not asked for again for an hour; a network-level failure (no network, refused,
//    timeout, 5xx, 429, 403) pauses all fetching with an exponential back-off (10 s .. 5 min)
//    and drops the queue. Nothing retries on a timer: only a later render asks again, so an
//    offline machine sees a handful of attempts, never a loop. A tile fetched successfully is
//    not fetched again for a while either, which keeps an undersized LRU from ping-ponging.
// Own file cache rather than QNetworkDiskCache: that one belongs to the QNAM's thread, and the
// render workers must read tiles without touching the QNAM.
// Threads: tile(), request() and source() from any thread (the LRU and the wanted list are
// behind a mutex, the source is immutable); everything else on the GUI thread (the object's
// thread). Created by create(), shared by std::shared_ptr between the canvas and running render
// jobs; the deleter hands the QObject back to its thread (deleteLater) when the last owner is a
// worker. tilesArrived() is emitted on the GUI thread, batched, when new tiles can be drawn.

#include "ui/map/tilesource.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <deque>
#include <list>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace tp::ui {

class TileCache : public QObject {
    Q_OBJECT
public:
    struct Key {
        int z = 0, x = 0, y = 0;
        quint64 packed() const { return (quint64(z) << 58) | (quint64(x) << 29) | quint64(y); }
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct Lookup {
        QImage image;       // null: not cached
        bool fresh = false; // younger than the source's maxAgeDays
    };

    static std::shared_ptr<TileCache> create(const TileSource& source, int memoryTiles = 256);
    ~TileCache() override;

    const TileSource& source() const { return m_source; }

    // Any thread. Memory first, then disk (decoded on the calling thread and kept in memory).
    // Never touches the network and never blocks on it.
    Lookup tile(Key key) const;
    // Any thread. The tiles a render wanted but did not have (or had stale), most important
    // first. Replaces the previous wish list: only the latest view's tiles are fetched.
    void request(std::vector<Key> wanted);

    // GUI thread; for diagnostics and tests.
    int networkRequestCount() const { return m_requestCount; }
    int inFlightCount() const { return int(m_inFlight.size()); }
    bool isBackingOff() const;

signals:
    void tilesArrived();

private:
    struct MemoryEntry {
        QImage image;
        qint64 fetchedAtSecs = 0; // since the epoch
        std::list<quint64>::iterator order;
    };

    TileCache(const TileSource& source, int memoryTiles);
    void remember(Key key, const QImage& image, qint64 fetchedAtSecs) const;
    void processWanted();
    void startRequests();
    void startRequest(Key key);
    void onReplyFinished(QNetworkReply* reply, Key key);
    void store(Key key, const QByteArray& bytes, const QImage& image);
    void refreshed(Key key);
    void failed(Key key, qint64 retryAfterMs);
    void goOffline(Key key);
    void trimDiskSoon();

    const TileSource m_source;
    const int m_memoryTiles;

    // Shared with render threads.
    mutable QMutex m_mutex;
    mutable QHash<quint64, MemoryEntry> m_memory;
    mutable std::list<quint64> m_order; // most recently used first
    std::vector<Key> m_wanted;
    bool m_wantedPosted = false;

    // GUI thread only.
    QElapsedTimer m_clock;              // monotonic time for retry deadlines
    QHash<quint64, qint64> m_notBefore; // packed key -> m_clock ms before which it is not fetched
    qint64 m_offlineUntil = 0;          // m_clock ms; 0: online
    qint64 m_backoffMs = 0;
    std::deque<Key> m_queue;
    QHash<quint64, QNetworkReply*> m_inFlight;
    int m_requestCount = 0;
    qint64 m_bytesSinceTrim = 0;
    QFuture<void> m_trim;
    QTimer m_arrivalTimer;                            // batches tilesArrived()
    std::unique_ptr<QNetworkAccessManager> m_network; // last: destroyed first
};

} // namespace tp::ui
