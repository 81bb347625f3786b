#pragma once
// ImportAccountsCommand: `territory import-accounts PROJECT DATA [options]` imports (or updates,
// by external id) accounts from a CRM export or GIS file and reports every rejected row.
// Exit codes: 0 all rows imported, 3 some rows rejected (the rest imported), 1 nothing imported.
#include "clicommand.h"

namespace tp::cli {

class ImportAccountsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import-accounts"); }
    QString summary() const override {
        return QStringLiteral("Import or update accounts from CSV, XLSX, ODS or a GIS file");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
