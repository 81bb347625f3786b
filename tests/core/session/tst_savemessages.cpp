// Messages about saving say their prefix once: an edit grouped into one transaction with others
// (ProjectFile::transaction) that fails reports "The change could not be saved to …: <reason>",
// not the prefix again for every level of nesting; a failed export says "Cannot write …" once.
#include "builders/blankprojectbuilder.h"
#include "io/export/outputfile.h"
#include "storage/projectfile.h"

#include "model/project.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tp;

class TestSaveMessages : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void nestedEditSaysItOnce() {
        Project project;
        QString error;
        QVERIFY2(builders::BlankProjectBuilder::build(QStringLiteral("Messages"), &project, &error), qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("messages.territory"));
        auto file = storage::ProjectFile::create(path, project, &error);
        QVERIFY2(file, qPrintable(error));
        // An edit grouped with others fails with a reason (as SQLite's would be).
        const bool saved = file->transaction(
            [&](QString* e) {
                return file->transaction(
                    [](QString* inner) {
                        *inner = QStringLiteral("disk I/O error");
                        return false;
                    },
                    e);
            },
            &error);
        QVERIFY(!saved);
        QVERIFY2(error.startsWith(QStringLiteral("The change could not be saved to")), qPrintable(error));
        QCOMPARE(error.count(QStringLiteral("could not be saved")), 1);
        QVERIFY2(error.endsWith(QStringLiteral("disk I/O error")), qPrintable(error)); // the reason is kept
    }

    void failedExportSaysItOnce() {
        io::OutputFile out(m_dir.filePath(QStringLiteral("missing/out.csv")), io::OutputGuard());
        QString error;
        QVERIFY(!out.open(&error));
        QCOMPARE(error, QStringLiteral("Cannot write \"%1\": the folder \"%2\" does not exist.")
                            .arg(m_dir.filePath(QStringLiteral("missing/out.csv")),
                                 m_dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(TestSaveMessages)
#include "tst_savemessages.moc"
