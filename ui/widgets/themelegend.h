#pragma once
// ThemeLegend: the thematic map's legend, floating over the map canvas (a child widget of it,
// kept in its bottom-left corner above the scale bar): the figure as title, the classification
// underneath, one row per class with its colour, bounds and number of units, and the "no data"
// row. Numbers are formatted in the user's locale (QLocale()). It paints with its own font, so
// workshop mode's large type reaches it. GUI thread only.

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

namespace tp {
class ThematicMap;
}

namespace tp::ui {

class ThemeLegend : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QColor colour;
        QString label;   // e.g. "1,200 – 4,500"
        qint64 count = 0;
    };

    explicit ThemeLegend(QWidget* parent = nullptr);

    void setLegend(const QString& title, const QString& subtitle, std::vector<Entry> entries);
    // The map's title, subtitle and legend rows (highest class first, then "No data").
    void setMap(const ThematicMap& map);

    const QString& title() const { return m_title; }
    const std::vector<Entry>& entries() const { return m_entries; }
    // Puts the legend in its corner of the parent (call when the parent resizes).
    void place();

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString m_title, m_subtitle;
    std::vector<Entry> m_entries;
};

} // namespace tp::ui
