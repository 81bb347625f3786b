#include "io/export/cellneutraliser.h"

namespace tp::io {

bool CellNeutraliser::isHostile(const QString& text) {
    if (text.isEmpty()) return false;
    switch (text.front().unicode()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return true;
        default:
            return false;
    }
}

QString CellNeutraliser::neutralised(const QString& text) {
    return isHostile(text) ? QLatin1Char('\'') + text : text;
}

} // namespace tp::io
