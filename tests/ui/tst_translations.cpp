// Translations: every German and Spanish string is translated, the embedded catalogues load,
// and the main window's menus appear in the chosen language (as `--lang` selects them).
#include "model/accountrule.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyStringIsTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << "de";
        QTest::newRow("Spanish") << "es";
    }
    void everyStringIsTranslated() {
        QFETCH(QString, language);
        QFile ts(QStringLiteral(TP_SOURCE_DIR "/translations/territory-planner_%1.ts").arg(language));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) continue;
            if (xml.name() == QLatin1String("source")) source = xml.readElementText();
            if (xml.name() == QLatin1String("translation")) {
                ++messages;
                QVERIFY2(xml.attributes().value(QLatin1String("type")) != QLatin1String("unfinished"),
                         qPrintable(source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
    }

    void menusFollowTheLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("edit");
        QTest::newRow("German") << "de"
                                << "&Datei"
                                << "&Bearbeiten";
        QTest::newRow("Spanish") << "es"
                                 << "&Archivo"
                                 << "&Editar";
    }
    void menusFollowTheLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, edit);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("territory-planner"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QApplication::installTranslator(&translator);
        tp::ui::MainWindow window;
        QStringList titles;
        for (QAction* a : window.menuBar()->actions()) titles << a->text();
        QApplication::removeTranslator(&translator);
        QVERIFY2(titles.contains(file) && titles.contains(edit), qPrintable(titles.join(QLatin1Char(' '))));
    }

    // Messages from the core layers use the context lupdate gave them (the account rule's parser
    // once asked for "AccountRule" where the catalogue says "tp::AccountRule", and stayed English).
    void coreMessagesFollowTheLanguage() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("territory-planner"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QApplication::installTranslator(&translator);
        QString unclosedQuote, noField;
        const bool parsed = tp::AccountRule::parse(QStringLiteral("segment = \"Enterprise"), &unclosedQuote)
                            || tp::AccountRule::parse(QStringLiteral("= SMB"), &noField);
        QApplication::removeTranslator(&translator);
        QVERIFY(!parsed);
        QCOMPARE(unclosedQuote, QStringLiteral("Ein Anführungszeichen (\") ist nicht geschlossen."));
        QVERIFY2(noField.startsWith(QStringLiteral("Eine Bedingung")), qPrintable(noField));
    }

    void englishPluralsAreRight() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::English), QStringLiteral("territory-planner"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("tp::MetricsTable", "%n territories in several pieces", nullptr, 1),
                 QStringLiteral("%n territory in several pieces"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
