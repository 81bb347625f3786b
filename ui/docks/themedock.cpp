#include "ui/docks/themedock.h"

#include "render/accountlayer.h"
#include "ui/map/mapcanvas.h"
#include "render/themelayer.h"
#include "ui/tools/editcontroller.h"
#include "ui/widgets/themelegend.h"

#include "session/editfacade.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"

#include "model/classification.h"
#include "model/colorramp.h"
#include "model/measuredefinition.h"
#include "model/metricsengine.h"
#include "model/project.h"
#include "model/thematicmap.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace tp::ui {

namespace {

using Kind = UnitThemeValues::Kind;

int encode(const UnitThemeValues::Figure& f) {
    return int(f.kind) * 1000 + std::max(0, f.measure);
}
UnitThemeValues::Figure decode(int data) {
    UnitThemeValues::Figure f;
    f.kind = Kind(data / 1000);
    f.measure = data % 1000;
    return f;
}

QIcon rampIcon(ColorRamp::Id id) {
    const std::vector<quint32> colours = ColorRamp::colours(id, 5);
    QPixmap pixmap(60, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    for (std::size_t i = 0; i < colours.size(); ++i)
        p.fillRect(QRect(int(i) * 12, 0, 12, 14), QColor::fromRgb(colours[i]));
    p.setPen(QColor(0, 0, 0, 80));
    p.drawRect(QRect(0, 0, 59, 13));
    return QIcon(pixmap);
}

} // namespace

ThemeDock::ThemeDock(EditController* controller, MapCanvas* canvas, QWidget* parent)
    : QDockWidget(tr("Theme"), parent), m_controller(controller), m_canvas(canvas), m_legend(new ThemeLegend(canvas)),
      m_figure(new QComboBox), m_base(new QComboBox), m_baseLabel(new QLabel(tr("Compared with:"))),
      m_method(new QComboBox), m_classes(new QSpinBox), m_ramp(new QComboBox), m_summary(new QLabel) {
    setObjectName(QStringLiteral("themeDock"));
    m_figure->setObjectName(QStringLiteral("themeFigure"));
    m_base->setObjectName(QStringLiteral("themeBaseScenario"));
    m_method->setObjectName(QStringLiteral("themeMethod"));
    m_classes->setObjectName(QStringLiteral("themeClasses"));
    m_ramp->setObjectName(QStringLiteral("themeRamp"));
    m_summary->setObjectName(QStringLiteral("themeSummary"));
    m_summary->setWordWrap(true);
    for (QComboBox* box : {m_figure, m_base, m_method, m_ramp})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_figure->setMinimumContentsLength(16);
    m_base->setMinimumContentsLength(12);

    for (Classification::Method m : {Classification::Method::Quantiles, Classification::Method::NaturalBreaks,
                                     Classification::Method::EqualIntervals})
        m_method->addItem(Classification::name(m), int(m));
    m_classes->setRange(Classification::minClasses, Classification::maxClasses);
    m_classes->setValue(5);
    m_ramp->setIconSize(QSize(60, 14));
    for (ColorRamp::Id id : ColorRamp::all()) m_ramp->addItem(rampIcon(id), ColorRamp::name(id), int(id));

    auto* body = new QWidget;
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Colour units by:"), m_figure);
    form->addRow(m_baseLabel, m_base);
    form->addRow(tr("Classes:"), m_method);
    form->addRow(tr("Number of classes:"), m_classes);
    form->addRow(tr("Colours:"), m_ramp);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    setWidget(body);

    m_mode = new QActionGroup(this);
    m_showTerritories = new QAction(tr("Territories"), this);
    m_showTerritories->setObjectName(QStringLiteral("mapModeTerritories"));
    m_showTerritories->setToolTip(tr("Colour the map by territory"));
    m_showTheme = new QAction(tr("Theme"), this);
    m_showTheme->setObjectName(QStringLiteral("mapModeTheme"));
    m_showTheme->setToolTip(
        tr("Colour units by a figure (potential, density, penetration, coverage, change) with a legend"));
    for (QAction* a : {m_showTerritories, m_showTheme}) {
        a->setCheckable(true);
        m_mode->addAction(a);
    }
    m_showTerritories->setChecked(true);
    connect(m_showTerritories, &QAction::triggered, this, [this] { showTheme(false); });
    connect(m_showTheme, &QAction::triggered, this, [this] { showTheme(true); });
    m_toggle = new QAction(tr("&Thematic Map"), this);
    m_toggle->setObjectName(QStringLiteral("actionThematicMap"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_toggle, &QAction::triggered, this, [this](bool on) { showTheme(on); });

    // The theme layer may also be switched in the Layers dock: everything follows the layer.
    connect(m_canvas, &MapCanvas::layerVisibilityChanged, this, [this](render::MapLayer* layer, bool visible) {
        if (layer != m_canvas->themeLayer()) return;
        (visible ? m_showTheme : m_showTerritories)->setChecked(true);
        m_toggle->setChecked(visible);
        if (visible && m_stale) recompute();
        m_legend->setVisible(visible && !m_legend->entries().empty());
    });
    m_canvas->installEventFilter(this);

    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(0);
    connect(&m_updateTimer, &QTimer::timeout, this, &ThemeDock::recompute);
    connect(m_figure, &QComboBox::currentIndexChanged, this, &ThemeDock::figureChanged);
    for (QComboBox* box : {m_base, m_method, m_ramp})
        connect(box, &QComboBox::currentIndexChanged, this, &ThemeDock::scheduleUpdate);
    connect(m_classes, &QSpinBox::valueChanged, this, &ThemeDock::scheduleUpdate);
    connect(m_controller, &EditController::facadeChanged, this, &ThemeDock::subscribe);
    subscribe();
}

bool ThemeDock::isThemeShown() const {
    return m_canvas->themeLayer()->isVisible();
}

void ThemeDock::showTheme(bool shown) {
    if (shown == isThemeShown()) return;
    // Account dots would hide the unit colours: they make way for the theme and come back with
    // the territories (unless the user had hidden them anyway).
    render::MapLayer* accounts = m_canvas->accountLayer();
    if (shown) {
        m_accountsWereVisible = accounts->isVisible();
        m_canvas->setLayerVisible(accounts, false);
    } else if (m_accountsWereVisible) {
        m_canvas->setLayerVisible(accounts, true);
    }
    m_canvas->setLayerVisible(m_canvas->territoryLayer(), !shown);
    m_canvas->setLayerVisible(m_canvas->themeLayer(), shown);
    if (shown) {
        if (m_stale) recompute();
        raise();
    }
}

void ThemeDock::subscribe() {
    if (session::EditFacade* facade = m_controller->facade()) {
        const session::SessionNotifier* n = &facade->notifier();
        const Project* p = &facade->session().project();
        // Totals and densities do not move with the plan, but coverage and change do; one
        // recompute per finished edit (a live drag step moves only the borders, in MapLayerSet).
        connect(n, &session::SessionNotifier::unitsReassigned, this,
                [this, p](qint64 scenario, const std::vector<int>&, bool live) {
                    if (!live && scenario == p->currentScenarioId) scheduleUpdate();
                });
        connect(n, &session::SessionNotifier::territoriesChanged, this, &ThemeDock::scheduleUpdate);
        connect(n, &session::SessionNotifier::accountsReassigned, this, &ThemeDock::scheduleUpdate);
        connect(n, &session::SessionNotifier::repsChanged, this, &ThemeDock::scheduleUpdate);
        connect(n, &session::SessionNotifier::accountsChanged, this, [this] {
            fillChoices();
            scheduleUpdate();
        });
        connect(n, &session::SessionNotifier::scenariosChanged, this, [this] {
            fillChoices();
            scheduleUpdate();
        });
        connect(n, &session::SessionNotifier::currentScenarioChanged, this, [this] {
            fillChoices();
            scheduleUpdate();
        });
    }
    fillChoices();
    m_stale = true;
    scheduleUpdate();
}

void ThemeDock::fillChoices() {
    session::EditFacade* facade = m_controller->facade();
    {
        const QSignalBlocker block(m_figure);
        const int chosen =
            m_figure->currentData().isValid() ? m_figure->currentData().toInt() : encode({Kind::Total, 1});
        m_figure->clear();
        if (facade) {
            const std::vector<MeasureDefinition>& measures = facade->session().metrics().measures();
            const auto add = [&](Kind kind, int measure) {
                const UnitThemeValues::Figure f{kind, measure};
                m_figure->addItem(UnitThemeValues::name(f, measures), encode(f));
            };
            for (int j = 0; j < int(measures.size()); ++j) add(Kind::Total, j);
            m_figure->insertSeparator(m_figure->count());
            for (int j = 0; j < int(measures.size()); ++j) add(Kind::Density, j);
            m_figure->insertSeparator(m_figure->count());
            add(Kind::Penetration, 0);
            add(Kind::Coverage, 0);
            m_figure->insertSeparator(m_figure->count());
            for (int j = 0; j < int(measures.size()); ++j) add(Kind::Change, j);
        }
        const int at = m_figure->findData(chosen);
        m_figure->setCurrentIndex(at >= 0 ? at : std::min(1, m_figure->count() - 1));
    }
    {
        const QSignalBlocker block(m_base);
        const QVariant chosen = m_base->currentData();
        m_base->clear();
        if (facade) {
            const Project& project = facade->session().project();
            int planOfRecord = -1;
            for (const Scenario& s : project.scenarios) {
                if (s.id == project.currentScenarioId) continue;
                if (s.planOfRecord) planOfRecord = m_base->count();
                m_base->addItem(s.name, s.id);
            }
            const int at = chosen.isValid() ? m_base->findData(chosen) : -1;
            m_base->setCurrentIndex(at >= 0 ? at : std::max(planOfRecord, m_base->count() > 0 ? 0 : -1));
        }
    }
    const bool change = currentFigure().kind == Kind::Change;
    m_base->setVisible(change);
    m_baseLabel->setVisible(change);
}

void ThemeDock::figureChanged() {
    const bool change = currentFigure().kind == Kind::Change;
    m_base->setVisible(change);
    m_baseLabel->setVisible(change);
    // Changes read on a diverging ramp centred on 0, everything else on a sequential one.
    const bool diverging = ColorRamp::isDiverging(ColorRamp::Id(m_ramp->currentData().toInt()));
    if (change != diverging) {
        const QSignalBlocker block(m_ramp);
        m_ramp->setCurrentIndex(m_ramp->findData(int(change ? ColorRamp::Id::RdBu : ColorRamp::Id::YlGnBu)));
    }
    scheduleUpdate();
}

UnitThemeValues::Figure ThemeDock::currentFigure() const {
    UnitThemeValues::Figure f =
        m_figure->currentData().isValid() ? decode(m_figure->currentData().toInt()) : UnitThemeValues::Figure{};
    f.baseScenario = m_base->currentData().toLongLong();
    return f;
}

ThematicMap::Options ThemeDock::options() const {
    ThematicMap::Options options;
    options.figure = currentFigure();
    options.method = Classification::Method(m_method->currentData().toInt());
    options.classes = m_classes->value();
    options.ramp = ColorRamp::Id(m_ramp->currentData().toInt());
    return options;
}

void ThemeDock::scheduleUpdate() {
    m_stale = true;
    if (isThemeShown()) m_updateTimer.start();
}

void ThemeDock::recompute() {
    m_updateTimer.stop();
    session::EditFacade* facade = m_controller->facade();
    render::ThemeLayer* layer = m_canvas->themeLayer();
    if (!facade) {
        layer->setClasses(nullptr);
        m_legend->setLegend({}, {}, {});
        m_legend->hide();
        m_summary->clear();
        return;
    }
    m_stale = false;
    session::ProjectSession& session = facade->session();
    const ThematicMap map = ThematicMap::build(session.project(), session.metrics(), options());

    auto classes = std::make_shared<render::ThemeLayer::Classes>();
    for (quint32 c : map.colours()) classes->colours.push_back(QColor::fromRgb(c));
    classes->noData = QColor::fromRgb(ColorRamp::noDataColour);
    classes->unitClass = map.unitColour();
    if (layer->setClasses(classes)) m_canvas->refresh();

    m_legend->setMap(map);
    m_legend->setVisible(isThemeShown());
    const QLocale locale;
    m_summary->setText(
        tr("%1 units · %2 without a value")
            .arg(locale.toString(qint64(map.values().size())), locale.toString(map.classification().noDataCount())));
}

bool ThemeDock::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_canvas && event->type() == QEvent::Resize) m_legend->place();
    return QDockWidget::eventFilter(watched, event);
}

} // namespace tp::ui
