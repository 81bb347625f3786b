#include "scenario.h"

namespace tp {

QString Scenario::statusName(Status s) {
    switch (s) {
        case Status::Draft:
            return QStringLiteral("draft");
        case Status::Proposed:
            return QStringLiteral("proposed");
        case Status::Approved:
            return QStringLiteral("approved");
    }
    return {};
}

bool Scenario::statusFromName(const QString& name, Status* out) {
    for (Status s : {Status::Draft, Status::Proposed, Status::Approved}) {
        if (name.compare(statusName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace tp
