#pragma once
// ImportMappingMemory: the column mapping a user chose for an account file, remembered per header
// signature (the file's exact column names, in any order) and offered the next time a file with
// the same columns is imported. Kept in a QSettings the caller owns (the app's user settings),
// not in the project file: a CRM export has the same shape whichever project it goes into.
// Holds a reference to the settings; one thread at a time (the GUI thread in the app).

#include "io/import/columnmapping.h"

#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace tp::io {

class ImportMappingMemory {
public:
    struct Entry {
        ColumnMapping mapping;      // every field explicit: a column, or empty for "not used"
        QStringList ignoredColumns; // columns the user chose not to keep
    };

    explicit ImportMappingMemory(QSettings& settings) : m_settings(settings) {}

    // The mapping remembered for files with exactly these columns; nullopt when none is, or when a
    // remembered column is no longer among `headers`.
    std::optional<Entry> recall(const QStringList& headers) const;
    void remember(const QStringList& headers, const Entry& entry);
    void forget(const QStringList& headers);

    // A stable key for the set of column names (order and repeated spelling do not matter).
    static QString signature(const QStringList& headers);

private:
    QSettings& m_settings;
};

} // namespace tp::io
