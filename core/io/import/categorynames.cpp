#include "io/import/categorynames.h"

#include "io/import/columnmapping.h"

namespace tp::io {

QString CategoryNames::canonicalSegment(const QString& segment) {
    const QString key = ColumnMapping::normalizedHeader(segment);
    if (key == QLatin1String("enterprise") || key == QLatin1String("ent") || key == QLatin1String("large")
        || key == QLatin1String("largeenterprise") || key == QLatin1String("strategic"))
        return QStringLiteral("Enterprise");
    if (key == QLatin1String("midmarket") || key == QLatin1String("mm") || key == QLatin1String("mid")
        || key == QLatin1String("midsize") || key == QLatin1String("commercial"))
        return QStringLiteral("Mid-Market");
    if (key == QLatin1String("smb") || key == QLatin1String("small") || key == QLatin1String("smallbusiness")
        || key == QLatin1String("smallmediumbusiness") || key == QLatin1String("sme"))
        return QStringLiteral("SMB");
    return segment.trimmed();
}

QString CategoryNames::canonicalTier(const QString& tier) {
    const QString key = ColumnMapping::normalizedHeader(tier);
    if (key == QLatin1String("a") || key == QLatin1String("tier1") || key == QLatin1String("1")
        || key == QLatin1String("t1") || key == QLatin1String("hot"))
        return QStringLiteral("A");
    if (key == QLatin1String("b") || key == QLatin1String("tier2") || key == QLatin1String("2")
        || key == QLatin1String("t2") || key == QLatin1String("warm"))
        return QStringLiteral("B");
    if (key == QLatin1String("c") || key == QLatin1String("tier3") || key == QLatin1String("3")
        || key == QLatin1String("t3") || key == QLatin1String("cold"))
        return QStringLiteral("C");
    return tier.trimmed();
}

} // namespace tp::io
