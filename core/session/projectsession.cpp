#include "projectsession.h"

#include <QCoreApplication>

#include "planfacts.h"
#include "sessionnotifier.h"

#include "io/export/outputguard.h"
#include "model/parentlinks.h"

namespace tp::session {

ProjectSession::ProjectSession()
    : m_notifier(std::make_unique<SessionNotifier>()), m_facts(std::make_unique<PlanFacts>(m_project, *m_notifier)) {}

ProjectSession::~ProjectSession() = default;

std::unique_ptr<ProjectSession> ProjectSession::open(const QString& path, QString* error,
                                                     const storage::ProjectReader::BeforeAccounts& beforeAccounts) {
    std::unique_ptr<ProjectSession> session(new ProjectSession);
    session->m_file = storage::ProjectFile::open(path, &session->m_project, error, beforeAccounts);
    if (!session->m_file) return nullptr;
    // A file from elsewhere may make a territory or scenario its own ancestor; every parent walk
    // is bounded anyway, and the cut link is shown as "no parent" with a word to the user.
    // What the file itself had to say (a current-scenario pointer that named no scenario).
    session->m_openWarnings = session->m_file->warnings() + ParentLinks::breakCycles(session->m_project);
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

bool ProjectSession::saveAs(const QString& path, QString* error) {
    const io::OutputGuard guard(this->path());
    if (guard.isProjectFile(path)) return true;
    if (!guard.allows(path, error)) return false;
    return m_file->saveAs(path, m_project, error);
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

bool ProjectSession::switchTeam(qint64 teamId, QString* error) {
    if (!m_project.team(teamId)) {
        if (error)
            *error = QCoreApplication::translate("ProjectSession", "There is no team %1 in this project.").arg(teamId);
        return false;
    }
    if (teamId == m_project.currentTeamId) return true;
    m_project.setCurrentTeam(teamId);
    m_metrics->currentTeamChanged();
    emit m_notifier->currentTeamChanged(teamId);
    // Every view of the plan (map, docks, labels) shows another plan now, as after a scenario switch.
    emit m_notifier->currentScenarioChanged(m_project.currentScenarioId);
    return true;
}

ScenarioDiff ProjectSession::compareScenarios(qint64 scenarioA, qint64 scenarioB) {
    const Scenario* a = m_project.scenario(scenarioA);
    const Scenario* b = m_project.scenario(scenarioB);
    if (!a || !b) return {};
    const qint64 current = m_metrics->scenarioId();
    m_metrics->recompute(scenarioA);
    const std::vector<TerritoryMetrics> metricsA = m_metrics->territories();
    m_metrics->recompute(scenarioB);
    const std::vector<TerritoryMetrics> metricsB = m_metrics->territories();
    m_metrics->recompute(current);
    return ScenarioComparison::compare(m_project, *a, *b, metricsA, metricsB);
}

} // namespace tp::session
