#pragma once
// UnitPostalCodes: whether a project's unit codes are postal codes, so that an account's postal
// code can name its unit directly instead of its location: Full (each unit code is a postal code,
// e.g. ZIP areas or ZCTAs: the account's normalised code is looked up) or Zip3 (each unit code is
// the first three digits of a 5-digit ZIP). `aliases` maps further postal codes to a unit code
// for Full (the bundled ZIP areas merge the ZIPs that share a location: "10008" -> "10004").
// Stored in the project file's settings. Value type; any thread.

#include <QHash>
#include <QString>

namespace tp {

struct UnitPostalCodes {
    enum class Kind { None, Full, Zip3 };
    Kind kind = Kind::None;
    QHash<QString, QString> aliases; // postal code -> unit code

    bool isSet() const { return kind != Kind::None; }
    // The unit code an account's normalised postal code names (not checked against the units);
    // empty when the kind is None or the code cannot name a unit (a ZIP3 needs a 5-digit ZIP).
    QString unitCodeFor(const QString& normalizedPostalCode) const;

    // Settings text: "full" / "zip3" / "" and "10008=10004;10043=10004".
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString& name);
    QString aliasesText() const;
    static QHash<QString, QString> aliasesFromText(const QString& text);

    friend bool operator==(const UnitPostalCodes&, const UnitPostalCodes&) = default;
};

} // namespace tp
