#pragma once
// Pixel checks for the map tests: the colour a translucent fill gives over a background, colour
// comparison with a tolerance, a readable colour for failure messages, and how many pixels of
// two pictures differ. Header-only.

#include <QColor>
#include <QImage>
#include <QString>

#include <cstdlib>

namespace tp::testsupport {

// `over` drawn with opacity `alpha` on `under`.
inline QColor blend(const QColor& under, const QColor& over, double alpha) {
    return QColor::fromRgbF(float(under.redF() * (1 - alpha) + over.redF() * alpha),
                            float(under.greenF() * (1 - alpha) + over.greenF() * alpha),
                            float(under.blueF() * (1 - alpha) + over.blueF() * alpha));
}

// Every channel within `tolerance`.
inline bool near(const QColor& a, const QColor& b, int tolerance = 6) {
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

inline QString describe(const QColor& c) {
    return QStringLiteral("(%1,%2,%3)").arg(c.red()).arg(c.green()).arg(c.blue());
}

// Pixels whose red, green and blue differences add up to more than `tolerance` (0: any
// difference); -1 when the sizes differ.
inline int differingPixels(const QImage& a, const QImage& b, int tolerance = 0) {
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size()) return -1;
    int n = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
            if (std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q))
                > tolerance)
                ++n;
        }
    return n;
}

} // namespace tp::testsupport
