#include "newcommand.h"

#include "clisupport.h"

#include "builders/blankprojectbuilder.h"
#include "io/import/unitimporter.h"
#include "storage/projectfile.h"

#include <QFileInfo>

namespace tp::cli {

int NewCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary()
        + QStringLiteral(
            ".\nThe bundled layers have the fields code, name and (counties, zips, zip3) state_code, the 2-digit state "
            "FIPS, "
            "e.g. --where \"state_code = '06'\" for California's counties or ZIP areas.\n"
            "'zips' and 'zip3' are approximate ZIP areas (drawn around ZIP centres): the land nearest each bundled ZIP "
            "point within its state, and those dissolved by the ZIP's first three digits; not official boundaries "
            "(import "
            "ZCTA polygons as a FILE for those). Accounts are placed in the area their postal code names.\n"
            "Exit codes: 0 written, 1 failed (nothing written), 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file to create (*.territory)"));
    parser.addOption(
        {QStringLiteral("units"),
         QStringLiteral("Units: the bundled US 'counties' (default), 'states', approximate ZIP areas 'zips' or "
                        "ZIP3 areas 'zip3', or a polygon file"),
         QStringLiteral("counties|states|zips|zip3|FILE"), QStringLiteral("counties")});
    parser.addOption({QStringLiteral("layer"), QStringLiteral("Layer of the polygon file (default: the first)"),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("where"),
                      QStringLiteral("OGR SQL attribute filter on the units, e.g. \"state_code = '06'\""),
                      QStringLiteral("sql")});
    parser.addOption(
        {QStringLiteral("title"), QStringLiteral("Project title (default: the file name)"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace an existing file")});
    const QString usage =
        QStringLiteral("usage: territory new PROJECT [--units counties|states|zips|zip3|FILE] [--where SQL] [--force]");
    int exitCode = Ok;
    if (!CliSupport::parse(parser, args, usage, 1, 1, out, err, &exitCode)) return exitCode;

    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force"))) {
        err << "territory new: \"" << path << "\" already exists; use --force to replace it\n";
        return Failure;
    }
    const QString units = parser.value(QStringLiteral("units"));
    io::UnitImportOptions options;
    QString source;
    const bool bundled = io::UnitImporter::bundledLayers().contains(units);
    if (bundled) {
        if (parser.isSet(QStringLiteral("layer"))) {
            err << usage << "\n";
            return UsageError;
        }
        options = io::UnitImporter::bundledOptions(units);
        source = io::UnitImporter::bundledDescription(units);
    } else {
        options.path = units;
        options.layer = parser.value(QStringLiteral("layer"));
        source = QFileInfo(units).fileName();
    }
    options.where = parser.value(QStringLiteral("where"));
    const QString title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title"))
                                                                : QFileInfo(path).completeBaseName();

    Project project;
    QString error;
    QStringList warnings;
    if (!builders::BlankProjectBuilder::build(title, options, &project, &error, &warnings)) {
        err << "territory new: " << error << "\n";
        return Failure;
    }
    // The bundled layers' notes (Alaska split at 180°) are known and harmless; a user's own file's are not.
    if (!bundled)
        for (const QString& w : warnings) err << "warning: " << w << "\n";
    if (!storage::ProjectFile::create(path, project, &error)) {
        err << "territory new: " << error << "\n";
        return Failure;
    }
    out << "Wrote " << path << ": " << project.units.size() << " units (" << source << "), " << project.adjacency.size()
        << " shared borders, no accounts yet; next: territory import-accounts " << path << " ACCOUNTS.csv\n";
    return Ok;
}

} // namespace tp::cli
