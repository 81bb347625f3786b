#pragma once
// OpenPreview: brings the map of a project being opened to the GUI thread before its accounts are
// read. Opening a million-account project takes seconds, nearly all of them the accounts, which
// the reader reads last (ProjectReader::BeforeAccounts): what came before them (units,
// territories, scenarios: small next to the accounts) is copied on the reading thread and handed
// to `show` on the GUI thread, so the window draws the territories while the rest arrives. The
// reading thread waits until the GUI thread has taken the copy (not until it is drawn), so the
// GUI thread must keep its event loop running meanwhile (BackgroundTask does). Lives on the GUI thread and outlives the reading (the
// window's opening waits for it); reader()'s function is called on the reading thread, never on
// the GUI thread.

#include "storage/projectreader.h"

#include <QObject>

#include <functional>
#include <memory>

namespace tp::ui {

class OpenPreview : public QObject {
    Q_OBJECT
public:
    using Show = std::function<void(std::shared_ptr<const Project>)>;

    explicit OpenPreview(Show show, QObject* parent = nullptr);

    // For ProjectSession::open on a worker: copies the project read so far and has `show` show it.
    storage::ProjectReader::BeforeAccounts reader();
    // Whether `show` was called.
    bool wasShown() const { return m_shown; }

private:
    Show m_show;
    bool m_shown = false;
};

} // namespace tp::ui
