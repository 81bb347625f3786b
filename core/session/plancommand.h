#pragma once
// PlanCommand: one step of a scenario's undo history: a PlanChange with its text. redo() applies
// the change, undo() its inverse, both through the EditFacade (which writes them to the file).
// A command is pushed after its change was applied, so its first redo() does nothing; commands
// restored from the file are pushed silently. Owned by its QUndoStack; GUI thread only.

#include "model/planchange.h"

#include <QUndoCommand>

namespace tp::session {

class EditFacade;

class PlanCommand : public QUndoCommand {
public:
    PlanCommand(EditFacade& facade, PlanChange change, const QString& text);

    void undo() override;
    void redo() override;

    const PlanChange& change() const { return m_change; }
    // While silent, undo()/redo() only move the stack's index (restoring history from the file).
    void setSilent(bool silent) { m_silent = silent; }

private:
    EditFacade& m_facade;
    PlanChange m_change;
    bool m_applied = true; // pushed after applying: the first redo() is a no-op
    bool m_silent = false;
};

} // namespace tp::session
