#include "demoprojectbuilder.h"

#include "accountlocator.h"
#include "datapaths.h"
#include "demoaccountgenerator.h"
#include "postalcodeindex.h"
#include "unitimporter.h"

#include "optimize/boundarybalancer.h"
#include "optimize/regiongrower.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tp::io {
namespace {

QJsonObject readDefinition(QString* error) {
    QFile file(QStringLiteral(":/demo/demo-project.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("The demo definition is missing from this build.");
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) *error = QStringLiteral("The demo definition is not valid JSON: %1").arg(parseError.errorString());
    return doc.object();
}

Territory makeTerritory(qint64 id, qint64 scenarioId, const QString& name, const QString& color, Territory::Level level) {
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
    UnitImportOptions unitOptions;
    unitOptions.path = DataPaths::basemapPath();
    unitOptions.layer = QStringLiteral("counties");
    unitOptions.codeField = QStringLiteral("code");
    unitOptions.nameField = QStringLiteral("name");
    unitOptions.regionField = QStringLiteral("state_code");
    unitOptions.where = excluded.isEmpty() ? QString() : QStringLiteral("state_code NOT IN (%1)").arg(excluded.join(QLatin1Char(',')));
    UnitImportResult units = UnitImporter::importUnits(unitOptions);
    if (!units.ok) {
        *error = units.error;
        return false;
    }
    PostalCodeIndex zips;
    if (!zips.loadBundled()) {
        *error = zips.error();
        return false;
    }

    Project p;
    p.title = def.value(QStringLiteral("title")).toString();
    p.units = std::move(units.units);
    p.adjacency = std::move(units.adjacency);

    const quint64 seed = options.seed.value_or(quint64(def.value(QStringLiteral("seed")).toInteger()));
    const int accountCount = options.accountCount.value_or(def.value(QStringLiteral("accounts")).toInt(5000));
    DemoRandom random(seed);
    p.accounts = DemoAccountGenerator(def, zips.sortedPlaces()).generate(accountCount, p.units, random);

    // Reps and the plan of record: regions > territories, grown from the reps' home counties.
    const QJsonArray reps = def.value(QStringLiteral("reps")).toArray();
    const QJsonArray palette = def.value(QStringLiteral("palette")).toArray();
    QStringList industries;
    for (const QJsonValue v : def.value(QStringLiteral("industries")).toArray()) industries << v.toString();
    const double capacity = def.value(QStringLiteral("repCapacityHours")).toDouble(3200);
    std::vector<int> seeds;
    for (const QJsonValue v : reps) {
        const QJsonObject o = v.toObject();
        Rep r;
        r.id = qint64(p.reps.size()) + 1;
        r.name = o.value(QStringLiteral("name")).toString();
        r.homeLabel = o.value(QStringLiteral("home")).toString();
        r.home = {o.value(QStringLiteral("lon")).toDouble(), o.value(QStringLiteral("lat")).toDouble()};
        r.capacityHours = capacity;
        r.quota = 1'000'000.0 * (4 + random.below(5));
        r.skills = {industries.value(random.below(int(industries.size()))), industries.value(random.below(int(industries.size())))};
        r.skills.removeDuplicates();
        p.reps.push_back(r);
        const int home = AccountLocator(p.units, 1).unitAt(r.home);
        if (home < 0) {
            *error = QStringLiteral("The demo rep %1 lives outside every county.").arg(r.name);
            return false;
        }
        seeds.push_back(home);
    }
    std::vector<double> load(p.units.size(), 0.0);
    for (const Account& a : p.accounts) load[std::size_t(a.unit)] += a.workloadHours;
    optimize::BoundaryBalancer plan(p, optimize::RegionGrower::grow(p, seeds, load), seeds, load);
    plan.balance();
    const std::vector<int> grown = plan.owner();

    Scenario current;
    current.id = 1;
    current.name = QStringLiteral("Plan of record FY27");
    current.status = Scenario::Status::Approved;
    current.planOfRecord = true;
    current.notes = QStringLiteral("Territories grown from each rep's home county, balanced by workload.");
    current.createdAt = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    qint64 nextTerritory = 1;
    QHash<QString, qint64> regionIds;
    for (const QJsonValue v : def.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        regionIds.insert(name, nextTerritory);
        p.territories.push_back(makeTerritory(nextTerritory++, current.id, name, o.value(QStringLiteral("color")).toString(),
                                              Territory::Level::Region));
    }
    std::vector<qint64> leafIds;
    for (qsizetype k = 0; k < reps.size(); ++k) {
        const QJsonObject o = reps[k].toObject();
        Territory t = makeTerritory(nextTerritory++, current.id, o.value(QStringLiteral("territory")).toString(),
                                    palette[k % palette.size()].toString(), Territory::Level::Territory);
        t.repId = p.reps[std::size_t(k)].id;
        t.parentId = regionIds.value(o.value(QStringLiteral("region")).toString());
        leafIds.push_back(t.id);
        p.territories.push_back(t);
    }
    current.unitTerritory.resize(p.units.size());
    for (std::size_t u = 0; u < p.units.size(); ++u) current.unitTerritory[u] = leafIds[std::size_t(grown[u])];

    // The proposal: a copy of the plan (territories are per scenario) with border counties moved.
    const QJsonObject proposalDef = def.value(QStringLiteral("proposal")).toObject();
    Scenario proposal = current;
    proposal.id = 2;
    proposal.parentId = current.id;
    proposal.name = proposalDef.value(QStringLiteral("name")).toString();
    proposal.status = Scenario::Status::Draft;
    proposal.planOfRecord = false;
    proposal.notes = QStringLiteral("Moves border counties from the busier to the quieter of two Northeast territories.");
    proposal.createdAt = current.createdAt.addDays(30);
    // Border counties move from the busier to the quieter of two territories, both staying whole.
    auto repIndexOf = [&](const QString& territoryName) {
        for (qsizetype k = 0; k < reps.size(); ++k)
            if (reps[k].toObject().value(QStringLiteral("territory")).toString() == territoryName) return int(k);
        return -1;
    };
    int from = repIndexOf(proposalDef.value(QStringLiteral("from")).toString());
    int to = repIndexOf(proposalDef.value(QStringLiteral("to")).toString());
    optimize::BoundaryBalancer proposed = plan;
    if (from >= 0 && to >= 0) {
        if (proposed.load(from) < proposed.load(to)) std::swap(from, to);
        proposed.moveBorderUnits(from, to, proposalDef.value(QStringLiteral("countiesMoved")).toInt(40));
    }
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
    for (std::size_t u = 0; u < p.units.size(); ++u)
        proposal.unitTerritory[u] = copyOf.value(leafIds[std::size_t(proposed.owner()[u])]);
    p.scenarios = {current, proposal};
    p.currentScenarioId = current.id;
    p.reindex();
    *out = std::move(p);
    return true;
}

} // namespace tp::io
