#include "render/maplayerset.h"

#include "render/accountlayer.h"
#include "render/basemaplayer.h"
#include "render/heatmaplayer.h"
#include "render/highlightlayer.h"
#include "render/labellayer.h"
#include "render/maprendersnapshot.h"
#include "render/rephomelayer.h"
#include "render/territorylayer.h"
#include "render/themelayer.h"

#include "model/project.h"

#include <algorithm>
#include <limits>

namespace tp::render {

MapLayerSet::MapLayerSet(std::shared_ptr<MapLayer> tiles) : m_tileLayer(std::move(tiles)) {
    m_baseLayer = std::make_shared<BaseMapLayer>(m_style);
    m_territoryLayer = std::make_shared<TerritoryLayer>(m_style);
    MapRenderStyle outline = m_style; // borders only, in a colour no territory palette uses
    outline.territoryFillAlpha = 0.0;
    outline.unitOutlineMinMedianPx = std::numeric_limits<double>::infinity();
    outline.territoryBorder = QColor(0x6a, 0x1b, 0x9a, 220);
    outline.territoryBorderWidth = 2.5;
    m_referenceLayer = std::make_shared<TerritoryLayer>(outline, QStringLiteral("Other team"));
    m_themeLayer = std::make_shared<ThemeLayer>(m_style);
    m_accountLayer = std::make_shared<AccountLayer>(m_style);
    m_repLayer = std::make_shared<RepHomeLayer>(m_style);
    m_highlightLayer = std::make_shared<HighlightLayer>(m_style);
    m_labelLayer = std::make_shared<LabelLayer>();
    m_heatLayer = std::make_shared<HeatMapLayer>(); // hidden until chosen
    m_layers = {m_baseLayer,    m_territoryLayer, m_themeLayer, m_referenceLayer, m_highlightLayer,
                m_accountLayer, m_heatLayer,      m_repLayer,   m_labelLayer};
    if (m_tileLayer) m_layers.insert(m_layers.begin() + 1, m_tileLayer);
}

MapLayerSet::~MapLayerSet() = default;

void MapLayerSet::setProject(const Project* project) {
    m_project = project;
    m_unitsKey = m_accountsKey = 0;
    m_hits.setProject(project);
    m_selection.clear();
    m_changed.clear();
    m_strayScenario = 0;
    m_stray.clear();
    if (!project) {
        m_highlightLayer->setMarks({});
        m_labelLayer->setLabels({});
        m_territoryLayer->setGeometry(nullptr);
        m_territoryLayer->setAssignment(nullptr);
        m_referenceLayer->setGeometry(nullptr);
        m_referenceLayer->setAssignment(nullptr);
        m_themeLayer->setGeometry(nullptr);
        m_themeLayer->setAssignment(nullptr);
        m_themeLayer->setClasses(nullptr);
        m_accountLayer->setPoints(nullptr);
        m_heatLayer->setPoints(nullptr, nullptr);
        m_hits.setAccountPoints(nullptr);
        m_repLayer->setMarkers(nullptr);
        return;
    }
    projectChanged();
}

void MapLayerSet::projectChanged() {
    if (!m_project) return;
    const quint64 unitsKey = MapRenderSnapshot::unitsFingerprint(*m_project);
    if (unitsKey != m_unitsKey) {
        m_unitsKey = unitsKey;
        m_hits.setProject(m_project);
        m_territoryLayer->setGeometry(TerritoryLayer::prepare(m_project->units, m_project->adjacency));
        m_themeLayer->setGeometry(m_territoryLayer->geometry());
        m_referenceLayer->setGeometry(m_territoryLayer->geometry());
    }
    const quint64 accountsKey = MapRenderSnapshot::accountsFingerprint(*m_project);
    if (accountsKey != m_accountsKey) {
        m_accountsKey = accountsKey;
        updateAccountPoints();
    }
    m_repLayer->setMarkers(MapRenderSnapshot::repMarkers(*m_project));
    assignmentChanged();
}

void MapLayerSet::assignmentChanged() {
    if (!m_project) return;
    m_territoryLayer->setAssignment(MapRenderSnapshot::assignment(*m_project, m_shownScenario, m_focus));
    m_themeLayer->setAssignment(m_territoryLayer->assignment());
    updateReference();
    updateHighlights();
}

void MapLayerSet::setReferenceTeam(qint64 teamId) {
    m_referenceTeam = teamId;
    updateReference();
}

void MapLayerSet::updateReference() {
    const bool shown = m_project && m_referenceTeam != 0 && m_referenceTeam != m_project->currentTeamId;
    m_referenceLayer->setAssignment(
        shown ? MapRenderSnapshot::teamAssignment(*m_project, m_referenceTeam, m_shownScenario) : nullptr);
}

std::optional<MercatorRect> MapLayerSet::unitsChanged(const std::vector<int>& units) {
    if (!m_project) return std::nullopt;
    const auto geometry = m_territoryLayer->geometry();
    std::optional<MercatorRect> region;
    for (int u : units) {
        if (!geometry || u < 0 || u >= geometry->units.itemCount()) {
            region.reset();
            break;
        }
        const MercatorRect& b = geometry->units.bounds(u);
        region = region ? MercatorRect{std::min(region->minX, b.minX), std::min(region->minY, b.minY),
                                       std::max(region->maxX, b.maxX), std::max(region->maxY, b.maxY)}
                        : b;
    }
    m_territoryLayer->setAssignment(MapRenderSnapshot::assignment(*m_project, m_shownScenario, m_focus));
    m_themeLayer->setAssignment(m_territoryLayer->assignment());
    return region;
}

void MapLayerSet::setBaseMap(const BaseMap& baseMap) {
    m_baseLayer->setGeometry(BaseMapLayer::prepare(baseMap));
}

bool MapLayerSet::setSelection(std::vector<int> units) {
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    if (units == m_selection) return false;
    m_selection = std::move(units);
    updateHighlights();
    return true;
}

bool MapLayerSet::setChangedUnits(std::vector<int> units) {
    if (units == m_changed) return false;
    m_changed = std::move(units);
    updateHighlights();
    return true;
}

bool MapLayerSet::setStrayUnits(qint64 scenarioId, std::vector<int> units) {
    if (scenarioId == m_strayScenario && units == m_stray) return false;
    m_strayScenario = scenarioId;
    m_stray = std::move(units);
    updateHighlights();
    return true;
}

void MapLayerSet::setShownScenario(qint64 scenarioId) {
    m_shownScenario = scenarioId;
    assignmentChanged();
}

void MapLayerSet::setFocusTerritory(qint64 territoryId) {
    m_focus = territoryId;
    assignmentChanged();
}

qint64 MapLayerSet::shownScenario() const {
    if (m_shownScenario) return m_shownScenario;
    return m_project ? m_project->currentScenarioId : 0;
}

bool MapLayerSet::setAccountFilter(const QSet<QString>& hiddenSegments, const QSet<QString>& hiddenIndustries) {
    if (hiddenSegments == m_hiddenSegments && hiddenIndustries == m_hiddenIndustries) return false;
    m_hiddenSegments = hiddenSegments;
    m_hiddenIndustries = hiddenIndustries;
    updateAccountPoints();
    return true;
}

bool MapLayerSet::setAccountSizeMeasure(int measure) {
    if (measure == m_accountSizeMeasure) return false;
    m_accountSizeMeasure = measure;
    updateAccountPoints();
    return true;
}

bool MapLayerSet::setHeatMapSettings(double radius, bool kilometres, int weightMeasure) {
    HeatMapLayer::Settings settings{radius, kilometres, weightMeasure};
    const bool weightChanged = weightMeasure != m_heatWeight;
    m_heatWeight = weightMeasure;
    bool changed = m_heatLayer->setSettings(settings);
    if (weightChanged && m_project) {
        m_heatLayer->setPoints(m_accountLayer->points(), MapRenderSnapshot::accountWeights(*m_project, m_heatWeight));
        changed = true;
    }
    return changed;
}

void MapLayerSet::updateAccountPoints() {
    if (!m_project) return;
    auto points =
        MapRenderSnapshot::accountPoints(*m_project, m_hiddenSegments, m_hiddenIndustries, m_accountSizeMeasure);
    m_accountLayer->setPoints(points);
    m_heatLayer->setPoints(m_accountLayer->points(), MapRenderSnapshot::accountWeights(*m_project, m_heatWeight));
    m_hits.setAccountPoints(std::move(points));
}

void MapLayerSet::updateHighlights() {
    HighlightLayer::Marks marks;
    marks.geometry = m_territoryLayer->geometry();
    marks.selected = m_selection;
    marks.changed = m_changed;
    const Scenario* shown = m_project ? m_project->scenario(shownScenario()) : nullptr;
    if (shown && m_strayScenario == shown->id) marks.stray = m_stray;
    m_highlightLayer->setMarks(std::move(marks));
}

bool MapLayerSet::setOrder(const std::vector<MapLayer*>& order) {
    if (order.size() != m_layers.size()) return false;
    Layers reordered;
    for (MapLayer* l : order) {
        const auto it = std::find_if(m_layers.begin(), m_layers.end(), [l](const auto& x) { return x.get() == l; });
        if (it == m_layers.end() || std::find(reordered.begin(), reordered.end(), *it) != reordered.end()) return false;
        reordered.push_back(*it);
    }
    if (reordered == m_layers) return false;
    m_layers = std::move(reordered);
    return true;
}

} // namespace tp::render
