#include "clisupport.h"

#include "io/export/cellneutraliser.h"
#include "model/measuredefinition.h"
#include "session/projectsession.h"

#include <QHash>

namespace tp::cli {

bool CliSupport::parse(QCommandLineParser& parser, const QStringList& args, const QString& usage, int minPositional,
                       int maxPositional, QTextStream& out, QTextStream& err, int* exitCode) {
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err << parser.errorText() << "\n" << usage << "\n";
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *exitCode = Ok;
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        err << usage << "\n";
        *exitCode = UsageError;
        return false;
    }
    return true;
}

std::unique_ptr<session::ProjectSession> CliSupport::openSession(const QString& command, const QString& path,
                                                                 QTextStream& err) {
    QString error;
    auto session = session::ProjectSession::open(path, &error);
    if (!session) {
        err << "territory " << command << ": " << error << "\n";
        return session;
    }
    for (const QString& warning : session->openWarnings())
        err << "territory " << command << ": warning: " << warning << "\n";
    if (session->file().isReadOnly())
        err << "territory " << command << ": warning: " << session->file().readOnlyReason() << "\n";
    return session;
}

bool CliSupport::reopenIfChanged(std::unique_ptr<session::ProjectSession>& session, int* retries, QTextStream& err,
                                 QString* error) {
    if (!session->file().isOutdated() || *retries >= maxRetries) return false;
    ++*retries;
    err << "note: the project was changed by another program while this command ran; reading it again and redoing the "
           "command\n";
    const QString path = session->path();
    const qint64 team = session->project().currentTeamId;
    session.reset(); // one connection at a time
    session = session::ProjectSession::open(path, error);
    if (session && session->project().team(team)) session->switchTeam(team, nullptr); // the same team again
    return session != nullptr;
}

QCommandLineOption CliSupport::teamOption() {
    return {QStringLiteral("team"), QStringLiteral("Team id or name (default: the first team)"),
            QStringLiteral("team")};
}

bool CliSupport::selectTeam(session::ProjectSession& session, const QString& wanted, const QString& command,
                            QTextStream& err) {
    if (wanted.isEmpty()) return true;
    const Team* team = session.project().findTeam(wanted);
    QString error;
    if (!team || !session.switchTeam(team->id, &error)) {
        QStringList names;
        for (const Team& t : session.project().teams) names << t.name;
        err << "territory " << command << ": no team '" << wanted
            << "' in this project (teams: " << names.join(QStringLiteral(", ")) << ")\n";
        return false;
    }
    return true;
}

const Scenario* CliSupport::findScenario(const Project& project, const QString& wanted, const QString& command,
                                         QTextStream& err) {
    if (wanted.isEmpty()) {
        if (!project.currentScenario()) err << "territory " << command << ": the project has no scenario\n";
        return project.currentScenario();
    }
    for (const Scenario& s : project.scenarios)
        if (QString::number(s.id) == wanted || s.name.compare(wanted, Qt::CaseInsensitive) == 0) return &s;
    err << "territory " << command << ": no scenario '" << wanted << "' in this project\n";
    return nullptr;
}

const Territory* CliSupport::findTerritory(const Project& project, const Scenario& scenario, const QString& wanted,
                                           const QString& command, QTextStream& err) {
    for (const Territory* t : project.territoriesOf(scenario.id))
        if (t->level == Territory::Level::Territory
            && (QString::number(t->id) == wanted || t->name.compare(wanted, Qt::CaseInsensitive) == 0))
            return t;
    err << "territory " << command << ": no territory '" << wanted << "' in scenario '" << scenario.name << "'\n";
    return nullptr;
}

bool CliSupport::percentValue(QString text, double* out) {
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('%'))) text.chop(1);
    bool ok = false;
    *out = text.trimmed().toDouble(&ok);
    return ok && *out >= 0 && *out <= 100;
}

int CliSupport::findMeasure(const std::vector<MeasureDefinition>& catalogue, const QString& wanted) {
    const QString w = wanted.trimmed().toLower();
    for (std::size_t i = 0; i < catalogue.size(); ++i)
        if (catalogue[i].name.toLower() == w || catalogue[i].column.toLower() == w) return int(i);
    // Short names for the built-ins.
    const QHash<QString, MeasureDefinition::Kind> aliases{
        {"workload", MeasureDefinition::Kind::WorkloadHours},     {"hours", MeasureDefinition::Kind::WorkloadHours},
        {"accounts", MeasureDefinition::Kind::AccountCount},      {"count", MeasureDefinition::Kind::AccountCount},
        {"potential", MeasureDefinition::Kind::RevenuePotential}, {"revenue", MeasureDefinition::Kind::Revenue},
        {"pipeline", MeasureDefinition::Kind::Pipeline}};
    if (aliases.contains(w))
        for (std::size_t i = 0; i < catalogue.size(); ++i)
            if (catalogue[i].kind == aliases.value(w)) return int(i);
    return -1;
}

QString CliSupport::csvField(const QString& text) {
    bool number = false;
    text.toDouble(&number);
    QString field = number ? text : io::CellNeutraliser::neutralised(text);
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n')))
        field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return field;
}

} // namespace tp::cli
