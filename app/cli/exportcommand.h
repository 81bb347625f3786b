#pragma once
// ExportCommand: `territory export PROJECT KIND OUT [--scenario S] [--baseline S|none]
// [--format F] [--per-territory-pages] [--title T] [--page a4|letter]` writes one export of a
// scenario: assignment sheet, CRM owner list, change list, territory summary, territory
// boundaries, unit assignments or the PDF report (see --help). The format follows OUT's suffix
// unless --format says otherwise.
#include "clicommand.h"

namespace tp::cli {

class ExportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override {
        return QStringLiteral("Export sheets, change lists, GIS files or a PDF report");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
