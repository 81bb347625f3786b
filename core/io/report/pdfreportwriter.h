#pragma once
// PdfReportWriter: the plan as a PDF for people (QPdfWriter + QPainter, landscape): a map page
// (title, the territory map with labels, scale bar and attribution, a legend with each
// territory's colour, rep and accounts), the territory summary table with totals and the balance
// line, optionally a thematic page (units coloured by a classified figure, with its legend) after
// the map page, and optionally one page per territory (its map in context, its key figures and its
// account list, continued on further pages when long). Writes through OutputFile (never the
// project file; a temporary file whose every write is checked, renamed when complete), so a
// failed report leaves any old file untouched. Needs a QGuiApplication (fonts). Holds a reference to
// the source; thread of the engine.

#include "render/mapviewport.h"

#include "model/numberformat.h"
#include "model/thematicmap.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace tp::render {
struct BaseMap;
}

namespace tp::io {

class ExportSource;
class ReportMap;
class ReportTable;

struct ReportOptions {
    QString title;       // empty: "<project title> — <scenario name>"
    QString attribution; // empty: a default for the project's unit layer
    bool territoryPages = false;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    // A thematic page after the map page: the units coloured by the map's classes, territory
    // borders on top, and its legend (built by the caller, which owns the engine).
    std::optional<ThematicMap> theme;
    // The numbers of the report's texts and tables (the GUI passes the UI language's, QLocale()).
    QLocale locale = NumberFormat::cGrouped();
    // The balance band the legend and the map's labels mark territories against (▲ over, ▼ under, ✓ within).
    double tolerancePct = 10.0;
    // The base map under the territories: given (the app's), else read from baseMapPath (the
    // bundled base map, DataPaths::basemapPath()) when set; none: the map's water colour.
    std::shared_ptr<const render::BaseMap> baseMap;
    QString baseMapPath;
};

class PdfReportWriter {
    Q_DECLARE_TR_FUNCTIONS(tp::io::PdfReportWriter)

public:
    PdfReportWriter(const ExportSource& source, ReportOptions options);

    bool write(const QString& path, QString* error);
    // The same pages on another paged device (a QPrinter from the print dialog), which the
    // caller has set up (page size, orientation); dotsPerInch is the device's resolution.
    bool paint(QPagedPaintDevice& device, int dotsPerInch, QString* error);
    int pageCount() const { return m_page; } // of the last write
    ReportTable summaryTable() const;        // the territory summary with its totals row
    // Where the first page's map went in the last write (millimetres from the page's corner) and
    // the view it shows (ReportMap::viewFor): tests compare it with the canvas's picture.
    QRectF mapFrameMm() const { return m_mapFrameMm; }
    render::MapViewport mapView() const { return m_mapView; }

private:
    QString title() const;
    QString attribution() const;
    bool canPaint(QString* error) const;
    void newPage(QPagedPaintDevice& pdf, QPainter& painter);
    void paintFooter(QPainter& painter);
    void paintMapPage(QPainter& painter, ReportMap& map);
    void paintLegend(QPainter& painter, const QRectF& area);
    void paintThemePage(QPainter& painter, ReportMap& map, const ThematicMap& theme);
    void paintSummary(QPagedPaintDevice& pdf, QPainter& painter);
    void paintTerritory(QPagedPaintDevice& pdf, QPainter& painter, ReportMap& map, qint64 territoryId);
    QFont font(double points, bool bold = false) const;
    double mm(double millimetres) const { return millimetres * m_unitsPerMm; }

    const ExportSource& m_source;
    ReportOptions m_options;
    double m_unitsPerMm = 1.0;
    double m_width = 0, m_height = 0; // paintable area, device units
    int m_page = 0;
    QPointF m_pageOriginMm;
    QRectF m_mapFrameMm;
    render::MapViewport m_mapView;
};

} // namespace tp::io
