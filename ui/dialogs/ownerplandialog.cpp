#include "ui/dialogs/ownerplandialog.h"

#include "ui/tools/editcontroller.h"

#include "model/ownerplan.h"
#include "model/project.h"
#include "session/editfacade.h"
#include "session/ownerplanwriter.h"
#include "session/projectsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace tp::ui {

OwnerPlanDialog::OwnerPlanDialog(EditController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller) {
    setWindowTitle(tr("Plan from CRM Owners"));
    setObjectName(QStringLiteral("ownerPlanDialog"));
    const Project& p = m_controller->facade()->session().project();
    // Every imported column is offered (the owner may sit under any name); the detected ones first.
    QSet<QString> seen;
    QStringList columns;
    for (const Account& a : p.accounts)
        for (auto it = a.extra.constBegin(); it != a.extra.constEnd(); ++it)
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                columns << it.key();
            }
    columns.sort(Qt::CaseInsensitive);
    const QStringList owners = OwnerPlan::ownerColumns(p), ids = OwnerPlan::ownerIdColumns(p);

    auto intro =
        new QLabel(tr("Start from how the CRM covers the accounts today: one territory per account owner, holding "
                      "the units where that owner has most accounts; the owner's other accounts become named "
                      "accounts of the territory. Owners not in the rep roster are added to it."));
    intro->setWordWrap(true);
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerColumn"));
    m_ownerId = new QComboBox;
    m_ownerId->setObjectName(QStringLiteral("ownerIdColumn"));
    m_ownerId->addItem(tr("(none)"), QString());
    // Nothing named like an owner column: the user chooses (an arbitrary first column would
    // offer to turn, say, employee counts into reps).
    if (owners.isEmpty() && ids.isEmpty()) m_owner->addItem(tr("(choose a column)"), QString());
    for (const QString& c : owners) m_owner->addItem(c, c);
    for (const QString& c : columns)
        if (!owners.contains(c)) m_owner->addItem(c, c);
    for (const QString& c : ids) m_ownerId->addItem(c, c);
    for (const QString& c : columns)
        if (!ids.contains(c)) m_ownerId->addItem(c, c);
    if (owners.isEmpty() && !ids.isEmpty())
        m_owner->setCurrentIndex(m_owner->findData(ids.first()));
    else if (!ids.isEmpty())
        m_ownerId->setCurrentIndex(1);
    m_name = new QLineEdit(tr("As in the CRM"));
    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("ownerPlanPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto form = new QFormLayout;
    form->addRow(tr("&Owner column:"), m_owner);
    form->addRow(tr("Owner &id column:"), m_ownerId);
    form->addRow(tr("New &scenario:"), m_name);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = buttons->addButton(tr("&Create Scenario"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createOwnerPlan"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (create()) accept();
    });
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_owner, &QComboBox::currentIndexChanged, this, &OwnerPlanDialog::updatePreview);
    connect(m_ownerId, &QComboBox::currentIndexChanged, this, &OwnerPlanDialog::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, &OwnerPlanDialog::updatePreview);
    updatePreview();
}

void OwnerPlanDialog::updatePreview() {
    session::EditFacade* facade = m_controller->facade();
    if (m_owner->currentData().toString().isEmpty() && m_ownerId->currentData().toString().isEmpty()
        && m_owner->count() > 1) {
        m_preview->setText(
            tr("No imported column is named like an owner column (Account Owner, Owner, Sales Rep, …): choose "
               "the column that names each account's owner."));
        m_create->setEnabled(false);
        return;
    }
    if (m_owner->count() <= 1 && m_owner->currentData().toString().isEmpty()) {
        m_preview->setText(tr("The accounts have no imported columns: import a CRM export with an owner column "
                              "(Account Owner, Owner, Owner Id, …) first."));
        m_create->setEnabled(false);
        return;
    }
    const OwnerPlan plan = OwnerPlan::fromAccounts(facade->session().project(), m_owner->currentData().toString(),
                                                   m_ownerId->currentData().toString());
    if (plan.owners.empty()) {
        m_preview->setText(tr("No account has an owner in this column."));
        m_create->setEnabled(false);
        return;
    }
    m_preview->setText(session::OwnerPlanWriter::summary(facade->session(), plan));
    m_create->setEnabled(!m_name->text().trimmed().isEmpty());
}

qint64 OwnerPlanDialog::create() {
    session::EditFacade* facade = m_controller->facade();
    const OwnerPlan plan = OwnerPlan::fromAccounts(facade->session().project(), m_owner->currentData().toString(),
                                                   m_ownerId->currentData().toString());
    QString error;
    const qint64 id = facade->createScenarioFromOwners(plan, m_name->text().trimmed(), &error);
    if (!id || !facade->switchScenario(id, &error)) {
        m_preview->setText(QStringLiteral("<b>%1</b>").arg(error.toHtmlEscaped()));
        return 0;
    }
    return id;
}

} // namespace tp::ui
