#include "io/import/xlsxcellcheck.h"

#include <QXmlStreamReader>

#include <cpl_vsi.h>

#include <functional>

namespace tp::io {
namespace {

// Feeds the XML part `entry` of the package to `onToken`, 1 MB at a time; false if it cannot be read.
bool streamPart(const QString& package, const QString& entry, const std::function<void(QXmlStreamReader&)>& onToken) {
    const QByteArray name = QStringLiteral("/vsizip/%1/%2").arg(package, entry).toUtf8();
    VSILFILE* file = VSIFOpenL(name.constData(), "rb");
    if (!file) return false;
    QXmlStreamReader xml;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    bool ok = true;
    for (;;) {
        const size_t n = VSIFReadL(chunk.data(), 1, size_t(chunk.size()), file);
        if (n > 0) xml.addData(QByteArray(chunk.constData(), qsizetype(n)));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.hasError()) break;
            onToken(xml);
        }
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && n > 0) continue;
        ok = !xml.hasError() || xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        break;
    }
    VSIFCloseL(file);
    return ok;
}

QString attribute(const QXmlStreamReader& xml, QStringView localName) {
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == localName) return a.value().toString();
    return {};
}

// A relationship target relative to xl/ (or absolute in the package) as a package path.
QString partPath(const QString& target) {
    if (target.startsWith(QLatin1Char('/'))) return target.mid(1);
    return QStringLiteral("xl/") + target;
}

} // namespace

XlsxCellCheck XlsxCellCheck::check(const QString& path, const QString& sheet) {
    XlsxCellCheck result;
    QString relationId;
    streamPart(path, QStringLiteral("xl/workbook.xml"), [&](QXmlStreamReader& xml) {
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet") && attribute(xml, u"name") == sheet)
            relationId = attribute(xml, u"id");
    });
    QString sheetPart, sharedPart = QStringLiteral("xl/sharedStrings.xml");
    streamPart(path, QStringLiteral("xl/_rels/workbook.xml.rels"), [&](QXmlStreamReader& xml) {
        if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship")) return;
        if (attribute(xml, u"Id") == relationId) sheetPart = partPath(attribute(xml, u"Target"));
        if (attribute(xml, u"Type").endsWith(QLatin1String("/sharedStrings")))
            sharedPart = partPath(attribute(xml, u"Target"));
    });
    if (relationId.isEmpty() || sheetPart.isEmpty()) return result;

    qint64 sharedCount = 0;
    streamPart(path, sharedPart, [&](QXmlStreamReader& xml) {
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) ++sharedCount;
    });

    int row = 0;
    bool sharedCell = false, inValue = false;
    QString cell, value;
    streamPart(path, sheetPart, [&](QXmlStreamReader& xml) {
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("row")) {
                bool ok = false;
                const int r = attribute(xml, u"r").toInt(&ok);
                row = ok ? r : row + 1;
            } else if (xml.name() == QLatin1String("c")) {
                sharedCell = attribute(xml, u"t") == QLatin1String("s");
                cell = attribute(xml, u"r");
            } else if (xml.name() == QLatin1String("v") && sharedCell) {
                inValue = true;
                value.clear();
            }
        } else if (xml.isCharacters() && inValue) {
            value += xml.text();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("v") && inValue) {
            inValue = false;
            bool ok = false;
            const qint64 index = value.trimmed().toLongLong(&ok);
            if ((!ok || index < 0 || index >= sharedCount) && !result.m_rows.contains(row))
                result.m_rows.insert(
                    row, QStringLiteral("cell %1 refers to shared text number %2, which the file does not "
                                        "have (it has %3): the file is damaged")
                             .arg(cell.isEmpty() ? QStringLiteral("in row %1").arg(row) : cell, value.trimmed())
                             .arg(sharedCount));
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            sharedCell = false;
        }
    });
    return result;
}

} // namespace tp::io
