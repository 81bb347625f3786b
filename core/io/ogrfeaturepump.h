#pragma once
// OgrFeaturePump: reads a layer's features on a worker thread, in batches, so that GDAL's parsing
// overlaps the caller's decoding and validation (the two take about as long each for a large
// CSV; on 2 cores this nearly halves an import). While the pump runs, only its worker touches
// the layer. Owned by the importing thread; the destructor stops and joins the worker.

#include <ogrsf_frmts.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tp::io {

class GdalSession;

class OgrFeaturePump {
public:
    using Batch = std::vector<OGRFeatureUniquePtr>;

    // threadSetup runs on the worker before reading (e.g. thread-local GDAL configuration).
    explicit OgrFeaturePump(OGRLayer* layer, std::function<void(GdalSession&)> threadSetup = {});
    ~OgrFeaturePump();
    OgrFeaturePump(const OgrFeaturePump&) = delete;
    OgrFeaturePump& operator=(const OgrFeaturePump&) = delete;

    // The next batch in layer order; false when the layer is exhausted. The previous contents of
    // `batch` go back to the worker to be freed there: freeing GDAL's many small allocations on
    // the thread that made them avoids contention on the allocator's per-thread arenas.
    bool next(Batch& batch);

private:
    void run(OGRLayer* layer, const std::function<void(GdalSession&)>& threadSetup);

    static constexpr std::size_t batchSize = 2048;
    static constexpr std::size_t maxQueued = 8;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_returned;
    bool m_done = false;
    bool m_stop = false;
    std::thread m_worker;
};

} // namespace tp::io
