#include "projectsession.h"

namespace tp::session {

std::unique_ptr<ProjectSession> ProjectSession::open(const QString& path, QString* error) {
    std::unique_ptr<ProjectSession> session(new ProjectSession);
    session->m_file = storage::ProjectFile::open(path, &session->m_project, error);
    if (!session->m_file) return nullptr;
    session->m_metrics = std::make_unique<MetricsEngine>(session->m_project);
    return session;
}

std::unique_ptr<ProjectSession> ProjectSession::create(const QString& path, Project project, QString* error) {
    std::unique_ptr<ProjectSession> session(new ProjectSession);
    session->m_project = std::move(project);
    session->m_project.reindex();
    session->m_file = storage::ProjectFile::create(path, session->m_project, error);
    if (!session->m_file) return nullptr;
    session->m_metrics = std::make_unique<MetricsEngine>(session->m_project);
    return session;
}

bool ProjectSession::switchScenario(qint64 scenarioId, QString* error) {
    if (!m_project.scenario(scenarioId)) {
        if (error) *error = QStringLiteral("There is no scenario %1 in this project.").arg(scenarioId);
        return false;
    }
    if (!m_file->setCurrentScenario(scenarioId, nullptr, error)) return false;
    m_project.currentScenarioId = scenarioId;
    m_metrics->recompute(scenarioId);
    return true;
}

} // namespace tp::session
