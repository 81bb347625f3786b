#pragma once
// CompareWindow: two scenarios side by side on two synchronized maps (pan or zoom one, the other
// follows), each titled with its scenario and balance index and labelled with its territories'
// figures; changed units are cross-hatched on both. Shows the project it is given (not owned; the window must be closed before the project
// goes). GUI thread only.

#include "render/maplabel.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace tp {
class Project;
}

namespace tp::ui {

class MapCanvas;

class CompareWindow : public QWidget {
    Q_OBJECT
public:
    explicit CompareWindow(QWidget* parent = nullptr);

    // left/right: scenario ids; titles: e.g. "Plan of record FY27 · balance 0.98"; the stray
    // units of each side's scenario (the session's PlanFacts) are hatched.
    void show(const Project& project, qint64 left, qint64 right, const QString& leftTitle, const QString& rightTitle,
              std::vector<int> changedUnits, const QString& basemapPath, std::vector<int> leftStray = {},
              std::vector<int> rightStray = {});
    // The territory labels of each side (names and figures of that side's scenario).
    void setLabels(std::vector<render::MapLabel> left, std::vector<render::MapLabel> right);
    void detach(); // forget the project (it is closing or changing)
    MapCanvas* left() const { return m_left; }
    MapCanvas* right() const { return m_right; }

private:
    MapCanvas* m_left;
    MapCanvas* m_right;
    QLabel* m_leftTitle;
    QLabel* m_rightTitle;
    bool m_syncing = false;
};

} // namespace tp::ui
