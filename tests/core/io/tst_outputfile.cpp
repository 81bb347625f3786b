// OutputGuard and OutputFile, the one place every export, report, image and the rejected-rows
// file pass through: no output resolves to the project (file identity: symbolic and hard links,
// "x/../", other spellings, the SQLite side files), a failed write leaves an old target exactly
// as it was and no stray file, a commit replaces the target (and a Shapefile's side files).
#include "io/export/outputfile.h"
#include "io/export/outputguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace tp::io;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestOutputFile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    const QByteArray m_projectBytes = QByteArrayLiteral("SQLite format 3\0 pretend project");

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList entries() const {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub/deeper")));
        m_project = path(QStringLiteral("plan.territory"));
        QVERIFY(writeFile(m_project, m_projectBytes));
        QVERIFY(writeFile(m_project + QStringLiteral("-wal"), "wal"));
        QVERIFY(QFile::link(m_project, path(QStringLiteral("link.csv"))));
        QVERIFY(QFile::link(path(QStringLiteral("link.csv")), path(QStringLiteral("link-to-link.kml"))));
        QVERIFY(::link(QFile::encodeName(m_project).constData(),
                       QFile::encodeName(path(QStringLiteral("hard.xlsx"))).constData())
                == 0);
        QVERIFY(QFile::link(m_project + QStringLiteral("-shm"), path(QStringLiteral("dangling-to-shm.png"))));
        QVERIFY(QFile::link(m_dir.path(), path(QStringLiteral("sub/up"))));
    }

    void guard_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("refused");
        QTest::newRow("the project") << m_project << true;
        QTest::newRow("x/../project") << path(QStringLiteral("sub/../plan.territory")) << true;
        QTest::newRow("./x/./../project") << path(QStringLiteral("sub/./deeper/../../plan.territory")) << true;
        QTest::newRow("a folder link back up") << path(QStringLiteral("sub/up/plan.territory")) << true;
        QTest::newRow("symbolic link") << path(QStringLiteral("link.csv")) << true;
        QTest::newRow("link to a link") << path(QStringLiteral("link-to-link.kml")) << true;
        QTest::newRow("hard link") << path(QStringLiteral("hard.xlsx")) << true;
        QTest::newRow("its write-ahead log") << path(QStringLiteral("sub/../plan.territory-wal")) << true;
        QTest::newRow("its shared memory, not there yet") << m_project + QStringLiteral("-shm") << true;
        QTest::newRow("a dangling link to it") << path(QStringLiteral("dangling-to-shm.png")) << true;
        QTest::newRow("another file") << path(QStringLiteral("plan.csv")) << false;
        QTest::newRow("a longer name") << path(QStringLiteral("plan.territory.csv")) << false;
        QTest::newRow("relative, elsewhere") << QStringLiteral("out.csv") << false;
    }
    void guard() {
        QFETCH(QString, target);
        QFETCH(bool, refused);
        const OutputGuard guard(m_project);
        QCOMPARE(!guard.problem(target).isEmpty(), refused);
        QVERIFY(OutputGuard().problem(target).isEmpty()); // a project only in memory protects nothing
        // Writing through OutputFile is refused the same way, and the project keeps its bytes.
        OutputFile out(target, guard);
        QString error;
        const bool opened = out.open(&error);
        QCOMPARE(opened, !refused);
        if (refused) QVERIFY2(error.contains(QStringLiteral("project")), qPrintable(error));
        QCOMPARE(readAll(m_project), m_projectBytes);
    }

    // Another spelling of the name: on a case-insensitive file system it is the project and
    // refused; on a case-sensitive one it is another file. Either way the project is untouched.
    void caseOfTheName() {
        const QString upper = path(QStringLiteral("PLAN.TERRITORY"));
        const bool sameFile = QFileInfo::exists(upper);
        const OutputGuard guard(m_project);
        QCOMPARE(!guard.problem(upper).isEmpty(), sameFile);
        OutputFile out(upper, guard);
        QString error;
        if (out.open(&error)) {
            QVERIFY2(out.write("a,b\r\n", &error) && out.commit(&error), qPrintable(error));
            QFile::remove(upper);
        }
        QCOMPARE(readAll(m_project), m_projectBytes);
    }

    void commitReplacesAndLeavesNothingElse() {
        const QString target = path(QStringLiteral("sub/report.csv"));
        QVERIFY(writeFile(target, "old"));
        const QStringList before =
            QDir(path(QStringLiteral("sub"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        OutputFile out(target, OutputGuard(m_project));
        QString error;
        QVERIFY2(out.open(&error), qPrintable(error));
        QVERIFY(
            QFileInfo(out.tempPath()).absolutePath().startsWith(QFileInfo(target).absolutePath())); // same file system
        QVERIFY2(out.write("new", &error), qPrintable(error));
        QCOMPARE(readAll(target), QByteArray("old")); // not before the commit
        QVERIFY2(out.commit(&error), qPrintable(error));
        QCOMPARE(readAll(target), QByteArray("new"));
        QCOMPARE(QDir(path(QStringLiteral("sub"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 before);
    }

    void failureLeavesTheOldTarget() {
        const QString target = path(QStringLiteral("sub/summary.csv"));
        QVERIFY(writeFile(target, "old"));
        const QStringList before =
            QDir(path(QStringLiteral("sub"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        {
            OutputFile out(target, OutputGuard(m_project));
            QString error;
            QVERIFY(out.open(&error));
            QVERIFY(out.write("half of it", &error));
            // The writer fails here: no commit.
        }
        QCOMPARE(readAll(target), QByteArray("old"));
        QCOMPARE(QDir(path(QStringLiteral("sub"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 before);
        // A commit without the file written is a failure too.
        OutputFile empty(target, OutputGuard(m_project));
        QString error;
        QVERIFY(empty.open(&error));
        QVERIFY(!empty.commit(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write")), qPrintable(error));
        QCOMPARE(readAll(target), QByteArray("old"));
    }

    // A Shapefile is several files: all are renamed in, and an old side file the new set lacks
    // goes, so no stale index is paired with new shapes.
    void sideFiles() {
        const QString target = path(QStringLiteral("sub/units.shp"));
        for (const char* name : {"units.shp", "units.dbf", "units.qix"})
            QVERIFY(writeFile(path(QStringLiteral("sub/%1").arg(QLatin1String(name))), "old"));
        OutputFile out(target, OutputGuard(m_project));
        out.setSideSuffixes({QStringLiteral("shx"), QStringLiteral("dbf"), QStringLiteral("qix")});
        QString error;
        QVERIFY(out.open(&error));
        QVERIFY(writeFile(out.tempPath(), "new shp"));
        QVERIFY(writeFile(QFileInfo(out.tempPath()).absolutePath() + QStringLiteral("/units.dbf"), "new dbf"));
        QVERIFY(writeFile(QFileInfo(out.tempPath()).absolutePath() + QStringLiteral("/units.shx"), "new shx"));
        QVERIFY2(out.commit(&error), qPrintable(error));
        QCOMPARE(readAll(path(QStringLiteral("sub/units.shp"))), QByteArray("new shp"));
        QCOMPARE(readAll(path(QStringLiteral("sub/units.dbf"))), QByteArray("new dbf"));
        QCOMPARE(readAll(path(QStringLiteral("sub/units.shx"))), QByteArray("new shx"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("sub/units.qix"))));
    }

    void badTargets_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing folder") << path(QStringLiteral("nowhere/out.kml")) << "does not exist";
        QTest::newRow("a folder") << path(QStringLiteral("sub")) << "folder";
        QTest::newRow("a device") << QStringLiteral("/dev/full") << "not a regular file";
        // Read-only: root writes into any folder with write permissions off, but not into /proc.
        QTest::newRow("read-only folder")
            << (::geteuid() == 0 ? QStringLiteral("/proc/out.pdf") : QStringLiteral("/out.pdf")) << "cannot create";
    }
    void badTargets() {
        QFETCH(QString, target);
        QFETCH(QString, message);
        OutputFile out(target, OutputGuard(m_project));
        QString error;
        QVERIFY(!out.open(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(error.count(QStringLiteral("Cannot write")), 1); // one prefix, not two
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
