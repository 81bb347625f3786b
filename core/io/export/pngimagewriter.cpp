#include "io/export/pngimagewriter.h"

#include "io/export/outputfile.h"
#include "io/export/outputguard.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>

namespace tp::io {

bool PngImageWriter::write(const QImage& image, const QString& path, const OutputGuard& guard, QString* error) {
    OutputFile out(path, guard);
    if (!out.open(error)) return false;
    const TaskProgress& progress = guard.progress();
    progress.step(QCoreApplication::translate("tp::io::PngImageWriter", "Encoding the image…"), -1);
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG")) {
        if (error)
            *error = out.failure(
                QCoreApplication::translate("tp::io::PngImageWriter", "the image could not be encoded as PNG"));
        return false;
    }
    if (progress.cancelled()) {
        if (error) error->clear();
        return false; // the temporary file goes with `out`
    }
    return out.write(png.data(), error) && out.commit(error);
}

} // namespace tp::io
