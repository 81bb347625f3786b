// `territory reps` as a user runs it: list in every format, add with a home by ZIP, edit, a
// roster import with a bad row (exit 3, the row reported and written to --rejected, the rest
// kept), an export that imports again unchanged, removal refused while a rep owns territories,
// suggested owners shown as a diff and applied, and quotas: a company target distributed and
// rounded (the quotas add up to it), a quota set by hand stays locked through the next target;
// and a plan started from a CRM export's account owners (scenario from-owners): every account
// exported again from the new scenario has its owner as its rep.
#include "support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

using tp::testsupport::Run;
using tp::testsupport::run;
using tp::testsupport::territory;

QJsonArray listJson(const QString& project) {
    const Run r = territory({"reps", "list", project, "--format", "json"});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QJsonObject byName(const QJsonArray& reps, const QString& name) {
    for (const QJsonValue v : reps)
        if (v.toObject().value("name").toString() == name) return v.toObject();
    return {};
}

} // namespace

class TestCliReps : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pristine, m_project;

    // A copy of the 800-account demo made once (building it takes the sanitized CLI 5 s).
    QString freshDemo(const QString& name) const {
        const QString path = m_dir.filePath(name);
        return QFile::copy(m_pristine, path) ? path : QString();
    }

private slots:
    void initTestCase() {
        m_pristine = m_dir.filePath("pristine.territory");
        const Run r = territory({"demo", m_pristine, "--accounts", "800"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_project = freshDemo("reps.territory");
        QVERIFY(!m_project.isEmpty());
    }

    void listAddEdit() {
        const int before = listJson(m_project).size();
        QVERIFY(before > 0);
        Run r = territory({"reps", "add", m_project, "Nia Okafor", "--crm-id", "005NIA", "--zip", "80202", "--capacity",
                           "1500", "--role", "inside", "--industries", "Retail;Health", "--start", "2026-01-15"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Added rep"));
        QJsonObject nia = byName(listJson(m_project), "Nia Okafor");
        QCOMPARE(nia.value("crmUserId").toString(), QString("005NIA"));
        QCOMPARE(nia.value("role").toString(), QString("inside"));
        QCOMPARE(nia.value("capacityHours").toDouble(), 1500.0);
        QCOMPARE(nia.value("startDate").toString(), QString("2026-01-15"));
        QVERIFY(std::abs(nia.value("home").toArray().at(0).toDouble() + 104.99) < 0.2);

        r = territory({"reps", "edit", m_project, "005NIA", "--capacity", "1100", "--name", "Nia O."});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        nia = byName(listJson(m_project), "Nia O.");
        QCOMPARE(nia.value("capacityHours").toDouble(), 1100.0);
        QCOMPARE(listJson(m_project).size(), before + 1);

        const Run table = territory({"reps", "list", m_project});
        QVERIFY(table.out.contains("Nia O.") && table.out.contains("005NIA"));
        const Run csv = territory({"reps", "list", m_project, "--format", "csv"});
        QVERIFY(csv.out.startsWith("id,name,crm_user_id"));
    }

    // A rep's name a spreadsheet would run as a formula is listed as text in the CSV (a leading ',
    // quoted because of its comma and quotes); a plain negative number stays a number.
    void csvListNeutralisesFormulas() {
        const QString project = freshDemo("formula.territory");
        const Run r = territory({"reps", "add", project, "=HYPERLINK(\"http://x\",\"y\")", "--crm-id", "-42"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run csv = territory({"reps", "list", project, "--format", "csv"});
        QVERIFY2(csv.out.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-42,"), qPrintable(csv.out));
    }

    void refusesBadValues_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown ZIP") << QStringList{"reps", "add", "P", "X", "--zip", "00000"} << 2
                                     << "not a known US ZIP";
        QTest::newRow("bad role") << QStringList{"reps", "add", "P", "X", "--role", "boss"} << 2 << "--role must be";
        QTest::newRow("negative capacity")
            << QStringList{"reps", "add", "P", "X", "--capacity", "-3"} << 2 << "zero or more";
        QTest::newRow("no name") << QStringList{"reps", "add", "P", " "} << 1 << "needs a name";
        QTest::newRow("unknown rep") << QStringList{"reps", "edit", "P", "Nobody"} << 1 << "no rep 'Nobody'";
        QTest::newRow("unknown action") << QStringList{"reps", "fire", "P"} << 2 << "usage: territory reps";
    }
    void refusesBadValues() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        args.replaceInStrings(QRegularExpression("^P$"), m_project);
        const int before = listJson(m_project).size();
        const Run r = territory(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(listJson(m_project).size(), before);
    }

    void importWithBadRowAndExportRoundTrip() {
        const QString csv = m_dir.filePath("roster.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("User Id,Full Name,Email,Home ZIP,Capacity Hours,Quota,Role\n"
                "U-1,Ida Berg,ida@example.com,02138,1600,900000,field\n"
                "U-2,Jon Ruiz,,60601,lots,1,field\n"
                "U-3,Kai Wu,kai@example.com,,1400,800000,overlay\n");
        f.close();
        const int before = listJson(m_project).size();
        const QString rejected = m_dir.filePath("rejected.csv");
        Run r = territory({"reps", "import", m_project, csv, "--rejected", rejected});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("line 3: capacity 'lots' is not a number"), qPrintable(r.err));
        QVERIFY(r.out.contains("2 reps added, 0 updated, 1 rows rejected"));
        QFile rej(rejected);
        QVERIFY(rej.open(QIODevice::ReadOnly));
        QVERIFY(rej.readAll().contains("3,capacity 'lots' is not a number"));
        QCOMPARE(listJson(m_project).size(), before + 2);
        QCOMPARE(byName(listJson(m_project), "Kai Wu").value("role").toString(), QString("overlay"));

        // The exported roster matches every rep again: nothing added, nothing changed.
        const QString out = m_dir.filePath("roster-out.csv");
        r = territory({"export", m_project, "reps", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray all = listJson(m_project);
        r = territory({"reps", "import", m_project, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("0 reps added, %1 updated, 0 rows rejected").arg(all.size())),
                 qPrintable(r.out));
        QCOMPARE(listJson(m_project), all);
    }

    void removeRefusedWhileOwning() {
        const QJsonArray reps = listJson(m_project);
        QString owner;
        for (const QJsonValue v : reps)
            if (!v.toObject().value("territories").toArray().isEmpty())
                owner = QString::number(v.toObject().value("id").toInteger());
        QVERIFY(!owner.isEmpty());
        Run r = territory({"reps", "remove", m_project, owner});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("still owns"), qPrintable(r.err));
        r = territory({"reps", "remove", m_project, "Kai Wu"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(byName(listJson(m_project), "Kai Wu").isEmpty());
    }

    void suggestAndApply() {
        Run r = territory({"reps", "suggest", m_project, "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject diff = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray rows = diff.value("territories").toArray();
        QVERIFY(!rows.isEmpty());
        QVERIFY(diff.value("suggestedCost").toDouble() <= diff.value("currentCost").toDouble() + 1e-9);
        r = territory({"reps", "suggest", m_project, "--apply"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Applied: asking again suggests no change, and every territory shows its suggested rep.
        r = territory({"reps", "suggest", m_project, "--format", "json"});
        const QJsonObject again = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(again.value("changes").toInt(), 0);
        for (const QJsonValue v : rows) {
            const QJsonObject row = v.toObject();
            bool found = false;
            for (const QJsonValue w : again.value("territories").toArray())
                if (w.toObject().value("territory") == row.value("territory")) {
                    QCOMPARE(w.toObject().value("current").toString(), row.value("suggested").toString());
                    found = true;
                }
            QVERIFY(found);
        }
    }

    void leaveHandsOver() {
        const QJsonArray reps = listJson(m_project);
        QJsonObject leaving, heir;
        for (const QJsonValue v : reps) {
            const QJsonObject o = v.toObject();
            if (leaving.isEmpty() && !o.value("territories").toArray().isEmpty())
                leaving = o;
            else if (heir.isEmpty() && o.value("role").toString() != "overlay")
                heir = o;
        }
        QVERIFY(!leaving.isEmpty() && !heir.isEmpty());
        const QString id = QString::number(leaving.value("id").toInteger());
        Run r = territory({"reps", "leave", m_project, id, "--to", QString::number(heir.value("id").toInteger())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("handoff") && r.out.contains("accounts"), qPrintable(r.out));
        const QJsonObject after = byName(listJson(m_project), heir.value("name").toString());
        for (const QJsonValue t : leaving.value("territories").toArray())
            QVERIFY(after.value("territories").toArray().contains(t));
        QVERIFY(byName(listJson(m_project), leaving.value("name").toString()).value("territories").toArray().isEmpty());
        // Leaving twice: nothing left to hand over.
        r = territory({"reps", "leave", m_project, id});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("owns no territory"), qPrintable(r.err));
    }

    void metricsAgainstCapacityTargets() {
        // One rep at 60 % time: with --by-capacity every territory's deviation is against its
        // share of the workload by capacity, as computed here from the same CSV.
        const QString project = freshDemo("capacity.territory");
        QVERIFY(!project.isEmpty());
        const QJsonArray reps = listJson(project);
        const QString partTimer = reps.first().toObject().value("name").toString();
        Run r = territory({"reps", "edit", project, partTimer, "--capacity", "1920"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QMap<QString, double> capacityOf;
        for (const QJsonValue v : listJson(project))
            capacityOf[v.toObject().value("name").toString()] = v.toObject().value("capacityHours").toDouble();
        r = territory({"metrics", project, "--format", "csv", "--by-capacity"});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
        QStringList rows = r.out.split('\n', Qt::SkipEmptyParts);
        const QStringList header = rows.takeFirst().split(',');
        const int rep = header.indexOf("rep"), work = header.indexOf("workload_hours"),
                  dev = header.indexOf("deviation_pct");
        double total = 0.0, capacity = 0.0;
        for (const QString& row : rows) {
            total += row.split(',')[work].toDouble();
            capacity += capacityOf.value(row.split(',')[rep]);
        }
        QVERIFY(capacity > 0.0);
        bool sawPartTimer = false;
        for (const QString& row : rows) {
            const QStringList c = row.split(',');
            const double target = total * capacityOf.value(c[rep]) / capacity;
            QVERIFY2(std::abs(c[dev].toDouble() - (c[work].toDouble() / target - 1.0) * 100.0) < 1e-3, qPrintable(row));
            sawPartTimer = sawPartTimer || c[rep] == partTimer;
        }
        QVERIFY(sawPartTimer);
    }

    void leaveSplitsAmongNeighbours() {
        const QString project = freshDemo("split.territory");
        QVERIFY(!project.isEmpty());
        Run r = territory({"scenario", "status", project, "1", "draft"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject leaving;
        for (const QJsonValue v : listJson(project))
            if (leaving.isEmpty() && !v.toObject().value("territories").toArray().isEmpty()) leaving = v.toObject();
        const QStringList territories = [&] {
            QStringList out;
            for (const QJsonValue t : leaving.value("territories").toArray()) out << t.toString();
            return out;
        }();
        QVERIFY(!territories.isEmpty());
        const int before = territory({"metrics", project, "--format", "csv"}).out.count('\n');
        r = territory({"reps", "leave", project, leaving.value("name").toString(), "--split"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString& t : territories)
            QVERIFY2(r.out.contains(t + ": ") && r.out.contains(QStringLiteral("→")), qPrintable(r.out));
        // The territories are gone from the plan; their accounts are in the neighbours' rows.
        const Run after = territory({"metrics", project, "--format", "csv"});
        QCOMPARE(after.out.count('\n'), before - int(territories.size()));
        for (const QString& t : territories) QVERIFY(!after.out.contains(t + ","));
        // --to and --split together: a usage error.
        QString other;
        for (const QJsonValue v : listJson(project))
            if (other.isEmpty() && v.toObject().value("name") != leaving.value("name"))
                other = v.toObject().value("name").toString();
        QJsonObject owner;
        for (const QJsonValue v : listJson(project))
            if (owner.isEmpty() && !v.toObject().value("territories").toArray().isEmpty()) owner = v.toObject();
        r = territory({"reps", "leave", project, owner.value("name").toString(), "--split", "--to", other});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not both"), qPrintable(r.err));
    }

    void startFromCrmOwners() {
        // A CRM export: the demo's accounts with their rep as "Account Owner", every 9th handed to
        // a rep the roster does not know, every 13th without an owner.
        const QString exported = m_dir.filePath("owners-export.csv"), crm = m_dir.filePath("crm.csv");
        Run r = territory({"export", m_project, "accounts", exported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile in(exported);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(in.readAll()).remove(QChar(0xFEFF)).split('\n', Qt::SkipEmptyParts);
        const QStringList header = lines.takeFirst().split(',');
        const int idColumn = header.indexOf("external_id"), repColumn = header.indexOf("rep"),
                  zipColumn = header.indexOf("postal_code");
        QVERIFY(idColumn >= 0 && repColumn >= 0 && zipColumn >= 0);
        QMap<QString, QString> ownerOf;
        QStringList out{"Account ID,Postal Code,Account Owner"};
        for (int i = 0; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(','); // the demo's ids, ZIPs and rep names have no commas
            QString owner = cells[repColumn];
            if (i % 9 == 4) owner = "Nia Newhire";
            if (i % 13 == 6) owner.clear();
            ownerOf.insert(cells[idColumn], owner);
            out << QStringList{cells[idColumn], cells[zipColumn], owner}.join(',');
        }
        QFile f(crm);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(out.join('\n').toUtf8());
        f.close();

        const QString project = m_dir.filePath("crm.territory");
        r = territory({"new", project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = territory({"import-accounts", project, crm});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = territory({"scenario", "from-owners", project, "As in the CRM"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The new project has no reps: every distinct owner is a new one.
        QSet<QString> distinct(ownerOf.begin(), ownerOf.end());
        distinct.remove(QString());
        const QString counts = QStringLiteral("\"Account Owner\": %1 (new reps: %1)").arg(distinct.size());
        QVERIFY2(r.out.contains(counts), qPrintable(r.out + " / " + counts));
        QVERIFY(!byName(listJson(project), "Nia Newhire").isEmpty());

        // Read back: the new scenario's account sheet names each account's owner as its rep.
        const QString sheet = m_dir.filePath("crm-accounts.csv");
        r = territory({"export", project, "accounts", sheet, "--scenario", "As in the CRM"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile back(sheet);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QStringList rows = QString::fromUtf8(back.readAll()).remove(QChar(0xFEFF)).split('\n', Qt::SkipEmptyParts);
        const QStringList backHeader = rows.takeFirst().split(',');
        const int backId = backHeader.indexOf("external_id"), backRep = backHeader.indexOf("rep");
        QCOMPARE(rows.size(), ownerOf.size());
        int owned = 0;
        for (const QString& row : rows) {
            const QStringList cells = row.split(',');
            const QString owner = ownerOf.value(cells[backId]);
            if (owner.isEmpty()) continue;
            ++owned;
            QCOMPARE(cells[backRep], owner);
        }
        QVERIFY(owned > 600);

        // No owner column: a usage error that says what was looked for.
        r = territory({"scenario", "from-owners", m_project, "Nothing"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--owner-column"), qPrintable(r.err));
    }

    void quotasDistributeAndLock() {
        Run r = territory({"quotas", m_project, "--target", "48,000,000", "--round", "1000"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto quotas = [&] {
            const Run m = territory({"metrics", m_project, "--format", "json"});
            QMap<QString, double> q;
            const QJsonDocument doc = QJsonDocument::fromJson(m.out.toUtf8());
            const QJsonArray rows = doc.isArray() ? doc.array() : doc.object().value("territories").toArray();
            for (const QJsonValue v : rows)
                q.insert(v.toObject().value("territory").toString(), v.toObject().value("quota").toDouble());
            return q;
        };
        QMap<QString, double> q = quotas();
        QVERIFY(q.size() > 1);
        double sum = 0;
        for (double v : q) {
            QVERIFY(v > 0);
            QVERIFY(std::abs(v / 1000 - std::round(v / 1000)) < 1e-9);
            sum += v;
        }
        QCOMPARE(sum, 48e6);
        QVERIFY(r.out.contains("Attain. %") && r.out.contains("Coverage"));
        // A quota of its own stays through the next distribution; the rest takes the remainder.
        const QString first = q.firstKey();
        r = territory({"quotas", m_project, "--set", first + "=5000000"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = territory({"quotas", m_project, "--target", "30000000", "--basis", "mix"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        q = quotas();
        QCOMPARE(q.value(first), 5e6);
        sum = 0;
        for (double v : q) sum += v;
        QCOMPARE(sum, 30e6);
        // More locked than the target: refused, nothing changed.
        r = territory({"quotas", m_project, "--target", "1000000"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("more than the target"), qPrintable(r.err));
        QCOMPARE(quotas(), q);
    }
};

QTEST_GUILESS_MAIN(TestCliReps)
#include "tst_clireps.moc"
