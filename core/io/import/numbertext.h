#pragma once
// NumberText: reads numbers as people type them in CRM exports and spreadsheets, in either decimal
// convention: "1234.5", "1,234.5", "1.234,5", "1 234,5" (space, no-break space, apostrophe as
// thousands separators), "$1,234", "-€12". A value whose form fixes the decimal mark is read
// exactly and is evidence for its column's convention; "1,234" and "1.234" (one separator before
// exactly three digits) are ambiguous and carry both readings, for the column to decide
// (NumberColumn). Values that do not fit a grouping pattern ("1,2,3", "12,34,567") are not
// numbers. Stateless functions and value types; any thread.

#include <string_view>

namespace tp::io {

enum class DecimalMark { Unknown, Point, Comma };

struct NumberReading {
    enum Kind {
        Invalid,    // not a number (text, NaN, Inf, a broken grouping)
        OutOfRange, // a number too large for a double (1e309)
        Exact,      // one reading: value
        Ambiguous,  // "1,234" / "1.234": pointReading (decimal point) or commaReading (decimal comma)
    };
    Kind kind = Invalid;
    double value = 0.0;                          // Exact: the value; Ambiguous: the decimal-point reading
    double commaReading = 0.0;                   // Ambiguous only
    DecimalMark evidence = DecimalMark::Unknown; // the convention an Exact value proves, if any

    bool isNumber() const { return kind == Exact || kind == Ambiguous; }
    double as(DecimalMark mark) const { return kind == Ambiguous && mark == DecimalMark::Comma ? commaReading : value; }
};

class NumberText {
public:
    // An amount: thousands separators and a currency sign allowed. `text` is trimmed here.
    static NumberReading read(std::string_view text);
    // A coordinate: never grouped, so a single '.' or ',' is the decimal mark ("39,74" = 39.74).
    static NumberReading readCoordinate(std::string_view text);
};

// The decimal convention of one column, from the exact values seen in it.
class NumberColumn {
public:
    void add(const NumberReading& r) {
        if (r.kind != NumberReading::Exact) return;
        if (r.evidence == DecimalMark::Point) ++m_point;
        if (r.evidence == DecimalMark::Comma) ++m_comma;
    }
    bool conflicting() const { return m_point > 0 && m_comma > 0; }
    // The convention that decides ambiguous values; `fallback` when the column proves none.
    // Unknown when the column holds both conventions (ambiguous values cannot be decided).
    DecimalMark mark(DecimalMark fallback) const {
        if (conflicting()) return DecimalMark::Unknown;
        if (m_point > 0) return DecimalMark::Point;
        if (m_comma > 0) return DecimalMark::Comma;
        return fallback;
    }
    int pointValues() const { return m_point; }
    int commaValues() const { return m_comma; }

private:
    int m_point = 0;
    int m_comma = 0;
};

} // namespace tp::io
