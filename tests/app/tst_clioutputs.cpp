// What `territory` writes besides the project (exports of every kind, --rejected) never lands on
// the project (symbolic link, hard link, "x/../", the path itself), and a write that fails half
// way (a full disk, simulated with a file size limit on the child process: no root, no mounts;
// the CLI ignores SIGXFSZ so write() fails with EFBIG), a missing or read-only folder is an error
// with exit code 1 that leaves an old target exactly as it was and no stray temporary file.
#include "support/clirunner.h"

#include "storage/sqliteconnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

using tp::testsupport::Run;
using tp::testsupport::run;
using tp::testsupport::territory;

const QString territoryBin = QStringLiteral(TP_BIN_DIR "/territory");

// `territory args...` with the size of every file it writes limited to `bytes`.
Run territoryLimited(qint64 bytes, const QStringList& args) {
    return run(QStringLiteral("prlimit"), QStringList{QStringLiteral("--fsize=%1").arg(bytes), territoryBin} + args);
}

QByteArray hashOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList listing(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestCliOutputs : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    QByteArray m_projectHash;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    void projectUnchanged() {
        QCOMPARE(hashOf(m_project), m_projectHash);
        QVERIFY(QFileInfo(m_project).isFile() && !QFileInfo(m_project).isSymLink());
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
        m_project = path(QStringLiteral("plan.territory"));
        QVERIFY(QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), m_project));
        QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(territory({QStringLiteral("metrics"), m_project}).exitCode, 0); // the first open may switch it to WAL
        m_projectHash = hashOf(m_project);
        QVERIFY(QFile::link(m_project, path(QStringLiteral("link.out"))));
        QVERIFY(::link(QFile::encodeName(m_project).constData(),
                       QFile::encodeName(path(QStringLiteral("hard.out"))).constData())
                == 0);
    }

    void exportNeverOntoTheProject_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("target");
        const QList<QPair<const char*, const char*>> kinds{
            {"accounts", "xlsx"},   {"accounts", "csv"}, {"crm", "csv"},   {"changes", "xlsx"}, {"summary", "csv"},
            {"boundaries", "gpkg"}, {"units", "shp"},    {"units", "kml"}, {"report", "pdf"}};
        const QStringList targets{QStringLiteral("link.out"), QStringLiteral("hard.out"),
                                  QStringLiteral("sub/../plan.territory"), QStringLiteral("./sub/./../plan.territory")};
        for (const auto& [kind, format] : kinds)
            for (const QString& target : targets)
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 %2 -> %3").arg(QLatin1String(kind), QLatin1String(format), target)))
                    << kind << format << target;
    }
    void exportNeverOntoTheProject() {
        QFETCH(QString, kind);
        QFETCH(QString, format);
        QFETCH(QString, target);
        const Run r =
            territory({QStringLiteral("export"), m_project, kind, path(target), QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("project file")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("Wrote")));
        projectUnchanged();
        QVERIFY(QFileInfo(path(QStringLiteral("link.out"))).isSymLink());
    }

    void rejectedRowsNeverOntoTheProject_data() {
        QTest::addColumn<QString>("target");
        QTest::newRow("symbolic link") << "link.out";
        QTest::newRow("hard link") << "hard.out";
        QTest::newRow("x/../project") << "sub/../plan.territory";
        QTest::newRow("the project") << "plan.territory";
        QTest::newRow("its write-ahead log") << "plan.territory-wal";
    }
    void rejectedRowsNeverOntoTheProject() {
        QFETCH(QString, target);
        const QString csv = path(QStringLiteral("crm.csv"));
        QVERIFY(writeFile(csv, "Account ID,Account Name,Billing Zip/Postal Code\nSF-1,Acme,80202\nSF-2,Globex,ten\n"));
        const Run r =
            territory({QStringLiteral("import-accounts"), m_project, csv, QStringLiteral("--rejected"), path(target)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("project")), qPrintable(r.err));
        projectUnchanged(); // nothing imported either
    }

    void rejectedRowsAreWrittenSafely() {
        const QString project = path(QStringLiteral("import.territory"));
        QVERIFY(QFile::copy(m_project, project));
        const QString csv = path(QStringLiteral("crm2.csv"));
        QVERIFY(writeFile(csv, "Account ID,Account Name,Billing Zip/Postal Code\nSF-1,Acme,80202\nSF-2,Globex,ten\n"));
        const QString rejected = path(QStringLiteral("out/rejected.csv"));
        QVERIFY(writeFile(rejected, "old"));
        const Run r =
            territory({QStringLiteral("import-accounts"), project, csv, QStringLiteral("--rejected"), rejected});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(readAll(rejected).startsWith("line,reason\n3,"), readAll(rejected).constData());
        // Into a missing folder: an error, and nothing imported.
        const Run missing = territory({QStringLiteral("import-accounts"), project, csv, QStringLiteral("--rejected"),
                                       path(QStringLiteral("nowhere/rejected.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
    }

    // Each kind is exported once in full, then again with a file size limit of half that size
    // over an old file: exit 1 with a message, the old file byte for byte, no stray file.
    void fullDiskIsAnError_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        for (const auto& [kind, file] : QList<QPair<const char*, const char*>>{{"accounts", "accounts.xlsx"},
                                                                               {"accounts", "accounts.csv"},
                                                                               {"crm", "crm.csv"},
                                                                               {"changes", "changes.xlsx"},
                                                                               {"changes", "changes.csv"},
                                                                               {"summary", "summary.xlsx"},
                                                                               {"summary", "summary.csv"},
                                                                               {"boundaries", "b.gpkg"},
                                                                               {"boundaries", "b.geojson"},
                                                                               {"boundaries", "b.shp"},
                                                                               {"boundaries", "b.kml"},
                                                                               {"units", "u.gpkg"},
                                                                               {"units", "u.geojson"},
                                                                               {"units", "u.shp"},
                                                                               {"units", "u.kml"},
                                                                               {"report", "report.pdf"}})
            QTest::newRow(file) << kind << file;
    }
    void fullDiskIsAnError() {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        // The change list compares the proposal (scenario 2) with the plan of record.
        const QStringList scenario = kind == QLatin1String("changes")
                                         ? QStringList{QStringLiteral("--scenario"), QStringLiteral("2")}
                                         : QStringList();
        // SQLite needs its shared-memory file (32 KB) to read the project; a connection held
        // here keeps it at full size so the limited child does not have to grow it.
        tp::storage::SqliteConnection reader;
        QString error;
        QVERIFY2(reader.open(m_project, false, &error) && reader.exec("SELECT count(*) FROM accounts", &error),
                 qPrintable(error));

        const QString full = path(QStringLiteral("sub/") + file);
        Run r = territory(QStringList{QStringLiteral("export"), m_project, kind, full} + scenario);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 size = QFileInfo(full).size();
        QVERIFY(size > 0);

        const QString dir = path(QStringLiteral("out"));
        const QString target = QDir(dir).filePath(file);
        QVERIFY(writeFile(target, "the old export"));
        const QString oldDbf = QDir(dir).filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".dbf"));
        if (file.endsWith(QLatin1String(".shp"))) QVERIFY(writeFile(oldDbf, "old dbf"));
        const QStringList before = listing(dir);
        r = territoryLimited(std::max<qint64>(size / 2, 512),
                             QStringList{QStringLiteral("export"), m_project, kind, target} + scenario);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot write")), qPrintable(r.err));
        QCOMPARE(r.err.count(QStringLiteral("Cannot write")), 1);
        QVERIFY(!r.out.contains(QStringLiteral("Wrote")));
        QCOMPARE(readAll(target), QByteArray("the old export"));
        QCOMPARE(listing(dir), before);
        if (file.endsWith(QLatin1String(".shp"))) QCOMPARE(readAll(oldDbf), QByteArray("old dbf"));
        QFile::remove(target);
        QFile::remove(oldDbf);
        projectUnchanged();
    }

    void badFolders_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("kml into a missing folder") << "boundaries"
                                                   << "/nonexistent/dir/b.kml"
                                                   << "does not exist";
        QTest::newRow("csv into a missing folder") << "summary"
                                                   << "/nonexistent/dir/s.csv"
                                                   << "does not exist";
        // Root may write into any folder whose permissions say read-only, but not into /proc.
        const QString readOnly = ::geteuid() == 0 ? QStringLiteral("/proc") : QStringLiteral("/");
        QTest::newRow("xlsx into a read-only folder") << "accounts" << readOnly + "/a.xlsx"
                                                      << "cannot create";
        QTest::newRow("shp into a read-only folder") << "units" << readOnly + "/u.shp"
                                                     << "cannot create";
        QTest::newRow("pdf into a read-only folder") << "report" << readOnly + "/r.pdf"
                                                     << "cannot create";
        QTest::newRow("onto a device") << "crm"
                                       << "/dev/full"
                                       << "not a regular file";
    }
    void badFolders() {
        QFETCH(QString, kind);
        QFETCH(QString, target);
        QFETCH(QString, message);
        const Run r = territory({QStringLiteral("export"), m_project, kind, target, QStringLiteral("--format"),
                                 kind == QLatin1String("crm") ? QStringLiteral("csv") : QFileInfo(target).suffix()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("Wrote")));
        projectUnchanged();
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_clioutputs.moc"
