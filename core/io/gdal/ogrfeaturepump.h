#pragma once
// OgrFeaturePump: reads features on a worker thread, in batches, so that parsing overlaps the
// caller's decoding and validation (the two take about as long each for a large CSV; on 2 cores
// this nearly halves an import). The features come from an OGR layer or from any source function
// (CSV records made into features). While the pump runs, only its worker touches the layer or
// the source. Owned by the importing thread; the destructor stops and joins the worker.

#include <QStringList>

#include <ogrsf_frmts.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tp::io {

class GdalSession;

// One feature and, for text tables, where its record was in the file.
struct PumpedFeature {
    OGRFeatureUniquePtr feature;
    int line = 0;               // text tables: the record's first line (0: not a text table)
    int lineCount = 1;          // lines the record spans
    int values = -1;            // values in the record (-1: not a text table)
    bool unclosedQuote = false; // the record is a line with a quote that is never closed
};

class OgrFeaturePump {
public:
    using Batch = std::vector<PumpedFeature>;
    using Source = std::function<bool(PumpedFeature&)>; // fills the next feature; false at the end

    // threadSetup runs on the worker before reading (e.g. thread-local GDAL configuration).
    explicit OgrFeaturePump(OGRLayer* layer, std::function<void(GdalSession&)> threadSetup = {});
    explicit OgrFeaturePump(Source source);
    ~OgrFeaturePump();
    OgrFeaturePump(const OgrFeaturePump&) = delete;
    OgrFeaturePump& operator=(const OgrFeaturePump&) = delete;

    // The next batch in layer order; false when the layer is exhausted. The previous contents of
    // `batch` go back to the worker to be freed there: freeing GDAL's many small allocations on
    // the thread that made them avoids contention on the allocator's per-thread arenas.
    bool next(Batch& batch);
    // GDAL's warnings and errors on the worker while reading (e.g. "Limiting number of columns to
    // 2000"), once next() has returned false.
    const QStringList& messages() const { return m_messages; }

private:
    void run(const Source& source, const std::function<void(GdalSession&)>& threadSetup);

    static constexpr std::size_t batchSize = 2048;
    static constexpr std::size_t maxQueued = 8;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_returned;
    bool m_done = false;
    bool m_stop = false;
    QStringList m_messages;
    std::thread m_worker;
};

} // namespace tp::io
