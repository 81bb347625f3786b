#include "ui/dialogs/newprojectdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tp::ui {

NewProjectDialog::NewProjectDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("New Project"));
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("projectPath"));
    m_path->setPlaceholderText(
        tr("e.g. %1").arg(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("plan.territory")))));
    auto* browseProject = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseProject);
    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&Project file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, fileRow);
    layout->addLayout(form);

    auto* unitsBox = new QGroupBox(tr("Units to plan with"), this);
    auto* grid = new QGridLayout(unitsBox);
    auto note = [this](const QString& text) {
        auto* label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setIndent(24);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::Disabled, QPalette::WindowText));
        label->setPalette(p);
        return label;
    };
    m_counties = new QRadioButton(tr("US &counties"), unitsBox);
    m_zip3 = new QRadioButton(tr("Approximate ZIP&3 areas (drawn around ZIP centres)"), unitsBox);
    m_zips = new QRadioButton(tr("Approximate &ZIP areas (drawn around ZIP centres)"), unitsBox);
    m_fileButton = new QRadioButton(tr("A polygon &file (GeoPackage, Shapefile, GeoJSON, KML…)"), unitsBox);
    m_counties->setChecked(true);
    m_file = new QLineEdit(unitsBox);
    m_file->setObjectName(QStringLiteral("unitFile"));
    m_browseFile = new QPushButton(tr("Browse…"), unitsBox);
    int row = 0;
    grid->addWidget(m_counties, row++, 0, 1, 2);
    grid->addWidget(m_zip3, row++, 0, 1, 2);
    grid->addWidget(m_zips, row++, 0, 1, 2);
    grid->addWidget(
        note(tr("Each bundled ZIP centre gets the land nearer to it than to any other ZIP centre of its state; "
                "ZIP3 areas join the ZIPs that share their first three digits. Accounts go to the area their "
                "postal code names. These are not official boundaries: for those, choose a ZCTA polygon file.")),
        row++, 0, 1, 2);
    grid->addWidget(m_fileButton, row++, 0, 1, 2);
    grid->addWidget(m_file, row, 0);
    grid->addWidget(m_browseFile, row++, 1);
    grid->setColumnStretch(0, 1);
    layout->addWidget(unitsBox);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(m_buttons);

    connect(browseProject, &QPushButton::clicked, this, &NewProjectDialog::browseProject);
    connect(m_browseFile, &QPushButton::clicked, this, &NewProjectDialog::browseUnits);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton* b : {m_counties, m_zip3, m_zips, m_fileButton})
        connect(b, &QRadioButton::toggled, this, &NewProjectDialog::updateButtons);
    connect(m_path, &QLineEdit::textChanged, this, &NewProjectDialog::updateButtons);
    connect(m_file, &QLineEdit::textChanged, this, &NewProjectDialog::updateButtons);
    updateButtons();
}

QString NewProjectDialog::projectPath() const {
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".territory");
    return path;
}

NewProjectDialog::Units NewProjectDialog::units() const {
    if (m_zip3->isChecked()) return Units::Zip3;
    if (m_zips->isChecked()) return Units::Zips;
    if (m_fileButton->isChecked()) return Units::File;
    return Units::Counties;
}

QString NewProjectDialog::unitFile() const {
    return m_file->text().trimmed();
}

QRadioButton* NewProjectDialog::unitsButton(Units units) const {
    switch (units) {
        case Units::Counties:
            return m_counties;
        case Units::Zip3:
            return m_zip3;
        case Units::Zips:
            return m_zips;
        case Units::File:
            return m_fileButton;
    }
    return m_counties;
}

QPushButton* NewProjectDialog::createButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NewProjectDialog::browseProject() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Project"), m_path->text(), tr("Territory projects (*.territory)"));
    if (!path.isEmpty()) m_path->setText(QDir::toNativeSeparators(path));
}

void NewProjectDialog::browseUnits() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Unit Polygons"), m_file->text(),
                                     tr("GIS files (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(path));
        m_fileButton->setChecked(true);
    }
}

void NewProjectDialog::updateButtons() {
    const bool file = m_fileButton->isChecked();
    m_file->setEnabled(file);
    m_browseFile->setEnabled(file);
    createButton()->setEnabled(!projectPath().isEmpty() && (!file || !unitFile().isEmpty()));
}

} // namespace tp::ui
