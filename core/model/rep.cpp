#include "rep.h"

namespace tp {

double Rep::rampFactor(const QDate& asOf) const {
    if (!startDate.isValid() || !asOf.isValid()) return 1.0;
    const qint64 days = startDate.daysTo(asOf);
    if (days < 0) return 0.0;
    return std::min(1.0, 0.25 + 0.75 * double(days) / double(rampDays));
}

QString Rep::roleName(Role role) {
    switch (role) {
        case Role::Inside:
            return QStringLiteral("inside");
        case Role::Overlay:
            return QStringLiteral("overlay");
        case Role::Field:
            break;
    }
    return QStringLiteral("field");
}

bool Rep::roleFromName(const QString& name, Role* role) {
    const QString n = name.trimmed().toLower();
    Role r;
    if (n.startsWith(QLatin1String("field")))
        r = Role::Field;
    else if (n.startsWith(QLatin1String("inside")))
        r = Role::Inside;
    else if (n.startsWith(QLatin1String("overlay")))
        r = Role::Overlay;
    else
        return false;
    if (role) *role = r;
    return true;
}

} // namespace tp
