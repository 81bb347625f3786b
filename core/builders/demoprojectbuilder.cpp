#include "builders/demoprojectbuilder.h"

#include "io/import/accountlocator.h"
#include "io/import/datapaths.h"
#include "builders/demoaccountgenerator.h"
#include "io/import/postalcodeindex.h"
#include "io/import/unitimporter.h"

#include "optimize/territoryoptimizer.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tp::builders {
namespace {

QJsonObject readDefinition(QString* error) {
    QFile file(QStringLiteral(":/demo/demo-project.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("The demo definition is missing from this build.");
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        *error = QStringLiteral("The demo definition is not valid JSON: %1").arg(parseError.errorString());
    return doc.object();
}

Territory makeTerritory(qint64 id, qint64 scenarioId, const QString& name, const QString& color,
                        Territory::Level level) {
    Territory t;
    t.id = id;
    t.scenarioId = scenarioId;
    t.name = name;
    t.color = color;
    t.level = level;
    return t;
}

} // namespace

bool DemoProjectBuilder::build(const DemoOptions& options, Project* out, QString* error) {
    const QJsonObject def = readDefinition(error);
    if (def.isEmpty()) return false;

    QStringList excluded;
    for (const QJsonValue v : def.value(QStringLiteral("excludedStates")).toArray())
        excluded << QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
    if (!io::UnitImporter::bundledLayers().contains(options.units) || options.units == QLatin1String("states")) {
        *error = QStringLiteral("The demo is built from counties, zip3 or zips, not \"%1\".").arg(options.units);
        return false;
    }
    io::UnitImportOptions unitOptions = io::UnitImporter::bundledOptions(options.units);
    unitOptions.where =
        excluded.isEmpty() ? QString() : QStringLiteral("state_code NOT IN (%1)").arg(excluded.join(QLatin1Char(',')));
    io::UnitImportResult units = io::UnitImporter::importUnits(unitOptions);
    if (!units.ok) {
        *error = units.error;
        return false;
    }
    io::PostalCodeIndex zips;
    if (!zips.loadBundled()) {
        *error = zips.error();
        return false;
    }

    Project p;
    p.title = def.value(QStringLiteral("title")).toString();
    p.units = std::move(units.units);
    p.adjacency = std::move(units.adjacency);
    p.unitPostalCodes = std::move(units.postalCodes);
    p.unitLayer = units.bundledLayer;

    const quint64 seed = options.seed.value_or(quint64(def.value(QStringLiteral("seed")).toInteger()));
    const int accountCount = options.accountCount.value_or(def.value(QStringLiteral("accounts")).toInt(5000));
    DemoRandom random(seed);
    const DemoAccountGenerator generator(def, zips.sortedPlaces());
    p.accounts = generator.generate(accountCount, p.units, random);
    p.workloadRule = generator.workloadRule();
    // ZIP-level units: an account belongs to the area its ZIP names, as an import would place it.
    if (p.unitPostalCodes.isSet()) io::AccountLocator(p.units, p.unitPostalCodes, 1).placeAll(p.accounts);

    // Reps and the plan of record: regions > territories, built from the reps' home counties.
    const QJsonArray reps = def.value(QStringLiteral("reps")).toArray();
    const QJsonArray palette = def.value(QStringLiteral("palette")).toArray();
    QStringList industries;
    for (const QJsonValue v : def.value(QStringLiteral("industries")).toArray()) industries << v.toString();
    const double capacity = def.value(QStringLiteral("repCapacityHours")).toDouble(3200);
    for (const QJsonValue v : reps) {
        const QJsonObject o = v.toObject();
        Rep r;
        r.id = qint64(p.reps.size()) + 1;
        r.name = o.value(QStringLiteral("name")).toString();
        r.homeLabel = o.value(QStringLiteral("home")).toString();
        r.home = {o.value(QStringLiteral("lon")).toDouble(), o.value(QStringLiteral("lat")).toDouble()};
        r.capacityHours = capacity;
        r.quota = 1'000'000.0 * (4 + random.below(5));
        r.skills = {industries.value(random.below(int(industries.size()))),
                    industries.value(random.below(int(industries.size())))};
        r.skills.removeDuplicates();
        p.reps.push_back(r);
        if (io::AccountLocator(p.units, 1).unitAt(r.home) < 0) {
            *error = QStringLiteral("The demo rep %1 lives outside every unit.").arg(r.name);
            return false;
        }
    }
    // Teams (territory models): the first owns the twelve territories below; the others bring their
    // own reps and get their territories once both scenarios exist.
    const QJsonArray teamDefs = def.value(QStringLiteral("teams")).toArray();
    std::vector<std::vector<qint64>> teamReps(std::size_t(std::max<qsizetype>(teamDefs.size(), 1)));
    if (!teamDefs.isEmpty()) p.teams.clear();
    for (qsizetype i = 0; i < teamDefs.size(); ++i) {
        const QJsonObject o = teamDefs[i].toObject();
        Team team;
        team.id = qint64(i) + 1;
        team.name = o.value(QStringLiteral("name")).toString();
        if (!Team::kindFromName(o.value(QStringLiteral("kind")).toString(), &team.kind))
            team.kind = Team::Kind::Primary;
        QString ruleError;
        const std::optional<AccountRule> rule =
            AccountRule::parse(o.value(QStringLiteral("rule")).toString(), &ruleError);
        if (!rule) {
            *error = QStringLiteral("The demo team %1 has a bad rule: %2").arg(team.name, ruleError);
            return false;
        }
        team.rule = *rule;
        p.teams.push_back(team);
        for (const QJsonValue v : o.value(QStringLiteral("reps")).toArray()) {
            const QJsonObject ro = v.toObject();
            Rep r;
            r.id = qint64(p.reps.size()) + 1;
            r.name = ro.value(QStringLiteral("name")).toString();
            r.homeLabel = ro.value(QStringLiteral("home")).toString();
            r.home = {ro.value(QStringLiteral("lon")).toDouble(), ro.value(QStringLiteral("lat")).toDouble()};
            r.capacityHours = capacity;
            r.quota = team.kind == Team::Kind::Overlay ? 3'000'000.0 : 12'000'000.0;
            r.role = team.kind == Team::Kind::Overlay ? Rep::Role::Overlay : Rep::Role::Field;
            if (team.kind == Team::Kind::Overlay)
                r.skills = {QStringLiteral("Healthcare")};
            else
                r.segments = {QStringLiteral("Enterprise")};
            if (io::AccountLocator(p.units, 1).unitAt(r.home) < 0) {
                *error = QStringLiteral("The demo rep %1 lives outside every unit.").arg(r.name);
                return false;
            }
            p.reps.push_back(r);
            teamReps[std::size_t(i)].push_back(r.id);
        }
    }
    p.currentTeamId = p.teams.front().id;

    Scenario current;
    current.id = 1;
    current.name = QStringLiteral("Plan of record FY27");
    current.status = Scenario::Status::Approved;
    current.planOfRecord = true;
    current.notes =
        QStringLiteral("Territories built by the optimiser from each rep's home county, balanced by workload.");
    current.createdAt = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    qint64 nextTerritory = 1;
    QHash<QString, qint64> regionIds;
    for (const QJsonValue v : def.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        regionIds.insert(name, nextTerritory);
        p.territories.push_back(makeTerritory(nextTerritory++, current.id, name,
                                              o.value(QStringLiteral("color")).toString(), Territory::Level::Region));
    }
    for (qsizetype k = 0; k < reps.size(); ++k) {
        const QJsonObject o = reps[k].toObject();
        Territory t = makeTerritory(nextTerritory++, current.id, o.value(QStringLiteral("territory")).toString(),
                                    palette[k % palette.size()].toString(), Territory::Level::Territory);
        t.repId = p.reps[std::size_t(k)].id;
        t.parentId = regionIds.value(o.value(QStringLiteral("region")).toString());
        p.territories.push_back(t);
    }
    // The plan of record: built by the optimiser from the reps' home counties, workload within
    // +-8 % of the mean, short borders. Deterministic: fixed seed, runs to the end.
    current.unitTerritory.assign(p.units.size(), 0);
    p.scenarios = {current};
    optimize::OptimizerOptions build;
    build.mode = optimize::OptimizerOptions::Mode::Build;
    build.measures = {{int(MeasureDefinition::Kind::WorkloadHours), 1.0,
                       def.value(QStringLiteral("planTolerancePct")).toDouble(8.0)}};
    build.seed = seed;
    build.timeLimitS = 600;
    build.homeRadiusKm = def.value(QStringLiteral("homeRadiusKm")).toDouble(100.0); // each rep keeps the home metro
    const optimize::OptimizerResult built = optimize::TerritoryOptimizer::run(p, current, build);
    if (!built.ok) {
        *error = built.error;
        return false;
    }
    current.unitTerritory = built.unitTerritory;
    p.scenarios = {current};

    // The proposal: a copy of the plan (territories are per scenario) that the optimiser
    // rebalances into a tighter band: a short handoff list along the borders.
    const QJsonObject proposalDef = def.value(QStringLiteral("proposal")).toObject();
    Scenario proposal = current;
    proposal.id = 2;
    proposal.parentId = current.id;
    proposal.name = proposalDef.value(QStringLiteral("name")).toString();
    proposal.status = Scenario::Status::Draft;
    proposal.planOfRecord = false;
    proposal.createdAt = current.createdAt.addDays(30);
    QHash<qint64, qint64> copyOf;
    const std::size_t planTerritories = p.territories.size();
    for (std::size_t i = 0; i < planTerritories; ++i) {
        Territory t = p.territories[i];
        copyOf.insert(t.id, nextTerritory);
        t.id = nextTerritory++;
        t.scenarioId = proposal.id;
        p.territories.push_back(t);
    }
    for (Territory& t : p.territories)
        if (t.scenarioId == proposal.id && t.parentId) t.parentId = copyOf.value(t.parentId);
    for (std::size_t u = 0; u < p.units.size(); ++u) proposal.unitTerritory[u] = copyOf.value(current.unitTerritory[u]);
    p.scenarios.push_back(proposal);
    optimize::OptimizerOptions evenOut;
    evenOut.measures = {{int(MeasureDefinition::Kind::WorkloadHours), 1.0,
                         proposalDef.value(QStringLiteral("tolerancePct")).toDouble(5.0)}};
    evenOut.seed = seed;
    evenOut.timeLimitS = 600;
    const optimize::OptimizerResult evened = optimize::TerritoryOptimizer::run(p, proposal, evenOut);
    if (!evened.ok) {
        *error = evened.error;
        return false;
    }
    proposal.unitTerritory = evened.unitTerritory;
    proposal.notes =
        QStringLiteral("The optimiser brings every territory's workload within ±%1 % of the mean, "
                       "moving %2 %5 with %3 accounts (%4 %) between neighbouring territories.")
            .arg(evenOut.measures.front().tolerancePct)
            .arg(evened.after.unitsMoved)
            .arg(evened.after.accountsMoved)
            .arg(evened.after.accountsMovedPct, 0, 'f', 1)
            .arg(options.units == QLatin1String("counties") ? QStringLiteral("counties") : QStringLiteral("ZIP areas"));
    p.scenarios = {current, proposal};

    // The other teams: one territory per rep, built by the optimiser over the accounts each team
    // covers (few large ones for the Enterprise field team, three specialists for Healthcare);
    // the proposal starts from the same plan.
    for (std::size_t ti = 1; ti < p.teams.size(); ++ti) {
        const Team team = p.teams[ti];
        const QJsonObject o = teamDefs[qsizetype(ti)].toObject();
        const QJsonArray repDefs = o.value(QStringLiteral("reps")).toArray();
        std::vector<Territory> made;
        for (qsizetype k = 0; k < repDefs.size(); ++k) {
            Territory t = makeTerritory(
                nextTerritory++, current.id, repDefs[k].toObject().value(QStringLiteral("territory")).toString(),
                palette[(k * 5 + qsizetype(ti) * 3) % palette.size()].toString(), Territory::Level::Territory);
            t.teamId = team.id;
            t.repId = teamReps[ti][std::size_t(k)];
            made.push_back(t);
            p.territories.push_back(t);
        }
        p.setCurrentTeam(team.id);
        optimize::OptimizerOptions teamBuild = build;
        teamBuild.measures.front().tolerancePct = o.value(QStringLiteral("tolerancePct")).toDouble(10.0);
        const optimize::OptimizerResult teamPlan =
            optimize::TerritoryOptimizer::run(p, *p.scenario(current.id), teamBuild);
        if (!teamPlan.ok) {
            *error = teamPlan.error;
            return false;
        }
        p.scenario(current.id)->unitTerritory = teamPlan.unitTerritory;
        QHash<qint64, qint64> copyOfTeam;
        for (Territory t : made) {
            copyOfTeam.insert(t.id, nextTerritory);
            t.id = nextTerritory++;
            t.scenarioId = proposal.id;
            p.territories.push_back(t);
        }
        Scenario& proposed = *p.scenario(proposal.id);
        for (std::size_t u = 0; u < p.units.size(); ++u)
            proposed.unitTerritory[u] = copyOfTeam.value(teamPlan.unitTerritory[u], 0);
    }
    p.setCurrentTeam(p.teams.front().id);
    p.currentScenarioId = current.id;
    p.reindex();
    *out = std::move(p);
    return true;
}

} // namespace tp::builders
