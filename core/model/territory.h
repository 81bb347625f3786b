#pragma once
// Territory: a named, coloured set of units with an owner rep, in one scenario. Territories
// form an optional hierarchy (region > district > territory) through parentId; only leaf
// territories (level Territory) own units. A territory has a quota (sales target), which a
// distribution of the company target may lock. It belongs to one team (Team), whose plan assigns
// units to it. Value type; any thread.

#include <QString>

namespace tp {

struct Territory {
    enum class Level { Territory = 0, District = 1, Region = 2 };

    qint64 id = 0;
    qint64 scenarioId = 0;
    QString name;
    QString color;       // "#rrggbb"
    qint64 repId = 0;    // 0: no owner
    qint64 parentId = 0; // 0: top level
    Level level = Level::Territory;
    bool locked = false;
    double quota = 0.0;       // the territory's share of the company target (QuotaAllocator)
    bool quotaLocked = false; // a distribution of the target leaves this quota as it is
    qint64 teamId = 1;        // Team::defaultId: the team whose territory model it belongs to
};

} // namespace tp
