#pragma once
// PngImageWriter: an image (the map as an image) written as a PNG file through OutputFile: encoded
// in memory (QImage does not report failed writes), then written with every write checked to a
// temporary file that is renamed over the target, so a failure or a cancel leaves the target as
// it was; a cancel of the guard's TaskProgress too (false with *error empty). Stateless; any
// thread (the GUI encodes on a worker: a 4K map takes about a second).

#include <QString>

class QImage;

namespace tp::io {

class OutputGuard;

class PngImageWriter {
public:
    static bool write(const QImage& image, const QString& path, const OutputGuard& guard, QString* error);
};

} // namespace tp::io
