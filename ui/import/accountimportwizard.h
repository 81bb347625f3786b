#pragma once
// AccountImportWizard: File › Import › Accounts…, a previewing import in five pages: the file;
// its sheet or layer and text encoding with the first rows; the column of every account field
// (one combo box each, detected or remembered, fields without a column said plainly) and which
// other columns to keep (numeric ones become measures); how accounts are located (coordinates,
// postal codes, or both with a preference); and a dry run of the whole file showing what the
// import will do before anything is written (added / updated / unchanged, every rejected row with
// all its reasons, savable as CSV, accounts outside every unit, the measures there will be).
// Finish ("Import") remembers the mapping for files with the same columns (ImportMappingMemory in
// the settings given) and leaves the checked result for the caller to apply (ImportActions).
// The reading and the dry run run on a worker (BackgroundTask) with progress and Cancel; the
// preview reads only the first rows. Holds references to the session and the settings, which
// must outlive it. GUI thread.

#include "io/import/accountimporter.h"
#include "io/import/importmappingmemory.h"
#include "session/accountimportdryrun.h"

#include <QWizard>

class QSettings;

namespace tp::session {
class ProjectSession;
}

namespace tp::ui {

class AccountImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, SourcePage, MappingPage, LocationPage, DryRunPage };
    enum class Encoding { Detect, Utf8, Windows1252 };

    AccountImportWizard(session::ProjectSession& session, QSettings& settings, QWidget* parent = nullptr);

    // What the user chose so far (the pages change it).
    QString path() const { return m_path; }
    void setPath(const QString& path) { m_path = path; }
    QString layer() const { return m_layer; }
    void setLayer(const QString& layer) { m_layer = layer; }
    Encoding encoding() const { return m_encoding; }
    void setEncoding(Encoding encoding) { m_encoding = encoding; }
    const io::ColumnMapping& mapping() const { return m_mapping; }
    void setColumn(io::AccountField field, const QString& column) { m_mapping.setColumn(field, column); }
    const QStringList& ignoredColumns() const { return m_ignored; }
    void setIgnored(const QString& column, bool ignored);
    io::LocationSource location() const { return m_location; }
    void setLocation(io::LocationSource location) { m_location = location; }
    bool fixSwapped() const { return m_fixSwapped; }
    void setFixSwapped(bool fix) { m_fixSwapped = fix; }
    bool mappingWasRemembered() const { return m_remembered; }

    // Reads the first rows of the chosen file, sheet and encoding. A new set of columns resets
    // the mapping to the remembered or detected one. false and *error when the file cannot be read.
    bool loadPreview(QString* error);
    const io::AccountImportResult& preview() const { return m_preview; }
    bool hasLocationSource(io::LocationSource source) const;

    // Reads the whole file with the current choices and works out what importing it would do,
    // on a worker with a progress dialog; false when cancelled (nothing read, nothing changed).
    bool runDryRun();
    bool hasDryRun() const { return m_hasDryRun; }
    const io::AccountImportResult& result() const { return m_result; }
    const session::AccountImportForecast& forecast() const { return m_forecast; }
    session::ProjectSession& session() const { return m_session; }

    io::AccountImportOptions options() const;

    void accept() override;

signals:
    // The wizard reads the project on a worker between these two: it must not be replaced.
    void workStarted();
    void workFinished();

private:
    void resetMapping();

    session::ProjectSession& m_session;
    io::ImportMappingMemory m_memory;
    QString m_path;
    QString m_layer;
    Encoding m_encoding = Encoding::Detect;
    QStringList m_previewColumns;
    io::ColumnMapping m_mapping;
    QStringList m_ignored;
    io::LocationSource m_location = io::LocationSource::CoordinatesFirst;
    bool m_fixSwapped = false;
    bool m_remembered = false;
    io::AccountImportResult m_preview;
    io::AccountImportResult m_result;
    session::AccountImportForecast m_forecast;
    bool m_hasDryRun = false;
};

} // namespace tp::ui
