#pragma once
// MeasureDefinition: one figure the metrics engine sums per territory: a built-in account field,
// a numeric extra (imported) column, or a weighted composite of other measures. The engine keeps
// the list; composites refer to other measures by their index in that list (composites of
// composites are not allowed, so a value never depends on evaluation order). Value type; any thread.

#include <QString>

#include <vector>

namespace tp {

class Project;
struct Account;

struct MeasureDefinition {
    enum class Kind { AccountCount, RevenuePotential, Revenue, Pipeline, WorkloadHours, ExtraColumn, Composite };
    struct Term {
        int measure = -1; // index into the engine's measure list; must not be a composite
        double weight = 1.0;
    };

    Kind kind = Kind::AccountCount;
    QString name;            // shown in the metrics dock and reports
    QString column;          // ExtraColumn: key in Account::extra
    std::vector<Term> terms; // Composite only

    static MeasureDefinition builtIn(Kind kind);
    static MeasureDefinition extraColumn(const QString& column, const QString& name = {});
    static MeasureDefinition composite(const QString& name, std::vector<Term> terms);

    // Account count, revenue potential, revenue, pipeline, workload hours (in this order).
    static std::vector<MeasureDefinition> builtIns();
    // The built-ins plus one measure per extra column whose non-empty values are all numbers.
    // Reads every account once (about 0.1 s for 1M accounts): call when accounts were imported.
    static std::vector<MeasureDefinition> defaultsFor(const Project& project);
    // The same for any set of accounts (e.g. a project's accounts as an import would leave them).
    static std::vector<MeasureDefinition> defaultsFor(const std::vector<const Account*>& accounts);
};

} // namespace tp
