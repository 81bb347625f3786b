#include "unitpostalcodes.h"

#include <QStringList>

#include <algorithm>

namespace tp {

QString UnitPostalCodes::unitCodeFor(const QString& normalizedPostalCode) const {
    if (kind == Kind::None || normalizedPostalCode.isEmpty()) return {};
    if (kind == Kind::Full) return aliases.value(normalizedPostalCode, normalizedPostalCode);
    const QString& code = normalizedPostalCode; // a ZIP3 is the ZIP's own prefix: no aliases
    const bool zip5 = code.size() == 5 && std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); });
    return zip5 ? code.left(3) : QString();
}

QString UnitPostalCodes::kindName(Kind kind) {
    switch (kind) {
        case Kind::Full:
            return QStringLiteral("full");
        case Kind::Zip3:
            return QStringLiteral("zip3");
        case Kind::None:
            break;
    }
    return {};
}

UnitPostalCodes::Kind UnitPostalCodes::kindFromName(const QString& name) {
    if (name == QLatin1String("full")) return Kind::Full;
    if (name == QLatin1String("zip3")) return Kind::Zip3;
    return Kind::None;
}

QString UnitPostalCodes::aliasesText() const {
    QStringList pairs;
    pairs.reserve(aliases.size());
    for (auto it = aliases.constBegin(); it != aliases.constEnd(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value();
    pairs.sort(); // the same text for the same aliases
    return pairs.join(QLatin1Char(';'));
}

QHash<QString, QString> UnitPostalCodes::aliasesFromText(const QString& text) {
    QHash<QString, QString> out;
    for (const QString& pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0 && eq + 1 < pair.size()) out.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return out;
}

} // namespace tp
