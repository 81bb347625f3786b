#include "importunitscommand.h"

#include "clisupport.h"
#include "terminalprogress.h"

#include "io/import/unitimporter.h"
#include "session/projectsession.h"
#include "session/unitlayerreplacer.h"

#include <QFileInfo>

#include <memory>

namespace tp::cli {

int ImportUnitsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary()
        + QStringLiteral(
            ".\nAny OGR polygon layer in any CRS (GeoPackage, Shapefile, GeoJSON, KML, ...) is reprojected to WGS84 "
            "and "
            "invalid polygons are repaired.\nExit codes: 0 done, 1 failed (the project is unchanged), 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addPositionalArgument(QStringLiteral("data"), QStringLiteral("Polygon file (omit with --bundled)"));
    parser.addOption({QStringLiteral("bundled"),
                      QStringLiteral("Use the bundled US 'counties' or 'states', or the approximate ZIP areas "
                                     "(drawn around ZIP centres) 'zips' or 'zip3'"),
                      QStringLiteral("layer")});
    parser.addOption(
        {QStringLiteral("layer"), QStringLiteral("Layer to read (default: the first)"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("code-field"), QStringLiteral("Field with the unit code (default: detected)"),
                      QStringLiteral("field")});
    parser.addOption({QStringLiteral("name-field"), QStringLiteral("Field with the unit name (default: detected)"),
                      QStringLiteral("field")});
    parser.addOption({QStringLiteral("region-field"), QStringLiteral("Field that groups units, e.g. the state"),
                      QStringLiteral("field")});
    parser.addOption({QStringLiteral("where"), QStringLiteral("OGR attribute filter, e.g. \"STATEFP = '08'\""),
                      QStringLiteral("sql")});
    const QString usage = QStringLiteral("usage: territory import-units PROJECT (DATA | --bundled "
                                         "counties|states|zips|zip3) [--layer NAME] [--code-field F] [--name-field F]");
    int exitCode = Ok;
    if (!CliSupport::parse(parser, args, usage, 1, 2, out, err, &exitCode)) return exitCode;
    const bool bundled = parser.isSet(QStringLiteral("bundled"));
    const QString which = parser.value(QStringLiteral("bundled"));
    if (bundled == (parser.positionalArguments().size() == 2)
        || (bundled && !io::UnitImporter::bundledLayers().contains(which))) {
        err << usage << "\n";
        return UsageError;
    }
    auto session = CliSupport::openSession(name(), parser.positionalArguments().constFirst(), err);
    if (!session) return Failure;

    io::UnitImportResult imported;
    QString source;
    auto progress = std::make_unique<TerminalProgress>();
    if (bundled) {
        io::UnitImportOptions options = io::UnitImporter::bundledOptions(which);
        options.progress = progress->progress();
        imported = io::UnitImporter::importUnits(options);
        source = QStringLiteral("the ") + io::UnitImporter::bundledDescription(which);
    } else {
        io::UnitImportOptions options;
        options.progress = progress->progress();
        options.path = parser.positionalArguments().at(1);
        options.layer = parser.value(QStringLiteral("layer"));
        options.codeField = parser.value(QStringLiteral("code-field"));
        options.nameField = parser.value(QStringLiteral("name-field"));
        options.regionField = parser.value(QStringLiteral("region-field"));
        options.where = parser.value(QStringLiteral("where"));
        imported = io::UnitImporter::importUnits(options);
        source = QFileInfo(options.path).fileName();
    }
    progress.reset(); // the progress line goes before any message
    if (!imported.ok) {
        err << "territory import-units: " << imported.error << "\n";
        return Failure;
    }
    for (const QString& w : imported.warnings) err << "warning: " << w << "\n";
    const int repaired = imported.repaired, skipped = imported.skipped;
    session::UnitReplaceSummary summary;
    QString error;
    // Redone on the fresh project when another program wrote to it meanwhile (assignments are
    // carried over by unit code from what the file holds then).
    int retries = 0;
    while (!session::UnitLayerReplacer::apply(*session, imported, source, &summary, &error)) {
        if (!CliSupport::reopenIfChanged(session, &retries, err, &error)) {
            err << "territory import-units: " << error << "\n";
            return Failure;
        }
    }
    out << "Imported " << source << ": " << summary.text() << ", " << session->project().adjacency.size()
        << " shared borders; " << repaired << " polygons repaired, " << skipped << " features skipped\n";
    return Ok;
}

} // namespace tp::cli
