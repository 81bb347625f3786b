#pragma once
// ProjectRecovery: saves what can still be read from a damaged project file (one that fails
// PRAGMA quick_check) into a new, sound project file. The damaged file is only read. Rows are
// copied table by table into a file built by our own migrations; a table whose pages cannot be
// read is copied up to the damage, and the rows after it are found again by seeking past it
// (rowid tables), so one bad page costs the rows on that page, not the rest of the table. Rows
// that refer to lost rows are dropped (or their reference cleared), unit ids are renumbered
// 1..n, the copy must pass integrity_check and foreign_key_check, and only then is it renamed
// into place. Stateless; any thread (it opens its own connections).

#include <QString>

namespace tp::storage {

class ProjectRecovery {
public:
    // *report says what was kept and what was lost, in words for the user. The target must not
    // be the damaged file itself.
    static bool saveRecoveredCopy(const QString& damagedPath, const QString& targetPath, QString* report,
                                  QString* error);
};

} // namespace tp::storage
