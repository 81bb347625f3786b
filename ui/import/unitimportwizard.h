#pragma once
// UnitImportWizard: File › Import › Units from a GIS File…, a previewing unit-layer import in
// three pages: the file; the layer to read (each with its geometry type and feature count; layers
// that hold no polygons are listed but cannot be chosen) with its fields and first features; and
// which field gives each unit's code, name and (optional) region, set to what the importer would
// detect, with what replacing the units means. Finish ("Import") leaves the options for the
// caller to run (ImportActions::importUnits: on a worker with progress and Cancel). The file is
// inspected on the GUI thread (layers, fields and a few features: no geometry is read). GUI thread.

#include "io/import/unitimporter.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tp::ui {

class ImportFilePage;

class UnitImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, LayerPage, FieldsPage };

    // unitsNow / accountsNow: what the open project has (said on the last page).
    UnitImportWizard(int unitsNow, int accountsNow, QWidget* parent = nullptr);

    QString path() const;
    const io::UnitSourceInfo& source() const { return m_source; }
    // The choices as import options.
    io::UnitImportOptions options() const;

    void initializePage(int id) override;

private:
    // The file page's load step: reads the chosen file for the next page; false with the reason.
    bool readFile(QString* error);
    const io::UnitLayerInfo* layer() const;
    void showLayer();

    ImportFilePage* m_file; // owned by the wizard
    QComboBox* m_layer;
    QLabel* m_about;
    QTableWidget* m_table;
    QComboBox* m_code;
    QComboBox* m_name;
    QComboBox* m_region;
    QLabel* m_notes;
    io::UnitSourceInfo m_source;
    int m_unitsNow, m_accountsNow;
};

} // namespace tp::ui
