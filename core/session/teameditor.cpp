#include "teameditor.h"

#include "editrefusal.h"
#include "planeditor.h"
#include "projectsession.h"
#include "sessionnotifier.h"

#include <QJsonDocument>

#include <algorithm>

namespace tp::session {

namespace {

storage::EditLogEntry logEntry(const QString& kind, const QString& text, const Team& team) {
    storage::EditLogEntry e;
    e.user = PlanEditor::currentUser();
    e.kind = kind;
    e.text = text;
    QJsonObject details{{QStringLiteral("team"), team.id},
                        {QStringLiteral("name"), team.name},
                        {QStringLiteral("kind"), Team::kindName(team.kind)},
                        {QStringLiteral("rule"), team.rule.toJson()}};
    e.detailsJson = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return e;
}

} // namespace

bool TeamEditor::checkName(const QString& name, qint64 exceptTeam, QString* error) const {
    if (name.trimmed().isEmpty()) {
        fail(error, tr("A team needs a name."));
        return false;
    }
    for (const Team& t : m_session.project().teams)
        if (t.id != exceptTeam && t.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            fail(error, tr("There is already a team called %1.").arg(t.name));
            return false;
        }
    return true;
}

bool TeamEditor::write(const Team& team, const QString& kind, const QString& text, QString* error) {
    const storage::EditLogEntry log = logEntry(kind, text, team);
    return m_session.file().upsertTeam(team, &log, error);
}

qint64 TeamEditor::createTeam(const QString& name, Team::Kind kind, const AccountRule& rule, QString* error) {
    if (!checkName(name, 0, error)) return 0;
    Project& p = m_session.project();
    Team team;
    team.id = p.nextTeamId();
    team.name = name.trimmed();
    team.kind = kind;
    team.rule = rule;
    if (!write(team, QStringLiteral("create-team"),
               tr("Created team %1 (%2): %3").arg(team.name, Team::kindName(kind), rule.toText()), error))
        return 0;
    p.teams.push_back(team);
    for (Scenario& s : p.scenarios) s.unitsFor(team.id, p.units.size());
    emit m_session.notifier().teamsChanged();
    return team.id;
}

bool TeamEditor::renameTeam(qint64 teamId, const QString& name, QString* error) {
    Project& p = m_session.project();
    Team* current = p.team(teamId);
    if (!current) {
        fail(error, tr("There is no team %1 in this project.").arg(teamId));
        return false;
    }
    if (!checkName(name, teamId, error)) return false;
    Team team = *current;
    team.name = name.trimmed();
    if (!write(team, QStringLiteral("rename-team"), tr("Team %1 renamed to %2").arg(current->name, team.name), error))
        return false;
    *current = team;
    emit m_session.notifier().teamsChanged();
    return true;
}

bool TeamEditor::setTeamRule(qint64 teamId, Team::Kind kind, const AccountRule& rule, const QSet<qint64>& included,
                             const QSet<qint64>& excluded, QString* error) {
    Project& p = m_session.project();
    Team* current = p.team(teamId);
    if (!current) {
        fail(error, tr("There is no team %1 in this project.").arg(teamId));
        return false;
    }
    for (const QSet<qint64>* ids : {&included, &excluded})
        for (qint64 id : *ids)
            if (p.accountIndexById(id) < 0) {
                fail(error, tr("There is no account %1 in this project.").arg(id));
                return false;
            }
    Team team = *current;
    team.kind = kind;
    team.rule = rule;
    team.included = included;
    team.excluded = excluded;
    const QString text = tr("Team %1 (%2) covers: %3; %n account(s) added by hand", nullptr, int(included.size()))
                             .arg(team.name, Team::kindName(kind), rule.toText())
                         + tr(", %n excluded", nullptr, int(excluded.size()));
    if (!write(team, QStringLiteral("team-rule"), text, error)) return false;
    *current = team;
    m_session.metrics().teamAccountsChanged(teamId);
    emit m_session.notifier().teamsChanged();
    return true;
}

bool TeamEditor::deleteTeam(qint64 teamId, QString* error) {
    Project& p = m_session.project();
    const Team* team = p.team(teamId);
    if (!team) {
        fail(error, tr("There is no team %1 in this project.").arg(teamId));
        return false;
    }
    if (p.teams.size() == 1) {
        fail(error, tr("%1 is the only team; a project keeps at least one.").arg(team->name));
        return false;
    }
    const Team copy = *team;
    storage::EditLogEntry log = logEntry(QStringLiteral("delete-team"), tr("Deleted team %1").arg(copy.name), copy);
    if (!m_session.file().deleteTeam(teamId, &log, error)) return false;
    if (teamId == p.currentTeamId) {
        const auto other = std::find_if(p.teams.begin(), p.teams.end(), [&](const Team& t) { return t.id != teamId; });
        m_session.switchTeam(other->id, nullptr);
    }
    for (Scenario& s : p.scenarios) s.dropTeam(teamId);
    std::erase_if(p.territories, [&](const Territory& t) { return t.teamId == teamId; });
    std::erase_if(p.teams, [&](const Team& t) { return t.id == teamId; });
    m_session.metrics().teamAccountsChanged(teamId); // not current any more: its kept rows go
    emit m_session.notifier().teamsChanged();
    return true;
}

} // namespace tp::session
