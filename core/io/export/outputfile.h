#pragma once
// OutputFile: one export, report or image written so that a failure never leaves a short or
// half-replaced file. open() asks the OutputGuard (never the project file), checks the target's
// folder and makes a temporary folder next to the target (same file system, so the final rename
// is atomic); the writer writes the file tempPath() names, with any side files it makes (a
// Shapefile's .shx/.dbf/.prj/.cpg, GDAL's journals, libxlsxwriter's temporary files) landing in
// that folder too. commit() syncs every file written (a full disk shows up here at the latest),
// guards and renames each into the target's folder, removes side files of an old target that the
// new one does not have, and removes the temporary folder. Without a successful commit (a failed
// write, a cancel, an exception) the destructor removes the temporary folder: the old target
// stays exactly as it was and no stray file is left. Every message it gives starts with
// "Cannot write" and the target's name, so callers pass it on unchanged. Owns the temporary
// folder; use it from one thread.

#include "io/export/outputguard.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace tp::io {

class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(tp::io::OutputFile)

public:
    OutputFile(const QString& target, OutputGuard guard);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Side files of the target (suffixes without the dot, e.g. "dbf") that commit() removes when
    // the new output does not have them, so no stale .dbf is paired with a new .shp.
    void setSideSuffixes(const QStringList& suffixes) { m_sideSuffixes = suffixes; }

    bool open(QString* error);
    const QString& target() const { return m_target; }
    QString tempPath() const; // the file to write: the target's name in the temporary folder
    QString tempFolder() const;

    // Writes `bytes` as the whole file at tempPath() (opening first if needed), unbuffered, checking
    // every write and the close: writers whose library ignores write errors (QPdfWriter, QImage)
    // make their bytes in memory and hand them over here.
    bool write(const QByteArray& bytes, QString* error);

    bool commit(QString* error);
    // "Cannot write "<target>": <reason>." for writers that detect a failure themselves.
    QString failure(const QString& reason) const;

private:
    QString m_target;
    OutputGuard m_guard;
    QStringList m_sideSuffixes;
    std::unique_ptr<QTemporaryDir> m_temp;
    bool m_committed = false;
};

} // namespace tp::io
