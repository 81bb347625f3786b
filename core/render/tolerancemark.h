#pragma once
// ToleranceMark: in or out of the balance tolerance, never by colour alone. A territory's
// deviation from its target is over (▲), under (▼) or within (✓) the tolerance: the map labels
// and the workshop texts add the symbol as text (DejaVu Sans, the fonts the app finds offscreen
// and on Debian desktops, has all three), the Balance table shows it as a drawn icon (no font
// needed), the balance chart hatches the bars outside. Stateless; GUI thread for icon().

#include <QColor>
#include <QIcon>
#include <QString>

class QPainter;
class QRectF;

namespace tp::render {

class ToleranceMark {
public:
    enum class State { Within, Over, Under, Undefined };

    static State state(double deviationPct, double tolerancePct);
    static QString symbol(double deviationPct, double tolerancePct); // "▲", "▼", "✓"; empty if undefined
    static QString symbol(State state);
    // "over the tolerance", …, for tooltips and legends (translated).
    static QString meaning(State state);
    // The symbol drawn as a shape in `box` (a triangle up or down, a tick).
    static void paint(QPainter* painter, const QRectF& box, State state, const QColor& colour);
    static QIcon icon(State state, int size = 12);
    // The colour the table and labels use for it (red outside, green-grey within).
    static QColor colour(State state);
};

} // namespace tp::render
