#include "ui/window/openpreview.h"

#include <QMetaObject>
#include <QSemaphore>

namespace tp::ui {

OpenPreview::OpenPreview(Show show, QObject* parent) : QObject(parent), m_show(std::move(show)) {}

storage::ProjectReader::BeforeAccounts OpenPreview::reader() {
    return [this](const Project& partial) {
        auto copy = std::make_shared<Project>(partial);
        copy->reindex();
        // Goes on once the GUI thread has the copy: the map is drawn while the accounts are read,
        // and always before the opening ends (the GUI thread shows it before it learns of the end).
        QSemaphore taken;
        QMetaObject::invokeMethod(
            this,
            [this, &taken, copy = std::shared_ptr<const Project>(std::move(copy))] {
                taken.release(); // not touched after this: the reading thread goes on
                m_shown = true;
                m_show(copy);
            },
            Qt::QueuedConnection);
        taken.acquire();
    };
}

} // namespace tp::ui
