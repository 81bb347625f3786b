// The project file keeps whether the unit codes are postal codes (UnitPostalCodes): written with
// a new project, changed with the units, read back on open; a file without the setting (older
// projects) reads as "not postal codes".
#include "storage/projectfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tp;
using namespace tp::storage;

namespace {

Project smallProject() {
    Project p;
    p.title = QStringLiteral("postal");
    Unit u;
    u.code = QStringLiteral("10004");
    u.name = QStringLiteral("New York");
    geo::Polygon poly;
    poly.outer() = {{-74.02, 40.70}, {-74.02, 40.71}, {-74.00, 40.71}, {-74.00, 40.70}, {-74.02, 40.70}};
    u.shape = {poly};
    u.bounds = geo::Box({-74.02, 40.70}, {-74.00, 40.71});
    p.units.push_back(u);
    Scenario s;
    s.id = 1;
    s.name = QStringLiteral("Draft");
    s.unitTerritory.assign(1, 0);
    p.scenarios.push_back(s);
    p.currentScenarioId = 1;
    p.reindex();
    return p;
}

} // namespace

class TestPostalCodeSetting : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void roundTrip_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("aliases");
        QTest::newRow("none") << int(UnitPostalCodes::Kind::None) << "";
        QTest::newRow("zip areas with merged ZIPs") << int(UnitPostalCodes::Kind::Full) << "10008=10004;10043=10004";
        QTest::newRow("zip3") << int(UnitPostalCodes::Kind::Zip3) << "";
    }
    void roundTrip() {
        QFETCH(int, kind);
        QFETCH(QString, aliases);
        Project p = smallProject();
        p.unitPostalCodes.kind = UnitPostalCodes::Kind(kind);
        p.unitPostalCodes.aliases = UnitPostalCodes::aliasesFromText(aliases);
        const QString path = m_dir.filePath(QStringLiteral("p%1.territory").arg(kind));
        QString error;
        QVERIFY2(ProjectFile::create(path, p, &error), qPrintable(error));
        Project read;
        QVERIFY2(ProjectFile::open(path, &read, &error), qPrintable(error));
        QCOMPARE(read.unitPostalCodes, p.unitPostalCodes);
        QCOMPARE(read.unitPostalCodes.aliasesText(), aliases);
    }

    void changesWithTheUnits() {
        Project p = smallProject();
        const QString path = m_dir.filePath(QStringLiteral("change.territory"));
        QString error;
        Project read;
        {
            auto file = ProjectFile::create(path, p, &error);
            QVERIFY2(file, qPrintable(error));
            UnitPostalCodes zip3;
            zip3.kind = UnitPostalCodes::Kind::Zip3;
            QVERIFY2(file->transaction(
                         [&](QString* e) {
                             return file->replaceUnits(p.units, p.adjacency, nullptr, e)
                                    && file->setUnitPostalCodes(zip3, nullptr, e);
                         },
                         &error),
                     qPrintable(error));
        }
        QVERIFY2(ProjectFile::open(path, &read, &error), qPrintable(error));
        QCOMPARE(read.unitPostalCodes.kind, UnitPostalCodes::Kind::Zip3);
        QVERIFY(read.unitPostalCodes.aliases.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostalCodeSetting)
#include "tst_postalcodesetting.moc"
