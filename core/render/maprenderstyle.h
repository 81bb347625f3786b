#pragma once
// MapRenderStyle: the colours and line widths of the map, in one place so the layers agree and
// tests can compute expected pixels. Widths are in logical pixels (layers multiply by the device
// pixel ratio). Value type; any thread.

#include <QColor>

namespace tp::render {

struct MapRenderStyle {
    // Base map: calm, low-contrast, so territories carry the colour.
    QColor water{0xdc, 0xe4, 0xe9};
    QColor land{0xf4, 0xf2, 0xee};
    QColor countryBorder{0xc9, 0xc6, 0xbf};
    QColor stateBorder{0x9e, 0xa2, 0xa8};
    QColor countyBorder{0xdb, 0xd8, 0xd2};
    QColor nationBorder{0x9a, 0xa3, 0xab};
    double stateBorderWidth = 0.9;
    double countyBorderWidth = 0.6;
    double countiesMaxResolution = 2500.0; // m/px: county lines only when zoomed in this far

    // Territories.
    double territoryFillAlpha = 0.55;
    QColor unitOutline{255, 255, 255, 120};
    double unitOutlineMaxResolution = 6000.0; // m/px: unit outlines only when units are big enough
    double unitOutlineMinPx = 8.0;            // and only between units at least this wide on screen
    double unitOutlineMinMedianPx = 8.0;      // and when the layer's median unit is at least this wide
    QColor territoryBorder{0x26, 0x2c, 0x33, 235};
    double territoryBorderWidth = 1.5;

    // Accounts, by segment.
    QColor enterprise{0x5e, 0x35, 0xb1};
    QColor midMarket{0x1e, 0x6f, 0xc0};
    QColor smb{0xe0, 0x7b, 0x12};
    QColor otherSegment{0x54, 0x5e, 0x66};
    QColor halo{255, 255, 255, 230};
    QColor densityDot{0x2a, 0x33, 0x3d}; // aggregated accounts at low zoom
    double accountRadius = 2.6;

    // Reps.
    QColor repFill{0x1f, 0x29, 0x33};
    QColor repOutline{255, 255, 255};
    double repSize = 11.0;

    // Highlights: selection and stray pieces of fragmented territories.
    QColor selectionFill{255, 255, 255, 90};
    QColor selectionOutline{0x10, 0x6b, 0xd6};
    QColor selectionHalo{255, 255, 255, 220};
    QColor strayHatch{0xb0, 0x2a, 0x2a, 200};
    QColor changedHatch{0x1f, 0x29, 0x33, 190};

    // Overlays.
    QColor overlayText{0x3c, 0x44, 0x4c};
    QColor overlayBackground{255, 255, 255, 190};
    double overlayTextPx = 11.0; // scale bar and attribution; workshop mode makes it large
};

} // namespace tp::render
