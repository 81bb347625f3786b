#pragma once
// EditController: the editing state the map tools and docks share: the edit facade of the open
// project, the active territory (what paint and click give units to) and the unit selection
// (shown on the canvas). Tools report refusals through message(). Owned by the main window;
// the facade belongs to the main window's session. GUI thread only.

#include <QObject>

#include <vector>

namespace tp::session {
class EditFacade;
}

namespace tp::ui {

class MapCanvas;

class EditController : public QObject {
    Q_OBJECT
public:
    EditController(MapCanvas* canvas, QObject* parent = nullptr);

    void setFacade(session::EditFacade* facade); // nullptr when no project is open
    session::EditFacade* facade() const { return m_facade; }
    MapCanvas* canvas() const { return m_canvas; }

    qint64 activeTerritory() const { return m_activeTerritory; }
    void setActiveTerritory(qint64 territoryId);

    const std::vector<int>& selection() const;
    void setSelection(std::vector<int> units);
    void clearSelection() { setSelection({}); }

    // The guard every GUI edit passes before it starts: editing an approved scenario first asks
    // "Make a copy to edit" (default; the copy becomes current, the active territory follows),
    // "Reopen as draft" (logged with who and when) or Cancel. Allowed: nothing to ask; Asked:
    // the user chose copy or reopen (button edits go on; a mouse gesture does not, as its
    // press was taken by the dialog); Refused: cancelled or failed.
    enum class EditPermission { Allowed, Asked, Refused };
    EditPermission requestEdit();
    bool mayEdit() { return requestEdit() != EditPermission::Refused; }

    // Gives the selected units to the active territory (one undo step).
    bool assignSelection();

signals:
    void activeTerritoryChanged(qint64 territoryId);
    void selectionChanged();
    void message(const QString& text);
    // Another project (or none) is open: views reconnect to the new facade's notifications.
    void facadeChanged();

private:
    MapCanvas* m_canvas;
    session::EditFacade* m_facade = nullptr;
    qint64 m_activeTerritory = 0;
};

} // namespace tp::ui
