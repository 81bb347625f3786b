#pragma once
// Rep: a sales representative who can own territories. The roster is shared by all scenarios;
// a territory names its owner by repId. Value type; any thread.

#include "geo/geopoint.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace tp {

struct Rep {
    enum class Role { Field, Inside, Overlay };

    qint64 id = 0;
    QString name;
    QString homeLabel;          // e.g. "Denver, CO" or the ZIP code it was placed by
    geo::GeoPoint home;         // 0,0: no home yet
    double capacityHours = 0.0; // workload hours per year the rep can carry
    double quota = 0.0;
    QStringList skills;   // industries the rep knows
    QStringList segments; // segments the rep sells to (enterprise, mid-market, SMB)
    QString crmUserId;    // what the CRM owner export writes
    QString email;
    Role role = Role::Field;
    QDate startDate; // for ramping; invalid: unknown (counts as fully ramped)

    bool hasHome() const { return home.lon != 0.0 || home.lat != 0.0; }
    // The share of a full load the rep carries on `asOf` while ramping up: a quarter in the first
    // weeks after the start date, rising linearly to all of it six months (182 days) after; 1 when
    // the start date is unknown, 0 before it.
    double rampFactor(const QDate& asOf) const;
    static constexpr int rampDays = 182;
    friend bool operator==(const Rep&, const Rep&) = default;

    // "field", "inside", "overlay": how the file, the CLI and the JSON history spell the role.
    static QString roleName(Role role);
    // Also accepts "Field sales", "Inside Sales", "overlay specialist", case-insensitively.
    static bool roleFromName(const QString& name, Role* role);
};

} // namespace tp
