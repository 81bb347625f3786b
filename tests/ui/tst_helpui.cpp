// Icons, Help › Keyboard Shortcuts and the first-run hint as a user meets them: every tool and
// main action carries an icon from the embedded SVG set (which renders offscreen), "Assign
// selection" sits in the main tool bar and says why it is disabled, a locked territory shows a
// drawn padlock (no emoji), the shortcuts dialog lists what the actions really have and filters
// them, and the first-run hint shows once until dismissed (settings under a test-only name).
#include "ui/window/mainwindow.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/docks/territoriesdock.h"
#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"
#include "ui/widgets/firstrunhint.h"
#include "ui/widgets/iconset.h"

#include "session/projectsession.h"
#include "support/democopy.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

using namespace tp;

class TestHelpUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_copies = 0;

    QString demo() {
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.territory").arg(++m_copies));
        return testsupport::copyDemo(path, testsupport::DemoScenario::Draft) ? path : QString();
    }
    static int inkPixels(const QIcon& icon, int size) {
        const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
        int ink = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) ink += qAlpha(image.pixel(x, y)) > 128;
        return ink;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // This test's own settings: the first-run flag starts unset, whatever the user's say.
        QCoreApplication::setOrganizationName(QStringLiteral("TerritoryPlannerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_helpui"));
        QSettings().clear();
        QSettings().sync();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void everyIconRenders_data() {
        QTest::addColumn<QString>("name");
        for (const char* name :
             {"tool-pan",         "tool-select",   "tool-paint",       "tool-border",   "tool-account",
              "document-new",     "document-open", "document-save-as", "edit-undo",     "edit-redo",
              "zoom-in",          "zoom-out",      "zoom-project",     "workshop",      "compare",
              "assign-selection", "lock",          "unlock",           "territory-new", "help-keys"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void everyIconRenders() {
        QFETCH(QString, name);
        QVERIFY(ui::IconSet::names().contains(name));
        const QIcon icon = ui::IconSet::icon(name);
        QVERIFY(!icon.isNull());
        // Line icons: some ink, mostly background, at the tool bar's size and at twice it.
        for (int size : {24, 48}) {
            const int ink = inkPixels(icon, size);
            QVERIFY2(ink > size && ink < size * size / 2,
                     qPrintable(QStringLiteral("%1 px of ink at %2 px").arg(ink).arg(size)));
        }
        QVERIFY(ui::IconSet::icon(QStringLiteral("no-such-icon")).isNull());
    }

    void actionsCarryIconsAndAssignSaysWhy() {
        ui::MainWindow window;
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const char* name :
             {"toolPan", "toolSelect", "toolPaint", "toolBoundary", "toolMoveAccount", "actionNew", "actionOpen",
              "actionSaveAs", "actionUndo", "actionRedo", "actionZoomIn", "actionZoomOut", "actionZoomToProject",
              "actionWorkshopMode", "actionCompareScenario", "actionAssignSelection", "actionLockTerritory",
              "actionNewTerritory", "actionShortcuts"}) {
            QAction* a = window.action(QString::fromLatin1(name));
            QVERIFY2(a, name);
            QVERIFY2(!a->icon().isNull(), name);
        }
        auto* tools = window.findChild<QToolBar*>(QStringLiteral("toolsToolBar"));
        auto* main = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(tools && main);
        QAction* assign = window.action(QStringLiteral("actionAssignSelection"));
        QVERIFY(tools->actions().contains(assign));
        QVERIFY(tools->widgetForAction(assign)->isVisible());
        QVERIFY(main->actions().contains(window.action(QStringLiteral("actionUndo"))));
        QCOMPARE(tools->toolButtonStyle(), Qt::ToolButtonTextBesideIcon); // wide window: text beside the icons
        QCOMPARE(main->toolButtonStyle(), Qt::ToolButtonIconOnly);

        QVERIFY(window.openProject(demo()));
        ui::EditController* controller = window.editController();
        controller->setActiveTerritory(0);
        controller->setSelection({});
        QVERIFY(!assign->isEnabled());
        QVERIFY2(assign->toolTip().contains(QStringLiteral("choose a territory")), qPrintable(assign->toolTip()));
        QVERIFY(assign->toolTip().contains(QStringLiteral("select units")));
        const Project& p = window.session()->project();
        const Territory* first = p.territoriesOf(p.currentScenarioId).front();
        controller->setActiveTerritory(first->id);
        QVERIFY(!assign->isEnabled());
        QVERIFY2(assign->toolTip().contains(QStringLiteral("select units first")), qPrintable(assign->toolTip()));
        controller->setSelection({0});
        QVERIFY(assign->isEnabled());
        QVERIFY2(assign->toolTip().contains(first->name), qPrintable(assign->toolTip()));

        // Locking: the tree shows a padlock drawn beside the swatch, the name stays plain text.
        auto* tree = window.territoriesDock()->findChild<QTreeView*>();
        QVERIFY(tree);
        auto findRow = [&](qint64 id) {
            const QModelIndexList hits = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, first->name,
                                                              1, Qt::MatchExactly | Qt::MatchRecursive);
            Q_UNUSED(id);
            return hits.isEmpty() ? QModelIndex() : hits.front();
        };
        const QModelIndex before = findRow(first->id);
        QVERIFY(before.isValid());
        const int unlockedWidth = before.data(Qt::DecorationRole).value<QIcon>().availableSizes().value(0).width();
        QAction* lock = window.action(QStringLiteral("actionLockTerritory"));
        lock->trigger();
        QVERIFY(p.territory(first->id)->locked);
        const QModelIndex after = findRow(first->id);
        QVERIFY(after.isValid());
        QCOMPARE(after.data(Qt::DisplayRole).toString(), first->name); // no emoji glyph appended
        QVERIFY(after.data(Qt::DecorationRole).value<QIcon>().availableSizes().value(0).width() > unlockedWidth);
        lock->trigger();
        QVERIFY(!p.territory(first->id)->locked);
    }

    void toolBarsFitSmallWindows() {
        ui::MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tools = window.findChild<QToolBar*>(QStringLiteral("toolsToolBar"));
        auto* main = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(window.openProject(demo()));
        window.resize(1024, 700); // the scenario chooser now names the demo's plan
        QTest::qWait(50);
        // Text beside the icons where both bars fit, else icons only (tooltips name the tools);
        // either way every action of both bars is on screen, "Assign selection" included (not in
        // an overflow menu).
        QCOMPARE(main->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QVERIFY2(tools->sizeHint().width() + main->sizeHint().width() <= window.width(),
                 qPrintable(QStringLiteral("%1 + %2 px in %3")
                                .arg(tools->sizeHint().width())
                                .arg(main->sizeHint().width())
                                .arg(window.width())));
        QVERIFY(tools->widgetForAction(window.action(QStringLiteral("actionAssignSelection")))->isVisible());
        window.resize(1920, 1080);
        QTRY_COMPARE(tools->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }

    void shortcutsDialogListsTheActions() {
        ui::MainWindow window;
        window.resize(1280, 720);
        const auto entries = ui::ShortcutsDialog::entries(&window);
        auto find = [&](const QString& action) {
            return std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.action == action; });
        };
        // Every action that has a shortcut is listed once, with the keys it really has.
        QSet<QAction*> withKeys;
        for (QAction* a : window.findChildren<QAction*>())
            if (!a->shortcut().isEmpty()) withKeys.insert(a);
        QCOMPARE(qsizetype(entries.size()), withKeys.size());
        const auto undo = find(QStringLiteral("Undo"));
        QVERIFY(undo != entries.end());
        QCOMPARE(undo->group, QStringLiteral("Edit"));
        QCOMPARE(undo->keys, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
        const auto paint = find(QStringLiteral("Paint"));
        QVERIFY(paint != entries.end());
        QCOMPARE(paint->group, QStringLiteral("Tools"));
        QCOMPARE(paint->keys,
                 window.action(QStringLiteral("toolPaint"))->shortcut().toString(QKeySequence::NativeText));
        const auto workshop = find(QStringLiteral("Workshop Mode"));
        QVERIFY(workshop != entries.end());
        QCOMPARE(workshop->keys, QStringLiteral("F5"));
        // A changed shortcut shows: the list is read from the actions.
        window.action(QStringLiteral("actionRecolour"))->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
        ui::ShortcutsDialog dialog(&window);
        QCOMPARE(dialog.visibleCount(), int(entries.size()) + 1);
        dialog.setFilter(QStringLiteral("Recolour"));
        QCOMPARE(dialog.visibleCount(), 1);
        dialog.setFilter(QStringLiteral("undo"));
        QVERIFY(dialog.visibleCount() >= 1);
        for (int g = 0; g < dialog.tree()->topLevelItemCount(); ++g)
            for (int i = 0; i < dialog.tree()->topLevelItem(g)->childCount(); ++i) {
                const QTreeWidgetItem* item = dialog.tree()->topLevelItem(g)->child(i);
                if (!item->isHidden()) QVERIFY(item->text(0).contains(QStringLiteral("Undo"), Qt::CaseInsensitive));
            }
        dialog.setFilter(QStringLiteral("F5")); // by key
        QCOMPARE(dialog.visibleCount(), 1);
        dialog.setFilter(QStringLiteral("no such action"));
        QCOMPARE(dialog.visibleCount(), 0);
        dialog.setFilter(QString());
        QCOMPARE(dialog.visibleCount(), int(entries.size()) + 1);
    }

    void firstRunHintShowsOnceUntilDismissed() {
        QSettings().remove(ui::FirstRunHint::settingsKey());
        {
            ui::MainWindow window;
            window.resize(1280, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ui::FirstRunHint* hint = window.firstRunHint();
            QVERIFY(hint->isVisible());
            // It names the keys that work, read from the actions.
            QVERIFY(hint->text().contains(
                window.action(QStringLiteral("actionUndo"))->shortcut().toString(QKeySequence::NativeText)));
            QVERIFY(hint->text().contains(QStringLiteral("F5")));
            // Over the map, inside it.
            const QRect canvas(window.canvas()->mapTo(&window, QPoint(0, 0)), window.canvas()->size());
            QVERIFY(canvas.contains(hint->geometry()));
            auto* gotIt = hint->findChild<QPushButton*>(QStringLiteral("firstRunHintDismiss"));
            QVERIFY(gotIt);
            QTest::mouseClick(gotIt, Qt::LeftButton);
            QVERIFY(!hint->isVisible());
            QVERIFY(QSettings().value(ui::FirstRunHint::settingsKey()).toBool());
        }
        ui::MainWindow again;
        again.resize(1280, 720);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.firstRunHint()->isVisible());
        // Help › Getting Started brings it back on demand.
        again.action(QStringLiteral("actionGettingStarted"))->trigger();
        QVERIFY(again.firstRunHint()->isVisible());
    }
};

QTEST_MAIN(TestHelpUi)
#include "tst_helpui.moc"
