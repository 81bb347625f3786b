#include "repsdock.h"

#include "reptablemodel.h"

#include "ui/widgets/backgroundtask.h"
#include "ui/widgets/dockactions.h"
#include "ui/widgets/docktable.h"
#include "ui/widgets/refreshwhenshown.h"

#include "io/export/exportrunner.h"
#include "io/export/exportsource.h"
#include "io/import/repimporter.h"
#include "model/metricsengine.h"
#include "model/project.h"
#include "session/editfacade.h"
#include "session/sessionnotifier.h"
#include "session/projectsession.h"
#include "ui/dialogs/repdialog.h"
#include "ui/dialogs/suggestownersdialog.h"
#include "ui/import/repimportwizard.h"
#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"
#include "ui/tools/pointpicktool.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace tp::ui {

RepsDock::RepsDock(EditController* controller, QWidget* parent)
    : QDockWidget(tr("Reps"), parent), m_controller(controller), m_model(new RepTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView) {
    setObjectName(QStringLiteral("repsDock"));
    m_refresher = new RefreshWhenShown(this, [this] { refresh(); });
    DockTable::setUp(m_view, m_proxy, m_model, QStringLiteral("repsTable"), QAbstractItemView::SingleSelection);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editCurrent(); });

    // Three short rows, so the dock stays narrow and no action hides behind an overflow button.
    auto* firstRow = DockActions::row();
    auto* secondRow = DockActions::row();
    auto* thirdRow = DockActions::row();
    auto add = [this](QToolBar* row, const QString& name, const QString& text, const QString& tip, auto slot) {
        return DockActions::add(row, name, text, tip, this, slot);
    };
    add(firstRow, QStringLiteral("actionNewRep"), tr("New…"), tr("Add a rep to the roster"), [this] {
        Rep rep;
        rep.capacityHours = 1600;
        RepDialog dialog(rep, postalCodes(), this);
        if (dialog.exec() == QDialog::Accepted) selectRep(addRep(dialog.rep()));
    });
    add(firstRow, QStringLiteral("actionEditRep"), tr("Edit…"), tr("Edit the rep (or double-click)"),
        [this] { editCurrent(); });
    add(firstRow, QStringLiteral("actionDeleteRep"), tr("Delete"), tr("Remove the rep from the roster"), [this] {
        const qint64 id = currentRep();
        const Rep* rep = id && m_controller->facade() ? m_controller->facade()->session().project().rep(id) : nullptr;
        if (rep
            && QMessageBox::question(this, tr("Delete Rep"),
                                     tr("Remove %1 from the roster? (Undo brings the rep back.)").arg(rep->name))
                   == QMessageBox::Yes)
            removeRep(id);
    });
    add(firstRow, QStringLiteral("actionRepLeaves"), tr("Leaves…"),
        tr("The rep leaves: its territories in this scenario stay vacant or go to another rep"), [this] {
            session::EditFacade* facade = m_controller->facade();
            const qint64 id = currentRep();
            const Rep* rep = id && facade ? facade->session().project().rep(id) : nullptr;
            if (!rep) return;
            QStringList choices{tr("Keep the territories vacant"), tr("Split them among the neighbouring territories")};
            std::vector<qint64> heirs{0, splitAmongNeighbours};
            for (const Rep& r : facade->session().project().reps)
                if (r.id != id) {
                    choices << tr("Give them to %1").arg(r.name);
                    heirs.push_back(r.id);
                }
            bool ok = false;
            const QString choice =
                QInputDialog::getItem(this, tr("%1 Leaves").arg(rep->name), tr("Their territories in this scenario:"),
                                      choices, 0, false, &ok);
            if (!ok) return;
            QString handoff;
            if (repLeaves(id, heirs[std::size_t(choices.indexOf(choice))], &handoff))
                QMessageBox::information(this, tr("Handoff"), handoff);
        });
    add(secondRow, QStringLiteral("actionRepHomeOnMap"), tr("Home on Map"),
        tr("Click on the map where the rep lives (Esc cancels)"), [this] { pickHomeOnMap(currentRep()); });
    add(secondRow, QStringLiteral("actionSuggestOwners"), tr("Suggest Owners…"),
        tr("The best reps for the territories of this scenario (travel, skills, capacity), shown as a diff to apply"),
        [this] {
            if (!m_controller->facade()) return;
            SuggestOwnersDialog dialog(m_controller, this);
            dialog.exec();
        });
    add(thirdRow, QStringLiteral("actionImportReps"), tr("Import…"), tr("Add or update reps from a CSV or XLSX file"),
        [this] {
            session::EditFacade* facade = m_controller->facade();
            if (!facade || !m_controller->mayEdit()) return;
            RepImportWizard wizard(*facade, postalCodes(), this);
            if (wizard.exec() != QDialog::Accepted) return;
            int added = 0, changed = 0;
            QString error;
            if (!facade->importReps(wizard.result().reps, &error, &added, &changed)) {
                QMessageBox::warning(this, tr("Import Reps"), tr("Nothing was imported: %1").arg(error));
                return;
            }
            emit m_controller->message(
                tr("%1 reps read from %2: %3 new, %4 matched by CRM user id or name; %5 rows rejected.")
                    .arg(wizard.result().reps.size())
                    .arg(QFileInfo(wizard.path()).fileName())
                    .arg(added)
                    .arg(changed)
                    .arg(wizard.result().rejected.size()));
        });
    add(thirdRow, QStringLiteral("actionExportReps"), tr("Export…"), tr("Write the roster to a CSV or XLSX file"),
        [this] {
            QString path = QFileDialog::getSaveFileName(this, tr("Export Reps"), QString(),
                                                        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
            if (path.isEmpty()) return;
            if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".xlsx");
            exportFile(path);
        });

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    layout->addWidget(firstRow);
    layout->addWidget(secondRow);
    layout->addWidget(thirdRow);
    layout->addWidget(m_view, 1);
    setWidget(body);
    connect(m_controller, &EditController::facadeChanged, this, &RepsDock::subscribe);
    subscribe();
}

void RepsDock::subscribe() {
    if (session::EditFacade* facade = m_controller->facade()) {
        // The roster, and what each rep owns in the current scenario (territories, their figures).
        const session::SessionNotifier* n = &facade->notifier();
        const Project* p = &facade->session().project();
        connect(n, &session::SessionNotifier::repsChanged, this, &RepsDock::refresh);
        connect(n, &session::SessionNotifier::territoriesChanged, this, [this, p](qint64 scenario) {
            if (scenario == p->currentScenarioId) refresh();
        });
        connect(n, &session::SessionNotifier::unitsReassigned, this,
                [this, p](qint64 scenario, const std::vector<int>&, bool live) {
                    if (!live && scenario == p->currentScenarioId) m_refresher->changed();
                });
        connect(n, &session::SessionNotifier::currentScenarioChanged, this, &RepsDock::refresh);
    }
    refresh();
}

RepsDock::~RepsDock() {
    if (m_pickTool) m_pickTool->cancel();
}

QAction* RepsDock::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

void RepsDock::refresh() {
    m_refresher->refreshed();
    const qint64 current = currentRep();
    session::EditFacade* facade = m_controller->facade();
    if (!facade) {
        m_model->clear();
        return;
    }
    m_model->refresh(facade->session().project(), &facade->session().metrics());
    if (current) selectRep(current);
}

qint64 RepsDock::currentRep() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(RepTableModel::RepIdRole).toLongLong() : 0;
}

void RepsDock::selectRep(qint64 repId) {
    const int row = m_model->rowOf(repId);
    if (row < 0) return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool RepsDock::report(bool ok, const QString& error) {
    if (!ok && !error.isEmpty()) emit m_controller->message(error);
    return ok;
}

qint64 RepsDock::addRep(const Rep& rep) {
    if (!m_controller->facade()) return 0;
    QString error;
    const qint64 id = m_controller->facade()->addRep(rep, &error);
    report(id != 0, error);
    return id;
}

bool RepsDock::updateRep(const Rep& rep) {
    if (!m_controller->facade()) return false;
    QString error;
    return report(m_controller->facade()->updateRep(rep, &error), error);
}

bool RepsDock::removeRep(qint64 repId) {
    if (!m_controller->facade()) return false;
    QString error;
    return report(m_controller->facade()->removeRep(repId, &error), error);
}

void RepsDock::editCurrent() {
    const qint64 id = currentRep();
    const Rep* rep = id && m_controller->facade() ? m_controller->facade()->session().project().rep(id) : nullptr;
    if (!rep) return;
    RepDialog dialog(*rep, postalCodes(), this);
    if (dialog.exec() == QDialog::Accepted) updateRep(dialog.rep());
}

bool RepsDock::repLeaves(qint64 repId, qint64 heirId, QString* handoff) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade || !m_controller->mayEdit()) return false;
    const Project& p = facade->session().project();
    const Rep* rep = p.rep(repId);
    const Rep* heir = heirId ? p.rep(heirId) : nullptr;
    if (!rep) return false;
    std::vector<std::pair<qint64, qint64>> changes;
    QStringList lines;
    const QLocale locale;
    if (heirId == splitAmongNeighbours) {
        std::vector<qint64> territories;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->repId == repId) territories.push_back(t->id);
        if (territories.empty()) return report(false, tr("%1 owns no territory in this scenario.").arg(rep->name));
        QString error;
        const QString name = rep->name; // the split may change the roster's territories, not the rep
        // The optimiser works on a worker behind a progress dialog; Cancel changes nothing.
        const auto inBackground = [this](const std::function<bool(const TaskProgress&)>& work) {
            return BackgroundTask::run(this, tr("Split Among Neighbours"),
                                       tr("Balancing the neighbouring territories…"), work);
        };
        if (!report(facade->splitAmongNeighbours(territories, &lines, &error, inBackground), error)) return false;
        if (handoff) *handoff = tr("%1 leaves. Handoff:").arg(name) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        return true;
    }
    for (const Territory* t : p.territoriesOf(p.currentScenarioId)) {
        if (t->repId != repId) continue;
        changes.emplace_back(t->id, heirId);
        const TerritoryMetrics* m = facade->session().metrics().metricsOf(t->id);
        lines << tr("%1: %2 accounts, %3 workload hours → %4")
                     .arg(t->name, locale.toString(m ? m->accounts : 0),
                          locale.toString(m ? m->workloadHours : 0.0, 'f', 0), heir ? heir->name : tr("vacant"));
    }
    if (changes.empty()) return report(false, tr("%1 owns no territory in this scenario.").arg(rep->name));
    QString error;
    if (!report(facade->setTerritoryReps(changes, &error), error)) return false;
    if (handoff)
        *handoff = tr("%1 leaves. Handoff:").arg(rep->name) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    return true;
}

void RepsDock::pickHomeOnMap(qint64 repId) {
    if (!repId || !m_controller->facade()) return;
    if (!m_pickTool) m_pickTool = std::make_unique<PointPickTool>(m_controller->canvas());
    const Rep* rep = m_controller->facade()->session().project().rep(repId);
    if (!rep) return;
    emit m_controller->message(tr("Click on the map where %1 lives (Esc cancels).").arg(rep->name));
    m_pickTool->start([this, repId](geo::GeoPoint at) {
        if (!m_controller->facade()) return;
        const Rep* rep = m_controller->facade()->session().project().rep(repId);
        if (!rep) return;
        Rep moved = *rep;
        moved.home = at;
        // Named after the nearest bundled ZIP point when there is one close by.
        moved.homeLabel = tr("%1, %2").arg(at.lat, 0, 'f', 3).arg(at.lon, 0, 'f', 3);
        if (const io::PostalCodeIndex* zips = postalCodes()) {
            double best = 0.25 * 0.25; // about 25 km
            for (const auto& [code, place] : zips->sortedPlaces()) {
                const double dx = (place.location.lon - at.lon) * std::cos(at.lat * M_PI / 180.0),
                             dy = place.location.lat - at.lat;
                if (dx * dx + dy * dy < best && !place.city.isEmpty()) {
                    best = dx * dx + dy * dy;
                    moved.homeLabel = tr("near %1, %2").arg(place.city, place.state);
                }
            }
        }
        updateRep(moved);
    });
}

bool RepsDock::isPickingHome() const {
    return m_pickTool && m_pickTool->isActive();
}

const io::PostalCodeIndex* RepsDock::postalCodes() {
    if (m_postalCodes) return &*m_postalCodes;
    if (m_postalCodesFailed) return nullptr;
    io::PostalCodeIndex index;
    if (!index.loadBundled()) {
        m_postalCodesFailed = true;
        emit m_controller->message(tr("The bundled postal codes could not be read: %1").arg(index.error()));
        return nullptr;
    }
    m_postalCodes = std::move(index);
    return &*m_postalCodes;
}

bool RepsDock::importFile(const QString& path, QString* text) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    io::RepImportOptions options;
    options.path = path;
    options.postalCodes = postalCodes();
    const io::RepImportResult result = io::RepImporter::importReps(options);
    if (!result.ok) {
        *text = tr("Nothing was imported: %1").arg(result.error);
        return false;
    }
    int added = 0, changed = 0;
    QString error;
    if (!facade->importReps(result.reps, &error, &added, &changed)) {
        *text = tr("Nothing was imported: %1").arg(error);
        return false;
    }
    QStringList lines;
    lines << tr("%1 reps read from %2: %3 new, %4 matched by CRM user id or name.")
                 .arg(result.reps.size())
                 .arg(QFileInfo(path).fileName())
                 .arg(added)
                 .arg(changed);
    if (!result.rejected.empty()) {
        lines << tr("%1 rows were rejected:").arg(result.rejected.size());
        for (std::size_t i = 0; i < result.rejected.size() && i < 20; ++i)
            lines << tr("line %1: %2").arg(result.rejected[i].line).arg(result.rejected[i].reason);
        if (result.rejected.size() > 20) lines << tr("… and %1 more.").arg(result.rejected.size() - 20);
    }
    lines << result.warnings;
    *text = lines.join(QLatin1Char('\n'));
    return true;
}

bool RepsDock::exportFile(const QString& path) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    const Project& p = facade->session().project();
    io::ExportSource source(p, facade->session().metrics(), 0, io::OutputGuard(facade->session().path()));
    QString error;
    bool ok = false;
    // On a worker like every export; the modal progress dialog keeps edits away meanwhile.
    const bool done = BackgroundTask::run(
        this, tr("Export Reps"), tr("Writing %1…").arg(QFileInfo(path).fileName()), [&](const TaskProgress& progress) {
            source.setProgress(progress);
            ok = io::ExportRunner::run(source, QStringLiteral("reps"),
                                       io::ExportRunner::formatFor(QStringLiteral("reps"), path), path, {}, &error);
            return !progress.cancelled();
        });
    if (!done)
        emit m_controller->message(tr("Export cancelled; nothing was written"));
    else if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        emit m_controller->message(tr("Exported the roster to %1").arg(QDir::toNativeSeparators(path)));
    return done && ok;
}

} // namespace tp::ui
