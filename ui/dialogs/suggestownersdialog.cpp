#include "suggestownersdialog.h"

#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"
#include "ui/tools/editcontroller.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tp::ui {

SuggestOwnersDialog::SuggestOwnersDialog(EditController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_table(new QTableWidget), m_summary(new QLabel), m_apply(nullptr) {
    setWindowTitle(tr("Suggest Owners"));
    setObjectName(QStringLiteral("suggestOwnersDialog"));
    const Project* p = controller->facade() ? &controller->facade()->session().project() : nullptr;
    if (p) m_result = optimize::RepMatcher::suggest(*p, p->currentScenarioId);

    m_table->setObjectName(QStringLiteral("suggestOwnersTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Territory"), tr("Rep now"), tr("Suggested rep"), tr("Travel (km)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("suggestOwnersSummary"));

    auto repName = [p](qint64 id) {
        const Rep* r = p && id ? p->rep(id) : nullptr;
        return r ? r->name : tr("(vacant)");
    };
    if (!m_result.ok) {
        m_summary->setText(m_result.error.isEmpty() ? tr("No project is open.") : m_result.error);
    } else {
        std::vector<optimize::RepMatch> rows = m_result.territories;
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto& a, const auto& b) { return a.changes() > b.changes(); });
        m_table->setRowCount(int(rows.size()));
        QFont bold = font();
        bold.setBold(true);
        const QLocale locale;
        for (int r = 0; r < int(rows.size()); ++r) {
            const optimize::RepMatch& m = rows[std::size_t(r)];
            const QStringList cells{p->territory(m.territoryId)->name, repName(m.currentRep), repName(m.suggestedRep),
                                    m.suggestedRep ? locale.toString(m.suggestedTravelKm, 'f', 0) : QString()};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells[c]);
                if (m.changes()) item->setFont(bold);
                if (c == 3) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(r, c, item);
            }
        }
        m_summary->setText(
            m_result.changed() == 0
                ? tr("The current owners are already the best assignment.")
                : tr("%1 of %2 territories would change owner (cost %3 → %4: travel, skills, segments and capacity, "
                     "with a bonus for keeping the current owner).")
                      .arg(m_result.changed())
                      .arg(m_result.territories.size())
                      .arg(locale.toString(m_result.currentTotal, 'f', 2),
                           locale.toString(m_result.suggestedTotal, 'f', 2)));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("suggestOwnersApply"));
    m_apply->setToolTip(tr("Give the territories to the suggested reps (one undo step)"));
    m_apply->setEnabled(m_result.ok && m_result.changed() > 0);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(std::min(640, 60 * fontMetrics().averageCharWidth()), std::min(520, 30 * fontMetrics().height()));
}

bool SuggestOwnersDialog::apply() {
    session::EditFacade* facade = m_controller->facade();
    if (!facade || !m_result.ok || !m_controller->mayEdit()) return false;
    std::vector<std::pair<qint64, qint64>> changes;
    for (const optimize::RepMatch& m : m_result.territories)
        if (m.changes()) changes.emplace_back(m.territoryId, m.suggestedRep);
    // The guard may have copied the scenario: the same territories are found there by name.
    const Project& p = facade->session().project();
    for (auto& [territory, rep] : changes) {
        const Territory* t = p.territory(territory);
        if (t && t->scenarioId == p.currentScenarioId) continue;
        for (const Territory* other : p.territoriesOf(p.currentScenarioId))
            if (t && other->name == t->name) territory = other->id;
    }
    QString error;
    if (!facade->setTerritoryReps(changes, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

} // namespace tp::ui
