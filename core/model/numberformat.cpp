#include "numberformat.h"

#include <cmath>

namespace tp {

QLocale NumberFormat::cGrouped() {
    return grouped(QLocale::c());
}

QLocale NumberFormat::grouped(QLocale locale) {
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

NumberFormat::ScaleWords NumberFormat::scaleWords(const QLocale& locale) {
    switch (locale.language()) {
        case QLocale::German:
            return {QStringLiteral("Tsd."), QStringLiteral("Mio."), QStringLiteral("Mrd.")};
        case QLocale::Spanish:
            return {QStringLiteral("mil"), QStringLiteral("M"), QStringLiteral("mil M")};
        case QLocale::French:
            return {QStringLiteral("k"), QStringLiteral("M"), QStringLiteral("Md")};
        case QLocale::Italian:
            return {QStringLiteral("k"), QStringLiteral("Mln"), QStringLiteral("Mrd")};
        case QLocale::Dutch:
            return {QStringLiteral("k"), QStringLiteral("mln."), QStringLiteral("mld.")};
        default:
            return {QStringLiteral("k"), QStringLiteral("M"), QStringLiteral("B")};
    }
}

QString NumberFormat::number(double value, int decimals, const QLocale& locale) {
    if (std::isnan(value)) return QStringLiteral("—");
    return grouped(locale).toString(value, 'f', decimals);
}

QString NumberFormat::compact(double value, const QLocale& locale) {
    if (std::isnan(value)) return QStringLiteral("—");
    const double magnitude = std::abs(value);
    const ScaleWords words = scaleWords(locale);
    const QChar space(QLatin1Char(' '));
    if (magnitude >= 1e9) return number(value / 1e9, 2, locale) + space + words.billion;
    if (magnitude >= 1e6) return number(value / 1e6, 1, locale) + space + words.million;
    if (magnitude >= 1e4) return number(value / 1e3, 0, locale) + space + words.thousand;
    return number(value, 0, locale);
}

QString NumberFormat::inSentence(const QString& name, const QLocale& locale) {
    if (name.isEmpty() || locale.language() == QLocale::German || locale.language() == QLocale::Luxembourgish)
        return name;
    // An acronym ("CRM value", "ARR") keeps its capitals.
    if (name.size() > 1 && name[1].isUpper()) return name;
    return name.front().toLower() + name.mid(1);
}

} // namespace tp
