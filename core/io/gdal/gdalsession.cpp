#include "io/gdal/gdalsession.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

namespace tp::io {

GdalSession::GdalSession() {
    GDALAllRegister();
    CPLPushErrorHandlerEx([](CPLErr errorClass, CPLErrorNum number,
                             const char* message) { handler(int(errorClass), int(number), message); },
                          this);
    CPLErrorReset();
}

GdalSession::~GdalSession() {
    for (std::size_t i = m_savedConfig.size(); i-- > 0;)
        CPLSetThreadLocalConfigOption(m_savedConfig[i].first.constData(),
                                      m_hadConfig[i] ? m_savedConfig[i].second.constData() : nullptr);
    CPLPopErrorHandler();
}

void GdalSession::setThreadConfig(const char* key, const char* value) {
    const char* previous = CPLGetThreadLocalConfigOption(key, nullptr);
    m_savedConfig.emplace_back(QByteArray(key), QByteArray(previous ? previous : ""));
    m_hadConfig.push_back(previous != nullptr);
    CPLSetThreadLocalConfigOption(key, value);
}

void GdalSession::handler(int errorClass, int, const char* message) {
    // The user data of the handler on top of this thread's stack is the session that pushed it.
    auto* self = static_cast<GdalSession*>(CPLGetErrorHandlerUserData());
    if (!self || errorClass == CE_Debug || !message) return;
    self->m_messages.append(QString::fromUtf8(message));
    if (self->m_messages.size() > 100) self->m_messages.removeFirst(); // bounded on noisy files
}

} // namespace tp::io
