#include "repdialog.h"

#include "io/import/postalcodeindex.h"
#include "io/import/repimporter.h"
#include "ui/docks/reptablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

RepDialog::RepDialog(const Rep& rep, const io::PostalCodeIndex* postalCodes, QWidget* parent)
    : QDialog(parent), m_rep(rep), m_postalCodes(postalCodes), m_name(new QLineEdit(rep.name)),
      m_crmUserId(new QLineEdit(rep.crmUserId)), m_email(new QLineEdit(rep.email)), m_role(new QComboBox),
      m_zip(new QLineEdit), m_home(new QLabel), m_capacity(new QDoubleSpinBox), m_quota(new QDoubleSpinBox),
      m_industries(new QLineEdit(rep.skills.join(QStringLiteral(", ")))),
      m_segments(new QLineEdit(rep.segments.join(QStringLiteral(", ")))),
      m_start(new QLineEdit(rep.startDate.isValid() ? rep.startDate.toString(Qt::ISODate) : QString())),
      m_problem(new QLabel) {
    setWindowTitle(rep.id ? tr("Edit Rep") : tr("New Rep"));
    setObjectName(QStringLiteral("repDialog"));
    m_name->setObjectName(QStringLiteral("repName"));
    m_crmUserId->setObjectName(QStringLiteral("repCrmUserId"));
    m_crmUserId->setPlaceholderText(tr("as the CRM's owner column writes it"));
    m_email->setObjectName(QStringLiteral("repEmail"));
    for (Rep::Role r : {Rep::Role::Field, Rep::Role::Inside, Rep::Role::Overlay})
        m_role->addItem(RepTableModel::roleText(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(rep.role)));
    m_role->setObjectName(QStringLiteral("repRole"));
    m_zip->setObjectName(QStringLiteral("repZip"));
    m_zip->setPlaceholderText(tr("ZIP code"));
    m_zip->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000-0000")) + 16);
    auto* find = new QPushButton(tr("Look Up"));
    find->setObjectName(QStringLiteral("repZipLookUp"));
    find->setAutoDefault(false);
    connect(find, &QPushButton::clicked, this, [this] { lookUpZip(); });
    connect(m_zip, &QLineEdit::editingFinished, this, [this] {
        if (!m_zip->text().trimmed().isEmpty()) lookUpZip();
    });
    m_home->setObjectName(QStringLiteral("repHome"));
    m_home->setWordWrap(true);
    for (QDoubleSpinBox* box : {m_capacity, m_quota}) {
        box->setDecimals(0);
        box->setGroupSeparatorShown(true);
    }
    m_capacity->setObjectName(QStringLiteral("repCapacity"));
    m_capacity->setRange(0, 10'000);
    m_capacity->setSuffix(tr(" h/year"));
    m_capacity->setValue(rep.capacityHours);
    m_quota->setObjectName(QStringLiteral("repQuota"));
    m_quota->setRange(0, 1e12);
    m_quota->setValue(rep.quota);
    m_industries->setObjectName(QStringLiteral("repIndustries"));
    m_industries->setPlaceholderText(tr("e.g. Retail, Health"));
    m_segments->setObjectName(QStringLiteral("repSegments"));
    m_segments->setPlaceholderText(tr("e.g. Enterprise, SMB"));
    m_start->setObjectName(QStringLiteral("repStart"));
    m_start->setPlaceholderText(tr("yyyy-mm-dd (for ramping)"));
    m_problem->setObjectName(QStringLiteral("repProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* homeRow = new QHBoxLayout;
    homeRow->addWidget(m_zip);
    homeRow->addWidget(find);
    homeRow->addWidget(m_home, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("CRM &user id:"), m_crmUserId);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Home:"), homeRow);
    form->addRow(tr("&Capacity:"), m_capacity);
    form->addRow(tr("&Quota:"), m_quota);
    form->addRow(tr("&Industries:"), m_industries);
    form->addRow(tr("&Segments:"), m_segments);
    form->addRow(tr("S&tart date:"), m_start);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RepDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    showHome();
    setMinimumWidth(std::min(520, fontMetrics().averageCharWidth() * 70));
}

void RepDialog::showHome() {
    m_home->setText(m_rep.hasHome() ? tr("%1 (%2, %3)")
                                          .arg(m_rep.homeLabel.isEmpty() ? tr("placed on the map") : m_rep.homeLabel)
                                          .arg(m_rep.home.lat, 0, 'f', 3)
                                          .arg(m_rep.home.lon, 0, 'f', 3)
                                    : tr("no home yet"));
}

bool RepDialog::lookUpZip() {
    const QString zip = io::PostalCodeIndex::normalize(m_zip->text());
    if (zip.isEmpty()) return true;
    const std::optional<io::PostalCodePlace> place = m_postalCodes ? m_postalCodes->find(zip) : std::nullopt;
    if (!place) {
        m_problem->setText(m_postalCodes
                               ? tr("%1 is not a known US ZIP code.").arg(zip)
                               : tr("The bundled postal codes could not be read, so ZIP codes cannot be looked up."));
        m_problem->show();
        return false;
    }
    m_rep.home = place->location;
    m_rep.homeLabel = place->city.isEmpty() ? zip : tr("%1, %2").arg(place->city, place->state);
    m_problem->hide();
    showHome();
    return true;
}

void RepDialog::accept() {
    auto refuse = [this](const QString& why) {
        m_problem->setText(why);
        m_problem->show();
    };
    if (m_name->text().trimmed().isEmpty()) return refuse(tr("A rep needs a name."));
    if (!lookUpZip()) return;
    QDate start;
    if (!m_start->text().trimmed().isEmpty()) {
        start = io::RepImporter::parseDate(m_start->text());
        if (!start.isValid()) return refuse(tr("The start date %1 is not a date (yyyy-mm-dd).").arg(m_start->text()));
    }
    m_rep.name = m_name->text().trimmed();
    m_rep.crmUserId = m_crmUserId->text().trimmed();
    m_rep.email = m_email->text().trimmed();
    m_rep.role = Rep::Role(m_role->currentData().toInt());
    m_rep.capacityHours = m_capacity->value();
    m_rep.quota = m_quota->value();
    m_rep.skills = io::RepImporter::splitList(m_industries->text());
    m_rep.segments = io::RepImporter::splitList(m_segments->text());
    m_rep.startDate = start;
    QDialog::accept();
}

} // namespace tp::ui
