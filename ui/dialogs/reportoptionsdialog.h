#pragma once
// ReportOptionsDialog: what File › Export › PDF Report adds to the map page and the summary: a
// page per territory (its map and account list) and a thematic page, the units coloured by a
// figure (any measure's total or density, penetration, coverage, or a measure's change against
// the baseline) in classes with its legend. The classification, classes and ramp are the ones
// given (the Theme dock's current choice), the figure is picked here. GUI thread only.

#include "model/thematicmap.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;

namespace tp::ui {

class ReportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    // `measures`: the engine's; `theme`: preselected figure and the classification to use;
    // hasBaseline: whether a change can be shown (another scenario exists).
    ReportOptionsDialog(const std::vector<MeasureDefinition>& measures, const ThematicMap::Options& theme,
                        bool hasBaseline, QWidget* parent = nullptr);

    bool territoryPages() const;
    // The thematic page's options; nullopt when not wanted.
    std::optional<ThematicMap::Options> theme() const;

    QCheckBox* territoryPagesBox() const { return m_pages; }
    QCheckBox* themeBox() const { return m_themePage; }
    QComboBox* figureBox() const { return m_figure; }

private:
    ThematicMap::Options m_options;
    QCheckBox* m_pages;
    QCheckBox* m_themePage;
    QComboBox* m_figure;
};

} // namespace tp::ui
