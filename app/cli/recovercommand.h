#pragma once
// RecoverCommand: `territory recover DAMAGED NEWFILE` saves what can still be read from a damaged
// project file (one that fails SQLite's quick_check and so opens read-only) into a new project
// file, and says what was kept and what was lost. The damaged file is only read.
#include "clicommand.h"

namespace tp::cli {

class RecoverCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("recover"); }
    QString summary() const override { return QStringLiteral("Save a recovered copy of a damaged project"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
