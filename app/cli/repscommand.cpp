#include "repscommand.h"

#include "clisupport.h"

#include "io/export/outputfile.h"
#include "io/export/outputguard.h"
#include "io/import/postalcodeindex.h"
#include "io/import/repimporter.h"
#include "optimize/repmatcher.h"
#include "model/metricsengine.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace tp::cli {
namespace {

constexpr int SomeRowsRejected = 3;

const char* const repsUsage =
    "usage: territory reps list PROJECT [--format table|csv|json]\n"
    "       territory reps import PROJECT FILE [--column FIELD=HEADER]... [--rejected FILE]\n"
    "       territory reps add PROJECT NAME [REP OPTIONS]\n"
    "       territory reps edit PROJECT REP [--name NAME] [REP OPTIONS]\n"
    "       territory reps remove PROJECT REP\n"
    "       territory reps suggest PROJECT [--apply] [--format table|json]\n"
    "       territory reps leave PROJECT REP [--to REP | --split]   (its territories go vacant, to another rep,\n"
    "                                                   or split among the neighbouring territories)\n"
    "REP is an id, a CRM user id or a name. REP OPTIONS: --crm-id ID --email E --role field|inside|overlay\n"
    "  --zip ZIP | --home LON,LAT  --home-label TEXT --capacity HOURS --quota AMOUNT\n"
    "  --industries A;B --segments A;B --start YYYY-MM-DD";

void list(const Project& p, const QString& format, QTextStream& out) {
    QHash<qint64, QStringList> owned;
    for (const Territory* t : p.territoriesOf(p.currentScenarioId))
        if (t->repId && t->level == Territory::Level::Territory) owned[t->repId] << t->name;
    if (format == QLatin1String("json")) {
        QJsonArray reps;
        for (const Rep& r : p.reps) {
            QJsonObject o{{"id", r.id},
                          {"name", r.name},
                          {"crmUserId", r.crmUserId},
                          {"email", r.email},
                          {"role", Rep::roleName(r.role)},
                          {"homeLabel", r.homeLabel},
                          {"capacityHours", r.capacityHours},
                          {"quota", r.quota},
                          {"industries", QJsonArray::fromStringList(r.skills)},
                          {"segments", QJsonArray::fromStringList(r.segments)},
                          {"territories", QJsonArray::fromStringList(owned.value(r.id))}};
            if (r.hasHome()) o.insert("home", QJsonArray{r.home.lon, r.home.lat});
            if (r.startDate.isValid()) o.insert("startDate", r.startDate.toString(Qt::ISODate));
            reps.append(o);
        }
        out << QJsonDocument(reps).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == QLatin1String("csv")) {
        out << "id,name,crm_user_id,email,role,home_label,longitude,latitude,capacity_hours,quota,industries,segments,"
               "start_date,territories\n";
        for (const Rep& r : p.reps)
            out << r.id << ',' << CliSupport::csvField(r.name) << ',' << CliSupport::csvField(r.crmUserId) << ','
                << CliSupport::csvField(r.email) << ',' << Rep::roleName(r.role) << ','
                << CliSupport::csvField(r.homeLabel) << ','
                << (r.hasHome() ? QString::number(r.home.lon, 'g', 10) : QString()) << ','
                << (r.hasHome() ? QString::number(r.home.lat, 'g', 10) : QString()) << ',' << r.capacityHours << ','
                << r.quota << ',' << CliSupport::csvField(r.skills.join(';')) << ','
                << CliSupport::csvField(r.segments.join(';')) << ',' << r.startDate.toString(Qt::ISODate) << ','
                << CliSupport::csvField(owned.value(r.id).join(';')) << "\n";
        return;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
               .arg(QStringLiteral("id"), 4)
               .arg(QStringLiteral("name"), -24)
               .arg(QStringLiteral("crm user id"), -14)
               .arg(QStringLiteral("role"), -7)
               .arg(QStringLiteral("home"), -22)
               .arg(QStringLiteral("capacity"), 8)
               .arg(QStringLiteral("quota"), 12)
               .arg(QStringLiteral("territories"));
    for (const Rep& r : p.reps)
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                   .arg(r.id, 4)
                   .arg(r.name, -24)
                   .arg(r.crmUserId, -14)
                   .arg(Rep::roleName(r.role), -7)
                   .arg(r.hasHome() ? r.homeLabel : QStringLiteral("-"), -22)
                   .arg(r.capacityHours, 8, 'f', 0)
                   .arg(r.quota, 12, 'f', 0)
                   .arg(owned.value(r.id).join(QStringLiteral(", ")))
                   .remove(QRegularExpression(QStringLiteral("\\s+$")))
            << "\n";
}

const Rep* findRep(const Project& p, const QString& wanted, QTextStream& err) {
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    if (isId)
        if (const Rep* r = p.rep(id)) return r;
    for (const Rep& r : p.reps)
        if (!r.crmUserId.isEmpty() && r.crmUserId == wanted) return &r;
    const Rep* byName = nullptr;
    for (const Rep& r : p.reps) {
        if (r.name.compare(wanted, Qt::CaseInsensitive) != 0) continue;
        if (byName) {
            err << "territory reps: several reps are called '" << wanted << "': use the id or the CRM user id\n";
            return nullptr;
        }
        byName = &r;
    }
    if (!byName) err << "territory reps: no rep '" << wanted << "' (give an id, a CRM user id or a name)\n";
    return byName;
}

// Applies the REP OPTIONS to `rep`; false (and a message) on a value that cannot be read.
bool applyOptions(const QCommandLineParser& parser, Rep& rep, const io::PostalCodeIndex* zips, QTextStream& err) {
    auto set = [&](const char* name) { return parser.isSet(QString::fromLatin1(name)); };
    auto value = [&](const char* name) { return parser.value(QString::fromLatin1(name)).trimmed(); };
    if (set("name")) rep.name = value("name");
    if (set("crm-id")) rep.crmUserId = value("crm-id");
    if (set("email")) rep.email = value("email");
    if (set("role") && !Rep::roleFromName(value("role"), &rep.role)) {
        err << "territory reps: --role must be field, inside or overlay, not '" << value("role") << "'\n";
        return false;
    }
    for (const char* name : {"capacity", "quota"}) {
        if (!set(name)) continue;
        bool ok = false;
        const double v = value(name).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0) {
            err << "territory reps: --" << name << " must be a number of zero or more, not '" << value(name) << "'\n";
            return false;
        }
        (QLatin1String(name) == QLatin1String("capacity") ? rep.capacityHours : rep.quota) = v;
    }
    if (set("industries")) rep.skills = io::RepImporter::splitList(value("industries"));
    if (set("segments")) rep.segments = io::RepImporter::splitList(value("segments"));
    if (set("start")) {
        rep.startDate = value("start").isEmpty() ? QDate() : io::RepImporter::parseDate(value("start"));
        if (!value("start").isEmpty() && !rep.startDate.isValid()) {
            err << "territory reps: --start '" << value("start") << "' is not a date (yyyy-mm-dd)\n";
            return false;
        }
    }
    if (set("home")) {
        const QStringList parts = value("home").split(QLatin1Char(','));
        bool okLon = false, okLat = false;
        const double lon = parts.value(0).toDouble(&okLon), lat = parts.value(1).toDouble(&okLat);
        if (parts.size() != 2 || !okLon || !okLat || std::abs(lon) > 180 || std::abs(lat) > 90) {
            err << "territory reps: --home must be LON,LAT in degrees, not '" << value("home") << "'\n";
            return false;
        }
        rep.home = {lon, lat};
        if (!set("home-label")) rep.homeLabel.clear();
    } else if (set("zip")) {
        const QString zip = io::PostalCodeIndex::normalize(value("zip"));
        const std::optional<io::PostalCodePlace> place = zips ? zips->find(zip) : std::nullopt;
        if (!place) {
            err << "territory reps: --zip '" << value("zip") << "' is not a known US ZIP code\n";
            return false;
        }
        rep.home = place->location;
        rep.homeLabel = place->city.isEmpty() ? zip : QStringLiteral("%1, %2").arg(place->city, place->state);
    }
    if (set("home-label")) rep.homeLabel = value("home-label");
    return true;
}

bool writeRejected(const QString& path, const io::OutputGuard& guard, const std::vector<io::RejectedRow>& rows,
                   QString* error) {
    QString text = QStringLiteral("line,reason\n");
    for (const io::RejectedRow& r : rows)
        text += QString::number(r.line) + QLatin1Char(',') + CliSupport::csvField(r.reason) + QLatin1Char('\n');
    io::OutputFile file(path, guard);
    return file.open(error) && file.write(text.toUtf8(), error) && file.commit(error);
}

QString repName(const Project& p, qint64 id) {
    const Rep* r = id ? p.rep(id) : nullptr;
    return r ? r->name : QStringLiteral("(vacant)");
}

int suggest(std::unique_ptr<session::ProjectSession>& session, bool apply, const QString& format, QTextStream& out,
            QTextStream& err) {
    QString error;
    for (int retries = 0;;) {
        const Project& p = session->project();
        const optimize::RepMatchResult result = optimize::RepMatcher::suggest(p, p.currentScenarioId);
        if (!result.ok) {
            err << "territory reps: " << result.error << "\n";
            return Failure;
        }
        if (format == QLatin1String("json")) {
            QJsonArray rows;
            for (const optimize::RepMatch& m : result.territories)
                rows.append(QJsonObject{{"territory", p.territory(m.territoryId)->name},
                                        {"current", repName(p, m.currentRep)},
                                        {"suggested", repName(p, m.suggestedRep)},
                                        {"changes", m.changes()},
                                        {"travelKm", m.suggestedTravelKm},
                                        {"currentCost", m.currentCost},
                                        {"suggestedCost", m.suggestedCost}});
            out << QJsonDocument(QJsonObject{{"territories", rows},
                                             {"currentCost", result.currentTotal},
                                             {"suggestedCost", result.suggestedTotal},
                                             {"changes", result.changed()}})
                       .toJson(QJsonDocument::Indented);
        } else {
            out << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(QStringLiteral("territory"), -24)
                       .arg(QStringLiteral("now"), -24)
                       .arg(QStringLiteral("suggested"), -24)
                       .arg(QStringLiteral("travel km"), 9);
            for (const optimize::RepMatch& m : result.territories)
                out << QStringLiteral("%1  %2  %3  %4%5\n")
                           .arg(p.territory(m.territoryId)->name, -24)
                           .arg(repName(p, m.currentRep), -24)
                           .arg(repName(p, m.suggestedRep), -24)
                           .arg(m.suggestedTravelKm, 9, 'f', 0)
                           .arg(m.changes() ? QStringLiteral("  *") : QString());
            out << QStringLiteral("%1 of %2 territories change owner; cost %3 -> %4\n")
                       .arg(result.changed())
                       .arg(result.territories.size())
                       .arg(result.currentTotal, 0, 'f', 2)
                       .arg(result.suggestedTotal, 0, 'f', 2);
        }
        if (!apply || result.changed() == 0) return Ok;
        std::vector<std::pair<qint64, qint64>> changes;
        for (const optimize::RepMatch& m : result.territories)
            if (m.changes()) changes.emplace_back(m.territoryId, m.suggestedRep);
        session::EditFacade facade(*session);
        if (facade.setTerritoryReps(changes, &error)) {
            if (format != QLatin1String("json"))
                out << "Applied: " << changes.size() << " territories have a new owner (one undo step)\n";
            return Ok;
        }
        if (!CliSupport::reopenIfChanged(session, &retries, err, &error)) {
            err << "territory reps: " << error << "\n";
            return Failure;
        }
    }
}

} // namespace

int RepsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QStringLiteral(".\n") + QString::fromLatin1(repsUsage)
        + QStringLiteral("\nImport columns are detected from their headers (Name, User Id/Owner Id, Email, Role,"
                         " Home ZIP, Longitude/Latitude, Capacity Hours, Quota, Industries, Segments, Start Date);"
                         " --column names one, FIELD among: ")
        +
        [] {
            QStringList names;
            for (int f = 0; f < io::repFieldCount; ++f) names << io::RepImporter::fieldName(io::RepField(f));
            return names.join(QStringLiteral(", "));
        }()
        + QStringLiteral(".\nExit codes: 0 done, 1 refused or failed, 2 usage error, 3 some import rows rejected (the "
                         "rest imported)."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list, import, add, edit, remove, suggest or leave"));
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("leave: the rep who takes the territories (default: they stay vacant)"),
                      QStringLiteral("rep")});
    parser.addOption(
        {QStringLiteral("split"),
         QStringLiteral("leave: split the territories among the neighbouring territories, balanced by workload")});
    parser.addOption({QStringLiteral("apply"),
                      QStringLiteral("suggest: give the territories to the suggested reps (one undo step)")});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("list: table (default), csv or json"),
                      QStringLiteral("format"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("column"), QStringLiteral("import: FIELD=HEADER, the file's column for a field"),
                      QStringLiteral("mapping")});
    parser.addOption({QStringLiteral("rejected"),
                      QStringLiteral("import: write the rejected rows (line, reason) to this CSV file"),
                      QStringLiteral("file")});
    for (const auto& [name, help] : std::initializer_list<std::pair<const char*, const char*>>{
             {"name", "edit: the new name"},
             {"crm-id", "CRM user id (what the CRM owner column writes)"},
             {"email", "e-mail"},
             {"role", "field, inside or overlay"},
             {"zip", "home by US ZIP code"},
             {"home", "home as LON,LAT"},
             {"home-label", "how the home is shown"},
             {"capacity", "workload hours per year"},
             {"quota", "quota"},
             {"industries", "industries, separated by ;"},
             {"segments", "segments, separated by ;"},
             {"start", "start date (yyyy-mm-dd)"}})
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("value")});
    int exitCode = Ok;
    const QString usage = QString::fromLatin1(repsUsage);
    if (!CliSupport::parse(parser, args, usage, 2, 3, out, err, &exitCode)) return exitCode;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos[0];
    const QHash<QString, int> arity{{QStringLiteral("list"), 2},   {QStringLiteral("import"), 3},
                                    {QStringLiteral("add"), 3},    {QStringLiteral("edit"), 3},
                                    {QStringLiteral("remove"), 3}, {QStringLiteral("suggest"), 2},
                                    {QStringLiteral("leave"), 3}};
    if (!arity.contains(action) || arity.value(action) != pos.size()) {
        err << usage << "\n";
        return UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")
        && (format != QLatin1String("csv") || action == QLatin1String("suggest"))) {
        err << "territory reps: --format must be table, csv or json\n";
        return UsageError;
    }
    io::RepImportOptions options;
    for (const QString& c : parser.values(QStringLiteral("column"))) {
        const qsizetype eq = c.indexOf(QLatin1Char('='));
        io::RepField field;
        if (eq <= 0 || !io::RepImporter::fieldFromName(c.left(eq), &field)) {
            err << "territory reps: --column '" << c << "' is not FIELD=HEADER with a known field (see --help)\n";
            return UsageError;
        }
        options.columns.insert(field, c.mid(eq + 1));
    }
    const io::OutputGuard guard(pos[1]);
    if (parser.isSet(QStringLiteral("rejected"))) {
        if (const QString problem = guard.problem(parser.value(QStringLiteral("rejected"))); !problem.isEmpty()) {
            err << "territory reps: --rejected: " << problem << "\n";
            return UsageError;
        }
    }
    // The postal points only when a ZIP code is to be looked up.
    io::PostalCodeIndex zips;
    const bool needZips = parser.isSet(QStringLiteral("zip")) || action == QLatin1String("import");
    if (needZips && !zips.loadBundled()) {
        err << "territory reps: the bundled postal codes could not be read: " << zips.error() << "\n";
        return Failure;
    }
    auto session = CliSupport::openSession(name(), pos[1], err);
    if (!session) return Failure;
    if (action == QLatin1String("list")) {
        list(session->project(), format, out);
        return Ok;
    }

    if (action == QLatin1String("suggest"))
        return suggest(session, parser.isSet(QStringLiteral("apply")), format, out, err);

    io::RepImportResult imported;
    if (action == QLatin1String("import")) {
        options.path = pos[2];
        options.postalCodes = &zips;
        imported = io::RepImporter::importReps(options);
        if (!imported.ok) {
            err << "territory reps: " << imported.error << "\n";
            return Failure;
        }
        for (const QString& w : imported.warnings) err << "warning: " << w << "\n";
        for (const io::RejectedRow& r : imported.rejected) err << "line " << r.line << ": " << r.reason << "\n";
        QString error;
        if (parser.isSet(QStringLiteral("rejected"))
            && !writeRejected(parser.value(QStringLiteral("rejected")), guard, imported.rejected, &error)) {
            err << "territory reps: " << error << "\n";
            return Failure;
        }
    }

    // Redone on the fresh project when another program changed it after it was read.
    QString error;
    for (int retries = 0;;) {
        session::EditFacade facade(*session);
        const Project& p = session->project();
        bool ok = false;
        QString done;
        if (action == QLatin1String("import")) {
            int added = 0, changed = 0;
            ok = imported.reps.empty() || facade.importReps(imported.reps, &error, &added, &changed);
            done = QStringLiteral("Imported %1: %2 reps added, %3 updated, %4 rows rejected")
                       .arg(QFileInfo(pos[2]).fileName())
                       .arg(added)
                       .arg(changed)
                       .arg(imported.rejected.size());
        } else if (action == QLatin1String("add")) {
            Rep rep;
            rep.name = pos[2];
            if (!applyOptions(parser, rep, &zips, err)) return UsageError;
            const qint64 id = facade.addRep(rep, &error);
            ok = id != 0;
            done = QStringLiteral("Added rep %1: %2").arg(id).arg(rep.name.trimmed());
        } else {
            const Rep* found = findRep(p, pos[2], err);
            if (!found) return Failure;
            Rep rep = *found;
            if (action == QLatin1String("leave")) {
                const Rep* heir =
                    parser.isSet(QStringLiteral("to")) ? findRep(p, parser.value(QStringLiteral("to")), err) : nullptr;
                if (parser.isSet(QStringLiteral("to")) && !heir) return Failure;
                std::vector<std::pair<qint64, qint64>> handoff;
                QStringList lines;
                for (const Territory* t : p.territoriesOf(p.currentScenarioId)) {
                    if (t->repId != rep.id) continue;
                    handoff.emplace_back(t->id, heir ? heir->id : 0);
                    const TerritoryMetrics* m = session->metrics().metricsOf(t->id);
                    lines << QStringLiteral("  %1: %2 accounts, %3 workload hours -> %4")
                                 .arg(t->name)
                                 .arg(m ? m->accounts : 0)
                                 .arg(m ? m->workloadHours : 0.0, 0, 'f', 0)
                                 .arg(heir ? heir->name : QStringLiteral("vacant"));
                }
                if (handoff.empty()) {
                    err << "territory reps: " << rep.name << " owns no territory in the current scenario\n";
                    return Failure;
                }
                if (parser.isSet(QStringLiteral("split"))) {
                    if (heir) {
                        err << "territory reps: leave takes --to or --split, not both\n";
                        return UsageError;
                    }
                    std::vector<qint64> territories;
                    for (const auto& [territory, to] : handoff) territories.push_back(territory);
                    lines.clear();
                    ok = facade.splitAmongNeighbours(territories, &lines, &error);
                    for (QString& line : lines) line.prepend(QStringLiteral("  "));
                } else {
                    ok = facade.setTerritoryReps(handoff, &error);
                }
                done = QStringLiteral("%1 leaves; handoff:\n%2").arg(rep.name, lines.join(QLatin1Char('\n')));
            } else if (action == QLatin1String("edit")) {
                if (!applyOptions(parser, rep, &zips, err)) return UsageError;
                ok = facade.updateRep(rep, &error);
                done = QStringLiteral("Changed rep %1: %2").arg(rep.id).arg(rep.name);
            } else {
                ok = facade.removeRep(rep.id, &error);
                done = QStringLiteral("Removed rep %1: %2").arg(rep.id).arg(rep.name);
            }
        }
        if (ok) {
            out << done << "\n";
            break;
        }
        if (!CliSupport::reopenIfChanged(session, &retries, err, &error)) {
            err << "territory reps: " << error << "\n";
            return Failure;
        }
    }
    if (action == QLatin1String("import")) {
        if (imported.reps.empty()) return Failure;
        return imported.rejected.empty() ? Ok : SomeRowsRejected;
    }
    return Ok;
}

} // namespace tp::cli
