#pragma once
// Account: a customer point with its CRM attributes. `unit` is the index of the unit that
// contains the location (point in polygon, computed once when the account is imported or moved),
// -1 when it lies in no unit. The fields that repeat a few values over many accounts are
// SharedText (8 bytes where a QString takes 24: a million accounts are 64 MB smaller). Value type;
// any thread.

#include "accountextras.h"
#include "sharedtext.h"

#include "geo/geopoint.h"

#include <QString>

namespace tp {

struct Account {
    qint64 id = 0;      // project-file id, > 0 once stored
    QString externalId; // CRM id, unique within the project
    QString name;
    QString address;
    SharedText postalCode;
    SharedText industry;
    SharedText segment; // "Enterprise", "Mid-Market" or "SMB"
    SharedText tier;    // "A", "B", "C"
    geo::GeoPoint location;
    double revenuePotential = 0.0;
    double revenue = 0.0;
    double pipeline = 0.0;
    double workloadHours = 0.0; // per year, from tier and touch frequency
    // The workload came from the project's WorkloadRule (the file had no workload for the row):
    // re-applying a changed rule recomputes it; false when a file column gave it.
    bool workloadFromRule = false;
    int unit = -1;
    AccountExtras extra; // imported columns kept as they came
};

} // namespace tp
