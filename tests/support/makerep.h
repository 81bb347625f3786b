#pragma once
// makeRep: a roster entry for test projects from the few fields fixtures set (the rest default),
// so fixtures need not list every field of Rep in order. Header-only; any thread.

#include "model/rep.h"

namespace tp::testsupport {

inline Rep makeRep(qint64 id, const QString& name, geo::GeoPoint home = {}, double capacityHours = 0.0,
                   double quota = 0.0) {
    Rep r;
    r.id = id;
    r.name = name;
    r.home = home;
    r.capacityHours = capacityHours;
    r.quota = quota;
    return r;
}

} // namespace tp::testsupport
