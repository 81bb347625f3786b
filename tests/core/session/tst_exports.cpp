// Exports read back as a user's tools read them: every sheet and GIS file through GDAL (CSV, XLSX,
// GeoPackage, GeoJSON, Shapefile, KML), compared with the project row by row; formula
// neutralisation with hostile names; UTF-8 names; valid dissolved boundaries whose area is the sum
// of their units; the PDF rendered with pdftoppm and checked not blank; and a round trip that
// re-imports the exported unit assignments into a new scenario and gets identical metrics.
#include "io/export/accountsheetexporter.h"
#include "io/export/boundaryexporter.h"
#include "io/export/cellneutraliser.h"
#include "io/export/changelistexporter.h"
#include "io/export/exportsource.h"
#include "io/gdal/gdaldataset.h"
#include "io/gdal/gdalsession.h"
#include "io/gdal/gisformat.h"
#include "io/import/unitimporter.h"
#include "io/gdal/territorydissolver.h"
#include "io/report/pdfreportwriter.h"
#include "io/report/reportmap.h"
#include "io/report/reporttable.h"
#include "io/export/territorysummaryexporter.h"
#include "io/export/unitassignmentexporter.h"
#include "io/export/xlsxworkbookwriter.h"
#include "model/metricsengine.h"
#include "model/metricstable.h"
#include "session/planeditor.h"
#include "session/projectsession.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QFontMetricsF>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/strategies/cartesian/area.hpp>

#include <cpl_vsi.h>
#include <ogrsf_frmts.h>

#include <cmath>

#include "geo/webmercator.h"

#include <sys/resource.h>

using namespace tp;
using namespace tp::io;
using namespace tp::session;

namespace {

using Row = QHash<QString, QString>;

double widthInDegrees(const QRectF& mercator) {
    return geo::WebMercator::unproject({mercator.right(), 0}).lon
           - geo::WebMercator::unproject({mercator.left(), 0}).lon;
}

// Web Mercator bounds of a unit as the report map unwraps it around `centre` (degrees).
QRectF mercatorBounds(const Unit& unit, double centre) {
    const double mid = (unit.bounds.min_corner().lon + unit.bounds.max_corner().lon) / 2;
    const double shift = -360.0 * std::round((mid - centre) / 360.0);
    const geo::MercatorPoint a =
        geo::WebMercator::project({unit.bounds.min_corner().lon + shift, unit.bounds.min_corner().lat});
    const geo::MercatorPoint b =
        geo::WebMercator::project({unit.bounds.max_corner().lon + shift, unit.bounds.max_corner().lat});
    return QRectF(QPointF(a.x, a.y), QPointF(b.x, b.y)).normalized();
}

const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
const QString cjkTerritory = QStringLiteral("東京支店");
const QString accentRep = QStringLiteral("Zoë Café");
const QStringList hostileAccounts{QStringLiteral("+cmd|' /C calc'!A0"),
                                  QStringLiteral("@x"),
                                  QStringLiteral("-1+2"),
                                  QStringLiteral("=1+2"),
                                  QStringLiteral("Zoë Café"),
                                  QStringLiteral("東京 株式会社")};

// Every feature of a layer as field name -> text (GDAL reads CSV cells as text).
std::vector<Row> readRows(const QString& path, const QString& layerName = {}) {
    GdalSession gdal;
    gdal.setThreadConfig("OGR_XLSX_HEADERS", "FORCE");
    const GdalDataset ds = GdalDataset::open(path);
    if (!ds.isOpen()) qWarning() << ds.error();
    std::vector<Row> rows;
    if (!ds.isOpen()) return rows;
    OGRLayer* layer = layerName.isEmpty() ? ds->GetLayer(0) : ds.layer(layerName);
    if (!layer) return rows;
    for (const auto& feature : *layer) {
        Row row;
        for (int i = 0; i < feature->GetFieldCount(); ++i)
            row.insert(QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef()),
                       feature->IsFieldSetAndNotNull(i) ? QString::fromUtf8(feature->GetFieldAsString(i)) : QString());
        rows.push_back(row);
    }
    return rows;
}

QStringList layerNames(const QString& path) {
    GdalSession gdal;
    const GdalDataset ds = GdalDataset::open(path);
    QStringList names;
    for (int i = 0; ds.isOpen() && i < ds->GetLayerCount(); ++i) names << QString::fromUtf8(ds->GetLayer(i)->GetName());
    return names;
}

// A file inside the XLSX (zip) through GDAL's virtual file system.
QByteArray zipEntry(const QString& xlsx, const QString& entry) {
    const QByteArray path = QStringLiteral("/vsizip/%1/%2").arg(xlsx, entry).toUtf8();
    VSILFILE* f = VSIFOpenL(path.constData(), "rb");
    if (!f) return {};
    QByteArray data;
    char buffer[65536];
    for (size_t n; (n = VSIFReadL(buffer, 1, sizeof buffer, f)) > 0;) data.append(buffer, qsizetype(n));
    VSIFCloseL(f);
    return data;
}

bool sameNumber(const QString& text, double expected) {
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::abs(value - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

QString repName(const Project& p, const Territory* t) {
    const Rep* r = t ? p.rep(t->repId) : nullptr;
    return r ? r->name : QString();
}

// Every figure of every territory by name, for exact comparisons.
QStringList snapshot(const Project& project, const MetricsEngine& engine) {
    QStringList rows;
    for (const TerritoryMetrics& m : engine.territories()) {
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11|%12|%13|%14|%15")
                    .arg(project.territory(m.territoryId)->name)
                    .arg(m.units)
                    .arg(m.accounts)
                    .arg(m.revenuePotential, 0, 'g', 17)
                    .arg(m.revenue, 0, 'g', 17)
                    .arg(m.pipeline, 0, 'g', 17)
                    .arg(m.workloadHours, 0, 'g', 17)
                    .arg(m.capacityHours, 0, 'g', 17)
                    .arg(m.deviationPct, 0, 'g', 17)
                    .arg(m.areaKm2, 0, 'g', 17)
                    .arg(m.perimeterKm, 0, 'g', 17)
                    .arg(m.compactness, 0, 'g', 17)
                    .arg(m.pieces)
                    .arg(m.meanTravelKm, 0, 'g', 17)
                    .arg(m.utilisation, 0, 'g', 17);
    }
    rows.sort();
    return rows;
}

} // namespace

class TestExports : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    int m_files = 0;

    std::unique_ptr<ProjectSession> openDemoCopy() {
        const QString copy = m_dir.filePath(QStringLiteral("demo%1.territory").arg(++m_files));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto s = ProjectSession::open(copy, &error);
        if (!s) qWarning() << error;
        return s;
    }
    Project& project() { return m_session->project(); }
    MetricsEngine& engine() { return m_session->metrics(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    const Territory* territoryNamed(qint64 scenario, const QString& name) {
        for (const Territory* t : project().territoriesOf(scenario))
            if (t->name == name) return t;
        return nullptr;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_session = openDemoCopy();
        QVERIFY(m_session);
        // Hostile and non-ASCII names where a user could type them: territories (through the
        // editor, as the GUI renames them), a rep and account names.
        PlanEditor editor(*m_session);
        QString error;
        for (const auto& [from, to] : {std::pair{QStringLiteral("Mid-Atlantic"), hyperlink},
                                       std::pair{QStringLiteral("New England"), cjkTerritory}}) {
            for (qint64 scenario : {qint64(1), qint64(2)}) {
                Territory t = *territoryNamed(scenario, from);
                t.name = to;
                QVERIFY2(editor.saveTerritory(t, &error), qPrintable(error));
            }
        }
        // The accented name goes to a rep who hands accounts to or takes them from Hannah O'Brien
        // in the proposal, so the change list shows both names in one pair. The proposal is the
        // optimiser's minimal-disruption rebalance: which reps trade follows from it.
        qint64 hannah = 0, partner = 0;
        for (const Rep& r : project().reps)
            if (r.name == QStringLiteral("Hannah O'Brien")) hannah = r.id;
        for (const Account& a : project().accounts) {
            const Territory* before = project().territory(project().territoryOfAccount(*project().scenario(1), a));
            const Territory* after = project().territory(project().territoryOfAccount(*project().scenario(2), a));
            if (!before || !after || before->repId == after->repId) continue;
            if (before->repId == hannah) partner = after->repId;
            if (after->repId == hannah) partner = before->repId;
            if (partner) break;
        }
        QVERIFY2(hannah && partner, "the proposal moves no accounts to or from Hannah O'Brien");
        for (Rep& r : project().reps)
            if (r.id == partner) r.name = accentRep;
        for (int i = 0; i < hostileAccounts.size(); ++i) project().accounts[std::size_t(i)].name = hostileAccounts[i];
        engine().recompute(1);
    }

    void neutraliser_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("formula") << "=1+2"
                                 << "'=1+2";
        QTest::newRow("plus") << "+cmd"
                              << "'+cmd";
        QTest::newRow("minus") << "-1+2"
                               << "'-1+2";
        QTest::newRow("at") << "@x"
                            << "'@x";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("plain") << "Acme"
                               << "Acme";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
        QTest::newRow("accents") << "Zoë Café"
                                 << "Zoë Café";
    }
    void neutraliser() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CellNeutraliser::neutralised(text), expected);
    }

    void sheetNames_data() {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Maya Chen" << QStringList{} << "Maya Chen";
        QTest::newRow("forbidden characters") << "a/b:c*d?[e]" << QStringList{} << "a b c d e";
        QTest::newRow("too long") << QString(40, QLatin1Char('x')) << QStringList{} << QString(31, QLatin1Char('x'));
        QTest::newRow("duplicate") << "Maya" << QStringList{"maya"} << "Maya (2)";
        QTest::newRow("reserved") << "History" << QStringList{} << "History (2)";
        QTest::newRow("apostrophes") << "'quoted'" << QStringList{} << "quoted";
        QTest::newRow("empty") << "" << QStringList{} << "Sheet";
        QTest::newRow("cjk") << cjkTerritory << QStringList{} << cjkTerritory;
    }
    void sheetNames() {
        QFETCH(QString, wanted);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        QCOMPARE(XlsxWorkbookWriter::sheetName(wanted, taken), expected);
    }

    void accountSheetCsv() {
        engine().recompute(2);
        const ExportSource source(project(), engine(), 1, OutputGuard());
        QString error;
        const QString file = path(QStringLiteral("accounts.csv"));
        QVERIFY2(AccountSheetExporter(source).writeCsv(file, &error), qPrintable(error));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.read(3) == QByteArray("\xEF\xBB\xBF")); // BOM for Excel

        const std::vector<Row> rows = readRows(file);
        QCOMPARE(rows.size(), project().accounts.size());
        const Scenario& scenario = *project().scenario(2);
        const Scenario& baseline = *project().scenario(1);
        int changed = 0;
        for (const Row& row : rows) {
            const int index = project().accountIndexByExternalId(row.value(QStringLiteral("external_id")));
            QVERIFY2(index >= 0, qPrintable(row.value(QStringLiteral("external_id"))));
            const Account& a = project().accounts[std::size_t(index)];
            // The current team's territory (the demo's first team, Commercial: Mid-Market and
            // SMB); the accounts it does not cover have none in this sheet's territory columns.
            const bool covered = project().currentTeam()->covers(a);
            const Territory* t = covered ? project().territory(project().territoryOfAccount(scenario, a)) : nullptr;
            const Territory* before =
                covered ? project().territory(project().territoryOfAccount(baseline, a)) : nullptr;
            QCOMPARE(row.value(QStringLiteral("name")), CellNeutraliser::neutralised(a.name));
            QCOMPARE(row.value(QStringLiteral("postal_code")), a.postalCode);
            QCOMPARE(row.value(QStringLiteral("unit_code")), project().units[std::size_t(a.unit)].code);
            QCOMPARE(row.value(QStringLiteral("territory")), t ? CellNeutraliser::neutralised(t->name) : QString());
            QCOMPARE(row.value(QStringLiteral("rep")), repName(project(), t));
            QCOMPARE(row.value(QStringLiteral("previous_territory")),
                     before ? CellNeutraliser::neutralised(before->name) : QString());
            QCOMPARE(row.value(QStringLiteral("previous_rep")), repName(project(), before));
            const bool moved = t && before && (t->name != before->name || t->repId != before->repId);
            changed += moved;
            QCOMPARE(row.value(QStringLiteral("changed")), moved ? QStringLiteral("yes") : QStringLiteral("no"));
            QVERIFY(sameNumber(row.value(QStringLiteral("revenue_potential")), a.revenuePotential));
            QVERIFY(sameNumber(row.value(QStringLiteral("revenue")), a.revenue));
            QVERIFY(sameNumber(row.value(QStringLiteral("pipeline")), a.pipeline));
            QVERIFY(sameNumber(row.value(QStringLiteral("workload_hours")), a.workloadHours));
        }
        QVERIFY(changed > 0);
        // The hostile names, spelled out.
        QHash<QString, QString> nameById;
        for (const Row& row : rows)
            nameById.insert(row.value(QStringLiteral("external_id")), row.value(QStringLiteral("name")));
        QCOMPARE(nameById.value(project().accounts[0].externalId), QStringLiteral("'+cmd|' /C calc'!A0"));
        QCOMPARE(nameById.value(project().accounts[1].externalId), QStringLiteral("'@x"));
        QCOMPARE(nameById.value(project().accounts[2].externalId), QStringLiteral("'-1+2"));
        QCOMPARE(nameById.value(project().accounts[3].externalId), QStringLiteral("'=1+2"));
        QCOMPARE(nameById.value(project().accounts[4].externalId), QStringLiteral("Zoë Café"));
        QCOMPARE(nameById.value(project().accounts[5].externalId), QStringLiteral("東京 株式会社"));
        // No text cell can start a formula.
        for (const Row& row : rows)
            for (auto it = row.begin(); it != row.end(); ++it)
                if (!it.key().contains(QStringLiteral("revenue")) && it.key() != QLatin1String("pipeline")
                    && it.key() != QLatin1String("workload_hours"))
                    QVERIFY2(!CellNeutraliser::isHostile(it.value()), qPrintable(it.value()));
    }

    void accountSheetXlsx() {
        engine().recompute(1);
        const ExportSource source(project(), engine(), 0, OutputGuard());
        QString error;
        const QString file = path(QStringLiteral("accounts.xlsx"));
        QVERIFY2(AccountSheetExporter(source).writeXlsx(file, &error), qPrintable(error));

        // One sheet for all, then one per rep (12 reps own the 12 territories).
        const QStringList sheets = layerNames(file);
        QCOMPARE(sheets.size(), 13);
        QCOMPARE(sheets.first(), QStringLiteral("All accounts"));
        QVERIFY(sheets.contains(accentRep));
        const std::vector<Row> all = readRows(file, QStringLiteral("All accounts"));
        QCOMPARE(all.size(), project().accounts.size());
        std::size_t perRep = 0;
        for (int s = 1; s < sheets.size(); ++s) {
            const std::vector<Row> rows = readRows(file, sheets[s]);
            QVERIFY(!rows.empty());
            for (const Row& row : rows) QCOMPARE(row.value(QStringLiteral("Rep")), sheets[s]);
            perRep += rows.size();
        }
        // The team's accounts (the demo's first team); the others are on the all-accounts sheet only.
        std::size_t covered = 0;
        for (const Account& a : project().accounts) covered += project().currentTeam()->covers(a);
        QCOMPARE(std::size_t(perRep), covered);

        const Scenario& scenario = *project().scenario(1);
        QSet<QString> names;
        for (const Row& row : all) {
            const int index = project().accountIndexByExternalId(row.value(QStringLiteral("External id")));
            QVERIFY(index >= 0);
            const Account& a = project().accounts[std::size_t(index)];
            // The exported team's territory (the demo's first team); none for the others' accounts.
            const Territory* t = project().currentTeam()->covers(a)
                                     ? project().territory(project().territoryOfAccount(scenario, a))
                                     : nullptr;
            QCOMPARE(row.value(QStringLiteral("Name")), CellNeutraliser::neutralised(a.name));
            QCOMPARE(row.value(QStringLiteral("Territory")), t ? CellNeutraliser::neutralised(t->name) : QString());
            QCOMPARE(row.value(QStringLiteral("Region")), t ? project().territory(t->parentId)->name : QString());
            QCOMPARE(row.value(QStringLiteral("Previous territory")), QString()); // no baseline
            QVERIFY(sameNumber(row.value(QStringLiteral("Revenue potential")), a.revenuePotential));
            QVERIFY(sameNumber(row.value(QStringLiteral("Workload hours")), a.workloadHours));
            names.insert(row.value(QStringLiteral("Name")));
            names.insert(row.value(QStringLiteral("Territory")));
        }
        QVERIFY(names.contains(QStringLiteral("'-1+2")));
        QVERIFY(names.contains(QLatin1Char('\'') + hyperlink));
        QVERIFY(names.contains(cjkTerritory));
        QVERIFY(names.contains(QStringLiteral("東京 株式会社")));

        // No cell is a formula; header frozen, widths set, autofilter on.
        for (int sheet = 1; sheet <= sheets.size(); ++sheet) {
            const QByteArray xml = zipEntry(file, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
            QVERIFY(!xml.isEmpty());
            QVERIFY(!xml.contains("<f>") && !xml.contains("<f "));
            QVERIFY(xml.contains("state=\"frozen\""));
            QVERIFY(xml.contains("<col "));
            QVERIFY(xml.contains("<autoFilter"));
        }
        // Rows are streamed (constant memory): text is written inline in the sheet, neutralised.
        QVERIFY(zipEntry(file, QStringLiteral("xl/worksheets/sheet1.xml")).contains("'=HYPERLINK("));
        // Number formats survive streaming: money and hours columns carry their formats.
        const QByteArray styles = zipEntry(file, QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains("formatCode=\"#,##0\"") && styles.contains("formatCode=\"#,##0.0\""));
    }

    // A sheet per rep for a thousand reps: streamed sheets each hold a temporary file open, more
    // than a low descriptor limit allows; the writer raises the limit (or keeps sheets in
    // memory) and writes every sheet.
    void manySheetsUnderALowFileLimit() {
        rlimit saved{};
        QVERIFY(getrlimit(RLIMIT_NOFILE, &saved) == 0);
        if (saved.rlim_max != RLIM_INFINITY && saved.rlim_max < 1400)
            QSKIP("the hard descriptor limit is below the sheet count");
        std::vector<ExportTable> sheets;
        for (int i = 0; i < 1200; ++i) {
            ExportTable t(QStringLiteral("Rep %1").arg(i));
            t.addColumn(QStringLiteral("id"), QStringLiteral("Id"), ExportTable::Format::Integer);
            t.addRow({i});
            sheets.push_back(std::move(t));
        }
        rlimit low = saved;
        low.rlim_cur = 256;
        QVERIFY(setrlimit(RLIMIT_NOFILE, &low) == 0);
        QString error;
        const QString file = path(QStringLiteral("many-sheets.xlsx"));
        const bool ok = XlsxWorkbookWriter::write(sheets, file, OutputGuard(), &error);
        setrlimit(RLIMIT_NOFILE, &saved);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(layerNames(file).size(), 1200);
    }

    void crmCsv() {
        // The CRM knows owners by user id: a rep with one is written so, the others by name.
        Rep* owner = nullptr;
        for (const Territory* t : project().territoriesOf(2))
            for (Rep& r : project().reps)
                if (!owner && r.id == t->repId) owner = &r;
        QVERIFY(owner);
        owner->crmUserId = QStringLiteral("005CRM0001");
        engine().recompute(2);
        const ExportSource source(project(), engine(), 1, OutputGuard());
        QString error;
        const QString file = path(QStringLiteral("crm.csv"));
        QVERIFY2(AccountSheetExporter(source).writeCrmCsv(file, &error), qPrintable(error));
        const std::vector<Row> rows = readRows(file);
        QCOMPARE(rows.size(), project().accounts.size());
        // External id, owner, and an owner column for the demo's overlay team (Healthcare).
        QCOMPARE(rows.front().keys().size(), 3);
        QVERIFY(rows.front().contains(QStringLiteral("owner_healthcare")));
        const Scenario& scenario = *project().scenario(2);
        int withId = 0;
        for (const Row& row : rows) {
            const Account& a = project().accounts[std::size_t(
                project().accountIndexByExternalId(row.value(QStringLiteral("external_id"))))];
            // The primary owner: the first team's for its accounts, the Enterprise field team's
            // for the others (one primary team covers each demo account).
            const Team& primary = project().teams[project().teams.front().covers(a) ? 0 : 1];
            const Territory* t = project().territory(scenario.territoryOfAccount(primary.id, a.id, a.unit));
            const Rep* rep = t ? project().rep(t->repId) : nullptr;
            QCOMPARE(row.value(QStringLiteral("owner")),
                     rep && !rep->crmUserId.isEmpty() ? rep->crmUserId : repName(project(), t));
            if (rep == owner) ++withId;
        }
        QVERIFY(withId > 0);
        owner->crmUserId.clear();
    }

    void changeList() {
        engine().recompute(2);
        const ExportSource source(project(), engine(), 1, OutputGuard());
        const ChangeListExporter exporter(source);
        QString error;
        const QString csv = path(QStringLiteral("changes.csv")), xlsx = path(QStringLiteral("changes.xlsx"));
        QVERIFY2(exporter.writeCsv(csv, &error), qPrintable(error));
        QVERIFY2(exporter.writeXlsx(xlsx, &error), qPrintable(error));

        // Expected: accounts (of the team exported, the demo's first) whose rep differs between the scenarios.
        const Scenario& after = *project().scenario(2);
        const Scenario& before = *project().scenario(1);
        QSet<QString> expected;
        for (const Account& a : project().accounts) {
            if (!project().currentTeam()->covers(a)) continue;
            const Territory* t = project().territory(project().territoryOfAccount(after, a));
            const Territory* b = project().territory(project().territoryOfAccount(before, a));
            if ((t ? t->repId : 0) != (b ? b->repId : 0)) expected.insert(a.externalId);
        }
        QVERIFY(!expected.isEmpty());
        const std::vector<Row> rows = readRows(csv);
        QCOMPARE(qsizetype(rows.size()), expected.size());
        QSet<QString> seenPairs;
        QString lastPair;
        for (const Row& row : rows) {
            QVERIFY(expected.contains(row.value(QStringLiteral("external_id"))));
            QVERIFY(row.value(QStringLiteral("losing_rep")) != row.value(QStringLiteral("gaining_rep")));
            // Grouped: each losing/gaining pair is one run.
            const QString pair =
                row.value(QStringLiteral("losing_rep")) + QLatin1Char('>') + row.value(QStringLiteral("gaining_rep"));
            if (pair != lastPair) {
                QVERIFY2(!seenPairs.contains(pair), qPrintable(pair));
                seenPairs.insert(pair);
                lastPair = pair;
            }
        }
        QVERIFY(seenPairs.contains(accentRep + QStringLiteral(">Hannah O'Brien"))
                || seenPairs.contains(QStringLiteral("Hannah O'Brien>") + accentRep));

        QCOMPARE(layerNames(xlsx), (QStringList{QStringLiteral("Handoffs"), QStringLiteral("Accounts")}));
        QCOMPARE(readRows(xlsx, QStringLiteral("Accounts")).size(), rows.size());
        const std::vector<Row> handoffs = readRows(xlsx, QStringLiteral("Handoffs"));
        QCOMPARE(qsizetype(handoffs.size()), seenPairs.size() + 1); // + totals
        qint64 sum = 0;
        for (std::size_t i = 0; i + 1 < handoffs.size(); ++i)
            sum += handoffs[i].value(QStringLiteral("Accounts")).toLongLong();
        QCOMPARE(sum, qint64(expected.size()));
        QCOMPARE(handoffs.back().value(QStringLiteral("Accounts")).toLongLong(), qint64(expected.size()));

        // Without a baseline there is nothing to compare with.
        const ExportSource noBaseline(project(), engine(), 0, OutputGuard());
        QVERIFY(!ChangeListExporter(noBaseline).writeCsv(path(QStringLiteral("none.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("baseline")));
    }

    void territorySummary() {
        engine().recompute(1);
        const ExportSource source(project(), engine(), 0, OutputGuard());
        const TerritorySummaryExporter exporter(source);
        QString error;
        const QString csv = path(QStringLiteral("summary.csv")), xlsx = path(QStringLiteral("summary.xlsx"));
        QVERIFY2(exporter.writeCsv(csv, &error), qPrintable(error));
        QVERIFY2(exporter.writeXlsx(xlsx, &error), qPrintable(error));
        const std::vector<Row> rows = readRows(csv);
        const auto& metrics = engine().territories();
        QCOMPARE(rows.size(), metrics.size() + 1);
        qint64 accounts = 0;
        for (std::size_t i = 0; i < metrics.size(); ++i) {
            const TerritoryMetrics& m = metrics[i];
            const Row& row = rows[i];
            QCOMPARE(row.value(QStringLiteral("territory")),
                     CellNeutraliser::neutralised(project().territory(m.territoryId)->name));
            QCOMPARE(row.value(QStringLiteral("accounts")).toLongLong(), m.accounts);
            QCOMPARE(row.value(QStringLiteral("units")).toInt(), m.units);
            QCOMPARE(row.value(QStringLiteral("pieces")).toInt(), m.pieces);
            QVERIFY(sameNumber(row.value(QStringLiteral("revenue_potential")), m.revenuePotential));
            QVERIFY(sameNumber(row.value(QStringLiteral("workload_hours")), m.workloadHours));
            QVERIFY(sameNumber(row.value(QStringLiteral("capacity_pct")), m.utilisation * 100));
            QVERIFY(sameNumber(row.value(QStringLiteral("deviation_pct")), m.deviationPct));
            QVERIFY(sameNumber(row.value(QStringLiteral("compactness")), m.compactness));
            QVERIFY(sameNumber(row.value(QStringLiteral("mean_travel_km")), m.meanTravelKm));
            QVERIFY(sameNumber(row.value(QStringLiteral("area_km2")), m.areaKm2));
            accounts += m.accounts;
        }
        QVERIFY(rows.back().value(QStringLiteral("territory")).startsWith(QStringLiteral("Total")));
        QCOMPARE(rows.back().value(QStringLiteral("accounts")).toLongLong(), accounts);
        qint64 covered = 0; // the team's accounts (the demo's first team)
        for (const Account& a : project().accounts) covered += project().currentTeam()->covers(a);
        QCOMPARE(accounts, covered - engine().plan().unassignedAccounts);
        QCOMPARE(layerNames(xlsx), (QStringList{QStringLiteral("Territories"), QStringLiteral("Regions"),
                                                QStringLiteral("Balance"), QStringLiteral("White space")}));
        QCOMPARE(readRows(xlsx, QStringLiteral("Territories")).size(), metrics.size() + 1);
        QCOMPARE(readRows(xlsx, QStringLiteral("Regions")).size(), std::size_t(3));
    }

    void boundaries_data() {
        QTest::addColumn<QString>("format");
        for (const char* f : {"gpkg", "geojson", "shp", "kml"}) QTest::newRow(f) << f;
    }
    void boundaries() {
        QFETCH(QString, format);
        engine().recompute(2);
        const ExportSource source(project(), engine(), 0, OutputGuard());
        const GisFormat gis = *GisFormat::fromName(format);
        const QString file = path(QStringLiteral("boundaries.") + gis.suffix());
        QString error;
        QStringList warnings;
        QVERIFY2(BoundaryExporter(source).write(file, gis, &error, &warnings), qPrintable(error));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));

        // Planar areas in degrees: the union must cover exactly its units.
        const Scenario& scenario = *project().scenario(2);
        QHash<qint64, double> unitArea;
        for (std::size_t u = 0; u < project().units.size(); ++u)
            unitArea[scenario.unitTerritory[u]] += boost::geometry::area(project().units[u].shape);

        GdalSession gdal;
        const GdalDataset ds = GdalDataset::open(file);
        QVERIFY2(ds.isOpen(), qPrintable(ds.error()));
        OGRLayer* layer = ds->GetLayer(0);
        const auto leaves = source.leafTerritories();
        QCOMPARE(layer->GetFeatureCount(), GIntBig(leaves.size()));
        QSet<QString> seen;
        for (const auto& feature : *layer) {
            const QString name = QString::fromUtf8(feature->GetFieldAsString("territory"));
            const Territory* t = territoryNamed(2, name);
            QVERIFY2(t, qPrintable(name));
            seen.insert(name);
            const OGRGeometry* g = feature->GetGeometryRef();
            QVERIFY(g && !g->IsEmpty());
            QVERIFY2(g->IsValid(), qPrintable(name));
            const double area = OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(g)));
            QVERIFY2(std::abs(area - unitArea.value(t->id)) <= 1e-5 * unitArea.value(t->id),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(name).arg(area).arg(unitArea.value(t->id))));
            const TerritoryMetrics* m = engine().metricsOf(t->id);
            QCOMPARE(QString::fromUtf8(feature->GetFieldAsString("rep")), repName(project(), t));
            QCOMPARE(feature->GetFieldAsInteger64("accounts"), m->accounts);
            QCOMPARE(feature->GetFieldAsInteger("pieces"), m->pieces);
            QVERIFY(std::abs(feature->GetFieldAsDouble("workload_h") - m->workloadHours) < 1e-6);
            QVERIFY(std::abs(feature->GetFieldAsDouble("potential") - m->revenuePotential) < 1e-3);
            QVERIFY(std::abs(feature->GetFieldAsDouble("dev_pct") - m->deviationPct) < 1e-6);
        }
        QCOMPARE(seen.size(), qsizetype(leaves.size()));
        QVERIFY(seen.contains(hyperlink)); // GIS attributes keep names as they are
        QVERIFY(seen.contains(cjkTerritory));
    }

    void unitAssignments_data() { boundaries_data(); }
    void unitAssignments() {
        QFETCH(QString, format);
        engine().recompute(1);
        const ExportSource source(project(), engine(), 0, OutputGuard());
        const GisFormat gis = *GisFormat::fromName(format);
        const QString file = path(QStringLiteral("units.") + gis.suffix());
        QString error;
        QVERIFY2(UnitAssignmentExporter(source).write(file, gis, &error), qPrintable(error));
        const std::vector<Row> rows = readRows(file);
        QCOMPARE(rows.size(), project().units.size());
        const Scenario& scenario = *project().scenario(1);
        for (const Row& row : rows) {
            const int u = project().unitIndexByCode(row.value(QStringLiteral("unit_code")));
            QVERIFY(u >= 0);
            const Territory* t = project().territory(scenario.unitTerritory[std::size_t(u)]);
            QCOMPARE(row.value(QStringLiteral("territory")), t ? t->name : QString());
            QCOMPARE(row.value(QStringLiteral("rep")), repName(project(), t));
            QCOMPARE(row.value(QStringLiteral("unit_name")), project().units[std::size_t(u)].name);
        }
    }

    // Re-import the exported unit assignments into an empty scenario: identical figures.
    void roundTrip_data() { boundaries_data(); }
    void roundTrip() {
        QFETCH(QString, format);
        auto session = openDemoCopy();
        QVERIFY(session);
        Project& p = session->project();
        const qint64 original = p.currentScenarioId;
        session->metrics().recompute(original);
        const QStringList before = snapshot(p, session->metrics());
        const GisFormat gis = *GisFormat::fromName(format);
        const QString file = path(QStringLiteral("roundtrip.") + gis.suffix());
        QString error;
        {
            const ExportSource source(p, session->metrics(), 0, OutputGuard());
            QVERIFY2(UnitAssignmentExporter(source).write(file, gis, &error), qPrintable(error));
        }

        PlanEditor editor(*session);
        const qint64 scenario = editor.createScenario(QStringLiteral("Re-imported from ") + format, 0, &error);
        QVERIFY2(scenario > 0, qPrintable(error));
        QHash<QString, qint64> territoryByName;
        std::vector<PlanEditor::UnitAssignment> assignments;
        for (const Row& row : readRows(file)) {
            const QString name = row.value(QStringLiteral("territory"));
            if (name.isEmpty()) continue;
            if (!territoryByName.contains(name)) {
                Territory t;
                t.scenarioId = scenario;
                t.name = name;
                t.color = row.value(QStringLiteral("color"));
                for (const Rep& r : p.reps)
                    if (r.name == row.value(QStringLiteral("rep"))) t.repId = r.id;
                const qint64 id = editor.saveTerritory(t, &error);
                QVERIFY2(id > 0, qPrintable(error));
                territoryByName.insert(name, id);
            }
            const int unit = p.unitIndexByCode(row.value(QStringLiteral("unit_code")));
            QVERIFY(unit >= 0);
            assignments.emplace_back(unit, territoryByName.value(name));
        }
        QVERIFY2(editor.assignUnits(scenario, assignments, &error), qPrintable(error));
        session->metrics().recompute(scenario);
        QCOMPARE(snapshot(p, session->metrics()), before);
    }

    // The demo leaves out Alaska, Hawaii and Puerto Rico; a project on all bundled counties has
    // them, and a report on it framed Alaska and the Aleutians (across 180°) with the lower 48
    // small. Unassigned, they are not framed; assigned to a territory, they get insets.
    void pdfFramesTheMainland_data() {
        QTest::addColumn<bool>("assignFar");
        QTest::newRow("far counties unassigned") << false;
        QTest::newRow("Alaska and Hawaii in a territory") << true;
    }
    void pdfFramesTheMainland() {
        QFETCH(bool, assignFar);
        auto session = openDemoCopy();
        QVERIFY(session);
        Project& p = session->project();
        UnitImportOptions options = UnitImporter::bundledOptions(QStringLiteral("counties"));
        options.where = QStringLiteral("state_code IN ('02','15','72')");
        UnitImportResult far = UnitImporter::importUnits(options);
        QVERIFY2(far.ok, qPrintable(far.error));
        QVERIFY(far.units.size() > 100);
        const std::size_t firstFar = p.units.size();
        for (Unit& u : far.units) p.units.push_back(std::move(u));
        for (Scenario& s : p.scenarios) s.unitTerritory.resize(p.units.size(), 0);
        p.reindex();
        Scenario* scenario = p.scenario(1);
        QVERIFY(scenario);
        const int aleutians = p.unitIndexByCode(QStringLiteral("02016")); // Aleutians West, across 180°
        QVERIFY(aleutians >= int(firstFar));
        const geo::Box& aleutianBounds = p.units[std::size_t(aleutians)].bounds;
        QVERIFY(aleutianBounds.max_corner().lon > 180.0
                || aleutianBounds.max_corner().lon - aleutianBounds.min_corner().lon > 180.0);
        const int kingCounty = p.unitIndexByCode(QStringLiteral("53033")); // Seattle
        QVERIFY(kingCounty >= 0);
        const qint64 west = scenario->unitTerritory[std::size_t(kingCounty)];
        QVERIFY(west != 0);
        if (assignFar) {
            for (std::size_t u = firstFar; u < p.units.size(); ++u)
                if (p.units[u].region != QLatin1String("72")) scenario->unitTerritory[u] = west;
            Account a = p.accounts.front();
            a.id = 0;
            a.name = QStringLiteral("Dutch Harbor Seafoods");
            a.unit = aleutians;
            a.location = {-166.54, 53.89};
            p.accounts.push_back(a);
        }
        p.reindex();
        engine().recompute(1);

        const ReportMap map(p, *scenario, {}, QString());
        // All units span Alaska to Maine (and the Aleutians, unwrapped, to 172° E = -188°).
        QVERIFY2(widthInDegrees(map.extent()) > 110, qPrintable(QString::number(widthInDegrees(map.extent()))));
        const QRectF main = map.mainExtent();
        QVERIFY2(widthInDegrees(main) < 70, qPrintable(QString::number(widthInDegrees(main))));
        // Every lower-48 unit with accounts in a territory is inside the frame.
        std::vector<int> accounts(p.units.size(), 0);
        for (const Account& a : p.accounts)
            if (a.unit >= 0) ++accounts[std::size_t(a.unit)];
        int framed = 0;
        for (std::size_t u = 0; u < firstFar; ++u) {
            if (!accounts[u] || !scenario->unitTerritory[u]) continue;
            const QRectF r = mercatorBounds(p.units[u], map.centreLongitude());
            QVERIFY2(main.adjusted(-1, -1, 1, 1).contains(r), qPrintable(p.units[u].name));
            ++framed;
        }
        QVERIFY(framed > 500);
        if (!assignFar) {
            QVERIFY(map.insetExtents().empty());
        } else {
            // Alaska (with the Aleutians in one piece, not 360° wide) and Hawaii; Puerto Rico
            // belongs to no territory.
            QCOMPARE(int(map.insetExtents().size()), 2);
            const QRectF alaska = map.insetExtents().front(), hawaii = map.insetExtents().back();
            QVERIFY2(widthInDegrees(alaska) > 50 && widthInDegrees(alaska) < 65,
                     qPrintable(QString::number(widthInDegrees(alaska))));
            // Its west edge is Attu (172.9° E), unwrapped west of -180°.
            const double west = geo::WebMercator::unproject({alaska.left(), 0}).lon;
            QVERIFY2(west < -185 && west > -190, qPrintable(QString::number(west)));
            QVERIFY2(widthInDegrees(hawaii) < 8, qPrintable(QString::number(widthInDegrees(hawaii))));
        }

        // The report draws it: the first page renders with colour in the frame.
        const ExportSource source(p, engine(), 1, OutputGuard());
        PdfReportWriter writer(source, ReportOptions());
        const QString file = path(QStringLiteral("frame-%1.pdf").arg(assignFar ? 1 : 0));
        QString error;
        QVERIFY2(writer.write(file, &error), qPrintable(error));
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                      QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), file,
                      file.chopped(4)});
        QVERIFY(render.waitForFinished(120000));
        QCOMPARE(render.exitCode(), 0);
        const QImage image(file.chopped(4) + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
        if (!qEnvironmentVariableIsEmpty("TP_KEEP_REPORT"))
            QFile::copy(file.chopped(4) + QStringLiteral(".png"),
                        qEnvironmentVariable("TP_KEEP_REPORT") + QStringLiteral("-%1.png").arg(assignFar));
        // Saturated (territory-coloured) pixels fill much of the page (about 18 %), not a sliver
        // (0.5 % when Alaska and the Aleutians were framed).
        qint64 coloured = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (QColor(image.pixel(x, y)).hsvSaturation() > 60) ++coloured;
        const double share = double(coloured) / (double(image.width()) * image.height());
        QVERIFY2(share > 0.1, qPrintable(QString::number(share)));
    }

    // The summary table's columns fit their measured headers and figures (quota columns and a
    // 40-character hostile territory name included), on A4, Letter and the narrower A5 (where
    // headers wrap or the type shrinks): nothing is elided.
    void summaryTableFits_data() {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
        QTest::newRow("A5") << int(QPageSize::A5);
    }
    void summaryTableFits() {
        QFETCH(int, pageSize);
        engine().recompute(1);
        const ExportSource source(project(), engine(), 1, OutputGuard());
        const ReportTable table = PdfReportWriter(source, ReportOptions()).summaryTable();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::PageSizeId(pageSize)), QPageLayout::Landscape,
                                      QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(int(8.5 / 72.0 * 300));
        const ReportTable::Layout layout = table.layout(&pdf, pdf.width(), font);
        QCOMPARE(int(layout.widths.size()), MetricsTable::ColumnCount);
        double total = 0;
        for (double w : layout.widths) total += w;
        QVERIFY(total <= pdf.width() + 0.5);
        QVERIFY(layout.font.pixelSize() >= font.pixelSize() / 2);
        const QFontMetricsF plain(layout.font, &pdf), bold(layout.bold, &pdf);
        for (int c = 0; c < MetricsTable::ColumnCount; ++c) {
            const double room = layout.widths[std::size_t(c)] - 2 * layout.padding;
            QCOMPARE(layout.headers[std::size_t(c)].join(QLatin1Char(' ')), table.header(c));
            for (const QString& line : layout.headers[std::size_t(c)])
                QVERIFY2(bold.horizontalAdvance(line) <= room, qPrintable(line));
            for (int r = 0; r < table.rowCount(); ++r) {
                const QString cell = table.row(r).value(c);
                QVERIFY2((table.isBold(r) ? bold : plain).horizontalAdvance(cell) <= room, qPrintable(cell));
            }
        }
    }

    void pdfReport() {
        engine().recompute(2);
        const ExportSource source(project(), engine(), 1, OutputGuard());
        ReportOptions options;
        options.territoryPages = true;
        PdfReportWriter writer(source, options);
        const QString file = path(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(writer.write(file, &error), qPrintable(error));
        // Map, summary, then at least one page per territory.
        QVERIFY(writer.pageCount() >= 2 + int(source.leafTerritories().size()));

        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {file});
        QVERIFY(info.waitForFinished(60000));
        const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        QCOMPARE(pages.match(QString::fromUtf8(info.readAllStandardOutput())).captured(1).toInt(), writer.pageCount());

        // Pages 1 (map), 2 (summary) and 3 (first territory) render and are not blank.
        const QString prefix = path(QStringLiteral("report-page"));
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), QStringLiteral("-f"),
                      QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("3"), file, prefix});
        QVERIFY(render.waitForFinished(120000));
        QCOMPARE(render.exitCode(), 0);
        // pdftoppm pads page numbers to the width of the page count.
        const QStringList pngs =
            QDir(m_dir.path()).entryList({QStringLiteral("report-page-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pngs.size(), 3);
        for (int page = 1; page <= 3; ++page) {
            const QImage image(m_dir.filePath(pngs[page - 1]));
            QVERIFY2(!image.isNull(), qPrintable(QString::number(page)));
            qint64 inked = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qGray(image.pixel(x, y)) < 240) ++inked;
            const double share = double(inked) / (double(image.width()) * image.height());
            // The map page is mostly colour; text pages still carry a table.
            QVERIFY2(share > (page == 1 ? 0.15 : 0.02), qPrintable(QStringLiteral("page %1: %2").arg(page).arg(share)));
        }
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
