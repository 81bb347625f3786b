// `territory export PROJECT report OUT --theme ...`: the PDF report gets a thematic page after the
// map page. Checked as a reader would: pdftotext finds the figure, the classification and the
// class bounds in the legend, bounds worked out here from an SQL sum over the project file's
// accounts (sqlite3) by the quantile rule (class c ends at rank ceil(c n / k)); pdftoppm shows
// every class colour of the ColorBrewer ramp on the page. A change against the baseline uses the
// diverging ramp; bad specs are usage errors (exit 2).
#include "support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

using tp::testsupport::Run;
using tp::testsupport::run;
using tp::testsupport::territory;

// Pixels within 3 per channel of `rgb`.
qint64 pixelsOf(const QImage& image, QRgb rgb) {
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            n += std::abs(qRed(p) - qRed(rgb)) <= 3 && std::abs(qGreen(p) - qGreen(rgb)) <= 3
                 && std::abs(qBlue(p) - qBlue(rgb)) <= 3;
        }
    return n;
}

} // namespace

class TestCliTheme : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    QImage page(const QString& pdf, int number, const QString& prefix) {
        const Run png =
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), QStringLiteral("-f"),
                 QString::number(number), QStringLiteral("-l"), QString::number(number), pdf, m_dir.filePath(prefix)});
        if (png.exitCode != 0) return {};
        const QStringList files = QDir(m_dir.path()).entryList({prefix + QStringLiteral("-*.png")});
        return files.size() == 1 ? QImage(m_dir.filePath(files.first())) : QImage();
    }
    QString text(const QString& pdf, int number) {
        return run(QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), QString::number(number), QStringLiteral("-l"), QString::number(number),
                    QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .out;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.territory"));
        QVERIFY(QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), m_demo));
        QFile::setPermissions(m_demo, QFile::ReadOwner | QFile::WriteOwner);
    }

    void potentialByQuantiles() {
        const QString pdf = m_dir.filePath(QStringLiteral("theme.pdf"));
        const Run r = territory({QStringLiteral("export"), m_demo, QStringLiteral("report"), pdf,
                                 QStringLiteral("--theme"), QStringLiteral("potential:quantiles:5:YlGnBu")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The revenue potential of every unit, summed over the project file's accounts that the
        // current team covers (the demo's first team, Commercial: Mid-Market and SMB).
        const Run sql = run(
            QStringLiteral("sqlite3"),
            {QStringLiteral("-readonly"), m_demo,
             QStringLiteral(
                 "SELECT COALESCE(SUM(a.revenue_potential), 0) FROM units u LEFT JOIN accounts a ON a.unit_id = u.id "
                 "AND lower(a.segment) IN ('mid-market', 'smb') GROUP BY u.id")});
        QVERIFY2(sql.exitCode == 0, qPrintable(sql.err));
        std::vector<double> sorted;
        for (const QString& line : sql.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            sorted.push_back(line.toDouble());
        QVERIFY(sorted.size() > 3000); // the demo's US counties
        std::sort(sorted.begin(), sorted.end());
        const std::size_t n = sorted.size();
        std::vector<double> uppers;
        for (std::size_t c = 1; c < 5; ++c) {
            const double v = sorted[(c * n + 4) / 5 - 1];
            if (v < sorted.back() && (uppers.empty() || v > uppers.back())) uppers.push_back(v);
        }
        uppers.push_back(sorted.back());
        QVERIFY(uppers.size() >= 3);
        QLocale c = QLocale::c(); // the report's numbers: C locale, thousands grouped
        c.setNumberOptions(QLocale::DefaultNumberOptions);
        const auto format = [&](double v) {
            return c.toString(v, 'f', std::abs(v) >= 100 || v == 0 ? 0 : std::abs(v) >= 10 ? 1 : 2);
        };

        const QString words = text(pdf, 2);
        QVERIFY2(words.contains(QStringLiteral("Revenue potential")), qPrintable(words.left(400)));
        QVERIFY(words.contains(QStringLiteral("Quantiles")));
        QVERIFY(words.contains(QStringLiteral("Legend")));
        double lower = sorted.front();
        for (double upper : uppers) {
            // A class of one value (every unit without potential) reads as that value.
            const QString label =
                lower == upper ? format(upper) : QStringLiteral("%1 – %2").arg(format(lower), format(upper));
            QVERIFY2(words.contains(label), qPrintable(label + QStringLiteral("\n") + words.left(1500)));
            lower = upper;
        }
        // Page 1 is still the territory map, page 3 the summary.
        QVERIFY(text(pdf, 3).contains(QStringLiteral("Territory summary")));

        // Every class colour of YlGnBu for this many classes (colorbrewer2.org) is on the page.
        const QImage image = page(pdf, 2, QStringLiteral("theme"));
        QVERIFY(!image.isNull());
        const std::vector<std::vector<QRgb>> ylGnBu = {{},
                                                       {},
                                                       {},
                                                       {0xedf8b1, 0x7fcdbb, 0x2c7fb8},
                                                       {0xffffcc, 0xa1dab4, 0x41b6c4, 0x225ea8},
                                                       {0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494}};
        for (QRgb rgb : ylGnBu[uppers.size()]) {
            const qint64 count = pixelsOf(image, rgb);
            QVERIFY2(count > 100,
                     qPrintable(QStringLiteral("#%1: %2 pixels").arg(rgb, 6, 16, QLatin1Char('0')).arg(count)));
        }
    }

    void changeAgainstTheBaseline() {
        const QString pdf = m_dir.filePath(QStringLiteral("change.pdf"));
        // The demo opens on its plan of record; the proposal is the other scenario.
        const Run r =
            territory({QStringLiteral("export"), m_demo, QStringLiteral("report"), pdf, QStringLiteral("--scenario"),
                       QStringLiteral("2"), QStringLiteral("--theme"), QStringLiteral("change:workload:jenks:5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString words = text(pdf, 2);
        QVERIFY2(words.contains(QStringLiteral("vs.")), qPrintable(words.left(600)));
        QVERIFY(words.contains(QStringLiteral("Natural breaks")));
        // RdBu, 5 classes: the neutral middle (no change) and at least one side are drawn.
        const QImage image = page(pdf, 2, QStringLiteral("change"));
        QVERIFY(!image.isNull());
        QVERIFY(pixelsOf(image, 0xf7f7f7) > 100);
        QVERIFY(pixelsOf(image, 0xca0020) + pixelsOf(image, 0xf4a582) + pixelsOf(image, 0x92c5de)
                    + pixelsOf(image, 0x0571b0)
                > 100);
    }

    void badSpecsAreUsageErrors_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown figure") << "margin"
                                        << "Unknown measure";
        QTest::newRow("classes") << "potential:jenks:12"
                                 << "3 to 9";
        QTest::newRow("ramp") << "potential:jenks:5:rainbow"
                              << "Unknown colour ramp";
    }
    void badSpecsAreUsageErrors() {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        const QString pdf = m_dir.filePath(QStringLiteral("bad.pdf"));
        const Run r = territory(
            {QStringLiteral("export"), m_demo, QStringLiteral("report"), pdf, QStringLiteral("--theme"), spec});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestCliTheme)
#include "tst_clitheme.moc"
