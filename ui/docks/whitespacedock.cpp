#include "whitespacedock.h"

#include "whitespacetablemodel.h"

#include "ui/widgets/comboitems.h"
#include "ui/widgets/dockactions.h"
#include "ui/widgets/docktable.h"
#include "ui/widgets/refreshwhenshown.h"

#include "model/metricsengine.h"
#include "model/metricstable.h"
#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"
#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <boost/geometry/algorithms/expand.hpp>

#include <algorithm>
#include <set>

namespace tp::ui {

WhiteSpaceDock::WhiteSpaceDock(EditController* controller, QWidget* parent)
    : QDockWidget(tr("White Space"), parent), m_controller(controller), m_model(new WhiteSpaceTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView), m_measure(new QComboBox),
      m_minPenetration(new QDoubleSpinBox), m_maxDistance(new QSpinBox), m_top(new QSpinBox), m_level(new QComboBox),
      m_summary(new QLabel) {
    setObjectName(QStringLiteral("whiteSpaceDock"));
    m_refresher = new RefreshWhenShown(this, [this] { refresh(); });
    DockTable::setUp(m_view, m_proxy, m_model, QStringLiteral("whiteSpaceTable"), QAbstractItemView::ExtendedSelection);
    connect(m_view, &QTableView::doubleClicked, this, [this] { zoomToChosen(); });

    m_measure->setObjectName(QStringLiteral("whiteSpaceMeasure"));
    m_measure->setToolTip(tr("The figure the list is ranked by; units without it are not listed"));
    m_minPenetration->setObjectName(QStringLiteral("whiteSpaceMinPenetration"));
    m_minPenetration->setRange(0.0, 100.0);
    m_minPenetration->setDecimals(0);
    m_minPenetration->setSuffix(QStringLiteral(" %"));
    m_minPenetration->setValue(15.0);
    m_minPenetration->setSpecialValueText(tr("off"));
    m_minPenetration->setToolTip(tr("Units whose revenue is below this share of their revenue potential are listed"));
    m_maxDistance->setObjectName(QStringLiteral("whiteSpaceMaxDistance"));
    m_maxDistance->setRange(0, 20000);
    m_maxDistance->setSingleStep(50);
    m_maxDistance->setValue(500);
    m_maxDistance->setSuffix(tr(" km"));
    m_maxDistance->setSpecialValueText(tr("off"));
    m_maxDistance->setToolTip(tr("Units farther than this from the home of the rep who owns them are listed"));
    m_top->setObjectName(QStringLiteral("whiteSpaceTop"));
    m_top->setRange(0, 100000);
    m_top->setValue(0);
    m_top->setSpecialValueText(tr("all"));
    m_top->setToolTip(tr("Only the first N of the list"));
    m_level->setObjectName(QStringLiteral("whiteSpaceLevel"));
    m_level->addItem(tr("Units"), int(WhiteSpaceFinder::Level::Units));
    m_level->addItem(tr("Regions"), int(WhiteSpaceFinder::Level::Regions));
    m_level->setToolTip(tr("Units, or the counties or states they lie in"));

    auto* filters = new QWidget;
    auto* form = new QFormLayout(filters);
    form->setContentsMargins(4, 2, 4, 2);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* levelRow = new QHBoxLayout;
    levelRow->addWidget(m_level, 1);
    levelRow->addWidget(new QLabel(tr("Top")));
    levelRow->addWidget(m_top);
    form->addRow(tr("Rank by"), m_measure);
    auto* thresholds = new QHBoxLayout;
    thresholds->addWidget(m_minPenetration, 1);
    auto* distanceLabel = new QLabel(tr("or farther than"));
    thresholds->addWidget(distanceLabel);
    thresholds->addWidget(m_maxDistance, 1);
    form->addRow(tr("Penetration below"), thresholds);
    form->addRow(tr("List"), levelRow);

    auto* actions = DockActions::row();
    DockActions::add(actions, QStringLiteral("actionWhiteSpaceZoom"), tr("Zoom To"),
                     tr("Fit the map to the chosen rows (or double-click a row)"), this, &WhiteSpaceDock::zoomToChosen);
    DockActions::add(
        actions, QStringLiteral("actionWhiteSpaceSelect"), tr("Select"),
        tr("Select the units of the chosen rows (every listed unit when none is chosen) to paint or assign them"), this,
        &WhiteSpaceDock::selectChosen);
    m_summary->setObjectName(QStringLiteral("whiteSpaceSummary"));
    m_summary->setContentsMargins(6, 0, 4, 0);
    m_summary->setWordWrap(true);

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(filters);
    layout->addWidget(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    setWidget(body);

    for (QComboBox* c : {m_measure, m_level})
        connect(c, &QComboBox::currentIndexChanged, this, &WhiteSpaceDock::refreshIfShown);
    for (QSpinBox* s : {m_maxDistance, m_top})
        connect(s, &QSpinBox::valueChanged, this, &WhiteSpaceDock::refreshIfShown);
    connect(m_minPenetration, &QDoubleSpinBox::valueChanged, this, &WhiteSpaceDock::refreshIfShown);
    connect(m_controller, &EditController::facadeChanged, this, &WhiteSpaceDock::subscribe);
    subscribe();
}

WhiteSpaceDock::~WhiteSpaceDock() = default;

QAction* WhiteSpaceDock::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

void WhiteSpaceDock::subscribe() {
    rebuildFinder();
    if (session::EditFacade* facade = m_controller->facade()) {
        // Anything that changes who owns what, the accounts' figures or the reps' homes.
        const session::SessionNotifier* n = &facade->notifier();
        const Project* p = &facade->session().project();
        connect(n, &session::SessionNotifier::unitsReassigned, this,
                [this, p](qint64 scenario, const std::vector<int>&, bool live) {
                    if (!live && scenario == p->currentScenarioId) refreshSoon();
                });
        connect(n, &session::SessionNotifier::territoriesChanged, this, [this, p](qint64 scenario) {
            if (scenario == p->currentScenarioId) refreshSoon();
        });
        connect(n, &session::SessionNotifier::accountsReassigned, this, [this, p](qint64 scenario) {
            if (scenario == p->currentScenarioId) refreshSoon();
        });
        connect(n, &session::SessionNotifier::currentScenarioChanged, this, &WhiteSpaceDock::refreshSoon);
        connect(n, &session::SessionNotifier::accountsChanged, this, &WhiteSpaceDock::refreshSoon);
        connect(n, &session::SessionNotifier::repsChanged, this, &WhiteSpaceDock::refreshSoon);
    }
    // A project opened with the dock hidden: its list is made when the dock is shown.
    if (m_controller->facade())
        refreshIfShown();
    else
        refresh();
}

void WhiteSpaceDock::refreshIfShown() {
    m_refresher->changedNow();
}

void WhiteSpaceDock::rebuildFinder() {
    m_finder.reset();
    if (session::EditFacade* facade = m_controller->facade()) m_finder.emplace(facade->session().project());
}

void WhiteSpaceDock::fillMeasures() {
    session::EditFacade* facade = m_controller->facade();
    QStringList names;
    int potential = 0;
    if (facade) {
        const auto& measures = facade->session().metrics().measures();
        for (std::size_t i = 0; i < measures.size(); ++i) {
            names << measures[i].name;
            if (measures[i].kind == MeasureDefinition::Kind::RevenuePotential) potential = int(i);
        }
    }
    ComboItems::setItems(m_measure, names, potential);
}

WhiteSpaceFinder::Options WhiteSpaceDock::options() const {
    WhiteSpaceFinder::Options o;
    o.measure = m_measure->currentIndex();
    o.minPenetration = m_minPenetration->value() / 100.0;
    o.maxDistanceKm = m_maxDistance->value();
    o.top = m_top->value();
    o.level = WhiteSpaceFinder::Level(m_level->currentData().toInt());
    return o;
}

void WhiteSpaceDock::refreshSoon() {
    m_refresher->changed();
}

void WhiteSpaceDock::refresh() {
    m_refresher->refreshed();
    fillMeasures();
    session::EditFacade* facade = m_controller->facade();
    if (!facade || !m_finder) {
        m_model->setRows({}, QString(), false, QString());
        m_summary->clear();
        return;
    }
    const MetricsEngine& engine = facade->session().metrics();
    const WhiteSpaceFinder::Options o = options();
    const bool regions = o.level == WhiteSpaceFinder::Level::Regions;
    const QString kind = WhiteSpaceFinder::regionKindName(m_finder->regionKind());
    std::vector<WhiteSpaceFinder::Row> rows = m_finder->find(engine, o);
    double potential = 0.0;
    int units = 0;
    for (const WhiteSpaceFinder::Row& r : rows) {
        potential += r.potential;
        units += r.units;
    }
    const auto& measures = engine.measures();
    const bool byPotential = o.measure >= 0 && std::size_t(o.measure) < measures.size()
                             && measures[std::size_t(o.measure)].kind == MeasureDefinition::Kind::RevenuePotential;
    m_model->setRows(std::move(rows), m_measure->currentText(), regions, kind);
    m_view->setColumnHidden(WhiteSpaceTableModel::Value, byPotential); // the potential column shows it already
    m_view->setColumnHidden(WhiteSpaceTableModel::Territory, regions);
    m_view->setColumnHidden(WhiteSpaceTableModel::Rep, regions);
    m_summary->setText(
        regions
            ? tr("%n region(s) with %1 unit(s) · potential %2", nullptr, m_model->rowCount())
                  .arg(units)
                  .arg(MetricsTable::formatMoney(potential))
            : tr("%n unit(s) · potential %1", nullptr, m_model->rowCount()).arg(MetricsTable::formatMoney(potential)));
}

std::vector<int> WhiteSpaceDock::chosenUnits() const {
    std::vector<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.push_back(m_proxy->mapToSource(index).row());
    if (rows.empty())
        for (int r = 0; r < m_model->rowCount(); ++r) rows.push_back(r);
    std::set<int> units;
    if (!m_model->regions()) {
        for (int r : rows) units.insert(m_model->row(r)->unit);
    } else if (m_finder && m_controller->facade()) {
        // A region stands for its listed units: the same list at the unit level, without a top N.
        std::set<QString> regions;
        for (int r : rows) regions.insert(m_model->row(r)->code);
        WhiteSpaceFinder::Options o = options();
        o.level = WhiteSpaceFinder::Level::Units;
        o.top = 0;
        for (const WhiteSpaceFinder::Row& u : m_finder->find(m_controller->facade()->session().metrics(), o))
            if (regions.count(u.region)) units.insert(u.unit);
    }
    units.erase(-1);
    return {units.begin(), units.end()};
}

void WhiteSpaceDock::selectChosen() {
    if (!m_controller->facade()) return;
    m_controller->setSelection(chosenUnits());
}

void WhiteSpaceDock::zoomToChosen() {
    session::EditFacade* facade = m_controller->facade();
    const std::vector<int> units = chosenUnits();
    if (!facade || units.empty()) return;
    const Project& p = facade->session().project();
    geo::Box box = p.units[std::size_t(units.front())].bounds;
    for (int u : units) boost::geometry::expand(box, p.units[std::size_t(u)].bounds);
    m_controller->canvas()->zoomToExtent(box);
}

} // namespace tp::ui
