#pragma once
// WorkloadSource: where the workload of a project's accounts came from, for the Balance dock and
// `territory workload-rule show`: how many accounts take it from the project's WorkloadRule and
// how many from a file column (named when the project knows it). Value type; any thread that
// may read the project.

#include <QString>

#include <vector>

namespace tp {

class Project;

struct WorkloadSource {
    int fromRule = 0;
    int fromFile = 0;
    QString column; // the file column the last import with one took workload from; may be empty

    static WorkloadSource of(const Project& project);
    // Only the accounts with membership[i] != 0 (a team's, as MetricsEngine::membership gives
    // them; empty: every account).
    static WorkloadSource of(const Project& project, const std::vector<char>& membership);
    // e.g. "Workload: from tiers for 4,812 accounts (A 24, B 12, … visits a year × …); from the
    // file's column “Hours” for 188"; without the rule in brackets when !withRule (one short line).
    QString text(const Project& project, bool withRule = true) const;
};

} // namespace tp
