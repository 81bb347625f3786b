#pragma once
// ComboItems: fills a combo box with a list of names only when the names changed (a refresh
// after every edit must not reset what the user chose), keeping the chosen entry by its text when
// it is still there, else taking a fallback index. Emits no signals of the combo box while it
// works. Stateless; GUI thread.

#include <QStringList>

class QComboBox;

namespace tp::ui {

class ComboItems {
public:
    // Returns true when the items were replaced.
    static bool setItems(QComboBox* combo, const QStringList& names, int fallback = 0);
};

} // namespace tp::ui
