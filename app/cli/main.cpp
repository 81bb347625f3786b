// territory: the headless command-line front end. Every planner action is possible from here.
#include "assigncommand.h"
#include "democommand.h"
#include "exportcommand.h"
#include "importaccountscommand.h"
#include "importunitscommand.h"
#include "metricscommand.h"
#include "newcommand.h"
#include "optimizecommand.h"
#include "quotascommand.h"
#include "workloadrulecommand.h"
#include "teamcommand.h"
#include "coveragecommand.h"
#include "recovercommand.h"
#include "repscommand.h"
#include "scenariocommand.h"
#include "whitespacecommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#include <csignal>

#include <unistd.h>

#include <memory>
#include <vector>

int main(int argc, char* argv[]) {
    // Past a file size limit (ulimit -f) a write then fails with EFBIG and the command reports
    // it, like a full disk, instead of being killed half-way by SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    // PDF reports (`export`) draw text, and fonts need a QGuiApplication; it runs on the offscreen
    // platform unless told otherwise (the CLI never opens a window, so no display is needed). The
    // other commands stay with a QCoreApplication: no platform plugin to load.
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without XDG_RUNTIME_DIR (cron, ssh, containers) the platform plugin warns on stderr and
        // falls back to a private folder in /tmp; give it such a folder (owner only, as the XDG
        // spec asks) so a normal run prints nothing but its result.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/territory-runtime-%1").arg(::getuid());
            const QFileInfo info(runtime);
            if ((info.isDir() || QDir().mkpath(runtime)) && QFileInfo(runtime).ownerId() == ::getuid()
                && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("territory"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TP_VERSION));
    QTextStream out(stdout), err(stderr);

    std::vector<std::unique_ptr<tp::cli::CliCommand>> commands;
    commands.push_back(std::make_unique<tp::cli::NewCommand>());
    commands.push_back(std::make_unique<tp::cli::DemoCommand>());
    commands.push_back(std::make_unique<tp::cli::ImportAccountsCommand>());
    commands.push_back(std::make_unique<tp::cli::ImportUnitsCommand>());
    commands.push_back(std::make_unique<tp::cli::AssignCommand>());
    commands.push_back(std::make_unique<tp::cli::MetricsCommand>());
    commands.push_back(std::make_unique<tp::cli::WhiteSpaceCommand>());
    commands.push_back(std::make_unique<tp::cli::ScenarioCommand>());
    commands.push_back(std::make_unique<tp::cli::RepsCommand>());
    commands.push_back(std::make_unique<tp::cli::QuotasCommand>());
    commands.push_back(std::make_unique<tp::cli::WorkloadRuleCommand>());
    commands.push_back(std::make_unique<tp::cli::TeamCommand>());
    commands.push_back(std::make_unique<tp::cli::CoverageCommand>());
    commands.push_back(std::make_unique<tp::cli::OptimizeCommand>());
    commands.push_back(std::make_unique<tp::cli::ExportCommand>());
    commands.push_back(std::make_unique<tp::cli::RecoverCommand>());

    const QStringList args = app.arguments();
    auto usage = [&](QTextStream& to) {
        to << "usage: territory COMMAND [ARGS...]   (territory COMMAND --help for details)\n\ncommands:\n";
        for (const auto& c : commands) to << "  " << c->name().leftJustified(18) << c->summary() << "\n";
    };
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        usage(args.size() < 2 ? err : out);
        return args.size() < 2 ? tp::cli::UsageError : tp::cli::Ok;
    }
    if (args[1] == QLatin1String("--version")) {
        out << "territory " << QCoreApplication::applicationVersion() << "\n";
        return tp::cli::Ok;
    }
    for (const auto& c : commands) {
        if (c->name() == args[1]) {
            QStringList rest = args.mid(2);
            rest.prepend(QStringLiteral("territory ") + c->name());
            return c->run(rest, out, err);
        }
    }
    err << "territory: unknown command '" << args[1] << "'\n";
    usage(err);
    return tp::cli::UsageError;
}
