#pragma once
// TerritoryColouring: colours for a scenario's territories from a colour-blind-safe qualitative
// palette (Paul Tol's "bright" and "muted" schemes) such that territories sharing a border get
// different colours: greedy graph colouring in DSatur order (most constrained territory first)
// over the territory adjacency derived from the unit adjacency. With 14 colours any map of
// territories is coloured without two neighbours alike. Stateless; any thread.

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tp {

class Project;
struct Scenario;

class TerritoryColouring {
public:
    static const QStringList& palette();
    // territory id -> "#rrggbb" for every leaf territory of the scenario.
    static QHash<qint64, QString> colour(const Project& project, const Scenario& scenario);
    // Pairs of leaf territories of the scenario that share a border.
    static QHash<qint64, QSet<qint64>> neighbours(const Project& project, const Scenario& scenario);
};

} // namespace tp
