#pragma once
// ThemeLegend: a legend floating over the map canvas (a child widget of it, kept in a corner above
// the scale bar and the attribution). Two uses: the thematic map's legend (the figure as title,
// the classification underneath, one row per class with its colour, bounds and number of units,
// and the "no data" row; bottom left) and the map legend in territory mode (territory colours,
// account symbols by segment and size, the hatchings, the tolerance marks; bottom right,
// collapsible by a click on its title). Rows say how their swatch is drawn (a fill, a dot, a
// hatching, a symbol, or a heading without swatch); paintLegend() draws the same legend onto an
// image (the PNG export). Numbers are formatted in the user's locale (QLocale()). It paints with
// its own font, so workshop mode's large type reaches it. The widget keeps its drawing as an
// image: it is painted again whenever the map under it repaints (each drag step). GUI thread only.

#include <QColor>
#include <QImage>
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
    enum class Swatch { Fill, Dot, Hatch, CrossHatch, Symbol, Heading };
    struct Entry {
        QColor colour;
        QString label; // e.g. "1,200 – 4,500"
        qint64 count = 0;
        Swatch swatch = Swatch::Fill;
        bool showCount = true;
        double scale = 1.0; // a dot's size, relative to the row's normal dot
        QString symbol;     // Swatch::Symbol: the text drawn as swatch, e.g. "▲"
        friend bool operator==(const Entry&, const Entry&) = default;
    };

    explicit ThemeLegend(QWidget* parent = nullptr);

    void setLegend(const QString& title, const QString& subtitle, std::vector<Entry> entries);
    // The map's title, subtitle and legend rows (highest class first, then "No data").
    void setMap(const ThematicMap& map);

    const QString& title() const { return m_title; }
    const QString& subtitle() const { return m_subtitle; }
    const std::vector<Entry>& entries() const { return m_entries; }
    // Which corner of the parent it keeps to (bottom left by default).
    void setCorner(Qt::Corner corner);
    // Kept over `anchor` (a child of the parent) instead of the whole parent: the map legend is a
    // child of the window over the canvas, so a grab of the canvas shows the map alone.
    void setAnchor(QWidget* anchor);
    // Collapsible: a click on the title folds the rows away (and back); the widget then takes
    // mouse clicks (otherwise they go through to the map).
    void setCollapsible(bool collapsible);
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    // Puts the legend in its corner of the parent (call when the parent resizes).
    void place();

    QSize sizeHint() const override;

    // The legend's size and drawing in `font`, for a widget or an exported image.
    static QSize sizeFor(const QFont& font, const QString& title, const QString& subtitle,
                         const std::vector<Entry>& entries, bool collapsed = false, bool collapsible = false);
    static void paintLegend(QPainter& painter, const QRect& rect, const QFont& font, const QString& title,
                            const QString& subtitle, const std::vector<Entry>& entries, bool collapsed = false,
                            bool collapsible = false);

signals:
    void collapsedChanged(bool collapsed);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString m_title, m_subtitle;
    std::vector<Entry> m_entries;
    Qt::Corner m_corner = Qt::BottomLeftCorner;
    QWidget* m_anchor = nullptr; // null: the parent
    bool m_collapsible = false;
    bool m_collapsed = false;
    QImage m_drawn; // the legend as last painted (device pixels); null: to be drawn again
};

} // namespace tp::ui
