#pragma once
// RepDialog: the form for one rep of the roster: name, CRM user id, e-mail, role, home (a ZIP
// code looked up in the bundled postal points, or kept as it is), capacity, quota, industries,
// segments and start date. It only edits a copy: rep() is the result, which the caller saves
// through the edit facade (which checks it again). Accept is refused, with the reason shown,
// while the name is empty, the ZIP unknown or the date unreadable. GUI thread only.

#include "model/rep.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace tp::io {
class PostalCodeIndex;
}

namespace tp::ui {

class RepDialog : public QDialog {
    Q_OBJECT
public:
    // postalCodes may be nullptr (then a ZIP cannot be looked up and says so).
    RepDialog(const Rep& rep, const io::PostalCodeIndex* postalCodes, QWidget* parent = nullptr);

    Rep rep() const { return m_rep; }

    void accept() override;

private:
    bool lookUpZip();
    void showHome();

    Rep m_rep;
    const io::PostalCodeIndex* m_postalCodes;
    QLineEdit* m_name;
    QLineEdit* m_crmUserId;
    QLineEdit* m_email;
    QComboBox* m_role;
    QLineEdit* m_zip;
    QLabel* m_home;
    QDoubleSpinBox* m_capacity;
    QDoubleSpinBox* m_quota;
    QLineEdit* m_industries;
    QLineEdit* m_segments;
    QLineEdit* m_start;
    QLabel* m_problem;
};

} // namespace tp::ui
