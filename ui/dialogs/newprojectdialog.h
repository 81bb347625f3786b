#pragma once
// NewProjectDialog: File › New Project…: where to write the project and which units it starts
// with: the bundled US counties, approximate ZIP3 or ZIP areas (drawn around ZIP centres), or a
// polygon file of the user's own (e.g. official ZCTA boundaries). It only asks; the main window
// builds the project. Owned by its caller (modal); GUI thread.

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace tp::ui {

class NewProjectDialog : public QDialog {
    Q_OBJECT
public:
    enum class Units { Counties, Zip3, Zips, File };

    explicit NewProjectDialog(QWidget* parent = nullptr);

    QString projectPath() const; // with ".territory" added when the name has no suffix
    Units units() const;
    QString unitFile() const; // for Units::File

    QLineEdit* projectPathEdit() const { return m_path; }
    QLineEdit* unitFileEdit() const { return m_file; }
    QRadioButton* unitsButton(Units units) const;
    QPushButton* createButton() const;

private:
    void browseProject();
    void browseUnits();
    void updateButtons();

    QLineEdit* m_path = nullptr;
    QRadioButton* m_counties = nullptr;
    QRadioButton* m_zip3 = nullptr;
    QRadioButton* m_zips = nullptr;
    QRadioButton* m_fileButton = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browseFile = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tp::ui
