#pragma once
// LayersDock: the map's layers, each shown or hidden with its check box and reordered by
// dragging (top of the list is drawn on top), plus the accounts' display: sized by a measure,
// and which segments and industries are drawn; the account heat map's radius (pixels or km) and
// weighting, with its colour legend. Changes go straight to the canvas. GUI thread only.

#include <QDockWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QListWidget;
class QListWidgetItem;

namespace tp {
class Project;
}

namespace tp::ui {

class MapCanvas;

class LayersDock : public QDockWidget {
    Q_OBJECT
public:
    LayersDock(MapCanvas* canvas, QWidget* parent = nullptr);

    // Fills the segment and industry filters from the project's accounts.
    void setProject(const Project* project);
    QListWidget* layerList() const { return m_layers; }
    QListWidget* segmentList() const { return m_segments; }
    QListWidget* industryList() const { return m_industries; }
    QComboBox* sizeBy() const { return m_sizeBy; }
    QSpinBox* heatRadius() const { return m_heatRadius; }
    QComboBox* heatRadiusUnit() const { return m_heatUnit; }
    QComboBox* heatWeight() const { return m_heatWeight; }

private:
    void applyOrder();
    void applyFilter();
    void applyHeatMap();
    QWidget* heatMapLegend();

    MapCanvas* m_canvas;
    QListWidget* m_layers;
    QListWidget* m_segments;
    QListWidget* m_industries;
    QComboBox* m_sizeBy;
    QSpinBox* m_heatRadius;
    QComboBox* m_heatUnit;
    QComboBox* m_heatWeight;
};

} // namespace tp::ui
