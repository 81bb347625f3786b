#include "importaccountscommand.h"

#include "clisupport.h"
#include "terminalprogress.h"

#include "io/import/accountimporter.h"
#include "io/export/outputfile.h"
#include "session/accountimportapplier.h"
#include "session/projectsession.h"

#include <QFile>
#include <QFileInfo>
#include <QFileInfo>

namespace tp::cli {
namespace {

constexpr int SomeRowsRejected = 3;

// "postalCode=Zip" -> field and column; false when the field name is unknown.
bool parseColumnOption(const QString& option, io::AccountField* field, QString* column) {
    const qsizetype eq = option.indexOf(QLatin1Char('='));
    if (eq <= 0) return false;
    const QString name = option.left(eq).trimmed();
    for (int f = 0; f < io::accountFieldCount; ++f) {
        if (io::ColumnMapping::fieldName(io::AccountField(f)).compare(name, Qt::CaseInsensitive) == 0) {
            *field = io::AccountField(f);
            *column = option.mid(eq + 1).trimmed();
            return true;
        }
    }
    return false;
}

QString csvQuote(QString s) {
    return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

int ImportAccountsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QStringList fields;
    for (int f = 0; f < io::accountFieldCount; ++f) fields << io::ColumnMapping::fieldName(io::AccountField(f));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary()
        + QStringLiteral(
            ".\nColumns are detected from common CRM headers (Account ID, Account Name, Billing Postal Code, "
            "Billing Latitude/Longitude, Annual Revenue, Industry, ...); --column overrides one.\n"
            "Exit codes: 0 all rows imported, 3 some rows rejected (the rest imported), 1 nothing imported, 2 usage "
            "error."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addPositionalArgument(QStringLiteral("data"),
                                 QStringLiteral("Accounts file (CSV, XLSX, ODS, GeoPackage, Shapefile, GeoJSON, KML)"));
    parser.addOption({QStringLiteral("layer"), QStringLiteral("Sheet or layer to read (default: the first with rows)"),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("column"),
                      QStringLiteral("Map a field to a column, e.g. postalCode=Zip. Fields: %1")
                          .arg(fields.join(QStringLiteral(", "))),
                      QStringLiteral("field=column")});
    parser.addOption(
        {QStringLiteral("fix-swapped"),
         QStringLiteral("Swap latitude and longitude where they look swapped instead of rejecting the row")});
    parser.addOption({QStringLiteral("strict-encoding"),
                      QStringLiteral("Fail on text that is not UTF-8 instead of reading it as Windows-1252")});
    parser.addOption({QStringLiteral("rejected"),
                      QStringLiteral("Write the rejected rows (line, reason) to this CSV file"),
                      QStringLiteral("file")});
    int exitCode = Ok;
    if (!CliSupport::parse(
            parser, args,
            QStringLiteral("usage: territory import-accounts PROJECT DATA [--column field=column]... [--layer NAME]"),
            2, 2, out, err, &exitCode))
        return exitCode;

    io::AccountImportOptions options;
    options.path = parser.positionalArguments().at(1);
    options.layer = parser.value(QStringLiteral("layer"));
    options.fixSwappedCoordinates = parser.isSet(QStringLiteral("fix-swapped"));
    options.acceptLatin1 = !parser.isSet(QStringLiteral("strict-encoding"));
    for (const QString& c : parser.values(QStringLiteral("column"))) {
        io::AccountField field;
        QString column;
        if (!parseColumnOption(c, &field, &column)) {
            err << "territory import-accounts: --column '" << c
                << "' is not field=column with a field among: " << fields.join(QStringLiteral(", ")) << "\n";
            return UsageError;
        }
        options.mapping.setColumn(field, column);
    }
    // The rejected rows must never replace the project (a link to it or another spelling of its
    // name included): checked before anything is imported.
    const io::OutputGuard guard(parser.positionalArguments().constFirst());
    const QString rejectedPath = parser.value(QStringLiteral("rejected"));
    if (parser.isSet(QStringLiteral("rejected"))) {
        if (const QString problem = guard.problem(rejectedPath); !problem.isEmpty()) {
            err << "territory import-accounts: --rejected: " << problem << "\n";
            return UsageError;
        }
    }
    if (!QFileInfo::exists(parser.positionalArguments().constFirst())) {
        err << "territory import-accounts: the project \"" << parser.positionalArguments().constFirst()
            << "\" does not exist; to create a blank one, run: territory new "
            << parser.positionalArguments().constFirst() << "\n";
        return Failure;
    }
    auto session = CliSupport::openSession(name(), parser.positionalArguments().constFirst(), err);
    if (!session) return Failure;
    options.workloadRule = session->project().workloadRule;

    io::AccountImportResult imported;
    {
        const TerminalProgress progress;
        options.progress = progress.progress();
        imported = io::AccountImporter::importAccounts(options);
    }
    if (!imported.ok) {
        err << "territory import-accounts: " << imported.error << "\n";
        return Failure;
    }
    for (const QString& w : imported.warnings) err << "warning: " << w << "\n";
    for (const io::RejectedRow& r : imported.rejected)
        err << (imported.linesAreFeatures ? "feature " : "line ") << r.line << ": " << r.reason << "\n";
    if (parser.isSet(QStringLiteral("rejected"))) {
        QString text = QLatin1String(imported.linesAreFeatures ? "feature" : "line") + QStringLiteral(",reason\n");
        for (const io::RejectedRow& r : imported.rejected)
            text += QString::number(r.line) + QLatin1Char(',') + csvQuote(r.reason) + QLatin1Char('\n');
        io::OutputFile file(rejectedPath, guard);
        QString error;
        if (!file.open(&error) || !file.write(text.toUtf8(), &error) || !file.commit(&error)) {
            err << "territory import-accounts: " << error << "\n";
            return Failure;
        }
    }
    session::AccountImportSummary summary;
    QString error;
    // Merging by external id is redone on the fresh project when another program wrote to it
    // meanwhile: new accounts then get ids after the other program's.
    int retries = 0;
    auto apply = [&] {
        const TerminalProgress progress;
        return session::AccountImportApplier::apply(*session, imported, QFileInfo(options.path).fileName(), &summary,
                                                    &error, progress.progress());
    };
    while (!apply()) {
        if (!CliSupport::reopenIfChanged(session, &retries, err, &error)) {
            err << "territory import-accounts: " << error << "\n";
            return Failure;
        }
    }
    out << "Imported " << QFileInfo(options.path).fileName() << ": " << summary.text() << "; "
        << imported.rejected.size() << " rows rejected";
    if (imported.locatedByPostalCode > 0) out << "; " << imported.locatedByPostalCode << " located by postal code";
    out << "\n";
    if (imported.accounts.empty()) return Failure;
    return imported.rejected.empty() ? Ok : SomeRowsRejected;
}

} // namespace tp::cli
