#pragma once
// ProjectSession: one open project as the application works with it: the in-memory Project, the
// file it is kept in (every edit is written at once) and the live MetricsEngine over its current
// scenario. The session owns all three; the engine refers to the project, so they live and die
// together. It also owns the SessionNotifier through which every change of it is announced, and
// the PlanFacts derived from its plans (stray pieces), computed once for every view. Created by open() or create(); GUI thread (or the CLI's main thread) only.

#include "storage/projectfile.h"

#include "model/metricsengine.h"
#include "model/project.h"
#include "model/scenariocomparison.h"

#include <memory>

namespace tp::session {
class PlanFacts;
class SessionNotifier;
} // namespace tp::session

namespace tp::session {

class ProjectSession {
public:
    // nullptr and *error (a message for the user) when the file cannot be opened.
    // `beforeAccounts` (optional) sees the project before its accounts are read, on this thread.
    static std::unique_ptr<ProjectSession> open(const QString& path, QString* error,
                                                const storage::ProjectReader::BeforeAccounts& beforeAccounts = {});
    // Writes `project` to a new file at `path` (replacing it) and opens it.
    static std::unique_ptr<ProjectSession> create(const QString& path, Project project, QString* error);
    ~ProjectSession();

    Project& project() { return m_project; }
    const Project& project() const { return m_project; }
    storage::ProjectFile& file() { return *m_file; }
    MetricsEngine& metrics() { return *m_metrics; }
    const MetricsEngine& metrics() const { return *m_metrics; }
    SessionNotifier& notifier() { return *m_notifier; }
    PlanFacts& facts() { return *m_facts; }
    QString path() const { return m_file->path(); }
    // What open() repaired in memory and the user should hear about (parent cycles cut).
    const QStringList& openWarnings() const { return m_openWarnings; }

    // Copies the project to `path` and goes on working there (ProjectFile::saveAs). Saving onto the
    // open project itself, under any name or link, has nothing to do (every edit is already
    // written); its working files (-wal, -shm) are refused with a message.
    bool saveAs(const QString& path, QString* error);

    // Makes another scenario current (in the file too) and recomputes the metrics for it.
    bool switchScenario(qint64 scenarioId, QString* error);
    // Makes another team current (not stored: a view's choice): its plan moves into every
    // scenario's unitTerritory/overrides, the metrics are rebuilt for its accounts (about 0.1 s at
    // 1M accounts) and currentTeamChanged() is announced. False and *error for an unknown team.
    bool switchTeam(qint64 teamId, QString* error);
    // What differs between two scenarios, with the metrics of both (the engine is moved to each
    // and back to the current scenario: two full recomputes, about 1 ms each at 1M accounts).
    ScenarioDiff compareScenarios(qint64 scenarioA, qint64 scenarioB);

private:
    ProjectSession();
    Project m_project;
    std::unique_ptr<storage::ProjectFile> m_file;
    std::unique_ptr<MetricsEngine> m_metrics;
    std::unique_ptr<SessionNotifier> m_notifier;
    std::unique_ptr<PlanFacts> m_facts; // listens to m_notifier, so it goes first
    QStringList m_openWarnings;
};

} // namespace tp::session
