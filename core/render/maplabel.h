#pragma once
// MapLabel: one territory's label as the map draws it: where (its anchor), what (name over key
// figure) and how (accent colour, placement priority, warning). Value type; any thread.

#include "geo/webmercator.h"

#include <QColor>
#include <QtGlobal>
#include <QString>

namespace tp::render {

struct MapLabel {
    qint64 territoryId = 0;
    geo::MercatorPoint position;
    QString title;
    QString detail;
    QColor accent;        // the territory colour (the swatch of a listed label)
    double weight = 0.0;  // placement priority (area)
    bool warning = false; // e.g. out of tolerance: detail drawn in red
};

} // namespace tp::render
