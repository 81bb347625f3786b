// The map image as a PNG (PngImageWriter, what File › Export Map writes on a worker): the file
// reads back pixel for pixel; a cancel leaves the old file and no stray temporary file; the open
// project is never overwritten.
#include "io/export/outputguard.h"
#include "io/export/pngimagewriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;
using namespace tp::io;

namespace {

QImage picture(QColor colour) {
    QImage image(64, 48, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(QRect(8, 8, 30, 20), colour);
    p.drawLine(0, 47, 63, 0);
    return image;
}

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPngImageWriter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void readsBackPixelForPixel() {
        const QString path = m_dir.filePath(QStringLiteral("map.png"));
        const QImage image = picture(Qt::red);
        QString error;
        QVERIFY2(PngImageWriter::write(image, path, OutputGuard(), &error), qPrintable(error));
        QImage back(path, "PNG");
        QVERIFY(!back.isNull());
        QCOMPARE(back.convertToFormat(QImage::Format_ARGB32), image);
    }

    void cancelledKeepsTheOldFile() {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("cancel")));
        const QString path = m_dir.filePath(QStringLiteral("cancel/old.png"));
        QString error;
        QVERIFY2(PngImageWriter::write(picture(Qt::blue), path, OutputGuard(), &error), qPrintable(error));
        const QByteArray before = bytesOf(path);
        OutputGuard guard;
        const TaskProgress progress([](const QString&, double) {});
        progress.cancel();
        guard.setProgress(progress);
        error = QStringLiteral("unset");
        QVERIFY(!PngImageWriter::write(picture(Qt::green), path, guard, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("cancel"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("old.png")});
    }

    void neverOverwritesTheProject() {
        const QString project = m_dir.filePath(QStringLiteral("plan.territory"));
        QFile f(project);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
        f.close();
        QString error;
        QVERIFY(!PngImageWriter::write(picture(Qt::red), project, OutputGuard(project), &error));
        QVERIFY2(error.contains(QLatin1String("open project file")), qPrintable(error));
        QCOMPARE(bytesOf(project), QByteArray("SQLite format 3"));
    }
};

QTEST_GUILESS_MAIN(TestPngImageWriter)
#include "tst_pngimagewriter.moc"
