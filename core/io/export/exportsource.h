#pragma once
// ExportSource: what every export reads: the project, the metrics engine (whose scenario is the
// one exported, with its measures and figures) and optionally a baseline scenario that the
// assignment sheets and the change list compare against. Also the lookups the exports share
// (leaf territories, owner rep, region), and the OutputGuard every export's file must pass (the
// project file it came from is never written). Holds references: the project and engine must outlive
// it, and must not change while an export runs. Thread of the engine.

#include "io/export/outputguard.h"

#include <QString>

#include <vector>

namespace tp {
class MetricsEngine;
class Project;
struct Rep;
struct Scenario;
struct Territory;
} // namespace tp

namespace tp::io {

class ExportSource {
public:
    // baselineScenarioId 0: no baseline (an unknown id counts as none as well). guard: made from
    // the project's file (OutputGuard() for a project that lives only in memory).
    ExportSource(const Project& project, const MetricsEngine& engine, qint64 baselineScenarioId, OutputGuard guard);

    const Project& project() const { return m_project; }
    const MetricsEngine& engine() const { return m_engine; }
    const Scenario* scenario() const; // the engine's scenario
    const Scenario* baseline() const; // nullptr without a baseline
    const OutputGuard& guard() const { return m_guard; }
    // The export's progress and cancel flag, carried to every writer by the guard.
    void setProgress(const TaskProgress& progress) { m_guard.setProgress(progress); }

    // Leaf territories (Level::Territory) of the scenario in list order.
    std::vector<const Territory*> leafTerritories() const;
    const Rep* repOf(const Territory* territory) const; // nullptr: none or no rep
    QString repName(const Territory* territory) const;  // empty when none
    // Name of the top-most Region above the territory (the territory's own parent chain); empty
    // when it has none.
    QString regionName(const Territory* territory) const;

    // The baseline a comparison uses when the user names none: the plan of record if that is not
    // the scenario itself, else the scenario's parent; 0 when neither exists.
    static qint64 defaultBaseline(const Project& project, qint64 scenarioId);

private:
    const Project& m_project;
    const MetricsEngine& m_engine;
    qint64 m_baselineId = 0;
    OutputGuard m_guard;
};

} // namespace tp::io
