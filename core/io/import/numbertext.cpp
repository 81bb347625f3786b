#include "io/import/numbertext.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

namespace tp::io {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// The byte length of a no-break / thin space or a typographic apostrophe at s, else 0.
std::size_t unicodeGroupingLength(std::string_view s) {
    if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') return 2; // U+00A0 no-break space
    if (s.size() >= 3 && s[0] == '\xE2' && s[1] == '\x80'
        && (s[2] == '\xAF' || s[2] == '\x89' || s[2] == '\x99')) // U+202F, U+2009, U+2019
        return 3;
    return 0;
}

std::string_view trim(std::string_view v) {
    for (;;) {
        if (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\r' || v.front() == '\n')) {
            v.remove_prefix(1);
        } else if (v.size() >= 2 && v[0] == '\xC2' && v[1] == '\xA0') {
            v.remove_prefix(2);
        } else {
            break;
        }
    }
    for (;;) {
        if (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r' || v.back() == '\n')) {
            v.remove_suffix(1);
        } else if (v.size() >= 2 && v[v.size() - 2] == '\xC2' && v.back() == '\xA0') {
            v.remove_suffix(2);
        } else {
            break;
        }
    }
    return v;
}

// from_chars over the whole of v: Exact, OutOfRange or Invalid (also for NaN and Inf).
NumberReading convert(std::string_view v) {
    NumberReading r;
    double d = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
    if (end != v.data() + v.size()) return r;
    if (ec == std::errc::result_out_of_range) {
        // Out of range is overflow (1e309) or underflow (1e-400, a plain 0): the decimal exponent of
        // the first significant digit tells which (strtod would, but it follows the C locale).
        const std::size_t e = std::min(v.find_first_of("eE"), v.size());
        const std::size_t point = std::min(v.find('.'), e);
        long magnitude = 0, exponent = 0;
        bool found = false;
        for (std::size_t i = 0; i < e && !found; ++i) {
            if (!isDigit(v[i]) || v[i] == '0') continue;
            found = true;
            magnitude = i < point ? long(point - i) - 1 : -long(i - point);
        }
        if (e + 1 < v.size()) std::from_chars(v.data() + e + 1 + (v[e + 1] == '+'), v.data() + v.size(), exponent);
        r.kind = found && magnitude + exponent >= 0 ? NumberReading::OutOfRange : NumberReading::Exact;
        return r;
    }
    if (ec != std::errc() || !std::isfinite(d)) return r;
    r.kind = NumberReading::Exact;
    r.value = d;
    return r;
}

bool stripCurrency(std::string_view& v) {
    static constexpr std::string_view symbols[] = {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5"}; // $ € £ ¥
    for (std::string_view s : symbols) {
        if (v.size() > s.size() && v.substr(0, s.size()) == s) {
            v.remove_prefix(s.size());
            v = trim(v);
            return true;
        }
        if (v.size() > s.size() && v.substr(v.size() - s.size()) == s) {
            v.remove_suffix(s.size());
            v = trim(v);
            return true;
        }
    }
    return false;
}

// "1234.567" and the like: one dot, 1-3 digits before it (not a leading 0) and exactly 3 after.
bool looksGrouped(std::string_view digitsBefore, std::string_view digitsAfter) {
    return !digitsBefore.empty() && digitsBefore.size() <= 3 && digitsBefore[0] != '0' && digitsAfter.size() == 3;
}

} // namespace

NumberReading NumberText::read(std::string_view text) {
    std::string_view v = trim(text);
    if (v.empty()) return {};
    if (v.size() > 1 && v.front() == '+' && isDigit(v[1])) v.remove_prefix(1);

    // Plain numbers first (the bulk of any file): from_chars over the whole value.
    NumberReading plain = convert(v);
    if (plain.kind != NumberReading::Invalid) {
        if (plain.kind != NumberReading::Exact) return plain;
        const std::size_t dot = v.find('.');
        if (dot == std::string_view::npos) return plain;
        if (v.find_first_of("eE") != std::string_view::npos) return plain; // 1.5e6: a point number
        const std::string_view before = v.front() == '-' ? v.substr(1, dot - 1) : v.substr(0, dot);
        const std::string_view after = v.substr(dot + 1);
        if (looksGrouped(before, after)) { // "1.234": 1.234 or 1234
            plain.kind = NumberReading::Ambiguous;
            std::string grouped(v.substr(0, dot));
            grouped.append(after);
            plain.commaReading = convert(grouped).value;
            return plain;
        }
        plain.evidence = DecimalMark::Point;
        return plain;
    }

    // Sign and currency, in either order: "-$1,234", "$-1,234", "1.234,50 €".
    bool negative = false;
    for (int round = 0; round < 3; ++round) {
        if (!v.empty() && (v.front() == '-' || v.front() == '+')) {
            negative = v.front() == '-';
            v.remove_prefix(1);
            v = trim(v);
            continue;
        }
        if (!stripCurrency(v)) break;
    }
    if (v.empty() || !isDigit(v.front()) || !isDigit(v.back())) return {};

    // Digit groups and the separators between them ('g' = a space or apostrophe: grouping only).
    std::string_view groups[64];
    char seps[64];
    std::size_t k = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < v.size();) {
        if (isDigit(v[i])) {
            ++i;
            continue;
        }
        std::size_t len = 1;
        char sep = 0;
        if (v[i] == ',' || v[i] == '.')
            sep = v[i];
        else if (v[i] == ' ' || v[i] == '\'')
            sep = 'g';
        else if ((len = unicodeGroupingLength(v.substr(i))) > 0)
            sep = 'g';
        else
            return {};
        if (i == start || k + 1 >= 64) return {}; // two separators in a row
        groups[k] = v.substr(start, i - start);
        seps[k++] = sep;
        i += len;
        start = i;
    }
    groups[k] = v.substr(start);
    if (k == 0) {
        NumberReading r = convert(v);
        if (r.kind == NumberReading::Exact && negative) r.value = -r.value;
        return r;
    }

    auto validGrouping = [&](std::size_t count) { // groups[0..count] form a thousands-grouped integer
        if (groups[0].empty() || groups[0].size() > 3) return false;
        for (std::size_t i = 1; i <= count; ++i)
            if (groups[i].size() != 3) return false;
        return true;
    };
    auto number = [&](std::size_t integerGroups, bool fraction) { // groups 0..integerGroups-1 [. last]
        std::string clean;
        if (negative) clean.push_back('-');
        for (std::size_t i = 0; i < integerGroups; ++i) clean.append(groups[i]);
        if (fraction) {
            clean.push_back('.');
            clean.append(groups[k]);
        }
        return convert(clean);
    };

    const char last = seps[k - 1];
    std::size_t lastCount = 0;
    for (std::size_t i = 0; i < k; ++i) lastCount += seps[i] == last;
    bool sameGrouping = true; // all separators before the last are one and the same
    for (std::size_t i = 1; i + 1 < k; ++i) sameGrouping = sameGrouping && seps[i] == seps[0];

    if (last == 'g' || lastCount == k) {
        if (last != 'g' && k == 1) { // "1,234" / "1.234" / "12,5" / "0,123"
            if (looksGrouped(groups[0], groups[1])) {
                const NumberReading grouped = number(2, false), decimal = number(1, true);
                NumberReading r;
                r.kind = NumberReading::Ambiguous;
                r.value = last == '.' ? decimal.value : grouped.value;
                r.commaReading = last == '.' ? grouped.value : decimal.value;
                return r;
            }
            NumberReading r = number(1, true);
            r.evidence = last == '.' ? DecimalMark::Point : DecimalMark::Comma;
            return r;
        }
        if (lastCount != k || !validGrouping(k)) return {}; // "1 234 567", "1.234.567", "1,234,567"
        NumberReading r = number(k + 1, false);
        if (last == '.') r.evidence = DecimalMark::Comma; // dots group: the decimal mark is a comma
        if (last == ',') r.evidence = DecimalMark::Point;
        return r;
    }
    // The last separator is the decimal mark, the others group: "1,234.5", "1.234,5", "1 234,5".
    if (lastCount != 1 || !sameGrouping || !validGrouping(k - 1)) return {};
    NumberReading r = number(k, true);
    r.evidence = last == '.' ? DecimalMark::Point : DecimalMark::Comma;
    return r;
}

NumberReading NumberText::readCoordinate(std::string_view text) {
    std::string_view v = trim(text);
    if (v.size() > 1 && v.front() == '+' && v[1] != '-') v.remove_prefix(1);
    if (v.empty()) return {};
    NumberReading r = convert(v);
    if (r.kind != NumberReading::Invalid) return r;
    const std::size_t comma = v.find(',');
    if (comma == std::string_view::npos || v.find(',', comma + 1) != std::string_view::npos
        || v.find('.') != std::string_view::npos)
        return r;
    std::string copy(v);
    copy[comma] = '.';
    return convert(copy);
}

} // namespace tp::io
