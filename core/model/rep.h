#pragma once
// Rep: a sales representative who can own territories. Value type; any thread.

#include "geo/geopoint.h"

#include <QString>
#include <QStringList>

namespace tp {

struct Rep {
    qint64 id = 0;
    QString name;
    QString homeLabel;         // e.g. "Denver, CO"
    geo::GeoPoint home;
    double capacityHours = 0.0; // workload hours per year the rep can carry
    double quota = 0.0;
    QStringList skills;        // industries the rep knows
};

} // namespace tp
