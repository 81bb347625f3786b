#include "io/export/gislayerwriter.h"

#include "io/gdal/gdaldataset.h"
#include "io/gdal/gdalsession.h"
#include "io/export/outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>

#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <optional>

#include <algorithm>

namespace tp::io {
namespace {

std::unique_ptr<OGRLinearRing> toOgr(const geo::Ring& ring) {
    auto out = std::make_unique<OGRLinearRing>();
    out->setNumPoints(int(ring.size()), FALSE);
    for (std::size_t i = 0; i < ring.size(); ++i) out->setPoint(int(i), ring[i].lon, ring[i].lat);
    out->closeRings();
    return out;
}

// A ring with fewer than three distinct corners at 1e-7 degrees (about 1 cm) encloses nothing: a
// spike or sliver left by dissolving, not geography. GeoJSON and KML keep 7 decimals and would
// write it as an invalid ring, so it is left out in every format.
bool sliver(const geo::Ring& ring) {
    std::vector<std::pair<qint64, qint64>> corners;
    corners.reserve(ring.size());
    for (const geo::GeoPoint& p : ring) corners.emplace_back(std::llround(p.lon * 1e7), std::llround(p.lat * 1e7));
    std::sort(corners.begin(), corners.end());
    return std::unique(corners.begin(), corners.end()) - corners.begin() < 3;
}

std::unique_ptr<OGRMultiPolygon> toOgr(const geo::MultiPolygon& shape) {
    auto out = std::make_unique<OGRMultiPolygon>();
    for (const geo::Polygon& p : shape) {
        if (sliver(p.outer())) continue;
        auto polygon = std::make_unique<OGRPolygon>();
        polygon->addRingDirectly(toOgr(p.outer()).release());
        for (const geo::Ring& inner : p.inners())
            if (!sliver(inner)) polygon->addRingDirectly(toOgr(inner).release());
        out->addGeometryDirectly(polygon.release());
    }
    return out;
}

OGRFieldType ogrType(GisLayerWriter::FieldType type) {
    switch (type) {
        case GisLayerWriter::FieldType::Text:
            return OFTString;
        case GisLayerWriter::FieldType::Integer:
            return OFTInteger;
        case GisLayerWriter::FieldType::Integer64:
            return OFTInteger64;
        case GisLayerWriter::FieldType::Real:
            return OFTReal;
    }
    return OFTString;
}

// The features in the file at `path`, read one by one (a cut-short file fails or has fewer);
// -1 when it cannot be read.
qint64 featuresIn(const QString& path, const QString& driver) {
    GdalDataset dataset = GdalDataset::open(path, {driver});
    if (!dataset.isOpen()) return -1;
    qint64 count = 0;
    for (int l = 0; l < dataset->GetLayerCount(); ++l) {
        OGRLayer* layer = dataset->GetLayer(l);
        layer->ResetReading();
        while (OGRFeatureUniquePtr feature{layer->GetNextFeature()}) ++count;
    }
    return CPLGetLastErrorType() == CE_Failure ? -1 : count;
}

} // namespace

struct GisLayerWriter::State {
    GdalSession session; // first: alive while the dataset is
    GisFormat format;
    std::optional<OutputFile> output; // destroyed after the dataset: removes its files unless committed
    std::optional<GdalDataset> dataset;
    OGRLayer* layer = nullptr;
    std::vector<Field> fields;
    std::vector<int> index; // OGR field index per field (drivers may reorder or add fields)
    int nameField = -1;
    int kmlName = -1; // OGR index of KML's "Name" field, -1 when not written
    bool transaction = false;
    bool fills = false; // KML through LIBKML: colour fills
    qint64 written = 0; // features
    explicit State(GisFormat f) : format(f) {}
    ~State() { dataset.reset(); }
};

GisLayerWriter::GisLayerWriter(const QString& path, GisFormat format, const OutputGuard& guard,
                               const QString& layerName, std::vector<Field> fields, int nameField, bool kmlFills,
                               const QString& description)
    : m_state(std::make_unique<State>(format)) {
    State& s = *m_state;
    s.fields = std::move(fields);
    s.nameField = nameField;
    s.output.emplace(path, guard);
    if (format.kind() == GisFormat::Kind::Shapefile)
        s.output->setSideSuffixes({QStringLiteral("shx"), QStringLiteral("dbf"), QStringLiteral("prj"),
                                   QStringLiteral("cpg"), QStringLiteral("qix"), QStringLiteral("sbn"),
                                   QStringLiteral("sbx")});
    if (!s.output->open(&m_error)) return;
    QString driver = format.driver();
    s.fills = format.kind() == GisFormat::Kind::Kml && kmlFills && GetGDALDriverManager()->GetDriverByName("LIBKML");
    if (s.fills) driver = QStringLiteral("LIBKML");
    s.dataset = GdalDataset::create(s.output->tempPath(), driver);
    if (!s.dataset->isOpen()) {
        m_error = s.output->failure(s.session.lastMessage().isEmpty() ? QStringLiteral("GDAL cannot create the file")
                                                                      : s.session.lastMessage());
        return;
    }
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLStringList options;
    for (const QString& o : format.layerOptions()) options.AddString(o.toUtf8().constData());
    if (!description.isEmpty()
        && (format.kind() == GisFormat::Kind::GeoPackage || format.kind() == GisFormat::Kind::GeoJson))
        options.SetNameValue("DESCRIPTION", description.toUtf8().constData());
    s.layer = (*s.dataset)->CreateLayer(layerName.toUtf8().constData(), &wgs84, wkbMultiPolygon, options.List());
    if (!s.layer) {
        m_error = s.output->failure(
            QStringLiteral("cannot create the layer %1 (%2)").arg(layerName, s.session.lastMessage()));
        return;
    }
    if (format.kind() == GisFormat::Kind::Kml && nameField >= 0) {
        OGRFieldDefn name("Name", OFTString);
        if (s.layer->CreateField(&name) == OGRERR_NONE) s.kmlName = s.layer->GetLayerDefn()->GetFieldIndex("Name");
    }
    for (const Field& f : s.fields) {
        const QByteArray name = f.name.toUtf8();
        OGRFieldDefn definition(name.constData(), ogrType(f.type));
        if (s.layer->CreateField(&definition) != OGRERR_NONE) {
            m_error = s.output->failure(
                QStringLiteral("cannot create the field %1 (%2)").arg(f.name, s.session.lastMessage()));
            s.layer = nullptr;
            return;
        }
    }
    for (const Field& f : s.fields)
        s.index.push_back(s.layer->GetLayerDefn()->GetFieldIndex(f.name.toUtf8().constData()));
    s.transaction = (*s.dataset)->StartTransaction() == OGRERR_NONE;
}

GisLayerWriter::~GisLayerWriter() = default;

bool GisLayerWriter::isOpen() const {
    return m_state->layer != nullptr;
}

bool GisLayerWriter::add(const QVariantList& values, const geo::MultiPolygon& shape, const QString& color) {
    State& s = *m_state;
    if (!s.layer) return false;
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(s.layer->GetLayerDefn()));
    for (int i = 0; i < int(s.fields.size()) && i < values.size(); ++i) {
        const QVariant& v = values[i];
        const int index = s.index[std::size_t(i)];
        if (index < 0) continue;
        if (v.isNull() || !v.isValid()
            || (s.fields[std::size_t(i)].type == FieldType::Real && std::isnan(v.toDouble()))) {
            feature->SetFieldNull(index);
            continue;
        }
        switch (s.fields[std::size_t(i)].type) {
            case FieldType::Text:
                feature->SetField(index, v.toString().toUtf8().constData());
                break;
            case FieldType::Integer:
                feature->SetField(index, v.toInt());
                break;
            case FieldType::Integer64:
                feature->SetField(index, GIntBig(v.toLongLong()));
                break;
            case FieldType::Real:
                feature->SetField(index, v.toDouble());
                break;
        }
    }
    if (s.kmlName >= 0 && s.nameField < values.size())
        feature->SetField(s.kmlName, values[s.nameField].toString().toUtf8().constData());
    if (s.format.kind() == GisFormat::Kind::Kml && color.size() == 7)
        feature->SetStyleString((s.fills ? QStringLiteral("PEN(c:#333333,w:1px);BRUSH(fc:%1B0)").arg(color)
                                         : QStringLiteral("PEN(c:%1,w:2px)").arg(color))
                                    .toUtf8()
                                    .constData());
    if (!shape.empty()) feature->SetGeometryDirectly(toOgr(shape).release());
    if (s.layer->CreateFeature(feature.get()) != OGRERR_NONE) {
        m_error = s.output->failure(QStringLiteral("cannot write a feature (%1)").arg(s.session.lastMessage()));
        return false;
    }
    ++s.written;
    return true;
}

bool GisLayerWriter::finish(QString* error) {
    State& s = *m_state;
    bool ok = s.layer != nullptr && m_error.isEmpty();
    if (ok && s.transaction && (*s.dataset)->CommitTransaction() != OGRERR_NONE) {
        m_error = s.output->failure(s.session.lastMessage());
        ok = false;
    }
    s.layer = nullptr;
    CPLErrorReset();
    s.dataset.reset(); // closes: GeoJSON, KML and Shapefile write their last bytes here
    if (ok && CPLGetLastErrorType() == CE_Failure) {
        m_error = s.output->failure(QString::fromUtf8(CPLGetLastErrorMsg()));
        ok = false;
    }
    if (ok) {
        const QString driver = s.fills ? QStringLiteral("LIBKML") : s.format.driver();
        CPLErrorReset();
        if (featuresIn(s.output->tempPath(), driver) != s.written) {
            m_error = s.output->failure(QStringLiteral("the file came out incomplete (is the disk full?)"));
            ok = false;
        }
    }
    if (ok) ok = s.output->commit(&m_error);
    if (!ok) {
        s.output.reset(); // removes the temporary files now
        if (error) *error = m_error;
    }
    return ok;
}

} // namespace tp::io
