// Accounts placed by postal code (AccountLocator::place) in the bundled approximate ZIP and ZIP3
// areas: a postal code that names a unit wins over the location, merged ZIPs (the areas'
// `zips` field) name their area, the rest go by point in polygon, and the report counts both
// ways and lists the codes that name no unit. Every bundled ZIP of a state lands in its own area.

#include "io/import/accountlocator.h"
#include "io/import/postalcodeindex.h"
#include "io/import/unitimporter.h"

#include <boost/geometry/algorithms/point_on_surface.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <QTest>

using namespace tp;

class TestPostalPlacement : public QObject {
    Q_OBJECT

    io::UnitImportResult m_zips, m_zip3, m_counties; // Rhode Island and Massachusetts

    static io::UnitImportResult load(const QString& layer, const QString& where) {
        io::UnitImportOptions options = io::UnitImporter::bundledOptions(layer);
        options.where = where;
        return io::UnitImporter::importUnits(options);
    }
    static Account account(const QString& postalCode, geo::GeoPoint location) {
        Account a;
        a.postalCode = postalCode;
        a.location = location;
        return a;
    }
    static geo::GeoPoint inside(const Unit& u) {
        geo::GeoPoint p;
        boost::geometry::point_on_surface(u.shape.front(), p);
        return p;
    }
    int zipUnit(const QString& code) const {
        for (std::size_t i = 0; i < m_zips.units.size(); ++i)
            if (m_zips.units[i].code == code) return int(i);
        return -1;
    }

private slots:
    void initTestCase() {
        const QString states = QStringLiteral("state_code IN ('44', '25')");
        m_zips = load(QStringLiteral("zips"), states);
        m_zip3 = load(QStringLiteral("zip3"), states);
        m_counties = load(QStringLiteral("counties"), states);
        QVERIFY2(m_zips.ok, qPrintable(m_zips.error));
        QVERIFY2(m_zip3.ok, qPrintable(m_zip3.error));
        QVERIFY2(m_counties.ok, qPrintable(m_counties.error));
        QCOMPARE(m_zips.postalCodes.kind, UnitPostalCodes::Kind::Full);
        QCOMPARE(m_zip3.postalCodes.kind, UnitPostalCodes::Kind::Zip3);
        QCOMPARE(m_counties.postalCodes.kind, UnitPostalCodes::Kind::None);
        QVERIFY2(!m_zips.postalCodes.aliases.isEmpty(), "ZIPs that share a location are merged into one area");
    }

    // unitCodeFor: the rule table of UnitPostalCodes.
    void unitCodeFor_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("postalCode");
        QTest::addColumn<QString>("unitCode");
        QTest::newRow("full: itself") << int(UnitPostalCodes::Kind::Full) << "02903"
                                      << "02903";
        QTest::newRow("full: alias") << int(UnitPostalCodes::Kind::Full) << "10008"
                                     << "10004";
        QTest::newRow("full: any text") << int(UnitPostalCodes::Kind::Full) << "SW1A"
                                        << "SW1A";
        QTest::newRow("zip3: prefix") << int(UnitPostalCodes::Kind::Zip3) << "02903"
                                      << "029";
        QTest::newRow("zip3: no alias") << int(UnitPostalCodes::Kind::Zip3) << "10008"
                                        << "100";
        QTest::newRow("zip3: not a ZIP") << int(UnitPostalCodes::Kind::Zip3) << "SW1A"
                                         << "";
        QTest::newRow("zip3: too short") << int(UnitPostalCodes::Kind::Zip3) << "0290"
                                         << "";
        QTest::newRow("none") << int(UnitPostalCodes::Kind::None) << "02903"
                              << "";
        QTest::newRow("full: empty") << int(UnitPostalCodes::Kind::Full) << ""
                                     << "";
    }
    void unitCodeFor() {
        QFETCH(int, kind);
        QFETCH(QString, postalCode);
        QFETCH(QString, unitCode);
        UnitPostalCodes codes;
        codes.kind = UnitPostalCodes::Kind(kind);
        codes.aliases.insert(QStringLiteral("10008"), QStringLiteral("10004"));
        QCOMPARE(codes.unitCodeFor(postalCode), unitCode);
        // The settings text round-trips.
        QCOMPARE(UnitPostalCodes::kindFromName(UnitPostalCodes::kindName(codes.kind)), codes.kind);
        QCOMPARE(UnitPostalCodes::aliasesFromText(codes.aliasesText()), codes.aliases);
    }

    // One account per rule: where it lands and how it got there.
    void placement_data() {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("postalCode");
        QTest::addColumn<QString>("locatedIn");    // unit code whose centre is the location; "" = far away
        QTest::addColumn<QString>("expectedUnit"); // "" = none
        QTest::addColumn<bool>("byCode");
        QTest::addColumn<bool>("unmatched");
        QTest::newRow("zip code wins over location") << "zips"
                                                     << "02903"
                                                     << "02840"
                                                     << "02903" << true << false;
        QTest::newRow("zip code, no location") << "zips"
                                               << "02903"
                                               << ""
                                               << "02903" << true << false;
        QTest::newRow("ZIP+4") << "zips"
                               << "02903-1234"
                               << ""
                               << "02903" << true << false;
        QTest::newRow("leading zero lost") << "zips"
                                           << "2903"
                                           << ""
                                           << "02903" << true << false;
        QTest::newRow("unknown code: by location") << "zips"
                                                   << "99999"
                                                   << "02840"
                                                   << "02840" << false << true;
        QTest::newRow("unknown code, no location") << "zips"
                                                   << "99999"
                                                   << ""
                                                   << "" << false << true;
        QTest::newRow("no code: by location") << "zips"
                                              << ""
                                              << "02840"
                                              << "02840" << false << false;
        QTest::newRow("zip3 from the ZIP") << "zip3"
                                           << "02903"
                                           << ""
                                           << "029" << true << false;
        QTest::newRow("zip3 wins over location") << "zip3"
                                                 << "02101"
                                                 << "028"
                                                 << "021" << true << false;
        QTest::newRow("zip3: foreign code by location") << "zip3"
                                                        << "SW1A 1AA"
                                                        << "028"
                                                        << "028" << false << true;
        QTest::newRow("counties: code ignored") << "counties"
                                                << "02903"
                                                << "44007"
                                                << "44007" << false << false;
        QTest::newRow("counties: county FIPS is no ZIP") << "counties"
                                                         << "44007"
                                                         << ""
                                                         << "" << false << false;
    }
    void placement() {
        QFETCH(QString, layer);
        QFETCH(QString, postalCode);
        QFETCH(QString, locatedIn);
        QFETCH(QString, expectedUnit);
        QFETCH(bool, byCode);
        QFETCH(bool, unmatched);
        const io::UnitImportResult& units = layer == QLatin1String("zips")   ? m_zips
                                            : layer == QLatin1String("zip3") ? m_zip3
                                                                             : m_counties;
        geo::GeoPoint where{0.0, 0.0}; // the Gulf of Guinea: in no unit
        if (!locatedIn.isEmpty()) {
            bool found = false;
            for (const Unit& u : units.units)
                if (u.code == locatedIn) where = inside(u), found = true;
            QVERIFY2(found, qPrintable(locatedIn));
        }
        std::vector<Account> accounts{account(postalCode, where)};
        const io::AccountLocator locator(units.units, units.postalCodes, 1);
        const io::AccountPlacement placed = locator.placeAll(accounts);
        const int unit = accounts.front().unit;
        QCOMPARE(unit >= 0 ? units.units[std::size_t(unit)].code : QString(), expectedUnit);
        QCOMPARE(placed.byPostalCode, byCode ? 1 : 0);
        QCOMPARE(placed.byLocation, !byCode && unit >= 0 ? 1 : 0);
        QCOMPARE(placed.outside, unit < 0 ? 1 : 0);
        QCOMPARE(placed.unmatchedCodes,
                 unmatched ? QStringList{io::PostalCodeIndex::normalize(postalCode)} : QStringList{});
        QCOMPARE(placed.unmatchedAccounts, unmatched ? 1 : 0);
    }

    // Every bundled ZIP of the two states, as an account at its ZIP point with its code, lands in
    // its own area (the one whose `zips` lists it), by code; located by the point alone it lands
    // there too unless the point lies off the state's outline.
    void accountsWithZipCodesLandInTheirZipArea() {
        io::PostalCodeIndex index;
        QVERIFY2(index.loadBundled(), qPrintable(index.error()));
        std::vector<Account> accounts;
        std::vector<QString> expected;
        for (const auto& [zip, place] : index.sortedPlaces()) {
            if (place.state != QLatin1String("RI") && place.state != QLatin1String("MA")) continue;
            accounts.push_back(account(zip, place.location));
            expected.push_back(m_zips.postalCodes.aliases.value(zip, zip));
        }
        QVERIFY(accounts.size() > 500);
        std::vector<Account> byPoint = accounts;
        const io::AccountLocator locator(m_zips.units, m_zips.postalCodes, 2);
        const io::AccountPlacement placed = locator.placeAll(accounts);
        QCOMPARE(placed.byPostalCode, int(accounts.size()));
        QVERIFY(placed.unmatchedCodes.isEmpty());
        int samePlace = 0;
        locator.locateAll(byPoint);
        for (std::size_t i = 0; i < accounts.size(); ++i) {
            QVERIFY2(accounts[i].unit >= 0, qPrintable(accounts[i].postalCode));
            QCOMPARE(m_zips.units[std::size_t(accounts[i].unit)].code, expected[i]);
            if (byPoint[i].unit == accounts[i].unit)
                ++samePlace;
            else
                QVERIFY2(byPoint[i].unit < 0, qPrintable(accounts[i].postalCode + " lies in another ZIP's area"));
        }
        qInfo("%zu ZIPs placed by code; %d of them lie in the same area by location, the rest off the outline",
              accounts.size(), samePlace);
        QVERIFY(samePlace >= int(accounts.size()) * 95 / 100);
    }

    // ZIP areas carry their county (region: 5-digit FIPS) and ZIP3 areas their state.
    void regionsAreCountiesAndStates() {
        const int cambridge = zipUnit(QStringLiteral("02138"));
        QVERIFY(cambridge >= 0);
        QCOMPARE(m_zips.units[std::size_t(cambridge)].region, QStringLiteral("25017")); // Middlesex County, MA
        QCOMPARE(m_zips.units[std::size_t(cambridge)].name, QStringLiteral("Cambridge"));
        for (const Unit& u : m_zip3.units)
            QVERIFY2(u.region == QLatin1String("44") || u.region == QLatin1String("25"), qPrintable(u.code));
    }
};

QTEST_GUILESS_MAIN(TestPostalPlacement)
#include "tst_postalplacement.moc"
