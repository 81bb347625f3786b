#include "render/maplayer.h"

namespace tp::render {

QImage MapLayer::makeImage(const MapViewport& view) {
    const MapViewport device = view.deviceViewport();
    QImage image(device.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

} // namespace tp::render
