#pragma once
// AccountRule: which accounts a team covers: a list of conditions on an account field (segment,
// industry, tier, postal code, a numeric built-in such as revenue_potential, or any imported
// column), each "equals", "in list" or "numeric range", combined with and or or. A rule without
// conditions covers every account. Text comparisons ignore case and surrounding spaces; a range
// is inclusive at both ends and never matches a value that is not a number. Stored as JSON in the
// project file; parse()/toText() give the CLI's notation:
//   segment = Enterprise
//   segment in Mid-Market, SMB and industry = Healthcare
//   revenue_potential between 100000 and 500000 or tier = A
// (values with spaces or commas in double quotes; one combinator per rule). Value type; any thread.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tp {

struct Account;

struct AccountRule {
    enum class Op { Equals, InList, Range };
    struct Condition {
        QString field; // "segment", "industry", "tier", "postal_code", a built-in number or an extra column
        Op op = Op::Equals;
        QStringList values; // Equals: one value; InList: the list
        double min = 0, max = 0;
        bool operator==(const Condition&) const = default;
    };
    std::vector<Condition> conditions;
    bool matchAll = true; // and (true) or or (false)

    bool coversEverything() const { return conditions.empty(); }
    bool matches(const Account& account) const;

    QJsonObject toJson() const;
    // nullopt and *error for JSON that is not a rule (unknown op, range without numbers, ...).
    static std::optional<AccountRule> fromJson(const QJsonObject& json, QString* error = nullptr);
    QString toText() const;
    // An empty text or "all" is the rule that covers everything.
    static std::optional<AccountRule> parse(const QString& text, QString* error);

    bool operator==(const AccountRule&) const = default;

    Q_DECLARE_TR_FUNCTIONS(tp::AccountRule)
};

} // namespace tp
