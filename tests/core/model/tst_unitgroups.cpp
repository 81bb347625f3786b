// UnitGroups: which county and state a unit lies in (from its FIPS region or code), and a
// selection grown to whole counties or states.
#include "model/unitgroups.h"

#include <QTest>

using namespace tp;

namespace {

Unit unit(const QString& code, const QString& region) {
    Unit u;
    u.code = code;
    u.region = region;
    return u;
}

} // namespace

class TestUnitGroups : public QObject {
    Q_OBJECT
private slots:
    void groupOf_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("county");
        QTest::addColumn<QString>("state");
        QTest::newRow("ZIP area: region is its county") << "02138"
                                                        << "25017"
                                                        << "25017"
                                                        << "25";
        QTest::newRow("ZIP3 area: region is its state") << "021"
                                                        << "25"
                                                        << ""
                                                        << "25";
        QTest::newRow("county: its own code") << "25017"
                                              << "25"
                                              << "25017"
                                              << "25";
        QTest::newRow("state: its own code") << "25"
                                             << ""
                                             << ""
                                             << "25";
        QTest::newRow("user layer without region") << "A1"
                                                   << ""
                                                   << ""
                                                   << "";
        QTest::newRow("user layer, text region") << "A1"
                                                 << "North"
                                                 << ""
                                                 << "";
        QTest::newRow("county code of another state") << "06037"
                                                      << "25"
                                                      << ""
                                                      << "25";
    }
    void groupOf() {
        QFETCH(QString, code);
        QFETCH(QString, region);
        QFETCH(QString, county);
        QFETCH(QString, state);
        QCOMPARE(UnitGroups::groupOf(unit(code, region), UnitGroups::Level::County), county);
        QCOMPARE(UnitGroups::groupOf(unit(code, region), UnitGroups::Level::State), state);
    }

    void grow() {
        const std::vector<Unit> units{unit("02138", "25017"), unit("02139", "25017"), unit("02101", "25025"),
                                      unit("02903", "44007"), unit("X", "")};
        QCOMPARE(UnitGroups::grow(units, {0}, UnitGroups::Level::County), (std::vector<int>{0, 1}));
        QCOMPARE(UnitGroups::grow(units, {1}, UnitGroups::Level::State), (std::vector<int>{0, 1, 2}));
        QCOMPARE(UnitGroups::grow(units, {3, 0}, UnitGroups::Level::State), (std::vector<int>{0, 1, 2, 3}));
        QCOMPARE(UnitGroups::grow(units, {4}, UnitGroups::Level::State),
                 (std::vector<int>{4})); // no group: stays alone
        QCOMPARE(UnitGroups::grow(units, {}, UnitGroups::Level::County), (std::vector<int>{}));
    }
};

QTEST_GUILESS_MAIN(TestUnitGroups)
#include "tst_unitgroups.moc"
