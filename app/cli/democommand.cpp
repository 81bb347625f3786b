#include "democommand.h"

#include "builders/demoprojectbuilder.h"
#include "storage/projectfile.h"

#include <QCommandLineParser>

namespace tp::cli {

int DemoCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("Project file to write (*.territory)"));
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Random seed (default: the demo's own)"), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("accounts"), QStringLiteral("Number of accounts (default 5000)"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("units"),
                      QStringLiteral("Units: the bundled US 'counties' (default), or the approximate ZIP "
                                     "areas (drawn around ZIP centres) 'zips' or 'zip3'"),
                      QStringLiteral("counties|zips|zip3"), QStringLiteral("counties")});
    if (!parser.parse(args)) {
        err << parser.errorText() << "\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "usage: territory demo OUT.territory [--seed N] [--accounts N] [--units counties|zips|zip3]\n";
        return UsageError;
    }
    builders::DemoOptions options;
    options.units = parser.value(QStringLiteral("units"));
    if (options.units != QLatin1String("counties") && options.units != QLatin1String("zips")
        && options.units != QLatin1String("zip3")) {
        err << "territory demo: --units takes counties, zips or zip3\n";
        return UsageError;
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("seed"))) options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (ok && parser.isSet(QStringLiteral("accounts"))) {
        options.accountCount = parser.value(QStringLiteral("accounts")).toInt(&ok);
        ok = ok && *options.accountCount >= 0;
    }
    if (!ok) {
        err << "territory demo: --seed and --accounts take a positive whole number\n";
        return UsageError;
    }
    Project project;
    QString error;
    if (!builders::DemoProjectBuilder::build(options, &project, &error)) {
        err << "territory demo: " << error << "\n";
        return Failure;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (!storage::ProjectFile::create(path, project, &error)) {
        err << "territory demo: " << error << "\n";
        return Failure;
    }
    out << "Wrote " << path << ": " << project.units.size() << " units, " << project.accounts.size() << " accounts, "
        << project.reps.size() << " reps, " << project.scenarios.size() << " scenarios\n";
    return Ok;
}

} // namespace tp::cli
