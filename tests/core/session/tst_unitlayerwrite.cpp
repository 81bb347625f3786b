// Replacing the units on a worker (UnitLayerReplacer::write, then adopt on the session's thread):
// cancelled at any of its steps, the project file (every row, read afresh) and the project in
// memory are exactly as before; run to its end, memory and the reopened file agree: the codes
// both layers share keep their territory, the new units start unassigned, every account sits
// in the unit that contains it.
#include "session/projectsession.h"
#include "session/unitlayerreplacer.h"

#include "support/sqldump.h"
#include "support/squaresproject.h"

#include <QTemporaryDir>
#include <QtTest>

#include <boost/geometry/algorithms/envelope.hpp>

using namespace tp;
using testsupport::SquaresProject;

namespace {

// The squares project's six units again, plus a third row (units "6", "7", "8", lat 42..43).
io::UnitImportResult nineSquares() {
    io::UnitImportResult r;
    r.ok = true;
    for (int i = 0; i < 9; ++i) {
        const double x0 = -100.0 + i % 3, y0 = 40.0 + i / 3;
        Unit u;
        u.code = QString::number(i);
        u.name = QStringLiteral("Square %1").arg(i);
        geo::Polygon poly;
        poly.outer() = {{x0, y0}, {x0, y0 + 1}, {x0 + 1, y0 + 1}, {x0 + 1, y0}, {x0, y0}};
        u.shape.push_back(poly);
        boost::geometry::envelope(u.shape, u.bounds);
        r.units.push_back(u);
    }
    std::vector<geo::MultiPolygon> shapes;
    for (const Unit& u : r.units) shapes.push_back(u.shape);
    r.adjacency = geo::AdjacencyBuilder::build(shapes);
    return r;
}

// The squares project with an account in the middle of each of the nine squares (the three in
// the third row lie outside every unit until the new layer arrives).
Project squaresWithAccounts() {
    Project p = SquaresProject::make();
    for (int i = 0; i < 9; ++i) {
        Account a;
        a.id = 100 + i;
        a.externalId = QStringLiteral("SQ-%1").arg(i);
        a.location = {-100.0 + i % 3 + 0.5, 40.0 + i / 3 + 0.5};
        a.unit = i < 6 ? i : -1;
        a.revenue = 1000 * (i + 1);
        p.accounts.push_back(a);
    }
    p.reindex();
    return p;
}

QByteArray memoryDump(const Project& p) {
    QByteArray out = QByteArray::number(qulonglong(p.units.size())) + " units\n";
    for (const Unit& u : p.units) out += u.code.toUtf8() + ' ' + u.name.toUtf8() + '\n';
    for (const Scenario& s : p.scenarios)
        for (qint64 t : s.unitTerritory) out += QByteArray::number(t) + ' ';
    out += '\n';
    for (const Account& a : p.accounts) out += QByteArray::number(a.id) + ':' + QByteArray::number(a.unit) + ' ';
    return out;
}

} // namespace

class TestUnitLayerWrite : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void cancelledAtAnyStepChangesNothing_data() {
        QTest::addColumn<int>("cancelAtStep");
        // 1 keeping assignments, 2 placing accounts, 3 writing units, 4 writing accounts.
        for (int step = 1; step <= 4; ++step) QTest::newRow(qPrintable(QStringLiteral("step %1").arg(step))) << step;
    }
    void cancelledAtAnyStepChangesNothing() {
        QFETCH(int, cancelAtStep);
        const QString path = m_dir.filePath(QStringLiteral("cancel-%1.territory").arg(cancelAtStep));
        QString error;
        auto session = session::ProjectSession::create(path, squaresWithAccounts(), &error);
        QVERIFY2(session, qPrintable(error));
        const QByteArray fileBefore = testsupport::sqlDump(path);
        const QByteArray memoryBefore = memoryDump(session->project());

        int steps = 0;
        QStringList seen;
        std::shared_ptr<TaskProgress> progress;
        progress = std::make_shared<TaskProgress>([&](const QString& step, double) {
            if (seen.isEmpty() || seen.last() != step) {
                seen << step;
                if (++steps == cancelAtStep) progress->cancel();
            }
        });
        session::UnitLayerWrite written;
        QVERIFY(!session::UnitLayerReplacer::write(*session, nineSquares(), QStringLiteral("nine"), *progress, &written,
                                                   &error));
        QVERIFY2(written.cancelled, qPrintable(seen.join(QLatin1String(" / "))));
        QCOMPARE(seen.size(), cancelAtStep);
        QCOMPARE(memoryDump(session->project()), memoryBefore);
        QCOMPARE(testsupport::sqlDump(path), fileBefore);
    }

    void writtenThenAdoptedAgreesWithTheFile() {
        const QString path = m_dir.filePath(QStringLiteral("done.territory"));
        QString error;
        auto session = session::ProjectSession::create(path, squaresWithAccounts(), &error);
        QVERIFY2(session, qPrintable(error));
        QStringList seen;
        const TaskProgress progress([&](const QString& step, double) {
            if (seen.isEmpty() || seen.last() != step) seen << step;
        });
        session::UnitLayerWrite written;
        QVERIFY2(session::UnitLayerReplacer::write(*session, nineSquares(), QStringLiteral("nine"), progress, &written,
                                                   &error),
                 qPrintable(error));
        QCOMPARE(seen.size(), 4);                                                  // every step was reported
        QCOMPARE(int(session->project().units.size()), SquaresProject::unitCount); // not adopted yet
        session::UnitReplaceSummary summary;
        session::UnitLayerReplacer::adopt(*session, std::move(written), &summary);
        QCOMPARE(summary.units, 9);
        QCOMPARE(summary.keptAssignments, 5); // units 0..4 were assigned, 5 was not
        QCOMPARE(summary.accountsOutside, 0);

        const Project& p = session->project();
        QCOMPARE(int(p.units.size()), 9);
        const std::vector<qint64> expected{SquaresProject::west,
                                           SquaresProject::west,
                                           SquaresProject::west,
                                           SquaresProject::east,
                                           SquaresProject::east,
                                           0,
                                           0,
                                           0,
                                           0};
        QCOMPARE(p.currentScenario()->unitTerritory, expected);
        for (const Account& a : p.accounts)
            if (a.id >= 100) QCOMPARE(a.unit, int(a.id - 100)); // each in its own square
        QCOMPARE(p.unitIndexByCode(QStringLiteral("8")), 8);    // the lookups know the new units
        const QByteArray adopted = memoryDump(p);

        session.reset();
        auto reopened = session::ProjectSession::open(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(memoryDump(reopened->project()), adopted);
    }
};

QTEST_GUILESS_MAIN(TestUnitLayerWrite)
#include "tst_unitlayerwrite.moc"
