#include "ui/widgets/comboitems.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace tp::ui {

bool ComboItems::setItems(QComboBox* combo, const QStringList& names, int fallback) {
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i) shown << combo->itemText(i);
    if (shown == names) return false;
    const QString chosen = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(names);
    const int keep = names.indexOf(chosen);
    combo->setCurrentIndex(keep >= 0 ? keep : fallback);
    return true;
}

} // namespace tp::ui
