#pragma once
// CellNeutraliser: keeps text cells of exported sheets (CSV, XLSX) from being read as formulas
// by a spreadsheet (CSV/Excel formula injection, see DESIGN.md "Bad input"). Text that starts
// with = + - @ (or a tab or carriage return, which some spreadsheets skip before a formula) gets a
// leading apostrophe, the spreadsheet convention for "this is text". Numbers are written as
// numbers by the sheet writers and never pass through here. Stateless; any thread.

#include <QString>

namespace tp::io {

class CellNeutraliser {
public:
    static bool isHostile(const QString& text);
    static QString neutralised(const QString& text);
};

} // namespace tp::io
