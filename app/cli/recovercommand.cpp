#include "recovercommand.h"

#include "clisupport.h"

#include "storage/projectrecovery.h"

#include <QDir>

namespace tp::cli {

int RecoverCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary()
        + QStringLiteral(
            ".\nRows on damaged pages are lost; rows that referred to them are dropped; the copy passes SQLite's "
            "integrity check before it is written.\nExit codes: 0 copy saved, 1 failed (nothing written), 2 usage "
            "error."));
    parser.addPositionalArgument(QStringLiteral("damaged"), QStringLiteral("The damaged project file (only read)"));
    parser.addPositionalArgument(QStringLiteral("copy"), QStringLiteral("The new project file to write"));
    int exitCode = Ok;
    if (!CliSupport::parse(parser, args, QStringLiteral("usage: territory recover DAMAGED NEWFILE"), 2, 2, out, err,
                           &exitCode))
        return exitCode;
    const QStringList pos = parser.positionalArguments();
    QString report, error;
    if (!storage::ProjectRecovery::saveRecoveredCopy(pos[0], pos[1], &report, &error)) {
        err << "territory recover: " << error << "\n";
        return Failure;
    }
    out << "Saved a recovered copy as " << QDir::toNativeSeparators(pos[1]) << ". " << report << "\n";
    return Ok;
}

} // namespace tp::cli
