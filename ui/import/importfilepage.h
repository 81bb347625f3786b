#pragma once
// ImportFilePage: the first page of the import wizards (accounts, reps, unit layers): which file
// (a path field and Browse… with the wizard's file filter). Next hands the path to the wizard's
// load callback, which reads what the following pages need; a file that cannot be read keeps the
// page with the callback's reason shown. Complete while the path names a file. Owned by the
// wizard; GUI thread.

#include <QString>
#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;

namespace tp::ui {

class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    struct Setup {
        QString title;
        QString subTitle;
        QString intro;       // a paragraph above the path; empty: none
        QString placeholder; // in the empty path field
        QString dialogTitle; // of the file dialog
        QString filter;      // of the file dialog, e.g. "Rosters (*.csv *.xlsx);;All files (*)"
        // Object names of the path field, the Browse button and the error line (tests find them).
        QString pathName, browseName, errorName;
        // Reads `path` for the next page; false with the reason in `error` keeps the page.
        std::function<bool(const QString& path, QString* error)> load;
    };

    explicit ImportFilePage(Setup setup, QWidget* parent = nullptr);

    QString path() const; // trimmed
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    Setup m_setup;
    QLineEdit* m_path;
    QLabel* m_error;
};

} // namespace tp::ui
