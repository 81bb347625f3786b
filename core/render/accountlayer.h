#pragma once
// AccountLayer: accounts as small haloed points coloured by segment. When more accounts are in
// view than can be read as points, they are binned into a screen grid and drawn as density dots
// sized by count and coloured by the cell's dominant segment, so a million accounts stay fast.
// Positions are pre-projected to Web Mercator in the snapshot, to 2 cm (8 bytes each).
// setPoints(): GUI thread; render(): any thread.

#include "render/maplayer.h"
#include "render/maprenderstyle.h"

#include "geo/compactmercatorpoint.h"

#include <QMutex>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

namespace tp::render {

class AccountLayer : public MapLayer {
public:
    enum Segment : std::uint8_t { Enterprise = 0, MidMarket = 1, Smb = 2, OtherSegment = 3, SegmentCount = 4 };

    // Segment value of an account the filter hides: not drawn, not hit.
    static constexpr std::uint8_t hidden = 255;
    static constexpr int sizeClasses = 5; // quintiles of the sizing measure

    struct Points {
        std::vector<geo::CompactMercatorPoint> position; // index = account index in the project
        std::vector<std::uint8_t> segment;               // Segment, or `hidden`
        std::vector<std::uint8_t> sizeClass;             // 0..sizeClasses-1 by a chosen measure; empty: all alike
        friend bool operator==(const Points& a, const Points& b) {
            return a.segment == b.segment && a.sizeClass == b.sizeClass && a.position == b.position;
        }
    };

    explicit AccountLayer(const MapRenderStyle& style) : m_style(style) {}

    static Segment segmentOf(const QString& segmentName);

    bool setPoints(std::shared_ptr<const Points> points); // false when nothing changed
    std::shared_ptr<const Points> points() const;

    // More accounts than this in view are aggregated.
    void setPointLimit(int limit) { m_pointLimit = limit; }

    QString name() const override { return QStringLiteral("Accounts"); }
    QImage render(const MapViewport& view, const std::atomic_bool& cancelled) const override;

private:
    QColor colorOf(int segment) const;

    MapRenderStyle m_style;
    int m_pointLimit = 15000;
    mutable QMutex m_mutex;
    std::shared_ptr<const Points> m_points;
};

} // namespace tp::render
