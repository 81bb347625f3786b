#pragma once
// DemoAccountGenerator: realistic made-up customer accounts for the demo project. Each account
// sits at a real US ZIP code point (cities with many ZIP codes are picked more often, so accounts
// crowd where people do) and lies in one of the given units; segment, tier, industry, revenue
// potential (log-normal around the segment's median), revenue, pipeline and yearly workload
// (touches per year of the tier x hours per touch of the segment) follow the demo definition.
// Deterministic for a seed. Stateless apart from the caller's DemoRandom; any thread.

#include "builders/demorandom.h"
#include "io/import/postalcodeindex.h"

#include "model/account.h"
#include "model/workloadrule.h"
#include "model/unit.h"

#include <QJsonObject>

#include <utility>
#include <vector>

namespace tp::builders {

class DemoAccountGenerator {
public:
    // definition: the demo JSON (segments, tiers, industries); places: candidate ZIP points.
    DemoAccountGenerator(const QJsonObject& definition, std::vector<std::pair<QString, io::PostalCodePlace>> places);

    // `count` accounts with ids 1..count, each located in one of `units` (Account::unit set).
    std::vector<Account> generate(int count, const std::vector<Unit>& units, DemoRandom& random) const;
    // The definition's touches per year by tier and hours per touch by segment, as the project's
    // workload rule: every generated account's workload follows it (Account::workloadFromRule).
    WorkloadRule workloadRule() const;

private:
    struct Choice {
        SharedText name; // one node, shared by every account with the choice
        double share = 0.0;
        double median = 0.0; // segments: revenue potential
        double hoursPerTouch = 0.0;
        double touchesPerYear = 0.0;
    };
    static std::vector<Choice> choices(const QJsonArray& array);
    static const Choice& pick(const std::vector<Choice>& options, DemoRandom& random);
    QString companyName(const QString& city, const QString& industry, DemoRandom& random) const;

    std::vector<std::pair<QString, io::PostalCodePlace>> m_places;
    std::vector<double> m_placeWeights; // cumulative
    std::vector<Choice> m_segments, m_tiers;
    std::vector<SharedText> m_industries;
};

} // namespace tp::builders
