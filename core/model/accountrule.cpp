#include "accountrule.h"

#include "account.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace tp {
namespace {

QString normalised(const QString& s) {
    return s.trimmed().toCaseFolded();
}

// The account's value for a field: text, and the number when it is one.
struct FieldValue {
    QString text;
    std::optional<double> number;
};

FieldValue valueOf(const Account& a, const QString& field) {
    const QString f = normalised(field);
    if (f == u"segment") return {a.segment, {}};
    if (f == u"industry") return {a.industry, {}};
    if (f == u"tier") return {a.tier, {}};
    if (f == u"postal_code") return {a.postalCode, {}};
    if (f == u"name") return {a.name, {}};
    if (f == u"external_id") return {a.externalId, {}};
    const auto number = [](double v) { return FieldValue{QString::number(v, 'g', 17), v}; };
    if (f == u"revenue_potential") return number(a.revenuePotential);
    if (f == u"revenue") return number(a.revenue);
    if (f == u"pipeline") return number(a.pipeline);
    if (f == u"workload_hours") return number(a.workloadHours);
    auto it = a.extra.constFind(field);
    if (it == a.extra.constEnd())
        for (auto e = a.extra.constBegin(); e != a.extra.constEnd(); ++e)
            if (normalised(e.key()) == f) {
                it = e;
                break;
            }
    if (it == a.extra.constEnd()) return {};
    FieldValue v{it.value().toString(), {}};
    bool ok = false;
    const double d = v.text.trimmed().toDouble(&ok);
    if (ok && std::isfinite(d)) v.number = d;
    return v;
}

bool equalsValue(const FieldValue& v, const QString& wanted) {
    if (v.number) {
        bool ok = false;
        const double d = wanted.trimmed().toDouble(&ok);
        if (ok) return d == *v.number;
    }
    return normalised(v.text) == normalised(wanted);
}

bool conditionMatches(const AccountRule::Condition& c, const Account& a) {
    const FieldValue v = valueOf(a, c.field);
    switch (c.op) {
        case AccountRule::Op::Equals:
            return !c.values.isEmpty() && equalsValue(v, c.values.front());
        case AccountRule::Op::InList:
            for (const QString& wanted : c.values)
                if (equalsValue(v, wanted)) return true;
            return false;
        case AccountRule::Op::Range:
            return v.number && *v.number >= c.min && *v.number <= c.max;
    }
    return false;
}

QString numberText(double d) {
    const QString shortText = QString::number(d, 'g', 15);
    return shortText.toDouble() == d ? shortText : QString::number(d, 'g', 17);
}

bool isKeyword(const QString& word) {
    const QString w = word.toLower();
    return w == u"and" || w == u"or";
}

QString quoted(const QString& value) {
    const bool plain = !value.isEmpty() && !isKeyword(value) && value.trimmed() == value
                       && !value.contains(QRegularExpression(QStringLiteral("[\\s,=\"]")));
    return plain ? value : QLatin1Char('"') + value + QLatin1Char('"');
}

struct Token {
    enum Kind { Word, Quoted, Comma, Equals } kind;
    QString text;
};

bool tokenize(const QString& text, std::vector<Token>* out, QString* error) {
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u',') {
            out->push_back({Token::Comma, QStringLiteral(",")});
            ++i;
        } else if (c == u'=') {
            out->push_back({Token::Equals, QStringLiteral("=")});
            ++i;
        } else if (c == u'"') {
            const int end = int(text.indexOf(u'"', i + 1));
            if (end < 0) {
                if (error) *error = AccountRule::tr("A quote (\") is not closed.");
                return false;
            }
            out->push_back({Token::Quoted, text.mid(i + 1, end - i - 1)});
            i = end + 1;
        } else {
            int end = i;
            while (end < n && !text[end].isSpace() && text[end] != u',' && text[end] != u'=' && text[end] != u'"')
                ++end;
            out->push_back({Token::Word, text.mid(i, end - i)});
            i = end;
        }
    }
    return true;
}

} // namespace

bool AccountRule::matches(const Account& account) const {
    if (conditions.empty()) return true;
    for (const Condition& c : conditions) {
        const bool m = conditionMatches(c, account);
        if (matchAll && !m) return false;
        if (!matchAll && m) return true;
    }
    return matchAll;
}

QJsonObject AccountRule::toJson() const {
    QJsonArray list;
    for (const Condition& c : conditions) {
        QJsonObject o;
        o.insert(QStringLiteral("field"), c.field);
        switch (c.op) {
            case Op::Equals:
                o.insert(QStringLiteral("op"), QStringLiteral("equals"));
                o.insert(QStringLiteral("value"), c.values.value(0));
                break;
            case Op::InList:
                o.insert(QStringLiteral("op"), QStringLiteral("in"));
                o.insert(QStringLiteral("values"), QJsonArray::fromStringList(c.values));
                break;
            case Op::Range:
                o.insert(QStringLiteral("op"), QStringLiteral("range"));
                o.insert(QStringLiteral("min"), c.min);
                o.insert(QStringLiteral("max"), c.max);
                break;
        }
        list.append(o);
    }
    QJsonObject json;
    json.insert(QStringLiteral("combine"), matchAll ? QStringLiteral("and") : QStringLiteral("or"));
    json.insert(QStringLiteral("conditions"), list);
    return json;
}

std::optional<AccountRule> AccountRule::fromJson(const QJsonObject& json, QString* error) {
    AccountRule rule;
    const QString combine = json.value(QStringLiteral("combine")).toString(QStringLiteral("and"));
    if (combine != u"and" && combine != u"or") {
        if (error) *error = tr("Unknown combination \"%1\" (and, or).").arg(combine);
        return std::nullopt;
    }
    rule.matchAll = combine == u"and";
    for (const QJsonValue& v : json.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject o = v.toObject();
        Condition c;
        c.field = o.value(QStringLiteral("field")).toString().trimmed();
        const QString op = o.value(QStringLiteral("op")).toString();
        if (c.field.isEmpty()) {
            if (error) *error = tr("A condition names no field.");
            return std::nullopt;
        }
        if (op == u"equals") {
            c.op = Op::Equals;
            c.values = {o.value(QStringLiteral("value")).toString()};
        } else if (op == u"in") {
            c.op = Op::InList;
            for (const QJsonValue& x : o.value(QStringLiteral("values")).toArray()) c.values << x.toString();
        } else if (op == u"range") {
            c.op = Op::Range;
            const QJsonValue lo = o.value(QStringLiteral("min")), hi = o.value(QStringLiteral("max"));
            if (!lo.isDouble() || !hi.isDouble() || !(lo.toDouble() <= hi.toDouble())) {
                if (error) *error = tr("The range of %1 needs two numbers, the smaller first.").arg(c.field);
                return std::nullopt;
            }
            c.min = lo.toDouble();
            c.max = hi.toDouble();
        } else {
            if (error) *error = tr("Unknown condition \"%1\" (equals, in, range).").arg(op);
            return std::nullopt;
        }
        rule.conditions.push_back(c);
    }
    return rule;
}

QString AccountRule::toText() const {
    if (conditions.empty()) return QStringLiteral("all");
    QStringList parts;
    for (const Condition& c : conditions) {
        switch (c.op) {
            case Op::Equals:
                parts << QStringLiteral("%1 = %2").arg(quoted(c.field), quoted(c.values.value(0)));
                break;
            case Op::InList: {
                QStringList values;
                for (const QString& v : c.values) values << quoted(v);
                parts << QStringLiteral("%1 in %2").arg(quoted(c.field), values.join(QStringLiteral(", ")));
                break;
            }
            case Op::Range:
                parts << QStringLiteral("%1 between %2 and %3")
                             .arg(quoted(c.field), numberText(c.min), numberText(c.max));
                break;
        }
    }
    return parts.join(matchAll ? QStringLiteral(" and ") : QStringLiteral(" or "));
}

std::optional<AccountRule> AccountRule::parse(const QString& text, QString* error) {
    AccountRule rule;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0) return rule;
    std::vector<Token> tokens;
    if (!tokenize(trimmed, &tokens, error)) return std::nullopt;
    std::size_t at = 0;
    const auto fail = [&](const QString& message) {
        if (error) *error = message;
        return std::nullopt;
    };
    const auto atKeyword = [&] {
        return at < tokens.size() && tokens[at].kind == Token::Word && isKeyword(tokens[at].text);
    };
    // A value: one quoted token, or the words up to a comma, and, or or the end.
    const auto readValue = [&](QString* out) {
        if (at < tokens.size() && tokens[at].kind == Token::Quoted) {
            *out = tokens[at++].text;
            return true;
        }
        QStringList words;
        while (at < tokens.size() && tokens[at].kind == Token::Word && !isKeyword(tokens[at].text))
            words << tokens[at++].text;
        *out = words.join(QLatin1Char(' '));
        return !words.isEmpty();
    };
    std::optional<bool> combine;
    while (true) {
        Condition c;
        if (at >= tokens.size() || (tokens[at].kind != Token::Word && tokens[at].kind != Token::Quoted) || atKeyword())
            return fail(tr("A condition must start with a field name (segment, industry, tier, a column)."));
        c.field = tokens[at++].text.trimmed();
        if (at >= tokens.size()) return fail(tr("%1: say = value, in values or between low and high.").arg(c.field));
        const Token& op = tokens[at];
        const QString word = op.text.toLower();
        if (op.kind == Token::Equals) {
            ++at;
            c.op = Op::Equals;
            QString v;
            if (!readValue(&v)) return fail(tr("%1 = needs a value.").arg(c.field));
            c.values = {v};
        } else if (op.kind == Token::Word && word == u"in") {
            ++at;
            c.op = Op::InList;
            do {
                QString v;
                if (!readValue(&v)) return fail(tr("%1 in needs values separated by commas.").arg(c.field));
                c.values << v;
            } while (at < tokens.size() && tokens[at].kind == Token::Comma && ++at);
        } else if (op.kind == Token::Word && word == u"between") {
            ++at;
            c.op = Op::Range;
            bool okLow = false, okHigh = false;
            if (at + 2 >= tokens.size())
                return fail(tr("%1 between needs two numbers: between 10 and 20.").arg(c.field));
            c.min = tokens[at].text.toDouble(&okLow);
            const bool andWord = tokens[at + 1].kind == Token::Word && tokens[at + 1].text.toLower() == u"and";
            c.max = tokens[at + 2].text.toDouble(&okHigh);
            if (!okLow || !okHigh || !andWord || !std::isfinite(c.min) || !std::isfinite(c.max))
                return fail(tr("%1 between needs two numbers: between 10 and 20.").arg(c.field));
            if (c.min > c.max) return fail(tr("%1 between: the smaller number comes first.").arg(c.field));
            at += 3;
        } else {
            return fail(tr("%1: say = value, in values or between low and high.").arg(c.field));
        }
        rule.conditions.push_back(c);
        if (at >= tokens.size()) break;
        if (!atKeyword()) return fail(tr("Expected and or or after the condition on %1.").arg(c.field));
        const bool isAnd = tokens[at].text.toLower() == u"and";
        if (combine && *combine != isAnd)
            return fail(tr("A rule combines its conditions either all with and or all with or."));
        combine = isAnd;
        ++at;
    }
    rule.matchAll = combine.value_or(true);
    return rule;
}

} // namespace tp
