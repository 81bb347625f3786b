#pragma once
// ColorRamp: the colour-blind-safe ColorBrewer schemes thematic maps use, sequential (YlGnBu,
// Oranges, Purples) for totals and ratios and diverging (RdBu, PuOr) for changes, with the
// published colours for 3 to 9 classes (ColorBrewer picks each class count's colours by hand,
// so the tables are data, not interpolations). Colours are 0xRRGGBB (core/model has no QtGui).
// Stateless; any thread.

#include <QList>
#include <QString>

#include <vector>

namespace tp {

class ColorRamp {
public:
    enum class Id { YlGnBu, Oranges, Purples, RdBu, PuOr };
    static constexpr int minClasses = 3, maxClasses = 9;

    static QList<Id> all();
    static bool isDiverging(Id id) { return id == Id::RdBu || id == Id::PuOr; }
    // The published colours for `classes` classes, light to dark (diverging: the negative end
    // first, the neutral middle at classes / 2 for odd counts). 1 or 2 classes take the outer
    // colours of the 3-class table (1: its middle); more than 9 is clamped to 9.
    static std::vector<quint32> colours(Id id, int classes);
    // Drawn for units without a value: a light neutral grey, apart from every ramp.
    static constexpr quint32 noDataColour = 0xd9d9d9;

    static QString key(Id id);                       // "YlGnBu", ... (CLI, settings)
    static bool fromKey(const QString& key, Id* id); // case-insensitive
    static QString name(Id id);                      // for people, short: "Yellow–blue", "Red–blue ±" (diverging)
};

} // namespace tp
