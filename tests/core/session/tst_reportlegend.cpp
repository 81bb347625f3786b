// The PDF report's map page legend as a reader finds it (pdftotext): each territory with its
// deviation and the symbol for over (▲), under (▼) or within (✓) the tolerance, and the line
// saying what the symbols mean; with a German locale the report's numbers use the decimal comma.
#include "io/export/exportsource.h"
#include "io/export/outputfile.h"
#include "io/report/pdfreportwriter.h"
#include "model/metricsengine.h"
#include "model/numberformat.h"
#include "session/projectsession.h"
#include "support/democopy.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tp;

class TestReportLegend : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString pageText(const QString& pdf, int page) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                 QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mapPageMarksTolerance() {
        const QString path = m_dir.filePath(QStringLiteral("demo.territory"));
        QVERIFY(testsupport::copyDemo(path, testsupport::DemoScenario::AsBundled));
        QString error;
        auto session = session::ProjectSession::open(path, &error);
        QVERIFY2(session, qPrintable(error));
        const io::ExportSource source(session->project(), session->metrics(), 0, io::OutputGuard());
        io::ReportOptions options;
        options.locale = QLocale(QLocale::German, QLocale::Germany);
        options.tolerancePct = 4.0;
        io::PdfReportWriter writer(source, options);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(writer.write(pdf, &error), qPrintable(error));
        const QString text = pageText(pdf, 1);
        QVERIFY2(text.contains(QStringLiteral("Deviation from the balance target")), qPrintable(text));
        // Each territory's line ends with its deviation (decimal comma) and the symbol.
        int over = 0, under = 0, within = 0;
        const QLocale de(QLocale::German, QLocale::Germany);
        for (const TerritoryMetrics& m : session->metrics().territories()) {
            if (std::isnan(m.deviationPct)) continue;
            const QString figure = NumberFormat::number(m.deviationPct, 1, de) + QStringLiteral(" % ");
            const QString symbol = m.deviationPct > 4.0    ? QStringLiteral("▲")
                                   : m.deviationPct < -4.0 ? QStringLiteral("▼")
                                                           : QStringLiteral("✓");
            QVERIFY2(text.contains(figure + symbol), qPrintable(figure + symbol + QStringLiteral("\n") + text));
            over += symbol == QStringLiteral("▲");
            under += symbol == QStringLiteral("▼");
            within += symbol == QStringLiteral("✓");
        }
        QVERIFY2(over > 0 && under + within > 0, "the demo has territories on both sides of ±4 %");
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\d,\\d %"))));
    }
};

QTEST_MAIN(TestReportLegend)
#include "tst_reportlegend.moc"
