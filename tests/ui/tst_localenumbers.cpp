// Numbers follow the UI language's locale, and in or out of tolerance never shows by colour
// alone. NumberFormat's rules per language (grouping, decimal comma, short-scale words), then the
// demo project with German as the default locale (what `--lang de` sets): the Balance table, the
// headline, the map labels and the tooltips print German numbers, and every deviation carries
// ▲ / ▼ / ✓ (table icon, label text, hatched chart bars) whose glyphs the label font really has.
#include "ui/window/mainwindow.h"
#include "ui/docks/metricsdock.h"
#include "ui/docks/metricstablemodel.h"
#include "render/labellayer.h"
#include "render/labelsprites.h"
#include "ui/map/mapcanvas.h"
#include "ui/map/mapinspector.h"
#include "ui/widgets/balancechart.h"
#include "render/tolerancemark.h"

#include "model/metricsengine.h"
#include "model/metricstable.h"
#include "model/numberformat.h"
#include "session/projectsession.h"
#include "support/mainwindowfixture.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tp;

class TestLocaleNumbers : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void numbers_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("compact");
        QTest::newRow("German thousands") << "de_DE" << 1234.4 << 1 << "1.234,4"
                                          << "1.234";
        QTest::newRow("German billions") << "de_DE" << 1.65e9 << 0 << "1.650.000.000"
                                         << "1,65 Mrd.";
        QTest::newRow("German millions") << "de_DE" << 94.94e6 << 0 << "94.940.000"
                                         << "94,9 Mio.";
        QTest::newRow("German ten thousands") << "de_DE" << 12345.0 << 0 << "12.345"
                                              << "12 Tsd.";
        QTest::newRow("English billions") << "en_US" << 1.65e9 << 2 << "1,650,000,000.00"
                                          << "1.65 B";
        QTest::newRow("English millions") << "en_US" << 94.94e6 << 0 << "94,940,000"
                                          << "94.9 M";
        QTest::newRow("Spanish ten thousands") << "es_ES" << 12345.0 << 0 << "12.345"
                                               << "12 mil";
        QTest::newRow("Spanish billions") << "es_ES" << 2.5e9 << 2 << "2500.000.000,00"
                                          << "2,50 mil M";
        QTest::newRow("C (CLI) thousands") << "C" << 12345.0 << 0 << "12,345"
                                           << "12 k";
        QTest::newRow("negative German") << "de_DE" << -2.5e6 << 1 << "-2.500.000,0"
                                         << "-2,5 Mio.";
        QTest::newRow("undefined") << "de_DE" << std::nan("") << 1 << "—"
                                   << "—";
    }
    void numbers() {
        QFETCH(QString, locale);
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, number);
        QFETCH(QString, compact);
        const QLocale l(locale);
        QCOMPARE(NumberFormat::number(value, decimals, l), number);
        QCOMPARE(NumberFormat::compact(value, l), compact);
        // The C-locale statics the CLI uses are unchanged by the UI language.
        QLocale::setDefault(QLocale(QLocale::German));
        QCOMPARE(MetricsTable::formatMoney(1.65e9), QStringLiteral("1.65 B"));
        QCOMPARE(MetricsTable::formatNumber(1234.5, 1), QStringLiteral("1,234.5"));
    }

    void measureNamesInSentences_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("inSentence");
        QTest::newRow("English noun") << "en_US"
                                      << "Workload hours"
                                      << "workload hours";
        QTest::newRow("English acronym") << "en_US"
                                         << "CRM value"
                                         << "CRM value";
        QTest::newRow("German noun keeps its capital") << "de_DE"
                                                       << "Arbeitsstunden"
                                                       << "Arbeitsstunden";
        QTest::newRow("Spanish") << "es_ES"
                                 << "Horas de trabajo"
                                 << "horas de trabajo";
    }
    void measureNamesInSentences() {
        QFETCH(QString, locale);
        QFETCH(QString, name);
        QFETCH(QString, inSentence);
        QCOMPARE(NumberFormat::inSentence(name, QLocale(locale)), inSentence);
    }

    void toleranceStates_data() {
        QTest::addColumn<double>("deviation");
        QTest::addColumn<QString>("symbol");
        QTest::newRow("over") << 12.0 << "▲";
        QTest::newRow("under") << -10.5 << "▼";
        QTest::newRow("at the edge") << 10.0 << "✓";
        QTest::newRow("within") << -3.0 << "✓";
        QTest::newRow("undefined") << std::nan("") << "";
    }
    void toleranceStates() {
        QFETCH(double, deviation);
        QFETCH(QString, symbol);
        QCOMPARE(render::ToleranceMark::symbol(deviation, 10.0), symbol);
    }

    void symbolsRenderInTheLabelFont() {
        // Each symbol draws ink of its own; a missing glyph would draw the same box as a
        // private-use code point the fonts do not have.
        const render::LabelSprites::Type type(16.0);
        auto render = [&](const QString& text) {
            QImage image(40, 40, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            p.setFont(type.detail);
            p.setPen(Qt::black);
            p.drawText(QRect(0, 0, 40, 40), Qt::AlignCenter, text);
            return image;
        };
        const QImage missing = render(QString(QChar(0xE000)));
        QSet<QByteArray> seen;
        for (const QString& s : {QStringLiteral("▲"), QStringLiteral("▼"), QStringLiteral("✓")}) {
            const QImage image = render(s);
            QVERIFY2(image != missing, qPrintable(s));
            QVERIFY2(image != render(QStringLiteral(" ")), qPrintable(s));
            seen.insert(QByteArray(reinterpret_cast<const char*>(image.constBits()), int(image.sizeInBytes())));
        }
        QCOMPARE(seen.size(), 3);
        // The table's icons are drawn, so they need no font: three different, inked pictures.
        QSet<qint64> keys;
        for (auto s : {render::ToleranceMark::State::Over, render::ToleranceMark::State::Under,
                       render::ToleranceMark::State::Within}) {
            const QImage icon = render::ToleranceMark::icon(s).pixmap(12, 12).toImage();
            int ink = 0;
            for (int y = 0; y < icon.height(); ++y)
                for (int x = 0; x < icon.width(); ++x) ink += qAlpha(icon.pixel(x, y)) > 100;
            QVERIFY(ink > 6);
            keys.insert(icon.cacheKey());
        }
        QCOMPARE(keys.size(), 3);
    }

    void germanDemoShowsGermanNumbersAndSymbols() {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QLocale de = NumberFormat::grouped(QLocale(QLocale::German, QLocale::Germany));
        const QString path = m_dir.filePath(QStringLiteral("demo.territory"));
        ui::MainWindow window;
        QVERIFY(testsupport::showDemoCopy(window, path, testsupport::DemoScenario::AsBundled));
        // The demo is balanced within ±10 %: a narrower band puts territories on both sides.
        window.metricsDock()->setTolerancePct(4.0);
        const double tolerance = window.metricsDock()->tolerancePct();
        QCOMPARE(tolerance, 4.0);

        // Balance table: German grouping and scale words, a drawn symbol with its meaning.
        ui::MetricsTableModel* model = window.metricsDock()->model();
        const MetricsTable* table = model->table();
        QVERIFY(table && table->rowCount() == 12);
        int outside = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            const TerritoryMetrics& m = table->metrics(r);
            QCOMPARE(model->data(model->index(r, MetricsTable::Accounts)).toString(),
                     de.toString(double(m.accounts), 'f', 0));
            const QString potential = model->data(model->index(r, MetricsTable::RevenuePotential)).toString();
            const double v = m.revenuePotential;
            const QString expected = v >= 1e9   ? de.toString(v / 1e9, 'f', 2) + QStringLiteral(" Mrd.")
                                     : v >= 1e6 ? de.toString(v / 1e6, 'f', 1) + QStringLiteral(" Mio.")
                                                : de.toString(v / 1e3, 'f', 0) + QStringLiteral(" Tsd.");
            QCOMPARE(potential, expected);
            QVERIFY2(potential.contains(QLatin1Char(',')) || v < 1e6, qPrintable(potential));
            const QModelIndex deviation = model->index(r, MetricsTable::DeviationPct);
            QVERIFY(!deviation.data(Qt::DecorationRole).value<QIcon>().isNull());
            const bool out = std::abs(m.deviationPct) > tolerance;
            outside += out;
            QCOMPARE(deviation.data(Qt::ToolTipRole).toString(),
                     render::ToleranceMark::meaning(out ? (m.deviationPct > 0 ? render::ToleranceMark::State::Over
                                                                              : render::ToleranceMark::State::Under)
                                                        : render::ToleranceMark::State::Within));
        }
        QVERIFY2(outside > 0 && outside < 12, "the demo has territories on both sides of the tolerance");
        // The headline's figures: decimal comma.
        QVERIFY2(window.metricsDock()->headline().contains(de.toString(table->plan().balanceIndex, 'f', 2)),
                 qPrintable(window.metricsDock()->headline()));

        // Map labels: the figure in German, then the symbol for over / under / within.
        const auto& labels = window.canvas()->labelLayer()->labels();
        QCOMPARE(int(labels.size()), 12);
        for (const auto& l : labels) {
            const TerritoryMetrics* m = nullptr;
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->text(r, MetricsTable::Territory) == l.title) m = &table->metrics(r);
            QVERIFY2(m, qPrintable(l.title));
            QVERIFY2(l.detail.contains(de.toString(m->balanceValue, 'f', 0)), qPrintable(l.detail));
            QVERIFY2(l.detail.endsWith(render::ToleranceMark::symbol(m->deviationPct, tolerance)),
                     qPrintable(l.detail));
            QCOMPARE(l.warning, std::abs(m->deviationPct) > tolerance);
        }

        // Chart: the bars outside the tolerance are hatched, the others solid.
        QHorizontalStackedBarSeries* series = nullptr;
        for (QAbstractSeries* s : window.metricsDock()->chart()->chart()->series())
            if (auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(s)) series = bars;
        QVERIFY(series);
        int hatched = 0;
        for (QBarSet* set : series->barSets()) hatched += set->brush().style() == Qt::BDiagPattern;
        QCOMPARE(hatched, outside);

        // Tooltips: German numbers.
        const Project& p = window.session()->project();
        const ui::MapInspector inspector(*window.session());
        int checked = 0;
        for (int u = 0; u < int(p.units.size()) && checked < 20; ++u) {
            const QString tip = inspector.unitToolTip(u);
            if (!tip.contains(QStringLiteral(" Mio.")) && !tip.contains(QStringLiteral(" Tsd."))) continue;
            QVERIFY2(!tip.contains(QStringLiteral(" M\n")) && !tip.endsWith(QStringLiteral(" M"))
                         && !tip.endsWith(QStringLiteral(" k")),
                     qPrintable(tip));
            ++checked;
        }
        QVERIFY(checked > 0);
    }
};

QTEST_MAIN(TestLocaleNumbers)
#include "tst_localenumbers.moc"
