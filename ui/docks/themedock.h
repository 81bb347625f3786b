#pragma once
// ThemeDock: the thematic map's chooser and its controller. The user picks the figure (a
// measure's total or density, penetration, coverage, or a measure's change against another
// scenario), the classification (quantiles, equal intervals, natural breaks), the number of
// classes (3-9) and a ColorBrewer ramp; the dock computes the unit values (UnitThemeValues over
// the session's MetricsEngine), classifies them, hands the class of every unit to the canvas's
// ThemeLayer and fills the ThemeLegend floating over the map. The map-mode actions
// ("Territories" | "Theme", and a Ctrl+T toggle for the keyboard and workshop mode) switch
// between the territory layer and the theme layer (the account dots make way while the theme is
// shown). It subscribes to the session's notifications
// (units reassigned, territories, accounts, reps, scenarios) and recomputes once per change while
// the theme is shown (merged by a zero-delay timer; a hidden theme only marks itself stale).
// Owns its widgets and the legend (a child of the canvas); the facade is the main window's.
// GUI thread only.

#include "model/thematicmap.h"

#include <QDockWidget>
#include <QTimer>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QSpinBox;

namespace tp::ui {

class EditController;
class MapCanvas;
class ThemeLegend;

class ThemeDock : public QDockWidget {
    Q_OBJECT
public:
    ThemeDock(EditController* controller, MapCanvas* canvas, QWidget* parent = nullptr);

    // "Territories" and "Theme" (exclusive, for the tool bar) and the toggle (Ctrl+T, for menus).
    QAction* territoriesAction() const { return m_showTerritories; }
    QAction* themeAction() const { return m_showTheme; }
    QAction* toggleAction() const { return m_toggle; }
    bool isThemeShown() const;
    void showTheme(bool shown);

    QComboBox* figureBox() const { return m_figure; }
    QComboBox* baseScenarioBox() const { return m_base; }
    QComboBox* methodBox() const { return m_method; }
    QSpinBox* classesBox() const { return m_classes; }
    QComboBox* rampBox() const { return m_ramp; }
    ThemeLegend* legend() const { return m_legend; }
    // The figure, classification, classes and ramp chosen here (the report's thematic page
    // starts from them).
    ThematicMap::Options options() const;
    // Recomputes now (normally merged by the timer after each change).
    void recompute();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void subscribe();
    void fillChoices(); // figures (measures may change), base scenarios
    void scheduleUpdate();
    UnitThemeValues::Figure currentFigure() const;
    void figureChanged();

    EditController* m_controller;
    MapCanvas* m_canvas;
    ThemeLegend* m_legend;
    QComboBox* m_figure;
    QComboBox* m_base;
    QLabel* m_baseLabel;
    QComboBox* m_method;
    QSpinBox* m_classes;
    QComboBox* m_ramp;
    QLabel* m_summary;
    QAction* m_showTerritories;
    QAction* m_showTheme;
    QAction* m_toggle;
    QActionGroup* m_mode;
    QTimer m_updateTimer;
    bool m_stale = true;
    bool m_accountsWereVisible = true;
};

} // namespace tp::ui
