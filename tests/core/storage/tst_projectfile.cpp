// Project file: round trip of every entity, each edit survives reopening, bad files give a clear
// message, schema migration, newer-version refusal, crash safety (SIGKILL after an edit returned),
// and the connection's safety settings.
#include "storage/accountdecoder.h"
#include "storage/projectfile.h"
#include "storage/schemamigrations.h"
#include "storage/sqliteconnection.h"
#include "storage/wkbcodec.h"
#include "support/damagedfile.h"
#include "support/makerep.h"

#include <boost/geometry/algorithms/correct.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <bit>

#include <sqlite3.h>

#include <cstring>
#include <iostream>

using namespace tp;
using namespace tp::storage;

namespace {

// The block a string's characters live in (a copy shares it).
const void* blockOf(QString s) {
    return s.data_ptr().d_ptr();
}

geo::Ring ring(std::initializer_list<geo::GeoPoint> points) {
    return geo::Ring(points);
}

geo::Polygon square(double x0, double y0, double size) {
    geo::Polygon p;
    p.outer() = ring({{x0, y0}, {x0, y0 + size}, {x0 + size, y0 + size}, {x0 + size, y0}, {x0, y0}});
    boost::geometry::correct(p);
    return p;
}

Unit makeUnit(const QString& code, const QString& name, geo::MultiPolygon shape, double area) {
    Unit u;
    u.code = code;
    u.name = name;
    u.region = QStringLiteral("CO");
    u.shape = std::move(shape);
    u.bounds = geo::Box({-1.5, 2.25}, {3.125, 4.5});
    u.areaM2 = area;
    u.perimeterM = area / 7.0;
    return u;
}

// A project with every kind of entity and the awkward cases: holes, several polygons per unit,
// non-ASCII text, an account outside every unit, a three-level territory hierarchy, overrides.
Project makeProject() {
    Project p;
    p.title = QStringLiteral("West 2025 — Planung ü");
    geo::Polygon withHole = square(0, 0, 1);
    withHole.inners().push_back(ring({{0.25, 0.25}, {0.75, 0.25}, {0.75, 0.75}, {0.25, 0.75}, {0.25, 0.25}}));
    withHole.inners().push_back(ring({{0.8, 0.8}, {0.9, 0.8}, {0.9, 0.9}, {0.8, 0.8}}));
    p.units.push_back(makeUnit("08001", "Adams", geo::MultiPolygon{withHole, square(5, 5, 0.5)}, 1.25e9));
    p.units.push_back(makeUnit("08003", "Alamosa", geo::MultiPolygon{square(1, 0, 1)}, 2.5e9));
    p.units.push_back(makeUnit("08005", "東京都", geo::MultiPolygon{square(2, 0, 1)}, 3.75e9));
    geo::SharedEdge e01{0, 1, 111195.0, {geo::Segment({1, 0}, {1, 0.5}), geo::Segment({1, 0.5}, {1, 1})}};
    geo::SharedEdge e12{1, 2, 111000.5, {}};
    p.adjacency = {e01, e12};

    p.reps.push_back(Rep{7,
                         "Ana Núñez",
                         "Denver, CO",
                         {-104.99, 39.74},
                         1600.0,
                         2.5e6,
                         {"Retail", "Health"},
                         {"Enterprise", "SMB"},
                         "005Dn000001",
                         "ana@example.com",
                         Rep::Role::Overlay,
                         QDate(2024, 2, 29)});
    p.reps.push_back(testsupport::makeRep(8, QStringLiteral("李小龙")));

    for (int i = 0; i < 3; ++i) {
        Account a;
        a.id = 100 + i;
        a.externalId = QStringLiteral("CRM-%1").arg(i);
        a.name = i == 1 ? QStringLiteral("株式会社サンプル") : QStringLiteral("Acme %1").arg(i);
        a.address = QStringLiteral("1 Main St, Apt \"%1\"").arg(i);
        a.postalCode = QStringLiteral("8020%1").arg(i);
        a.industry = QStringLiteral("Retail");
        a.segment = i == 0 ? QStringLiteral("Enterprise") : QStringLiteral("SMB");
        a.tier = QStringLiteral("A");
        a.location = {0.1 + i, 0.1 + 0.01 * i};
        a.revenuePotential = 1000.5 * (i + 1);
        a.revenue = 12.25 * i;
        a.pipeline = 3.0 / 7.0 * i;
        a.workloadHours = 40 + i;
        a.unit = i == 2 ? -1 : i;
        if (i != 2) {
            a.extra.insert(QStringLiteral("Owner"), QStringLiteral("Jürgen 🙂"));
            a.extra.insert(QStringLiteral("地域"), QStringLiteral("関東"));
            a.extra.insert(QStringLiteral("note, with comma"), QStringLiteral("=SUM(A1)"));
        }
        p.accounts.push_back(a);
    }

    Scenario s1;
    s1.id = 1;
    s1.name = QStringLiteral("Plan of record");
    s1.status = Scenario::Status::Approved;
    s1.notes = QStringLiteral("Agreed in the Q1 workshop.\nSecond line.");
    s1.createdAt = QDateTime(QDate(2025, 1, 15), QTime(9, 30, 15, 250), Qt::UTC);
    s1.planOfRecord = true;
    s1.unitTerritory = {13, 13, 0};
    s1.overrides.insert(102, 13);
    Scenario s2;
    s2.id = 2;
    s2.name = QStringLiteral("Draft: split east");
    s2.status = Scenario::Status::Proposed;
    s2.parentId = 1;
    s2.createdAt = QDateTime(QDate(2025, 2, 1), QTime(12, 0), Qt::UTC);
    s2.unitTerritory = {21, 22, 22};
    s2.overrides.insert(100, 22);
    s2.overrides.insert(101, 21);
    p.scenarios = {s1, s2};
    p.currentScenarioId = 2;

    p.territories = {
        Territory{11, 1, "West region", "#112233", 0, 0, Territory::Level::Region, false},
        Territory{12, 1, "Rockies district", "#445566", 7, 11, Territory::Level::District, true},
        Territory{13, 1, "Denver", "#aabbcc", 7, 12, Territory::Level::Territory, false},
        Territory{21, 2, "East A", "#ff0000", 8, 0, Territory::Level::Territory, false},
        Territory{22, 2, "East B", "#00ff00", 0, 0, Territory::Level::Territory, true},
    };
    p.reindex();
    return p;
}

void compareShapes(const geo::MultiPolygon& a, const geo::MultiPolygon& b) {
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QVERIFY(a[i].outer() == b[i].outer());
        QCOMPARE(a[i].inners().size(), b[i].inners().size());
        for (std::size_t j = 0; j < a[i].inners().size(); ++j) QVERIFY(a[i].inners()[j] == b[i].inners()[j]);
    }
}

void compareProjects(const Project& a, const Project& b) {
    QCOMPARE(b.title, a.title);
    QCOMPARE(b.currentScenarioId, a.currentScenarioId);
    QCOMPARE(b.units.size(), a.units.size());
    for (std::size_t i = 0; i < a.units.size(); ++i) {
        const Unit &x = a.units[i], &y = b.units[i];
        QCOMPARE(y.code, x.code);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.region, x.region);
        QCOMPARE(y.areaM2, x.areaM2);
        QCOMPARE(y.perimeterM, x.perimeterM);
        QVERIFY(y.bounds.min_corner() == x.bounds.min_corner() && y.bounds.max_corner() == x.bounds.max_corner());
        compareShapes(x.shape, y.shape);
        if (QTest::currentTestFailed()) return;
    }
    QCOMPARE(b.adjacency.size(), a.adjacency.size());
    for (std::size_t i = 0; i < a.adjacency.size(); ++i) {
        QCOMPARE(b.adjacency[i].unitA, a.adjacency[i].unitA);
        QCOMPARE(b.adjacency[i].unitB, a.adjacency[i].unitB);
        QCOMPARE(b.adjacency[i].lengthM, a.adjacency[i].lengthM);
        QCOMPARE(b.adjacency[i].segments.size(), a.adjacency[i].segments.size());
        for (std::size_t j = 0; j < a.adjacency[i].segments.size(); ++j) {
            QVERIFY(b.adjacency[i].segments[j].first == a.adjacency[i].segments[j].first);
            QVERIFY(b.adjacency[i].segments[j].second == a.adjacency[i].segments[j].second);
        }
    }
    QCOMPARE(b.reps.size(), a.reps.size());
    for (std::size_t i = 0; i < a.reps.size(); ++i) {
        const Rep &x = a.reps[i], &y = b.reps[i];
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.homeLabel, x.homeLabel);
        QVERIFY(y.home == x.home);
        QCOMPARE(y.capacityHours, x.capacityHours);
        QCOMPARE(y.quota, x.quota);
        QCOMPARE(y.skills, x.skills);
        QCOMPARE(y.segments, x.segments);
        QCOMPARE(y.crmUserId, x.crmUserId);
        QCOMPARE(y.email, x.email);
        QCOMPARE(y.role, x.role);
        QCOMPARE(y.startDate, x.startDate);
    }
    QCOMPARE(b.accounts.size(), a.accounts.size());
    for (std::size_t i = 0; i < a.accounts.size(); ++i) {
        const Account &x = a.accounts[i], &y = b.accounts[i];
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.externalId, x.externalId);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.address, x.address);
        QCOMPARE(y.postalCode, x.postalCode);
        QCOMPARE(y.industry, x.industry);
        QCOMPARE(y.segment, x.segment);
        QCOMPARE(y.tier, x.tier);
        QVERIFY(y.location == x.location);
        QCOMPARE(y.revenuePotential, x.revenuePotential);
        QCOMPARE(y.revenue, x.revenue);
        QCOMPARE(y.pipeline, x.pipeline);
        QCOMPARE(y.workloadHours, x.workloadHours);
        QCOMPARE(y.unit, x.unit);
        QCOMPARE(y.extra, x.extra);
        QCOMPARE(b.accountIndexById(x.id), int(i));
        QCOMPARE(b.accountIndexByExternalId(x.externalId), int(i));
    }
    QCOMPARE(b.scenarios.size(), a.scenarios.size());
    for (std::size_t i = 0; i < a.scenarios.size(); ++i) {
        const Scenario &x = a.scenarios[i], &y = b.scenarios[i];
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.status, x.status);
        QCOMPARE(y.notes, x.notes);
        QCOMPARE(y.parentId, x.parentId);
        QCOMPARE(y.createdAt, x.createdAt);
        QCOMPARE(y.planOfRecord, x.planOfRecord);
        QCOMPARE(y.unitTerritory, x.unitTerritory);
        QCOMPARE(y.overrides, x.overrides);
    }
    QCOMPARE(b.territories.size(), a.territories.size());
    for (std::size_t i = 0; i < a.territories.size(); ++i) {
        const Territory &x = a.territories[i], &y = b.territories[i];
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.scenarioId, x.scenarioId);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.color, x.color);
        QCOMPARE(y.repId, x.repId);
        QCOMPARE(y.parentId, x.parentId);
        QCOMPARE(y.level, x.level);
        QCOMPARE(y.locked, x.locked);
    }
    for (std::size_t i = 0; i < a.units.size(); ++i) QCOMPARE(b.unitIndexByCode(a.units[i].code), int(i));
}

// Raw SQL on a file, bypassing ProjectFile: how tests build old, newer and foreign files.
bool rawExec(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
              && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok) qWarning() << sqlite3_errmsg(db);
    sqlite3_close(db);
    return ok;
}

qint64 rawInt(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_stmt* st = nullptr;
    qint64 value = -1;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

EditLogEntry logEntry(const QString& kind, qint64 scenario = 2) {
    return EditLogEntry{QDateTime(QDate(2025, 3, 1), QTime(8, 0, 0, 5), Qt::UTC),
                        QStringLiteral("tester"),
                        scenario,
                        kind,
                        QStringLiteral("did %1").arg(kind),
                        QStringLiteral("{\"k\":\"%1\"}").arg(kind)};
}

// The child side of the crash test: assign unit k to a territory, one edit each, and report
// each edit on stdout only after the call returned. The parent kills us at some point.
int runCrashChild(const QString& path) {
    Project p;
    QString error;
    auto file = ProjectFile::open(path, &p, &error);
    if (!file) {
        std::cerr << qPrintable(error) << std::endl;
        return 2;
    }
    for (int k = 0;; ++k) {
        const int unit = k % int(p.units.size());
        const qint64 territory = (k / int(p.units.size())) % 2 == 0 ? 21 : 22;
        EditLogEntry log = logEntry(QStringLiteral("crash-%1").arg(k));
        if (!file->setUnitAssignments(2, {{unit, territory}}, &log, &error)) {
            std::cerr << qPrintable(error) << std::endl;
            return 3;
        }
        std::cout << k << std::endl; // endl flushes: the parent sees k only after the commit
    }
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripKeepsEveryField() {
        const Project original = makeProject();
        QString error;
        const QString path = file("roundtrip.territory");
        {
            auto f = ProjectFile::create(path, original, &error);
            QVERIFY2(f, qPrintable(error));
            QCOMPARE(f->path(), path);
        }
        Project loaded;
        auto f = ProjectFile::open(path, &loaded, &error);
        QVERIFY2(f, qPrintable(error));
        compareProjects(original, loaded);
        QCOMPARE(loaded.territoryOfAccount(*loaded.scenario(2), loaded.accounts[0]), qint64(22));
        // Accounts with the same extra columns and values are read into one shared block.
        QVERIFY(loaded.accounts[0].extra.isSharedWith(loaded.accounts[1].extra));
    }

    // What a view may show while the accounts are read: everything but them, read before them
    // (ProjectReader::BeforeAccounts), and then the same project as a read without a view.
    void projectIsSeenBeforeItsAccounts() {
        const Project original = makeProject();
        QString error;
        const QString path = file("before-accounts.territory");
        QVERIFY2(ProjectFile::create(path, original, &error), qPrintable(error));
        int calls = 0;
        Project seen;
        Project loaded;
        auto f = ProjectFile::open(path, &loaded, &error, [&](const Project& partial) {
            ++calls;
            seen = partial;
        });
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(calls, 1);
        QVERIFY(!original.accounts.empty());
        QVERIFY(seen.accounts.empty());
        QCOMPARE(seen.units.size(), original.units.size());
        QCOMPARE(seen.units.back().code, original.units.back().code);
        QCOMPARE(seen.adjacency.size(), loaded.adjacency.size());
        QCOMPARE(seen.reps.size(), original.reps.size());
        QCOMPARE(seen.scenarios.size(), original.scenarios.size());
        QCOMPARE(seen.territories.size(), original.territories.size());
        QCOMPARE(seen.scenarios.back().unitTerritory, original.scenarios.back().unitTerritory);
        QCOMPARE(seen.currentScenarioId, original.currentScenarioId);
        compareProjects(original, loaded);

        // A file whose accounts cannot be read was seen, and then is refused.
        const QString damaged = file("before-accounts-damaged.territory");
        Project many = makeProject();
        for (int i = 0; i < 3000; ++i) {
            Account a = many.accounts[std::size_t(i % 3)];
            a.id = 1000 + i;
            a.externalId = QStringLiteral("M-%1").arg(i);
            many.accounts.push_back(a);
        }
        many.reindex();
        QVERIFY2(ProjectFile::create(damaged, many, &error), qPrintable(error));
        QVERIFY(testsupport::corruptLeafOf(damaged, QStringLiteral("accounts")));
        calls = 0;
        Project unchanged;
        QVERIFY(!ProjectFile::open(damaged, &unchanged, &error, [&](const Project&) { ++calls; }));
        QCOMPARE(calls, 1);
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(unchanged.units.empty());
    }

    void identicalValuesAreSharedWhenRead() {
        Project p = makeProject();
        const auto extras = [](std::initializer_list<std::pair<const char*, QVariant>> values) {
            AccountExtras e;
            for (const auto& [key, value] : values) e.insert(QString::fromUtf8(key), value);
            return e;
        };
        const AccountExtras given[] = {extras({{"Seats", 5}, {"Owner", QStringLiteral("rep1")}}),
                                       extras({{"Owner", QStringLiteral("rep1")}, {"Seats", 5}}),
                                       extras({{"Seats", 6.5}, {"Owner", QStringLiteral("rep1")}}),
                                       extras({{"Owner", QStringLiteral("rep2")}, {"Active", true}})};
        for (int i = 0; i < 4; ++i) {
            Account a = p.accounts[0];
            a.id = 200 + i;
            a.externalId = QStringLiteral("X%1").arg(i);
            a.extra = given[i];
            p.accounts.push_back(a);
        }
        p.reindex();
        const QString path = file("sharedextras.territory");
        QString error;
        QVERIFY2(ProjectFile::create(path, p, &error), qPrintable(error));
        Project loaded;
        QVERIFY2(ProjectFile::open(path, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.accounts.size(), p.accounts.size());
        std::vector<const Account*> read;
        for (int i = 0; i < 4; ++i) read.push_back(&loaded.accounts[std::size_t(loaded.accountIndexById(200 + i))]);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(read[std::size_t(i)]->extra.keys(), given[i].keys());
            for (auto it = given[i].constBegin(); it != given[i].constEnd(); ++it)
                QCOMPARE(read[std::size_t(i)]->extra.value(it.key()).toString(), it.value().toString());
        }
        QCOMPARE(read[0]->extra.value(QStringLiteral("Seats")).toInt(), 5);
        QCOMPARE(read[2]->extra.value(QStringLiteral("Seats")).toDouble(), 6.5);
        QCOMPARE(read[3]->extra.value(QStringLiteral("Active")).toBool(), true);
        QVERIFY(read[0]->extra.isSharedWith(read[1]->extra));
        QVERIFY(!read[0]->extra.isSharedWith(read[2]->extra));
        // Column names and text values are one string each, whichever block holds them.
        const auto owner = [&](int i) { return read[std::size_t(i)]->extra.constFind(QStringLiteral("Owner")); };
        QCOMPARE(owner(0).key().constData(), owner(2).key().constData());
        QCOMPARE(owner(0).key().constData(), owner(3).key().constData());
        QCOMPARE(&owner(0).key(), &owner(3).key()); // one SharedText node: 8 bytes in each block
        QCOMPARE(owner(0).value().toString().constData(), owner(2).value().toString().constData());
        // So are repeated addresses (the four accounts have account 0's).
        QCOMPARE(read[0]->address, p.accounts[0].address);
        QCOMPARE(read[0]->address.constData(), read[3]->address.constData());
        // And the categories: one shared text per distinct value.
        QVERIFY(read[0]->postalCode.isSharedWith(read[3]->postalCode));
        QVERIFY(read[0]->industry.isSharedWith(read[3]->industry));
        QVERIFY(read[0]->segment.isSharedWith(read[3]->segment));
        QVERIFY(read[0]->tier.isSharedWith(read[3]->tier));
        // Ids and names, one per account, are packed side by side into shared blocks.
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(read[std::size_t(i)]->externalId, QStringLiteral("X%1").arg(i));
            QCOMPARE(read[std::size_t(i)]->name, p.accounts[0].name);
        }
        QCOMPARE(blockOf(read[0]->externalId), blockOf(read[1]->externalId));
        QCOMPARE(blockOf(read[0]->name), blockOf(read[3]->externalId));
        QVERIFY(read[0]->name.constData() != read[1]->name.constData());
    }

    void manyAccountsAreReadOnTwoThreads() {
        // Enough rows for the reader to hand the strings to a worker, in several batches; texts
        // of every kind (repeated and unique, empty, non-ASCII, extras) in every batch, compared
        // field by field with what was written.
        Project p = makeProject();
        const std::size_t count = AccountDecoder::workerFrom + 3 * AccountDecoder::Batch::rows + 17;
        for (std::size_t i = p.accounts.size(); i < count; ++i) {
            Account a = p.accounts[i % 3];
            a.id = qint64(1000 + i);
            a.externalId = QStringLiteral("E-%1").arg(i);
            a.name = i % 7 == 0 ? QStringLiteral("Müller %1 🙂").arg(i) : QStringLiteral("Customer %1").arg(i);
            a.address = i % 13 == 0 ? QString() : QStringLiteral("%1 Main St").arg(i % 5000);
            a.postalCode = QStringLiteral("%1").arg(10000 + i % 3000);
            a.industry = i % 2 ? QStringLiteral("Retail") : QStringLiteral("Gesundheit · Pflege");
            a.segment = i % 3 ? QStringLiteral("SMB") : QStringLiteral("Enterprise");
            a.tier = QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}[qsizetype(i % 3)];
            a.revenue = double(i) / 3.0;
            a.unit = int(i % 3) - 1;
            a.extra = {};
            if (i % 4 != 0) {
                a.extra.insert(QStringLiteral("Owner"), QStringLiteral("rep%1").arg(i % 50));
                a.extra.insert(QStringLiteral("Seats"), QString::number(i % 9));
            }
            p.accounts.push_back(a);
        }
        p.reindex();
        const QString path = file("manyaccounts.territory");
        QString error;
        QVERIFY2(ProjectFile::create(path, p, &error), qPrintable(error));
        Project loaded;
        QVERIFY2(ProjectFile::open(path, &loaded, &error), qPrintable(error));
        compareProjects(p, loaded);
        QCOMPARE(loaded.accountIndexByExternalId(QStringLiteral("E-%1").arg(count - 1)), int(count - 1));
    }

    void decoderGrowsItsOutputBetweenBatches() {
        // The worker writes into accounts the reader appended before: when the output is full
        // (the reader's guess of the row count was short) it grows only once the worker is idle,
        // and every account still gets its own texts and the worker's.
        std::vector<Account> out; // no capacity at all
        const std::size_t count = 3 * AccountDecoder::Batch::rows + 5;
        {
            AccountDecoder decoder(out, true);
            AccountDecoder::Batch batch = decoder.take();
            for (std::size_t i = 0; i < count; ++i) {
                const QByteArray id = "id-" + QByteArray::number(qulonglong(i));
                const QByteArray postal = QByteArray::number(qulonglong(10000 + i % 7));
                Account& a = decoder.append(batch, id, "Name", i % 2 ? "1 Main St" : "");
                a.id = qint64(i + 1);
                for (const QByteArray& text : {postal, QByteArray("Retail"), QByteArray("SMB"), QByteArray("A"),
                                               QByteArray(i % 3 ? "{\"Seats\":4}" : "")})
                    batch.addText(text);
                if (batch.isFull()) {
                    decoder.submit(std::move(batch));
                    batch = decoder.take();
                }
            }
            decoder.submit(std::move(batch));
        } // finishes
        QCOMPARE(out.size(), count);
        for (std::size_t i = 0; i < count; ++i) {
            const Account& a = out[i];
            QCOMPARE(a.id, qint64(i + 1));
            QCOMPARE(a.externalId, QStringLiteral("id-%1").arg(i));
            QCOMPARE(a.name, QStringLiteral("Name"));
            QCOMPARE(a.address, i % 2 ? QStringLiteral("1 Main St") : QString());
            QCOMPARE(a.postalCode.str(), QString::number(10000 + i % 7));
            QCOMPARE(a.industry.str(), QStringLiteral("Retail"));
            QCOMPARE(a.tier.str(), QStringLiteral("A"));
            QCOMPARE(a.extra.value(QStringLiteral("Seats")).toInt(), i % 3 ? 4 : 0);
        }
        QVERIFY(out[0].postalCode.isSharedWith(out[7].postalCode));
    }

    void createReplacesAnExistingFile() {
        const QString path = file("replace.territory");
        QVERIFY(writeFile(path, "an old file that is not a project"));
        Project p = makeProject();
        QString error;
        QVERIFY2(ProjectFile::create(path, p, &error), qPrintable(error));
        p.title = QStringLiteral("second");
        p.accounts.pop_back();
        p.scenarios[0].overrides.remove(102);
        QVERIFY2(ProjectFile::create(path, p, &error), qPrintable(error));
        Project loaded;
        QVERIFY2(ProjectFile::open(path, &loaded, &error), qPrintable(error));
        compareProjects(p, loaded);
        // No temporary files are left next to it.
        const QStringList left = QDir(m_dir.path()).entryList({".replace*"}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(',')));
    }

    void createFailsCleanlyOnInconsistentProject() {
        Project p = makeProject();
        p.territories[3].repId = 999; // no such rep
        QString error;
        const QString path = file("inconsistent.territory");
        QVERIFY(!ProjectFile::create(path, p, &error));
        QVERIFY2(error.contains("territories") && error.contains("reps"), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void edit_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("assign and unassign units") << 0;
        QTest::newRow("set override") << 1;
        QTest::newRow("remove override") << 2;
        QTest::newRow("insert territory") << 3;
        QTest::newRow("update territory") << 4;
        QTest::newRow("delete territory") << 5;
        QTest::newRow("insert scenario with assignments") << 6;
        QTest::newRow("update scenario") << 7;
        QTest::newRow("delete scenario") << 8;
        QTest::newRow("upsert rep") << 9;
        QTest::newRow("upsert accounts") << 10;
        QTest::newRow("replace units") << 11;
        QTest::newRow("set current scenario") << 12;
        QTest::newRow("set title") << 13;
    }
    void edit() {
        QFETCH(int, kind);
        const QString path = file(QStringLiteral("edit%1.territory").arg(kind));
        Project expected = makeProject();
        QString error;
        QVERIFY2(ProjectFile::create(path, expected, &error), qPrintable(error));
        Project loaded;
        auto f = ProjectFile::open(path, &loaded, &error);
        QVERIFY2(f, qPrintable(error));
        const EditLogEntry log = logEntry(QStringLiteral("edit-%1").arg(kind));
        bool ok = false;
        switch (kind) {
            case 0:
                ok = f->setUnitAssignments(2, {{0, 22}, {1, 0}, {2, 21}}, &log, &error);
                expected.scenarios[1].unitTerritory = {22, 0, 21};
                break;
            case 1:
                ok = f->setAccountOverride(1, 100, 13, &log, &error);
                expected.scenarios[0].overrides.insert(100, 13);
                break;
            case 2:
                ok = f->removeAccountOverride(2, 101, &log, &error);
                expected.scenarios[1].overrides.remove(101);
                break;
            case 3: {
                const Territory t{30, 1, "New one", "#010203", 8, 11, Territory::Level::District, true};
                ok = f->upsertTerritory(t, &log, &error);
                expected.territories.push_back(t);
                break;
            }
            case 4: {
                Territory t = expected.territories[1];
                t.name = QStringLiteral("Renamed ✓");
                t.locked = false;
                t.repId = 0;
                t.parentId = 0;
                ok = f->upsertTerritory(t, &log, &error);
                expected.territories[1] = t;
                break;
            }
            case 5:
                // Units and overrides of the territory go; its child moves to the top level.
                ok = f->deleteTerritory(12, &log, &error);
                expected.territories.erase(expected.territories.begin() + 1);
                expected.territories[1].parentId = 0;
                ok = ok && f->deleteTerritory(22, &log, &error);
                expected.territories.pop_back();
                expected.scenarios[1].unitTerritory = {21, 0, 0};
                expected.scenarios[1].overrides.remove(100);
                break;
            case 6: {
                Scenario s = expected.scenarios[1];
                s.id = 3;
                s.name = QStringLiteral("Branch of draft");
                s.parentId = 2;
                s.status = Scenario::Status::Draft;
                s.unitTerritory = {31, 0, 31};
                s.overrides = {{102, 31}};
                const Territory t{31, 3, "Branch T", "#333333", 0, 0, Territory::Level::Territory, false};
                ok = f->transaction(
                    [&](QString* e) {
                        return f->upsertScenario(s, true, &log, e) && f->upsertTerritory(t, nullptr, e);
                    },
                    &error);
                expected.scenarios.push_back(s);
                expected.territories.push_back(t);
                break;
            }
            case 7: {
                Scenario s = expected.scenarios[0];
                s.name = QStringLiteral("Renamed plan");
                s.status = Scenario::Status::Draft;
                s.notes.clear();
                s.planOfRecord = false;
                s.unitTerritory = {0, 0, 0}; // not written: withAssignments is false
                ok = f->upsertScenario(s, false, &log, &error);
                s.unitTerritory = expected.scenarios[0].unitTerritory;
                expected.scenarios[0] = s;
                break;
            }
            case 8:
                ok = f->deleteScenario(1, &log, &error);
                expected.scenarios.erase(expected.scenarios.begin());
                expected.scenarios[0].parentId = 0;
                expected.territories.erase(expected.territories.begin(), expected.territories.begin() + 3);
                break;
            case 9: {
                Rep r = expected.reps[0];
                r.name = QStringLiteral("Ana N.");
                r.skills = {"Software"};
                Rep added = testsupport::makeRep(50, QStringLiteral("New rep"), {-116.2, 43.6}, 1200, 1e6);
                added.homeLabel = QStringLiteral("Boise, ID");
                ok = f->upsertRep(r, &log, &error) && f->upsertRep(added, &log, &error);
                expected.reps[0] = r;
                expected.reps.push_back(added);
                break;
            }
            case 10: {
                Account changed = expected.accounts[1];
                changed.revenue = 99.5;
                changed.unit = 2;
                changed.extra.insert("Neu", "ja");
                Account added = expected.accounts[0];
                added.id = 500;
                added.externalId = QStringLiteral("CRM-NEW");
                added.extra.clear();
                ok = f->upsertAccounts({changed, added}, &log, &error);
                expected.accounts[1] = changed;
                expected.accounts.push_back(added);
                break;
            }
            case 11: {
                // Two units instead of three: the assignments of the third go with it.
                std::vector<Unit> units(expected.units.begin(), expected.units.begin() + 2);
                units[1].name = QStringLiteral("Alamosa (new shape)");
                units[1].shape = geo::MultiPolygon{square(1, 0, 2)};
                const std::vector<geo::SharedEdge> adjacency{{0, 1, 5.0, {geo::Segment({1, 0}, {1, 1})}}};
                ok = f->replaceUnits(units, adjacency, &log, &error);
                expected.units = units;
                expected.adjacency = adjacency;
                for (Scenario& s : expected.scenarios) s.unitTerritory.resize(2);
                expected.accounts[2].unit = -1;
                break;
            }
            case 12:
                ok = f->setCurrentScenario(1, &log, &error);
                expected.currentScenarioId = 1;
                break;
            case 13:
                ok = f->setTitle(QStringLiteral("Neuer Titel 新"), &log, &error);
                expected.title = QStringLiteral("Neuer Titel 新");
                break;
        }
        QVERIFY2(ok, qPrintable(error));
        expected.reindex();
        f.reset();
        Project reopened;
        f = ProjectFile::open(path, &reopened, &error);
        QVERIFY2(f, qPrintable(error));
        compareProjects(expected, reopened);
        const std::vector<EditLogEntry> entries = f->readLog(10);
        QVERIFY(!entries.empty());
        QCOMPARE(entries.front().kind, log.kind);
        QCOMPARE(entries.front().when, log.when);
        QCOMPARE(entries.front().user, log.user);
        QCOMPARE(entries.front().scenarioId, log.scenarioId);
        QCOMPARE(entries.front().text, log.text);
        QCOMPARE(entries.front().detailsJson, log.detailsJson);
    }

    void failedEditChangesNothing() {
        const QString path = file("failed.territory");
        const Project p = makeProject();
        QString error;
        auto f = ProjectFile::create(path, p, &error);
        QVERIFY2(f, qPrintable(error));
        const EditLogEntry log = logEntry("bad");
        // Territory 999 does not exist: the foreign key refuses the whole batch.
        QVERIFY(!f->setUnitAssignments(2, {{0, 21}, {1, 999}}, &log, &error));
        QVERIFY2(error.contains("unit_assignments"), qPrintable(error));
        // A failing step inside transaction() undoes the steps before it.
        error.clear();
        QVERIFY(!f->transaction(
            [&](QString* e) {
                return f->setTitle("should vanish", nullptr, e) && f->setAccountOverride(1, 424242, 13, nullptr, e);
            },
            &error));
        QVERIFY(!error.isEmpty());
        f.reset();
        Project loaded;
        QVERIFY(ProjectFile::open(path, &loaded, &error));
        compareProjects(p, loaded);
        QVERIFY(ProjectFile::open(path, &loaded, &error)->readLog(-1).empty());
    }

    void logIsNewestFirstAndFiltered() {
        const QString path = file("log.territory");
        QString error;
        auto f = ProjectFile::create(path, makeProject(), &error);
        QVERIFY2(f, qPrintable(error));
        for (int i = 0; i < 5; ++i) QVERIFY(f->appendLog(logEntry(QString::number(i), i % 2 + 1)));
        EditLogEntry noTime{QDateTime(), "u", 0, "now", "t", ""};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(f->appendLog(noTime));
        const auto all = f->readLog(-1);
        QCOMPARE(all.size(), std::size_t(6));
        QCOMPARE(all[0].kind, QString("now"));
        QVERIFY(all[0].when >= before && all[0].when <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(all[1].kind, QString("4"));
        QCOMPARE(f->readLog(2).size(), std::size_t(2));
        const auto second = f->readLog(-1, 2);
        QCOMPARE(second.size(), std::size_t(2)); // entries 1 and 3
        QCOMPARE(second[0].kind, QString("3"));
        QCOMPARE(second[1].kind, QString("1"));
    }

    void undoHistorySurvivesReopening() {
        const QString path = file("undo.territory");
        QString error;
        auto f = ProjectFile::create(path, makeProject(), &error);
        QVERIFY2(f, qPrintable(error));
        for (int i = 0; i < 4; ++i) {
            UndoRecord r{2, i, "assign", QStringLiteral("Assign %1").arg(i), QStringLiteral("{\"i\":%1}").arg(i)};
            QVERIFY(f->appendUndoRecord(&r, &error));
            QVERIFY(r.id > 0);
        }
        UndoRecord global{0, 0, "title", "Rename project", "{}"};
        QVERIFY(f->appendUndoRecord(&global, &error));
        QVERIFY(f->truncateUndoRecords(2, 2, &error)); // a new command after undoing two
        UndoRecord replacement{2, 2, "paint", "Paint", "{\"p\":1}"};
        QVERIFY(f->appendUndoRecord(&replacement, &error));
        QVERIFY(f->setUndoIndex(2, 3, &error));
        f.reset();
        Project p;
        f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        const auto records = f->readUndoRecords(2);
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[1].text, QString("Assign 1"));
        QCOMPARE(records[2].kind, QString("paint"));
        QCOMPARE(records[2].payloadJson, QString("{\"p\":1}"));
        QCOMPARE(f->undoIndex(2), 3);
        QCOMPARE(f->readUndoRecords(0).size(), std::size_t(1));
        // Deleting the scenario takes its history with it.
        QVERIFY(f->deleteScenario(2, nullptr, &error));
        QVERIFY(f->readUndoRecords(2).empty());
        QCOMPARE(f->undoIndex(2), 0);
        QCOMPARE(f->readUndoRecords(0).size(), std::size_t(1));
    }

    void badFile_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "missing.territory" << 0 << "does not exist";
        QTest::newRow("directory") << "folder.territory" << 1 << "is a folder";
        QTest::newRow("empty") << "empty.territory" << 2 << "is empty";
        QTest::newRow("text file") << "text.territory" << 3 << "not an SQLite database";
        QTest::newRow("random bytes") << "random.territory" << 4 << "not an SQLite database";
        QTest::newRow("truncated") << "truncated.territory" << 5 << "cut off while being copied";
        QTest::newRow("garbage inside") << "garbage.territory" << 6 << "is damaged";
        QTest::newRow("foreign SQLite") << "other.sqlite" << 7 << "not a Territory Planner project";
        QTest::newRow("newer version") << "newer.territory" << 8
                                       << QString("This project was saved by a newer version of Territory Planner "
                                                  "(schema 99, this version reads up to %1).")
                                              .arg(SchemaMigrations::latestVersion());
        QTest::newRow("damaged shape blob") << "shape.territory" << 9 << "shape of unit 08003 is damaged";
    }
    void badFile() {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const QString path = file(name);
        QString error;
        if (kind >= 5 && kind != 7) {
            // Big enough that cutting it leaves the schema readable but loses data pages.
            Project p = makeProject();
            for (int i = 0; i < 3000; ++i) {
                Account a = p.accounts[0];
                a.id = 1000 + i;
                a.externalId = QStringLiteral("X%1").arg(i);
                p.accounts.push_back(a);
            }
            QVERIFY2(ProjectFile::create(path, p, &error), qPrintable(error));
        }
        switch (kind) {
            case 1:
                QVERIFY(QDir(m_dir.path()).mkdir(name));
                break;
            case 2:
                QVERIFY(writeFile(path, {}));
                break;
            case 3:
                QVERIFY(writeFile(path, "external_id,name\n1,Acme\n"));
                break;
            case 4: {
                QByteArray bytes(8192, '\0');
                for (int i = 0; i < bytes.size(); ++i) bytes[i] = char((i * 7919 + 13) % 251);
                QVERIFY(writeFile(path, bytes));
                break;
            }
            case 5:
                QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
                break;
            case 6: {
                // Keep the header and the schema page, overwrite everything after them.
                QByteArray bytes = readFile(path);
                const int pageSize = 4096;
                QVERIFY(bytes.size() > 4 * pageSize);
                for (qsizetype i = pageSize; i < bytes.size(); ++i) bytes[i] = char(0xA5 ^ (i & 0xff));
                QVERIFY(writeFile(path, bytes));
                break;
            }
            case 7:
                QVERIFY(rawExec(
                    path, "CREATE TABLE things(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO things VALUES(1,'x');"));
                break;
            case 8:
                QVERIFY(rawExec(path, "PRAGMA user_version = 99"));
                break;
            case 9:
                QVERIFY(rawExec(path, "UPDATE units SET geometry = x'0106000000ffffff7f' WHERE id = 2"));
                break;
        }
        const QByteArray before = QFileInfo(path).isFile() ? readFile(path) : QByteArray();
        Project untouched = makeProject();
        auto f = ProjectFile::open(path, &untouched, &error);
        QVERIFY(!f);
        QVERIFY2(error.contains(message), qPrintable(error));
        compareProjects(makeProject(), untouched);                    // *out is not changed by a failed open
        if (kind == 7 || kind == 8) QCOMPARE(readFile(path), before); // refused files are not written
    }

    void migratesVersionOneFile() {
        const QString path = file("v1.territory");
        {
            SqliteConnection db;
            QString error;
            QVERIFY2(db.open(path, true, &error), qPrintable(error));
            QVERIFY2(SchemaMigrations::migrate(db, 0, 1, &error), qPrintable(error));
            QVERIFY2(db.exec("INSERT INTO meta VALUES('title', 'Old plan');"
                             "INSERT INTO meta VALUES('current_scenario', 4);"
                             "INSERT INTO units(id, code, name) VALUES(1, 'U1', 'One');"
                             "INSERT INTO scenarios(id, name, status) VALUES(4, 'Old', 'approved');"
                             "INSERT INTO territories(id, scenario_id, name) VALUES(40, 4, 'T');"
                             "INSERT INTO unit_assignments VALUES(4, 1, 40);"
                             "INSERT INTO edit_log(time, user, scenario_id, kind, text) "
                             "VALUES('2024-01-01T00:00:00.000Z', 'old', 4, 'k', 'from v1');",
                             &error),
                     qPrintable(error));
        }
        QCOMPARE(rawInt(path, "PRAGMA user_version"), qint64(1));
        QCOMPARE(rawInt(path, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'undo_history'"), qint64(0));
        Project p;
        QString error;
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->connectionSettings().schemaVersion, SchemaMigrations::latestVersion());
        QCOMPARE(p.title, QString("Old plan"));
        QCOMPARE(p.currentScenarioId, qint64(4));
        QCOMPARE(p.units.size(), std::size_t(1));
        QCOMPARE(p.scenario(4)->unitTerritory, std::vector<qint64>{40});
        QCOMPARE(p.scenario(4)->status, Scenario::Status::Approved);
        QCOMPARE(f->readLog(-1, 4).front().text, QString("from v1"));
        UndoRecord r{4, 0, "k", "t", "{}"};
        QVERIFY2(f->appendUndoRecord(&r, &error), qPrintable(error));
        f.reset();
        QCOMPARE(rawInt(path, "PRAGMA user_version"), qint64(SchemaMigrations::latestVersion()));
        QCOMPARE(rawInt(path, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'edit_log_scenario'"), qint64(1));
        QCOMPARE(rawInt(path, "SELECT COUNT(*) FROM undo_history"), qint64(1));
    }

    // A file from before the rep roster (schema 2) opens with its reps as they were, the new
    // fields at their defaults, and is upgraded so that the roster can be written.
    void migratesVersionTwoFileWithReps() {
        const QString path = file("v2.territory");
        {
            SqliteConnection db;
            QString error;
            QVERIFY2(db.open(path, true, &error), qPrintable(error));
            QVERIFY2(SchemaMigrations::migrate(db, 0, 2, &error), qPrintable(error));
            QVERIFY2(
                db.exec("INSERT INTO meta VALUES('current_scenario', 4);"
                        "INSERT INTO reps(id, name, home_label, home_lon, home_lat, capacity_hours, quota, skills) "
                        "VALUES(3, 'Old Rep', 'Boise, ID', -116.2, 43.6, 1500, 900000, '[\"Retail\"]');"
                        "INSERT INTO scenarios(id, name) VALUES(4, 'Old');"
                        "INSERT INTO territories(id, scenario_id, name, rep_id) VALUES(40, 4, 'T', 3);",
                        &error),
                qPrintable(error));
        }
        Project p;
        QString error;
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->connectionSettings().schemaVersion, SchemaMigrations::latestVersion());
        QCOMPARE(p.reps.size(), std::size_t(1));
        Rep r = p.reps.front();
        QCOMPARE(r.name, QString("Old Rep"));
        QCOMPARE(r.homeLabel, QString("Boise, ID"));
        QCOMPARE(r.capacityHours, 1500.0);
        QCOMPARE(r.skills, QStringList{"Retail"});
        QCOMPARE(r.role, Rep::Role::Field);
        QVERIFY(r.crmUserId.isEmpty() && r.email.isEmpty() && r.segments.isEmpty() && !r.startDate.isValid());
        QCOMPARE(p.territory(40)->repId, qint64(3));
        r.crmUserId = "U-3";
        r.role = Rep::Role::Inside;
        QVERIFY2(f->upsertRep(r, nullptr, &error), qPrintable(error));
        f.reset();
        Project again;
        f = ProjectFile::open(path, &again, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(again.reps.front().crmUserId, QString("U-3"));
        QCOMPARE(again.reps.front().role, Rep::Role::Inside);
        // The file refuses a role it does not know, whoever writes it.
        QVERIFY(!rawExec(path, "UPDATE reps SET role = 'manager'"));
    }

    void connectionIsSafe() {
        const QString path = file("settings.territory");
        QString error;
        auto f = ProjectFile::create(path, makeProject(), &error);
        QVERIFY2(f, qPrintable(error));
        const ProjectFile::ConnectionSettings s = f->connectionSettings();
        QCOMPARE(s.trustedSchema, false);
        QCOMPARE(s.defensive, true);
        QCOMPARE(s.foreignKeys, true);
        QCOMPARE(s.journalMode, QString("wal"));
        QCOMPARE(s.synchronous, 2);
        QCOMPARE(s.applicationId, qint32(0x54504C4E));
        QCOMPARE(rawInt(path, "PRAGMA application_id"), qint64(0x54504C4E));
    }

    void saveAsCopiesEverythingAndMovesOn() {
        const QString path = file("original.territory");
        const QString copy = file("copy.territory");
        Project p = makeProject();
        QString error;
        auto f = ProjectFile::create(path, p, &error);
        QVERIFY2(f, qPrintable(error));
        QVERIFY(f->appendLog(logEntry("before-copy")));
        QVERIFY2(f->saveAs(copy, p, &error), qPrintable(error));
        QCOMPARE(f->path(), copy);
        QVERIFY(f->setTitle("only in the copy"));
        f.reset();
        Project a, b;
        auto fa = ProjectFile::open(path, &a, &error);
        auto fb = ProjectFile::open(copy, &b, &error);
        QVERIFY(fa && fb);
        compareProjects(p, a);
        QCOMPARE(b.title, QString("only in the copy"));
        QCOMPARE(fb->readLog(1).front().kind, QString("before-copy"));
        // A project that does not match the file is refused rather than half-saved.
        p.accounts.pop_back();
        QVERIFY(!fa->saveAs(file("mismatch.territory"), p, &error));
        QVERIFY2(error.contains("does not match"), qPrintable(error));
    }

    void killedProcessLosesNothing() {
        const QString path = file("crash.territory");
        QString error;
        QVERIFY2(ProjectFile::create(path, makeProject(), &error), qPrintable(error));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {"--crash-child", path});
        QVERIFY(child.waitForStarted());
        int last = -1;
        QByteArray pending;
        while (last < 150 && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            pending += child.readAllStandardOutput();
            const int nl = int(pending.lastIndexOf('\n'));
            if (nl < 0) continue;
            const QList<QByteArray> lines = pending.left(nl).split('\n');
            last = lines.last().trimmed().toInt();
            pending = pending.mid(nl + 1);
        }
        child.kill(); // SIGKILL: no destructor, no close, no checkpoint
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(last >= 150, child.readAllStandardError().constData());
        QVERIFY(QFileInfo(path + "-wal").size() > 0); // the child never closed the file

        Project p;
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        // Every reported edit is there; each edit's log line is there exactly when its assignment is.
        const auto log = f->readLog(-1);
        QVERIFY(int(log.size()) >= last + 1);
        QVERIFY(int(log.size()) <= last + 2); // at most the one edit in flight when killed
        const int done = int(log.size());
        const int units = int(p.units.size());
        std::vector<qint64> expected(std::size_t(units), 0);
        std::vector<qint64> original = makeProject().scenarios[1].unitTerritory;
        for (int u = 0; u < units; ++u) expected[std::size_t(u)] = original[std::size_t(u)];
        for (int k = 0; k < done; ++k) expected[std::size_t(k % units)] = (k / units) % 2 == 0 ? 21 : 22;
        QCOMPARE(p.scenario(2)->unitTerritory, expected);
        QCOMPARE(log.front().kind, QStringLiteral("crash-%1").arg(done - 1));
    }

    void wkbRejectsDamage_data() {
        QTest::addColumn<int>("cut");
        for (int cut : {0, 1, 5, 9, 12, 20, 40, 100}) QTest::newRow(qPrintable(QString::number(cut))) << cut;
    }
    void wkbRejectsDamage() {
        QFETCH(int, cut);
        const Project p = makeProject();
        const QByteArray wkb = WkbCodec::encode(p.units[0].shape);
        geo::MultiPolygon out;
        QVERIFY(WkbCodec::decode(wkb, &out));
        compareShapes(p.units[0].shape, out);
        QVERIFY(!WkbCodec::decode(QByteArrayView(wkb).first(wkb.size() - 1 - cut), &out));
        QByteArray huge = wkb;
        huge[5] = char(0xff); // a polygon count of ~4 billion
        QVERIFY(!WkbCodec::decode(huge, &out));
    }

    void wkbIsStandard() {
        // POLYGON((0 0, 1 0, 1 1, 0 0)) in big-endian WKB, as another tool could have written it.
        QByteArray wkb = QByteArray::fromHex("00000000030000000100000004");
        for (double v : {0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0}) {
            const quint64 bits = qToBigEndian(std::bit_cast<quint64>(v));
            wkb.append(reinterpret_cast<const char*>(&bits), 8);
        }
        geo::MultiPolygon out;
        QVERIFY(WkbCodec::decode(wkb, &out));
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(out[0].outer().size(), std::size_t(4));
        QVERIFY(out[0].outer()[2] == (geo::GeoPoint{1, 1}));
    }
};

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--crash-child") == 0) {
        QCoreApplication app(argc, argv);
        return runCrashChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestProjectFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_projectfile.moc"
