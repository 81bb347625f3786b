#pragma once
// MapLayerSet: the layers of one map in drawing order (base map, online tiles if given, territories,
// thematic map, highlights, accounts, account heat map, reps, labels) and what they draw. It copies what the layers need out of
// the Project into their immutable snapshots (MapRenderSnapshot), re-projecting unit geometry
// and account positions only when their fingerprints change, and keeps the view options that
// shape the snapshots: selection, compared (changed) units, the scenario shown, the account
// filter and sizing. The MapHitTester is fed the same snapshots, so what is hit is what is drawn.
// Knows nothing of views, images or scheduling: the owner (MapCanvas) renders the layers with a
// MapRenderJob after each change. Reads the Project (not owned; must outlive the set or be reset
// with setProject(nullptr)) only inside its calls. GUI thread; the layers are shared with
// running render tasks.

#include "render/maphittester.h"
#include "render/maprenderstyle.h"
#include "render/mapviewport.h"

#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace tp {
class Project;
}

namespace tp::render {

struct BaseMap;
class AccountLayer;
class BaseMapLayer;
class HeatMapLayer;
class HighlightLayer;
class LabelLayer;
class MapLayer;
class RepHomeLayer;
class TerritoryLayer;
class ThemeLayer;

class MapLayerSet {
public:
    using Layers = std::vector<std::shared_ptr<MapLayer>>;

    // tiles: a layer drawn right above the base map (the canvas's online tiles, which need the
    // network and stay in the UI); none for a map without them (the PDF report).
    explicit MapLayerSet(std::shared_ptr<MapLayer> tiles = nullptr);
    ~MapLayerSet();

    const MapRenderStyle& style() const { return m_style; }
    MapRenderStyle& style() { return m_style; }

    // --- what is drawn
    void setProject(const Project* project);
    const Project* project() const { return m_project; }
    // Re-snapshots the project; unit geometry and account points only when they changed.
    void projectChanged();
    // Only the assignment, territories or colours changed.
    void assignmentChanged();
    // Only these units changed territory: returns the region they cover (nullopt: unknown).
    std::optional<MercatorRect> unitsChanged(const std::vector<int>& units);
    void setBaseMap(const BaseMap& baseMap);

    // --- view options; each returns false when nothing changed
    bool setSelection(std::vector<int> units);
    const std::vector<int>& selection() const { return m_selection; }
    bool setChangedUnits(std::vector<int> units);
    const std::vector<int>& changedUnits() const { return m_changed; }
    // The units of `scenarioId` in stray pieces of their territory, hatched while that scenario
    // is shown (worked out once per change by the session's PlanFacts, not here).
    bool setStrayUnits(qint64 scenarioId, std::vector<int> units);
    void setShownScenario(qint64 scenarioId);
    qint64 shownScenario() const; // the id shown (the current scenario's when none was set)
    // One territory in focus, the others faded (MapRenderSnapshot::assignment); 0: none.
    void setFocusTerritory(qint64 territoryId);
    // Another team whose territory borders are drawn over the map as a reference outline (dark
    // violet, no fills); 0: none. A team that is or becomes the current one is not outlined.
    void setReferenceTeam(qint64 teamId);
    qint64 referenceTeam() const { return m_referenceTeam; }
    bool setAccountFilter(const QSet<QString>& hiddenSegments, const QSet<QString>& hiddenIndustries);
    bool setAccountSizeMeasure(int measure);
    // The heat map's radius and weighting (HeatMapLayer::Settings); weights are re-read when the
    // weighting measure changes.
    bool setHeatMapSettings(double radius, bool kilometres, int weightMeasure);

    // --- the layers
    const Layers& layers() const { return m_layers; } // drawing order: first = bottom
    // A new drawing order of the same layers; false (and no change) for anything else.
    bool setOrder(const std::vector<MapLayer*>& order);
    BaseMapLayer* baseMapLayer() const { return m_baseLayer.get(); }
    TerritoryLayer* territoryLayer() const { return m_territoryLayer.get(); }
    TerritoryLayer* referenceLayer() const { return m_referenceLayer.get(); } // see setReferenceTeam
    // The thematic map (hidden until switched on); shares the territory layer's geometry and
    // assignment, its classes are set by whoever computes the figures (ThemeDock).
    ThemeLayer* themeLayer() const { return m_themeLayer.get(); }
    AccountLayer* accountLayer() const { return m_accountLayer.get(); }
    RepHomeLayer* repLayer() const { return m_repLayer.get(); }
    HighlightLayer* highlightLayer() const { return m_highlightLayer.get(); }
    LabelLayer* labelLayer() const { return m_labelLayer.get(); }
    MapLayer* tileLayer() const { return m_tileLayer.get(); } // null without tiles
    HeatMapLayer* heatMapLayer() const { return m_heatLayer.get(); }

    const MapHitTester& hitTester() const { return m_hits; }

private:
    void updateHighlights();
    void updateReference();
    void updateAccountPoints();

    MapRenderStyle m_style;
    const Project* m_project = nullptr;
    quint64 m_unitsKey = 0;
    quint64 m_accountsKey = 0;
    std::vector<int> m_selection;
    std::vector<int> m_changed;
    qint64 m_shownScenario = 0;
    qint64 m_focus = 0;
    qint64 m_referenceTeam = 0;
    qint64 m_strayScenario = 0; // whose stray units m_stray lists
    std::vector<int> m_stray;
    QSet<QString> m_hiddenSegments, m_hiddenIndustries;
    int m_accountSizeMeasure = -1;

    std::shared_ptr<BaseMapLayer> m_baseLayer;
    std::shared_ptr<TerritoryLayer> m_territoryLayer;
    std::shared_ptr<TerritoryLayer> m_referenceLayer; // another team's borders, no fills
    std::shared_ptr<ThemeLayer> m_themeLayer;
    std::shared_ptr<AccountLayer> m_accountLayer;
    std::shared_ptr<RepHomeLayer> m_repLayer;
    std::shared_ptr<HighlightLayer> m_highlightLayer;
    std::shared_ptr<LabelLayer> m_labelLayer;
    std::shared_ptr<MapLayer> m_tileLayer;
    std::shared_ptr<HeatMapLayer> m_heatLayer;
    int m_heatWeight = -1;
    Layers m_layers;
    MapHitTester m_hits;
};

} // namespace tp::render
