#include "ui/map/maplayer.h"

namespace tp::ui {

QImage MapLayer::makeImage(const MapViewport& view) {
    const MapViewport device = view.deviceViewport();
    QImage image(device.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

} // namespace tp::ui
