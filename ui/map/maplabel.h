#pragma once
// MapLabel: one territory's label as the map draws it: where (its anchor), what (name over key
// figure) and how (accent colour, placement priority, warning). Value type; any thread.

#include "geo/webmercator.h"

#include <QColor>
#include <QString>

namespace tp::ui {

struct MapLabel {
    geo::MercatorPoint position;
    QString title;
    QString detail;
    QColor accent;        // the territory colour (the swatch of a listed label)
    double weight = 0.0;  // placement priority (area)
    bool warning = false; // e.g. out of tolerance: detail drawn in red
};

} // namespace tp::ui
