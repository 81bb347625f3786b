#pragma once
// RejectedRowsWriter: the rows an account import rejected, as a CSV file to fix and import again:
// the line (or feature) number, every reason, then the row's own cells under the file's column
// names. Text cells are neutralised and quoted as in every exported sheet (CsvTableWriter::field);
// cells that read as numbers are written as they came, so coordinates like -71.06 stay numbers.
// Written through OutputFile (never the project file; a temporary file renamed when complete).
// Reports progress through the guard's TaskProgress and stops when it is cancelled (false with
// *error empty; the target is then as it was). Stateless; any thread.

#include "io/import/accountimporter.h"

#include <QString>

namespace tp::io {

class OutputGuard;

class RejectedRowsWriter {
public:
    static bool write(const AccountImportResult& result, const QString& path, const OutputGuard& guard, QString* error);
};

} // namespace tp::io
