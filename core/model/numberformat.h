#pragma once
// NumberFormat: numbers as people read them, in a given locale: grouped digits ("1,234.5",
// German "1.234,5") and compact large money and count values with the language's short-scale
// words ("1.65 B", German "1,65 Mrd.", Spanish "1,65 mil M"). QLocale::formattedDataSize is for
// bytes, and Qt 6.4 has no compact notation: the scale words are a small table per language
// (English words for languages without an entry). The C locale (machine-like, with grouping) is
// what the CLI and the C-locale callers use; the GUI passes QLocale(), the UI language.
// Also the measure names inside a sentence: lower-case where the language writes nouns so,
// unchanged in German (nouns keep their capital). Stateless; any thread.

#include <QLocale>
#include <QString>

namespace tp {

class NumberFormat {
public:
    struct ScaleWords {
        QString thousand, million, billion; // "k", "M", "B"; German "Tsd.", "Mio.", "Mrd."
    };

    // The C locale with group separators (what the CLI and machine-like texts print).
    static QLocale cGrouped();
    // `locale` with group separators switched on (QLocale::c() has them off by default).
    static QLocale grouped(QLocale locale);
    static ScaleWords scaleWords(const QLocale& locale);

    // `value` with `decimals` fixed decimals and group separators; "—" for NaN.
    static QString number(double value, int decimals, const QLocale& locale);
    // Compact: ≥ 1e9 "1.65 B" (2 decimals), ≥ 1e6 "94.9 M" (1), ≥ 1e4 "12 k" (0), else the
    // number itself; "—" for NaN.
    static QString compact(double value, const QLocale& locale);
    // A measure's name inside a sentence ("Balance index 0.42 (workload hours)"): first letter
    // lower-cased, except in languages that capitalise nouns (German) and for acronyms ("CRM").
    static QString inSentence(const QString& name, const QLocale& locale);
};

} // namespace tp
