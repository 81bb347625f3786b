#pragma once
// TeamEditor: creates, changes and deletes the teams (territory models) of an open project:
// each change is written to the project file in one transaction with its change-log line, then
// made in memory, the metrics rebuilt when the current team's accounts changed, and
// SessionNotifier::teamsChanged() announced. Team edits are not on the undo stacks (they change
// what the plans mean, not a plan); deleting a team asks the caller to confirm first.
// Used through EditFacade by the app and directly by the CLI; the thread that owns the session.

#include "model/team.h"

#include <QCoreApplication>
#include <QString>

namespace tp::session {

class ProjectSession;

class TeamEditor {
    Q_DECLARE_TR_FUNCTIONS(TeamEditor)
public:
    explicit TeamEditor(ProjectSession& session) : m_session(session) {}

    // A new team with no territories yet (in every scenario); its id, or 0 and *error.
    qint64 createTeam(const QString& name, Team::Kind kind, const AccountRule& rule, QString* error);
    bool renameTeam(qint64 teamId, const QString& name, QString* error);
    // Kind, rule and the hand-picked accounts (ids) of a team.
    bool setTeamRule(qint64 teamId, Team::Kind kind, const AccountRule& rule, const QSet<qint64>& included,
                     const QSet<qint64>& excluded, QString* error);
    // Removes the team with its territories and plans in every scenario. The last team stays.
    bool deleteTeam(qint64 teamId, QString* error);

private:
    bool checkName(const QString& name, qint64 exceptTeam, QString* error) const;
    bool write(const Team& team, const QString& kind, const QString& text, QString* error);

    ProjectSession& m_session;
};

} // namespace tp::session
