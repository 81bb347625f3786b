#pragma once
// RepImportWizard: Reps › Import…, a previewing roster import in three pages, like the account
// wizard: the file; one combo box per rep field with the file's columns and "(not used)" (set to
// the detected ones), with the first reps as they will be read and what a field without a
// column means; and a dry run of the whole file before anything is written: reps to add, to
// update (same CRM user id, else same name) and unchanged, and every rejected row with all its
// reasons. Finish ("Import") leaves the checked reps for the caller to write as one undo step
// (EditFacade::importReps). Rosters are small: the file is read on the GUI thread. Holds a
// reference to the facade, which must outlive it. GUI thread.

#include "io/import/repimporter.h"

#include <QWizard>

#include <array>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tp::io {
class PostalCodeIndex;
}

namespace tp::session {
class EditFacade;
}

namespace tp::ui {

class ImportFilePage;

class RepImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, DryRunPage };

    // postalCodes: the ZIP points homes are looked up in (nullptr: loaded when needed).
    RepImportWizard(session::EditFacade& facade, const io::PostalCodeIndex* postalCodes, QWidget* parent = nullptr);

    QString path() const;
    // The reps to import (the dry run's reading), and the counts it found.
    const io::RepImportResult& result() const { return m_result; }
    int toAdd() const { return m_add; }
    int toUpdate() const { return m_update; }
    int unchanged() const { return m_unchanged; }

    void initializePage(int id) override;

private:
    // The file page's load step: reads the chosen file for the next page; false with the reason.
    bool readFile(QString* error);
    io::RepImportResult read() const;
    void fillMapping();
    void showPreview();
    void runDryRun();

    session::EditFacade& m_facade;
    const io::PostalCodeIndex* m_postalCodes;
    ImportFilePage* m_file; // owned by the wizard
    std::array<QComboBox*, io::repFieldCount> m_combos{};
    QTableWidget* m_preview;
    QLabel* m_notes;
    QLabel* m_forecast;
    QTableWidget* m_rejected;
    QStringList m_columns;
    io::RepImportResult m_result;
    int m_add = 0, m_update = 0, m_unchanged = 0;
    bool m_filling = false;
};

} // namespace tp::ui
