#pragma once
// DemoCopy: a writable copy of the bundled demo project for GUI tests. The demo opens on its
// approved plan of record, and editing an approved scenario asks first (copy or reopen); tests
// that exercise the editing tools themselves take the copy with its current scenario as a draft.
#include "session/planeditor.h"
#include "session/projectsession.h"

#include <QFile>
#include <QString>

namespace tp::testsupport {

enum class DemoScenario { AsBundled, Draft };

inline bool copyDemo(const QString& path, DemoScenario scenario) {
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), path)) return false;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (scenario == DemoScenario::AsBundled) return true;
    QString error;
    auto session = session::ProjectSession::open(path, &error);
    if (!session) return false;
    session::PlanEditor editor(*session);
    return editor.setScenarioStatus(session->project().currentScenarioId, Scenario::Status::Draft, &error);
}

} // namespace tp::testsupport
