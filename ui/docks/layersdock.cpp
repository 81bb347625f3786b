#include "ui/docks/layersdock.h"

#include "render/heatmaplayer.h"
#include "ui/map/mapcanvas.h"
#include "render/maplayer.h"

#include "model/measurecolumns.h"
#include "model/project.h"

#include <QComboBox>
#include <QHBoxLayout>

#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QSpinBox>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tp::ui {
namespace {

constexpr int layerRole = Qt::UserRole;

QString displayName(const QString& layerName) {
    if (layerName == QLatin1String("Base map")) return LayersDock::tr("Base map");
    if (layerName == QLatin1String("Territories")) return LayersDock::tr("Territories and units");
    if (layerName == QLatin1String("Other team")) return LayersDock::tr("Another team's borders (View › Other Team)");
    if (layerName == QLatin1String("Theme")) return LayersDock::tr("Thematic map (units by figure)");
    if (layerName == QLatin1String("Highlights")) return LayersDock::tr("Selection, changes, stray pieces");
    if (layerName == QLatin1String("Accounts")) return LayersDock::tr("Accounts");
    if (layerName == QLatin1String("Reps")) return LayersDock::tr("Rep home bases");
    if (layerName == QLatin1String("Labels")) return LayersDock::tr("Territory labels");
    if (layerName == QLatin1String("Online tiles")) return LayersDock::tr("Online map tiles");
    if (layerName == QLatin1String("Heat map")) return LayersDock::tr("Account density (heat map)");
    return layerName;
}

QListWidget* checkList() {
    auto* list = new QListWidget;
    list->setUniformItemSizes(true);
    return list;
}

void addChecked(QListWidget* list, const QString& text, bool checked) {
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QSet<QString> unchecked(const QListWidget* list) {
    QSet<QString> result;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() != Qt::Checked) result.insert(list->item(i)->text());
    return result;
}

} // namespace

LayersDock::LayersDock(MapCanvas* canvas, QWidget* parent)
    : QDockWidget(tr("Layers"), parent), m_canvas(canvas), m_layers(checkList()), m_segments(checkList()),
      m_industries(checkList()), m_sizeBy(new QComboBox), m_heatRadius(new QSpinBox), m_heatUnit(new QComboBox),
      m_heatWeight(new QComboBox) {
    setObjectName(QStringLiteral("layersDock"));
    m_layers->setDragDropMode(QAbstractItemView::InternalMove);
    m_layers->setToolTip(tr("Drag to change the drawing order; the top layer is drawn on top"));
    // Top of the list = drawn last.
    const std::vector<render::MapLayer*> layers = canvas->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        auto* item = new QListWidgetItem(displayName((*it)->name()), m_layers);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState((*it)->isVisible() ? Qt::Checked : Qt::Unchecked);
        item->setData(layerRole, QVariant::fromValue<quintptr>(quintptr(*it)));
    }
    connect(m_layers, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        m_canvas->setLayerVisible(reinterpret_cast<render::MapLayer*>(item->data(layerRole).value<quintptr>()),
                                  item->checkState() == Qt::Checked);
    });
    connect(m_layers->model(), &QAbstractItemModel::rowsMoved, this, &LayersDock::applyOrder);
    // Layers shown or hidden elsewhere (the map-mode switch) keep their check box in step.
    connect(canvas, &MapCanvas::layerVisibilityChanged, this, [this](render::MapLayer* layer, bool visible) {
        for (int i = 0; i < m_layers->count(); ++i)
            if (QListWidgetItem* item = m_layers->item(i);
                reinterpret_cast<render::MapLayer*>(item->data(layerRole).value<quintptr>()) == layer) {
                const QSignalBlocker block(m_layers);
                item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
            }
    });
    m_sizeBy->setObjectName(QStringLiteral("accountSizeBy"));
    m_sizeBy->addItem(tr("(all alike)"), -1);
    m_sizeBy->addItem(tr("Revenue potential"), int(MeasureColumns::RevenuePotential));
    m_sizeBy->addItem(tr("Revenue"), int(MeasureColumns::Revenue));
    m_sizeBy->addItem(tr("Pipeline"), int(MeasureColumns::Pipeline));
    m_sizeBy->addItem(tr("Workload"), int(MeasureColumns::WorkloadHours));
    connect(m_sizeBy, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_canvas->setAccountSizeMeasure(m_sizeBy->itemData(index).toInt()); });
    m_heatRadius->setObjectName(QStringLiteral("heatRadius"));
    m_heatRadius->setRange(1, 2000);
    m_heatRadius->setValue(30);
    m_heatRadius->setToolTip(tr("How far each account's weight spreads (a Gaussian kernel cut at this radius)"));
    m_heatUnit->setObjectName(QStringLiteral("heatRadiusUnit"));
    m_heatUnit->addItem(tr("px"), false);
    m_heatUnit->addItem(tr("km"), true);
    m_heatWeight->setObjectName(QStringLiteral("heatWeight"));
    m_heatWeight->addItem(tr("Account count"), -1);
    m_heatWeight->addItem(tr("Revenue potential"), int(MeasureColumns::RevenuePotential));
    m_heatWeight->addItem(tr("Revenue"), int(MeasureColumns::Revenue));
    m_heatWeight->addItem(tr("Pipeline"), int(MeasureColumns::Pipeline));
    m_heatWeight->addItem(tr("Workload"), int(MeasureColumns::WorkloadHours));
    connect(m_heatRadius, &QSpinBox::valueChanged, this, &LayersDock::applyHeatMap);
    connect(m_heatUnit, &QComboBox::currentIndexChanged, this, &LayersDock::applyHeatMap);
    connect(m_heatWeight, &QComboBox::currentIndexChanged, this, &LayersDock::applyHeatMap);
    connect(m_segments, &QListWidget::itemChanged, this, &LayersDock::applyFilter);
    connect(m_industries, &QListWidget::itemChanged, this, &LayersDock::applyFilter);

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(m_layers, 2);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(new QLabel(tr("Size accounts by:")));
    sizeRow->addWidget(m_sizeBy, 1);
    layout->addLayout(sizeRow);
    auto* heatRow = new QHBoxLayout;
    heatRow->addWidget(new QLabel(tr("Heat map radius:")));
    heatRow->addWidget(m_heatRadius, 1);
    heatRow->addWidget(m_heatUnit);
    layout->addLayout(heatRow);
    auto* weightRow = new QHBoxLayout;
    weightRow->addWidget(new QLabel(tr("weighted by:")));
    weightRow->addWidget(m_heatWeight, 1);
    layout->addLayout(weightRow);
    layout->addWidget(heatMapLegend());
    layout->addWidget(new QLabel(tr("Accounts by segment:")));
    layout->addWidget(m_segments, 1);
    layout->addWidget(new QLabel(tr("Accounts by industry:")));
    layout->addWidget(m_industries, 2);
    setWidget(body);
}

void LayersDock::setProject(const Project* project) {
    for (QListWidget* list : {m_segments, m_industries}) {
        const QSignalBlocker block(list);
        list->clear();
    }
    if (!project) return;
    // Accounts share their segment and industry strings and come in runs of one value: a string
    // is hashed only when it differs from the account before (1M inserts took about 0.4 s).
    QSet<QString> segments, industries;
    const QString *segment = nullptr, *industry = nullptr;
    for (const Account& a : project->accounts) {
        if (!segment || a.segment != *segment) segments.insert(a.segment);
        if (!industry || a.industry != *industry) industries.insert(a.industry);
        segment = &a.segment.str();
        industry = &a.industry.str();
    }
    for (auto [list, values] : {std::pair(m_segments, segments), std::pair(m_industries, industries)}) {
        QStringList sorted(values.begin(), values.end());
        sorted.sort(Qt::CaseInsensitive);
        const QSignalBlocker block(list);
        for (const QString& v : sorted) addChecked(list, v, true);
    }
    applyFilter();
}

void LayersDock::applyOrder() {
    std::vector<render::MapLayer*> order;
    for (int i = m_layers->count() - 1; i >= 0; --i)
        order.push_back(reinterpret_cast<render::MapLayer*>(m_layers->item(i)->data(layerRole).value<quintptr>()));
    m_canvas->setLayerOrder(order);
}

void LayersDock::applyHeatMap() {
    m_canvas->setHeatMapSettings(m_heatRadius->value(), m_heatUnit->currentData().toBool(),
                                 m_heatWeight->currentData().toInt());
}

QWidget* LayersDock::heatMapLegend() {
    // The ramp from sparse to the densest place in view, as the layer colours it (over white).
    const int w = 160, h = 12;
    QImage bar(w, h, QImage::Format_ARGB32_Premultiplied);
    bar.fill(Qt::white);
    QPainter p(&bar);
    for (int x = 0; x < w; ++x) {
        p.setPen(render::HeatMapLayer::rampColor(std::sqrt(double(x) / (w - 1))));
        p.drawLine(x, 0, x, h - 1);
    }
    p.setPen(QColor(0x99, 0x99, 0x99));
    p.drawRect(0, 0, w - 1, h - 1);
    p.end();
    auto* legend = new QWidget;
    legend->setObjectName(QStringLiteral("heatMapLegend"));
    legend->setToolTip(tr("Colours are relative to the densest places in view (square-root scale)"));
    auto* row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    auto* image = new QLabel;
    image->setPixmap(QPixmap::fromImage(bar));
    row->addWidget(new QLabel(tr("sparse")));
    row->addWidget(image);
    row->addWidget(new QLabel(tr("dense")));
    row->addStretch(1);
    return legend;
}

void LayersDock::applyFilter() {
    m_canvas->setAccountFilter(unchecked(m_segments), unchecked(m_industries));
}

} // namespace tp::ui
