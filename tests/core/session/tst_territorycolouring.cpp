// Territory colours: no two neighbouring territories share a colour, colours come from the
// colour-blind-safe palette, and recolouring is one undo step.
#include "model/territorycolouring.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tp;

class TestTerritoryColouring : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void neighboursDiffer() {
        const QString path = m_dir.filePath(QStringLiteral("colours.territory"));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto s = session::ProjectSession::open(path, &error);
        QVERIFY(s);
        const Project& p = s->project();
        const Scenario& scenario = *p.currentScenario();
        const auto neighbours = TerritoryColouring::neighbours(p, scenario);
        QCOMPARE(neighbours.size(), 12);
        QVERIFY(neighbours.value(p.territoriesOf(scenario.id)[3]->id).size()
                >= 2); // Northern California has neighbours

        session::EditFacade facade(*s);
        QVERIFY2(facade.recolourTerritories(&error), qPrintable(error));
        QCOMPARE(facade.stack()->count(), 1);
        for (auto it = neighbours.cbegin(); it != neighbours.cend(); ++it) {
            const QString colour = p.territory(it.key())->color.toUpper();
            QVERIFY(TerritoryColouring::palette().contains(colour));
            for (qint64 n : it.value())
                QVERIFY2(p.territory(n)->color.toUpper() != colour, qPrintable(p.territory(n)->name));
        }
        QVERIFY(facade.undo(&error));
    }
};

QTEST_MAIN(TestTerritoryColouring)
#include "tst_territorycolouring.moc"
