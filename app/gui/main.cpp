// territory-planner: the desktop application. Opens the given project, else the demo project.
#include "ui/window/mainwindow.h"
#include "io/import/datapaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace {

// The bundled demo is read-only where it is installed: users edit their own copy.
QString userDemoCopy() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString copy = dir + QStringLiteral("/Demo.territory");
    if (!QFile::exists(copy)) QFile::copy(tp::io::DataPaths::dataDir() + QStringLiteral("/demo.territory"), copy);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return copy;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Territory Planner"));
    QApplication::setOrganizationName(QStringLiteral("TerritoryPlanner"));
    QApplication::setApplicationVersion(QStringLiteral(TP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("territory-planner"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sales territory design, fully offline"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("User interface language (e.g. de, es, en); default: the system's"),
                      QStringLiteral("code")});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file to open (*.territory)"));
    parser.process(app);

    const QLocale locale =
        parser.isSet(QStringLiteral("lang")) ? QLocale(parser.value(QStringLiteral("lang"))) : QLocale::system();
    QLocale::setDefault(locale);
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("territory-planner"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    tp::ui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    window.openProject(files.isEmpty() ? userDemoCopy() : files.constFirst());
    return app.exec();
}
