// Parent links a damaged or hand-edited project file may hold: a territory or scenario that is
// its own parent, a cycle of parents, a territory chain 100,000 deep. The files are made here by
// writing the parent columns directly with SQLite; the main window (offscreen) opens each without
// overflowing the stack or spinning, says what it cut, shows every territory and scenario, and
// the CLI's metrics --rollup copes with the same files.
#include "ui/window/mainwindow.h"

#include "model/parentlinks.h"
#include "model/project.h"
#include "session/projectsession.h"
#include "storage/sqliteconnection.h"

#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace tp;

namespace {

// Every row of the model, walked without recursion (the tree may be deep).
std::vector<QModelIndex> rowsOf(const QAbstractItemModel* model) {
    std::vector<QModelIndex> rows, open{QModelIndex()};
    while (!open.empty()) {
        const QModelIndex parent = open.back();
        open.pop_back();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            rows.push_back(model->index(r, 0, parent));
            open.push_back(rows.back());
        }
    }
    return rows;
}

int itemsIn(QTreeView* tree) {
    return int(rowsOf(tree->model()).size());
}

int deepestLevel(QTreeView* tree) {
    int deepest = 0;
    for (const QModelIndex& i : rowsOf(tree->model())) {
        int level = 0;
        for (QModelIndex p = i.parent(); p.isValid(); p = p.parent()) ++level;
        deepest = std::max(deepest, level);
    }
    return deepest;
}

} // namespace

class TestParentCycles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // A copy of the demo with `sql` applied directly to the file.
    QString damagedDemo(const QString& name, const QByteArray& sql) {
        const QString path = m_dir.filePath(name);
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        storage::SqliteConnection db;
        QString error;
        if (!db.open(path, false, &error) || !db.exec("PRAGMA foreign_keys=OFF", &error)
            || !db.exec(sql.constData(), &error))
            qWarning() << "cannot damage" << name << error;
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cutCyclesAndDepths_data() {
        QTest::addColumn<QList<qint64>>("links"); // id, parent pairs
        QTest::addColumn<int>("cuts");
        QTest::addColumn<int>("deepest");
        QTest::newRow("a forest") << QList<qint64>{1, 0, 2, 1, 3, 2, 4, 1} << 0 << 2;
        QTest::newRow("own parent") << QList<qint64>{1, 1, 2, 1} << 1 << 1;
        QTest::newRow("two-cycle") << QList<qint64>{1, 2, 2, 1, 3, 2} << 1 << 1; // 2 -> 1 is cut
        QTest::newRow("cycle of four with a tail")
            << QList<qint64>{1, 2, 2, 3, 3, 4, 4, 1, 5, 4, 6, 5} << 1 << 3; // 4 -> 1 is cut
        QTest::newRow("unknown parent") << QList<qint64>{1, 99, 2, 1} << 0 << 1;
    }
    void cutCyclesAndDepths() {
        QFETCH(QList<qint64>, links);
        QFETCH(int, cuts);
        QFETCH(int, deepest);
        QHash<qint64, qint64> parents;
        for (qsizetype i = 0; i + 1 < links.size(); i += 2) parents.insert(links[i], links[i + 1]);
        const QHash<qint64, int> depth = ParentLinks::depths(parents); // also safe before the cut
        QHash<qint64, qint64> cut = parents;
        QCOMPARE(int(ParentLinks::cutCycles(cut).size()), cuts);
        QVERIFY(ParentLinks::cutCycles(cut).isEmpty()); // none left
        QCOMPARE(depth.size(), parents.size());
        int maxDepth = 0;
        for (int d : depth) maxDepth = std::max(maxDepth, d);
        QCOMPARE(maxDepth, deepest);
        // Every item reaches the top in `depth` steps along the cut links.
        for (auto it = cut.cbegin(); it != cut.cend(); ++it) {
            int steps = 0;
            for (qint64 id = it.key(); cut.value(id, 0) != 0 && cut.contains(cut.value(id)); id = cut.value(id))
                ++steps;
            QCOMPARE(steps, ParentLinks::depths(cut).value(it.key()));
        }
    }

    void windowOpensDamagedParents_data() {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<bool>("warned");
        QTest::newRow("territory is its own parent") << QByteArray(
            "UPDATE territories SET parent_id = id WHERE id = (SELECT MIN(id) FROM territories WHERE level = 0)")
                                                     << true;
        QTest::newRow("two regions are each other's parent")
            << QByteArray("UPDATE territories SET parent_id = (SELECT MAX(id) FROM territories t2 WHERE t2.level = 2 "
                          "AND t2.scenario_id = territories.scenario_id AND t2.id <> territories.id) WHERE level = 2")
            << true;
        QTest::newRow("scenario is its own parent") << QByteArray("UPDATE scenarios SET parent_id = id") << true;
        QTest::newRow("two scenarios are each other's parent") << QByteArray(
            "UPDATE scenarios SET parent_id = (SELECT MAX(id) FROM scenarios s2 WHERE s2.id <> scenarios.id)")
                                                               << true;
        // 100,000 regions, each the parent of the next; a real territory hangs at the bottom.
        QTest::newRow("territory chain 100000 deep") << QByteArray(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
            "INSERT INTO territories(id, scenario_id, position, name, color, level, parent_id) "
            "SELECT 10000000 + i, (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'current_scenario'), 100000 + "
            "i, "
            "'Level ' || i, '#888888', 2, CASE WHEN i = 1 THEN NULL ELSE 10000000 + i - 1 END FROM n; "
            "UPDATE territories SET parent_id = 10100000 WHERE id = (SELECT MIN(id) FROM territories WHERE level = 0 "
            "AND scenario_id = (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'current_scenario'));")
                                                     << false;
    }
    void windowOpensDamagedParents() {
        QFETCH(QByteArray, sql);
        QFETCH(bool, warned);
        const QString path = damagedDemo(
            QStringLiteral("%1.territory").arg(QTest::currentDataTag()).replace(u' ', u'-').replace(u'\'', u'-'), sql);

        // What the file holds, straight from it: the session cut the cycles, and said so.
        QString error;
        auto session = session::ProjectSession::open(path, &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(!session->openWarnings().isEmpty(), warned);
        const qint64 current = session->project().currentScenarioId;
        const int territories = int(session->project().territoriesOf(current).size());
        const int scenarios = int(session->project().scenarios.size());
        session.reset();

        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(path, &error));
        QCoreApplication::processEvents();
        if (warned)
            QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("own parent")),
                     qPrintable(window.statusBar()->currentMessage()));
        auto* territoryTree =
            window.findChild<QDockWidget*>(QStringLiteral("territoriesDock"))->findChild<QTreeView*>();
        auto* scenarioTree = window.findChild<QDockWidget*>(QStringLiteral("scenariosDock"))->findChild<QTreeView*>();
        QVERIFY(territoryTree && scenarioTree);
        QCOMPARE(itemsIn(territoryTree), territories); // every territory listed once
        QCOMPARE(itemsIn(scenarioTree), scenarios);
        QVERIFY(deepestLevel(territoryTree) <= 16);
        window.close();

        QProcess cli;
        cli.start(QStringLiteral(TP_BIN_DIR "/territory"),
                  {QStringLiteral("metrics"), path, QStringLiteral("--rollup")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("own parent")), warned);
    }
};

QTEST_MAIN(TestParentCycles)
#include "tst_parentcycles.moc"
