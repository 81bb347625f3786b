#pragma once
// IconSet: the tool and action icons, hand-drawn 24 × 24 line icons (SVG, one mid-blue stroke
// that reads on light and dark palettes) embedded under :/icons by ui/CMakeLists.txt. Stateless:
// every call loads from the resource (QIcon caches the rendered pixmaps itself). GUI thread only.

#include <QIcon>
#include <QStringList>

namespace tp::ui {

class IconSet {
public:
    // The icon `name` (the file name without ".svg", e.g. "tool-paint"); a null icon if unknown.
    static QIcon icon(const QString& name);
    // The names of every embedded icon, sorted.
    static QStringList names();
};

} // namespace tp::ui
