#pragma once
// Machine-readable result rows shared by the benchmarks; tests/bench/run-benchmarks.sh collects
// them into one table. One line per measurement, tab separated, times in milliseconds, "-" where
// a value does not apply:
//   RESULT <operation> <data> <median_ms> <worst_ms> <budget_ms>
// or, for a quantity that is not a time (printResultIn), the same with a sixth field naming its
// unit (e.g. "MB"); median, worst and budget are then in that unit.
// The run script reads budgets from DESIGN.md ("Performance budgets") for operations whose name
// starts with a DESIGN.md operation name; budget_ms here is the benchmark's own copy of it.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace tp::bench {

// How long `f` takes, in milliseconds (a steady clock).
inline double timeMs(const std::function<void()>& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

inline double worst(const std::vector<double>& v) {
    return *std::max_element(v.begin(), v.end());
}

// worstMs / budgetMs < 0: not available / no budget.
inline void printResult(const char* operation, const char* data, double medianMs, double worstMs, double budgetMs) {
    char worstText[32] = "-", budgetText[32] = "-";
    if (worstMs >= 0) std::snprintf(worstText, sizeof worstText, "%.4f", worstMs);
    if (budgetMs >= 0) std::snprintf(budgetText, sizeof budgetText, "%g", budgetMs);
    std::printf("RESULT\t%s\t%s\t%.4f\t%s\t%s\n", operation, data, medianMs, worstText, budgetText);
    std::fflush(stdout);
}

inline void printResult(const char* operation, const char* data, const std::vector<double>& runsMs, double budgetMs) {
    printResult(operation, data, median(runsMs), worst(runsMs), budgetMs);
}

// A measurement in `unit` (not a time): median and worst of `runs`, budget < 0: none.
inline void printResultIn(const char* unit, const char* operation, const char* data, const std::vector<double>& runs,
                          double budget) {
    char budgetText[32] = "-";
    if (budget >= 0) std::snprintf(budgetText, sizeof budgetText, "%g", budget);
    std::printf("RESULT\t%s\t%s\t%.4f\t%.4f\t%s\t%s\n", operation, data, median(runs), worst(runs), budgetText, unit);
    std::fflush(stdout);
}

} // namespace tp::bench
