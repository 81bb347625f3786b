#pragma once
// RepsCommand: `territory reps ACTION PROJECT ...` lists the rep roster, imports one from a CSV or
// XLSX file (matched by CRM user id, else by name: matches are updated, the rest added; every
// rejected row is reported), adds, edits or removes a rep. Every change goes through the edit
// facade, so it is logged and can be undone in the app like any edit of the current scenario.
#include "clicommand.h"

namespace tp::cli {

class RepsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("reps"); }
    QString summary() const override {
        return QStringLiteral("List, import, add, edit or remove the reps of the roster");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
