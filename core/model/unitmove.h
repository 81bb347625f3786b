#pragma once
// UnitMove: one unit changing territory (ids; 0 = unassigned), as reported to the metrics engine
// after the scenario was changed. Value type; any thread.

#include <QtGlobal>

namespace tp {

struct UnitMove {
    int unit = -1;
    qint64 from = 0;
    qint64 to = 0;
};

} // namespace tp
