#include "io/report/pdfreportwriter.h"

#include "io/export/exportsource.h"
#include "io/import/unitimporter.h"
#include "io/export/outputfile.h"
#include "io/report/reportmap.h"
#include "io/report/reporttable.h"
#include "io/import/basemaploader.h"

#include "render/territorylabeller.h"
#include "render/themelayer.h"

#include "model/metricsengine.h"
#include "model/metricstable.h"
#include "model/numberformat.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QBuffer>

#include <algorithm>
#include <cmath>

namespace tp::io {
namespace {

constexpr int resolution = 300; // dots per inch of the PDF's device units

QString money(double value, const QLocale& locale) {
    return NumberFormat::grouped(locale).toString(value, 'f', 0);
}

} // namespace

PdfReportWriter::PdfReportWriter(const ExportSource& source, ReportOptions options)
    : m_source(source), m_options(std::move(options)) {}

QString PdfReportWriter::title() const {
    if (!m_options.title.isEmpty()) return m_options.title;
    const Scenario* scenario = m_source.scenario();
    const QString project = m_source.project().title;
    const QString name = scenario ? scenario->name : QString();
    return project.isEmpty() ? name : QStringLiteral("%1 — %2").arg(project, name);
}

QString PdfReportWriter::attribution() const {
    if (!m_options.attribution.isEmpty()) return m_options.attribution;
    const Project& project = m_source.project();
    if (project.unitLayer == QLatin1String("zips") || project.unitLayer == QLatin1String("zip3"))
        return tr("Boundaries: approximate ZIP areas (drawn around ZIP centres) from bundled ZIP points; states: US "
                  "Census (us-atlas)");
    if (project.unitLayer == QLatin1String("counties") || project.unitLayer == QLatin1String("states"))
        return tr("Boundaries: US Census Bureau (us-atlas)");
    // A project from before the layer was recorded: the bundled county layer (5-digit FIPS codes
    // with a state, not postal codes) comes from the US Census.
    const auto& units = project.units;
    const bool counties = project.unitLayer.isEmpty() && !project.unitPostalCodes.isSet() && !units.empty()
                          && units.front().code.size() == 5 && !units.front().region.isEmpty();
    return counties ? tr("Boundaries: US Census Bureau (us-atlas)") : tr("Boundaries: the project's unit layer");
}

QFont PdfReportWriter::font(double points, bool bold) const {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(points / 72.0 * resolution)));
    f.setBold(bold);
    return f;
}

void PdfReportWriter::paintFooter(QPainter& painter) {
    painter.save();
    painter.setFont(font(7));
    painter.setPen(QColor(0x77, 0x77, 0x77));
    const QRectF line(0, m_height - mm(4), m_width, mm(4));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("%1 · %2").arg(title(), QDate::currentDate().toString(Qt::ISODate)));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(m_page));
    painter.restore();
}

void PdfReportWriter::newPage(QPagedPaintDevice& pdf, QPainter& painter) {
    pdf.newPage();
    ++m_page;
    paintFooter(painter);
}

void PdfReportWriter::paintLegend(QPainter& painter, const QRectF& area) {
    const auto territories = m_source.leafTerritories();
    painter.save();
    painter.setFont(font(10, true));
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Territories"));
    // Room under the list for what the marks mean.
    const double rowHeight =
        std::min(mm(9), (area.height() - mm(8) - mm(12)) / std::max<std::size_t>(1, territories.size()));
    const double scale = std::clamp(rowHeight / mm(9), 0.5, 1.0);
    const QFont nameFont = font(8.5 * scale, true), detailFont = font(7.5 * scale);
    double y = area.top() + mm(8);
    for (const Territory* t : territories) {
        const TerritoryMetrics* m = m_source.engine().metricsOf(t->id);
        const double swatch = mm(4.5) * scale;
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0));
        painter.setBrush(QColor(t->color));
        painter.drawRect(QRectF(area.left(), y + mm(0.5), swatch, swatch));
        const double x = area.left() + swatch + mm(2);
        const QFontMetricsF nameMetrics(nameFont, painter.device());
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.setFont(nameFont);
        painter.drawText(QPointF(x, y + nameMetrics.ascent()),
                         nameMetrics.elidedText(t->name, Qt::ElideRight, area.right() - x));
        painter.setFont(detailFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString rep = m_source.repName(t).isEmpty() ? tr("no rep") : m_source.repName(t);
        QString detail =
            m ? tr("%1 · %2 accounts").arg(rep, NumberFormat::number(double(m->accounts), 0, m_options.locale)) : rep;
        // In or out of the tolerance, by symbol as on the screen's labels (not by colour alone);
        // first, so a long rep name is what gets cut.
        if (m && !std::isnan(m->deviationPct))
            detail = QStringLiteral("%1%2 % %3 · ")
                         .arg(m->deviationPct >= 0.05 ? QStringLiteral("+") : QString(),
                              NumberFormat::number(m->deviationPct, 1, m_options.locale),
                              m->deviationPct > m_options.tolerancePct    ? QStringLiteral("▲")
                              : m->deviationPct < -m_options.tolerancePct ? QStringLiteral("▼")
                                                                          : QStringLiteral("✓"))
                     + detail;
        const QFontMetricsF detailMetrics(detailFont, painter.device());
        painter.drawText(QPointF(x, y + nameMetrics.height() + detailMetrics.ascent()),
                         detailMetrics.elidedText(detail, Qt::ElideRight, area.right() - x));
        y += rowHeight;
    }
    // What the marks mean, under the list.
    painter.setFont(font(7.5 * scale));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QString tolerance = NumberFormat::number(m_options.tolerancePct, 0, m_options.locale);
    painter.drawText(
        QRectF(area.left(), y + mm(1), area.width(), area.bottom() - y),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        tr("Deviation from the balance target: ▲ over +%1 %, ▼ under −%1 %, ✓ within ±%1 %").arg(tolerance));
    painter.restore();
}

void PdfReportWriter::paintMapPage(QPainter& painter, ReportMap& map) {
    const Scenario* scenario = m_source.scenario();
    painter.setFont(font(18, true));
    painter.setPen(QColor(0x1A, 0x1A, 0x1A));
    painter.drawText(QRectF(0, 0, m_width, mm(9)), Qt::AlignLeft | Qt::AlignVCenter, title());
    painter.setFont(font(9.5));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    MetricsTable table(m_source.project(), m_source.engine());
    table.setLocale(m_options.locale);
    const QString subtitle = scenario ? QStringLiteral("%1 (%2) · %3")
                                            .arg(scenario->name, Scenario::statusName(scenario->status),
                                                 table.balanceSummary(m_options.tolerancePct))
                                      : table.balanceSummary(m_options.tolerancePct);
    painter.drawText(QRectF(0, mm(9), m_width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    const double legendWidth = mm(62);
    // What the units are, under the map (the bundled ZIP areas are approximate: the report says so).
    const QString note = io::UnitImporter::provenance(m_source.project().unitLayer);
    const double noteHeight = note.isEmpty() ? 0.0 : mm(8);
    const QRectF frame(0, mm(17), m_width - legendWidth - mm(5), m_height - mm(17) - mm(7) - noteHeight);
    map.paint(painter, frame, map.mainExtent());
    m_mapFrameMm = QRectF(m_pageOriginMm + frame.topLeft() / m_unitsPerMm, frame.size() / m_unitsPerMm);
    m_mapView = ReportMap::viewFor(m_mapFrameMm.size(), map.mainExtent());
    if (!note.isEmpty()) {
        painter.save();
        painter.setFont(font(7.5));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(QRectF(0, frame.bottom() + mm(1), frame.width(), mm(7)),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
        painter.restore();
    }
    // Far-away outliers that belong to a territory (Alaska, Hawaii, Puerto Rico) in insets along
    // the bottom left, above the scale bar.
    double x = frame.left() + mm(3);
    const double insetHeight = frame.height() * 0.2, bottom = frame.bottom() - mm(12);
    for (const QRectF& extent : map.insetExtents()) {
        const double width = std::clamp(insetHeight * extent.width() / std::max(1.0, extent.height()),
                                        insetHeight * 0.6, insetHeight * 1.6);
        if (x + width > frame.right() - mm(3)) break;
        map.paintInset(painter, QRectF(x, bottom - insetHeight, width, insetHeight), extent);
        x += width + mm(3);
    }
    paintLegend(painter, QRectF(frame.right() + mm(5), frame.top(), legendWidth, frame.height()));
}

void PdfReportWriter::paintThemePage(QPainter& painter, ReportMap& map, const ThematicMap& theme) {
    painter.setFont(font(18, true));
    painter.setPen(QColor(0x1A, 0x1A, 0x1A));
    painter.drawText(QRectF(0, 0, m_width, mm(9)), Qt::AlignLeft | Qt::AlignVCenter, theme.title());
    painter.setFont(font(9.5));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const Scenario* scenario = m_source.scenario();
    painter.drawText(QRectF(0, mm(9), m_width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                     scenario ? QStringLiteral("%1 · %2").arg(scenario->name, theme.subtitle()) : theme.subtitle());
    const double legendWidth = mm(62);
    const QRectF frame(0, mm(17), m_width - legendWidth - mm(5), m_height - mm(17) - mm(7));
    auto classes = std::make_shared<render::ThemeLayer::Classes>();
    classes->unitClass.assign(m_source.project().units.size(), -1);
    for (std::size_t u = 0; u < classes->unitClass.size() && u < theme.unitColour().size(); ++u)
        if (const int c = theme.unitColour()[u]; c >= 0 && std::size_t(c) < theme.colours().size())
            classes->unitClass[u] = c;
    for (const QRgb c : theme.colours()) classes->colours.push_back(QColor::fromRgb(c));
    classes->noData = QColor::fromRgb(ColorRamp::noDataColour);
    map.paintThematic(painter, frame, map.mainExtent(), std::move(classes));

    // The legend: class colours, bounds and units per class, then "No data".
    const QRectF area(frame.right() + mm(5), frame.top(), legendWidth, frame.height());
    painter.save();
    painter.setFont(font(10, true));
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Legend"));
    painter.setFont(font(7.5));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(QRectF(area.left(), area.top() + mm(6), area.width(), mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Units per class"));
    double y = area.top() + mm(13);
    const QFont rowFont = font(8.5);
    const QFontMetricsF metrics(rowFont, painter.device());
    for (const ThematicMap::LegendRow& row : theme.legend()) {
        const double swatch = mm(5);
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0));
        painter.setBrush(QColor::fromRgb(row.colour));
        painter.drawRect(QRectF(area.left(), y, swatch, swatch));
        painter.setFont(rowFont);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        const QRectF text(area.left() + swatch + mm(2), y - mm(0.5), area.width() - swatch - mm(2), swatch + mm(1));
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, row.label);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                         NumberFormat::grouped(m_options.locale).toString(row.count));
        y += std::max(mm(7), metrics.height() * 1.3);
    }
    painter.restore();
}

ReportTable PdfReportWriter::summaryTable() const {
    MetricsTable metrics(m_source.project(), m_source.engine());
    metrics.setLocale(m_options.locale);
    ReportTable table;
    for (int c = 0; c < MetricsTable::ColumnCount; ++c)
        table.addColumn(MetricsTable::header(c), c <= MetricsTable::Rep ? 2.0 : 1.25,
                        MetricsTable::isNumeric(c) ? Qt::AlignRight : Qt::AlignLeft);
    for (int r = 0; r < metrics.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < MetricsTable::ColumnCount; ++c) cells << metrics.text(r, c);
        table.addRow(cells);
    }
    QStringList totals;
    for (int c = 0; c < MetricsTable::ColumnCount; ++c) totals << metrics.totalText(c);
    table.addRow(totals, true);
    return table;
}

void PdfReportWriter::paintSummary(QPagedPaintDevice& pdf, QPainter& painter) {
    MetricsTable metrics(m_source.project(), m_source.engine());
    metrics.setLocale(m_options.locale);
    const ReportTable table = summaryTable();
    int row = 0;
    do {
        newPage(pdf, painter);
        painter.setFont(font(14, true));
        painter.setPen(QColor(0x1A, 0x1A, 0x1A));
        painter.drawText(QRectF(0, 0, m_width, mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
                         row == 0 ? tr("Territory summary") : tr("Territory summary (continued)"));
        double bottom = 0;
        row = table.paint(painter, QRectF(0, mm(11), m_width, m_height - mm(11) - mm(14)), row, font(8.5), &bottom);
        if (row >= table.rowCount()) {
            painter.setFont(font(9));
            painter.setPen(QColor(0x33, 0x33, 0x33));
            painter.drawText(QRectF(0, bottom + mm(3), m_width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.balanceSummary(m_options.tolerancePct));
        }
    } while (row < table.rowCount());
}

void PdfReportWriter::paintTerritory(QPagedPaintDevice& pdf, QPainter& painter, ReportMap& map, qint64 territoryId) {
    const Project& project = m_source.project();
    const Territory* t = project.territory(territoryId);
    const Scenario* scenario = m_source.scenario();
    if (!t || !scenario) return;
    std::vector<int> accounts;
    for (std::size_t i = 0; i < project.accounts.size(); ++i)
        if (project.territoryOfAccount(*scenario, project.accounts[i]) == territoryId) accounts.push_back(int(i));
    std::sort(accounts.begin(), accounts.end(), [&](int a, int b) {
        return QString::localeAwareCompare(project.accounts[std::size_t(a)].name, project.accounts[std::size_t(b)].name)
               < 0;
    });
    ReportTable table;
    table.addColumn(tr("Account"), 3.0);
    table.addColumn(tr("External id"), 1.4);
    table.addColumn(tr("Postal code"), 1.0);
    table.addColumn(tr("Segment"), 1.2);
    table.addColumn(tr("Potential"), 1.2, Qt::AlignRight);
    table.addColumn(tr("Revenue"), 1.2, Qt::AlignRight);
    table.addColumn(tr("Pipeline"), 1.2, Qt::AlignRight);
    table.addColumn(tr("Workload h"), 1.0, Qt::AlignRight);
    for (int i : accounts) {
        const Account& a = project.accounts[std::size_t(i)];
        table.addRow({a.name, a.externalId, a.postalCode, a.segment, money(a.revenuePotential, m_options.locale),
                      money(a.revenue, m_options.locale), money(a.pipeline, m_options.locale),
                      NumberFormat::number(a.workloadHours, 1, m_options.locale)});
    }

    const TerritoryMetrics* m = m_source.engine().metricsOf(territoryId);
    const QString rep = m_source.repName(t).isEmpty() ? tr("no rep") : m_source.repName(t);
    MetricsTable metrics(project, m_source.engine());
    metrics.setLocale(m_options.locale);
    int metricsRow = -1;
    for (int r = 0; r < metrics.rowCount(); ++r)
        if (metrics.territoryId(r) == territoryId) metricsRow = r;
    QString figures;
    if (m && metricsRow >= 0)
        figures =
            tr("%1 accounts · potential %2 · revenue %3 · pipeline %4 · workload %5 h · capacity %6 % · deviation %7 % "
               "· %8 piece(s)")
                .arg(metrics.text(metricsRow, MetricsTable::Accounts),
                     metrics.text(metricsRow, MetricsTable::RevenuePotential),
                     metrics.text(metricsRow, MetricsTable::Revenue), metrics.text(metricsRow, MetricsTable::Pipeline),
                     metrics.text(metricsRow, MetricsTable::WorkloadHours),
                     metrics.text(metricsRow, MetricsTable::CapacityPct),
                     metrics.text(metricsRow, MetricsTable::DeviationPct),
                     metrics.text(metricsRow, MetricsTable::Pieces));

    int row = 0;
    bool first = true;
    do {
        newPage(pdf, painter);
        painter.setFont(font(14, true));
        painter.setPen(QColor(0x1A, 0x1A, 0x1A));
        const QString heading = QStringLiteral("%1 — %2").arg(t->name, rep);
        painter.drawText(QRectF(0, 0, m_width, mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
                         first ? heading : tr("%1 (continued)").arg(heading));
        double top = mm(10);
        if (first) {
            painter.setFont(font(8.5));
            painter.setPen(QColor(0x44, 0x44, 0x44));
            const QString region = m_source.regionName(t);
            painter.drawText(QRectF(0, top, m_width, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
                             region.isEmpty() ? figures : tr("Region %1 · %2").arg(region, figures));
            top += mm(7);
            const QRectF frame(0, top, m_width, (m_height - top) * 0.5);
            QRectF extent = map.extentOf(territoryId);
            if (extent.isEmpty())
                extent = map.extent();
            else
                extent = extent.adjusted(-extent.width() * 0.15, -extent.height() * 0.15, extent.width() * 0.15,
                                         extent.height() * 0.15);
            map.paint(painter, frame, extent, territoryId, accounts);
            top = frame.bottom() + mm(5);
        }
        if (table.rowCount() == 0) {
            painter.setFont(font(9));
            painter.drawText(QRectF(0, top, m_width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter, tr("No accounts."));
            break;
        }
        row = table.paint(painter, QRectF(0, top, m_width, m_height - top - mm(7)), row, font(7.5));
        first = false;
    } while (row < table.rowCount());
}

bool PdfReportWriter::canPaint(QString* error) const {
    if (!m_source.scenario()) {
        if (error) *error = tr("The project has no scenario to report on.");
        return false;
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error) *error = tr("A PDF report needs the graphical application object (fonts).");
        return false;
    }
    return true;
}

bool PdfReportWriter::write(const QString& path, QString* error) {
    m_page = 0;
    if (!canPaint(error)) return false;
    OutputFile out(path, m_source.guard());
    if (!out.open(error)) return false;
    // QPdfWriter does not report failed writes, so the document is made in memory (a few MB) and
    // written with every write checked.
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(resolution);
        pdf.setPageLayout(QPageLayout(QPageSize(m_options.pageSize), QPageLayout::Landscape, QMarginsF(12, 10, 12, 10),
                                      QPageLayout::Millimeter));
        pdf.setTitle(title());
        pdf.setCreator(QStringLiteral("Territory Planner"));
        if (!paint(pdf, resolution, error)) {
            if (error && error->isEmpty()) *error = out.failure(tr("the report could not be drawn"));
            return false;
        }
    }
    return out.write(file.data(), error) && out.commit(error);
}

bool PdfReportWriter::paint(QPagedPaintDevice& device, int dotsPerInch, QString* error) {
    m_page = 0;
    if (!canPaint(error)) return false;
    const Scenario& scenario = *m_source.scenario();
    std::shared_ptr<const render::BaseMap> baseMap = m_options.baseMap;
    if (!baseMap && !m_options.baseMapPath.isEmpty()) {
        BaseMapLoadResult loaded = BaseMapLoader::load(m_options.baseMapPath);
        if (loaded.ok) baseMap = std::make_shared<const render::BaseMap>(std::move(loaded.map));
    }
    ReportMap map(m_source.project(), scenario,
                  render::TerritoryLabeller::labels(m_source.project(), m_source.engine(), m_options.tolerancePct),
                  attribution(), std::move(baseMap));
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error) *error = tr("Cannot paint the report on this device.");
        return false;
    }
    m_unitsPerMm = dotsPerInch / 25.4;
    m_pageOriginMm = device.pageLayout().paintRect(QPageLayout::Millimeter).topLeft();
    m_width = device.width();
    m_height = device.height();
    m_page = 1;
    paintFooter(painter);
    paintMapPage(painter, map);
    if (m_options.theme) {
        newPage(device, painter);
        paintThemePage(painter, map, *m_options.theme);
    }
    paintSummary(device, painter);
    if (m_options.territoryPages) {
        const TaskProgress& progress = m_source.guard().progress();
        const auto territories = m_source.leafTerritories();
        for (std::size_t i = 0; i < territories.size(); ++i) {
            if (progress.cancelled()) {
                painter.end();
                if (error) *error = tr("The report was cancelled.");
                return false;
            }
            progress.advance(double(i) / double(territories.size()));
            paintTerritory(device, painter, map, territories[i]->id);
        }
    }
    painter.end();
    return true;
}

} // namespace tp::io
