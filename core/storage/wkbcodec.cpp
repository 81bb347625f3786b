#include "wkbcodec.h"

#include <QtEndian>

#include <cstring>

namespace tp::storage {

namespace {

enum : quint32 { WkbPoint = 1, WkbLineString = 2, WkbPolygon = 3, WkbMultiLineString = 5, WkbMultiPolygon = 6 };

class Writer {
public:
    explicit Writer(qsizetype reserve) { m_bytes.reserve(reserve); }
    void header(quint32 type) {
        m_bytes.append(char(1)); // little endian
        count(type);
    }
    void count(quint32 n) {
        const quint32 le = qToLittleEndian(n);
        m_bytes.append(reinterpret_cast<const char*>(&le), sizeof le);
    }
    void point(const geo::GeoPoint& p) {
        const double xy[2] = {qToLittleEndian(p.lon), qToLittleEndian(p.lat)};
        m_bytes.append(reinterpret_cast<const char*>(xy), sizeof xy);
    }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

class Reader {
public:
    explicit Reader(QByteArrayView bytes) : m_p(bytes.data()), m_end(bytes.data() + bytes.size()) {}
    bool atEnd() const { return m_p == m_end; }
    bool header(quint32* type) {
        if (m_end - m_p < 5) return false;
        const char order = *m_p++;
        if (order != 0 && order != 1) return false;
        m_bigEndian = order == 0;
        return count(type);
    }
    // A count is believable only if that many elements of at least `minBytes` fit in what is left.
    bool count(quint32* n, qsizetype minBytes = 0) {
        if (m_end - m_p < 4) return false;
        quint32 v;
        std::memcpy(&v, m_p, 4);
        m_p += 4;
        *n = m_bigEndian ? qFromBigEndian(v) : qFromLittleEndian(v);
        return minBytes == 0 || qsizetype(*n) <= (m_end - m_p) / minBytes;
    }
    bool point(geo::GeoPoint* p) {
        if (m_end - m_p < 16) return false;
        double xy[2];
        std::memcpy(xy, m_p, 16);
        m_p += 16;
        p->lon = m_bigEndian ? qFromBigEndian(xy[0]) : qFromLittleEndian(xy[0]);
        p->lat = m_bigEndian ? qFromBigEndian(xy[1]) : qFromLittleEndian(xy[1]);
        return true;
    }
    bool ring(geo::Ring* ring) {
        quint32 n;
        if (!count(&n, 16)) return false;
        ring->resize(n);
        for (geo::GeoPoint& p : *ring)
            if (!point(&p)) return false;
        return true;
    }
    bool polygonBody(geo::Polygon* polygon) {
        quint32 rings;
        if (!count(&rings, 4) || rings == 0) return false;
        if (!ring(&polygon->outer())) return false;
        polygon->inners().resize(rings - 1);
        for (geo::Ring& inner : polygon->inners())
            if (!ring(&inner)) return false;
        return true;
    }

private:
    const char* m_p;
    const char* m_end;
    bool m_bigEndian = false;
};

qsizetype sizeOf(const geo::Ring& ring) {
    return 4 + qsizetype(ring.size()) * 16;
}

} // namespace

QByteArray WkbCodec::encode(const geo::MultiPolygon& shape) {
    qsizetype size = 9;
    for (const geo::Polygon& polygon : shape) {
        size += 9 + sizeOf(polygon.outer());
        for (const geo::Ring& inner : polygon.inners()) size += sizeOf(inner);
    }
    Writer w(size);
    w.header(WkbMultiPolygon);
    w.count(quint32(shape.size()));
    for (const geo::Polygon& polygon : shape) {
        w.header(WkbPolygon);
        w.count(quint32(1 + polygon.inners().size()));
        auto ring = [&w](const geo::Ring& r) {
            w.count(quint32(r.size()));
            for (const geo::GeoPoint& p : r) w.point(p);
        };
        ring(polygon.outer());
        for (const geo::Ring& inner : polygon.inners()) ring(inner);
    }
    return w.take();
}

bool WkbCodec::decode(QByteArrayView wkb, geo::MultiPolygon* out) {
    out->clear();
    Reader r(wkb);
    quint32 type;
    if (!r.header(&type)) return false;
    if (type == WkbPolygon) {
        out->resize(1);
        return r.polygonBody(&out->front()) && r.atEnd();
    }
    quint32 n;
    if (type != WkbMultiPolygon || !r.count(&n, 13)) return false;
    out->resize(n);
    for (geo::Polygon& polygon : *out) {
        if (!r.header(&type) || type != WkbPolygon || !r.polygonBody(&polygon)) return false;
    }
    return r.atEnd();
}

QByteArray WkbCodec::encodeSegments(const std::vector<geo::Segment>& segments) {
    Writer w(9 + qsizetype(segments.size()) * 41);
    w.header(WkbMultiLineString);
    w.count(quint32(segments.size()));
    for (const geo::Segment& s : segments) {
        w.header(WkbLineString);
        w.count(2);
        w.point(s.first);
        w.point(s.second);
    }
    return w.take();
}

bool WkbCodec::decodeSegments(QByteArrayView wkb, std::vector<geo::Segment>* out) {
    out->clear();
    Reader r(wkb);
    quint32 type, n, points;
    if (!r.header(&type) || type != WkbMultiLineString || !r.count(&n, 41)) return false;
    out->resize(n);
    for (geo::Segment& s : *out) {
        if (!r.header(&type) || type != WkbLineString || !r.count(&points) || points != 2) return false;
        if (!r.point(&s.first) || !r.point(&s.second)) return false;
    }
    return r.atEnd();
}

} // namespace tp::storage
