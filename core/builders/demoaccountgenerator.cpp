#include "builders/demoaccountgenerator.h"

#include "io/import/accountlocator.h"
#include "model/textinterner.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace tp::builders {
namespace {

const char* const namePrefixes[] = {"Summit",     "Harbor",    "Pioneer",  "Blue Ridge", "Keystone",
                                    "Granite",    "Evergreen", "Liberty",  "Northstar",  "Redwood",
                                    "Silverline", "Prairie",   "Cascade",  "Beacon",     "Ironwood",
                                    "Lakeside",   "Meridian",  "Crescent", "Frontier",   "Heritage"};
const char* const nameSuffixes[] = {"Group",    "Partners",  "Inc.",     "LLC",        "Co.",
                                    "Holdings", "Solutions", "Services", "Associates", "Industries"};
const char* const streets[] = {"Main St",   "Oak Ave", "Maple Dr",        "Commerce Blvd", "Park Ave", "Washington St",
                               "Market St", "Lake Rd", "Industrial Pkwy", "Center St",     "Elm St",   "Broadway"};

template <std::size_t N>
QString oneOf(const char* const (&words)[N], DemoRandom& random) {
    return QString::fromUtf8(words[random.below(int(N))]);
}

double roundTo(double value, double step) {
    return std::round(value / step) * step;
}

} // namespace

DemoAccountGenerator::DemoAccountGenerator(const QJsonObject& definition,
                                           std::vector<std::pair<QString, io::PostalCodePlace>> places)
    : m_places(std::move(places)), m_segments(choices(definition.value(QStringLiteral("segments")).toArray())),
      m_tiers(choices(definition.value(QStringLiteral("tiers")).toArray())) {
    for (const QJsonValue v : definition.value(QStringLiteral("industries")).toArray())
        m_industries.emplace_back(v.toString());
    // A city with many ZIP codes is a big city: weight each ZIP by the square root of its city's
    // ZIP count, so metros get most accounts while rural counties still get some.
    QHash<QString, int> zipsPerCity;
    for (const auto& [zip, place] : m_places) ++zipsPerCity[place.city + QLatin1Char('|') + place.state];
    std::vector<double> weights;
    weights.reserve(m_places.size());
    for (const auto& [zip, place] : m_places)
        weights.push_back(std::sqrt(double(zipsPerCity.value(place.city + QLatin1Char('|') + place.state))));
    m_placeWeights = DemoRandom::cumulative(weights);
}

WorkloadRule DemoAccountGenerator::workloadRule() const {
    WorkloadRule rule = WorkloadRule::standard();
    rule.tiers.clear();
    rule.segments.clear();
    for (const Choice& t : m_tiers) rule.tiers.push_back({t.name, t.touchesPerYear});
    for (const Choice& s : m_segments) rule.segments.push_back({s.name, s.hoursPerTouch});
    return rule;
}

std::vector<DemoAccountGenerator::Choice> DemoAccountGenerator::choices(const QJsonArray& array) {
    std::vector<Choice> result;
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        result.push_back({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("share")).toDouble(),
                          o.value(QStringLiteral("potentialMedian")).toDouble(),
                          o.value(QStringLiteral("hoursPerTouch")).toDouble(),
                          o.value(QStringLiteral("touchesPerYear")).toDouble()});
    }
    return result;
}

const DemoAccountGenerator::Choice& DemoAccountGenerator::pick(const std::vector<Choice>& options, DemoRandom& random) {
    double x = random.uniform(), sum = 0.0;
    for (const Choice& c : options) {
        sum += c.share;
        if (x < sum) return c;
    }
    return options.back();
}

QString DemoAccountGenerator::companyName(const QString& city, const QString& industry, DemoRandom& random) const {
    switch (random.below(3)) {
        case 0:
            return city + QLatin1Char(' ') + industry + QLatin1Char(' ') + oneOf(nameSuffixes, random);
        case 1:
            return oneOf(namePrefixes, random) + QLatin1Char(' ') + industry + QLatin1Char(' ')
                   + oneOf(nameSuffixes, random);
        default:
            return oneOf(namePrefixes, random) + QLatin1Char(' ') + oneOf(nameSuffixes, random);
    }
}

std::vector<Account> DemoAccountGenerator::generate(int count, const std::vector<Unit>& units,
                                                    DemoRandom& random) const {
    std::vector<Account> accounts;
    if (m_places.empty() || m_segments.empty() || m_tiers.empty() || m_industries.empty()) return accounts;
    const io::AccountLocator locator(units, 1);
    accounts.reserve(std::size_t(count));
    TextInterner zips; // one postal code text per ZIP, shared by its accounts
    while (int(accounts.size()) < count) {
        const auto& [zip, place] = m_places[std::size_t(random.pick(m_placeWeights))];
        // A few hundred metres around the ZIP point, so accounts of one ZIP do not stack up;
        // the ZIP point itself when the offset leaves every unit (a coast).
        geo::GeoPoint location{place.location.lon + random.uniform(-0.02, 0.02),
                               place.location.lat + random.uniform(-0.015, 0.015)};
        int unit = locator.unitAt(location);
        if (unit < 0) {
            location = place.location;
            unit = locator.unitAt(location);
        }
        if (unit < 0) continue; // a ZIP outside the demo's units (e.g. an excluded state)

        const Choice& segment = pick(m_segments, random);
        const Choice& tier = pick(m_tiers, random);
        Account a;
        a.id = qint64(accounts.size()) + 1;
        a.externalId = QStringLiteral("ACC-%1").arg(a.id, 6, 10, QLatin1Char('0'));
        a.industry = m_industries[random.below(int(m_industries.size()))];
        a.name = companyName(place.city, a.industry, random);
        a.address =
            QStringLiteral("%1 %2, %3, %4 %5")
                .arg(QString::number(100 + random.below(9800)), oneOf(streets, random), place.city, place.state, zip);
        a.postalCode = zips.get(zip);
        a.segment = segment.name;
        a.tier = tier.name;
        a.location = location;
        a.unit = unit;
        // Better tiers are the accounts with more potential.
        const double tierFactor = tier.name == QLatin1String("A") ? 1.8 : tier.name == QLatin1String("B") ? 1.0 : 0.6;
        a.revenuePotential = roundTo(random.logNormal(segment.median * tierFactor, 0.6), 1000.0);
        a.revenue = roundTo(a.revenuePotential * random.uniform(0.05, 0.55), 100.0);
        a.pipeline = random.uniform() < 0.4 ? roundTo(a.revenuePotential * random.uniform(0.05, 0.35), 100.0) : 0.0;
        a.workloadHours = tier.touchesPerYear * segment.hoursPerTouch;
        a.workloadFromRule = true;
        a.extra.insert(QStringLiteral("employees"),
                       int(std::round(a.revenuePotential / 9000.0 * random.uniform(0.6, 1.4))) + 3);
        accounts.push_back(std::move(a));
    }
    return accounts;
}

} // namespace tp::builders
