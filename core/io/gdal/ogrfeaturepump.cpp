#include "io/gdal/ogrfeaturepump.h"

#include "io/gdal/gdalsession.h"

namespace tp::io {

OgrFeaturePump::OgrFeaturePump(OGRLayer* layer, std::function<void(GdalSession&)> threadSetup)
    : m_worker([this, layer, setup = std::move(threadSetup)] {
          layer->ResetReading();
          run(
              [layer](PumpedFeature& out) {
                  out.feature.reset(layer->GetNextFeature());
                  return bool(out.feature);
              },
              setup);
      }) {}

OgrFeaturePump::OgrFeaturePump(Source source) : m_worker([this, source = std::move(source)] { run(source, {}); }) {}

OgrFeaturePump::~OgrFeaturePump() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void OgrFeaturePump::run(const Source& source, const std::function<void(GdalSession&)>& threadSetup) {
    GdalSession session; // this thread's GDAL messages are collected, not printed
    if (threadSetup) threadSetup(session);
    bool more = true;
    while (more) {
        Batch batch;
        batch.reserve(batchSize);
        while (batch.size() < batchSize) {
            PumpedFeature feature;
            if (!source(feature)) {
                more = false;
                break;
            }
            batch.push_back(std::move(feature));
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_queue.size() < maxQueued; });
        if (m_stop) return;
        std::vector<Batch> returned = std::move(m_returned);
        m_returned.clear();
        if (!batch.empty()) m_queue.push_back(std::move(batch));
        if (!more) {
            m_messages = session.messages();
            m_done = true;
        }
        lock.unlock();
        m_changed.notify_all();
        returned.clear(); // frees the features the caller is done with, on this thread
    }
}

bool OgrFeaturePump::next(Batch& batch) {
    std::unique_lock lock(m_mutex);
    if (!batch.empty() && !m_done) m_returned.push_back(std::move(batch));
    batch.clear();
    m_changed.wait(lock, [this] { return m_done || !m_queue.empty(); });
    if (m_queue.empty()) return false;
    batch = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

} // namespace tp::io
