#include "io/import/importmappingmemory.h"

#include <QCryptographicHash>
#include <QSettings>

namespace tp::io {
namespace {

QString groupOf(const QStringList& headers) {
    return QStringLiteral("accountImportMappings/") + ImportMappingMemory::signature(headers);
}

} // namespace

QString ImportMappingMemory::signature(const QStringList& headers) {
    QStringList sorted = headers;
    sorted.sort(Qt::CaseSensitive);
    sorted.removeDuplicates();
    return QString::fromLatin1(
        QCryptographicHash::hash(sorted.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

std::optional<ImportMappingMemory::Entry> ImportMappingMemory::recall(const QStringList& headers) const {
    m_settings.beginGroup(groupOf(headers));
    const bool known = m_settings.contains(QStringLiteral("fields"));
    Entry entry;
    bool usable = known;
    if (known) {
        const QStringList fields = m_settings.value(QStringLiteral("fields")).toStringList();
        for (int f = 0; f < accountFieldCount; ++f) {
            const QString column =
                m_settings.value(QStringLiteral("field/") + ColumnMapping::fieldName(AccountField(f))).toString();
            if (!column.isEmpty() && !headers.contains(column)) usable = false;
            if (fields.contains(ColumnMapping::fieldName(AccountField(f))))
                entry.mapping.setColumn(AccountField(f), column);
        }
        entry.ignoredColumns = m_settings.value(QStringLiteral("ignored")).toStringList();
        for (const QString& c : entry.ignoredColumns)
            if (!headers.contains(c)) usable = false;
    }
    m_settings.endGroup();
    if (!usable) return std::nullopt;
    return entry;
}

void ImportMappingMemory::remember(const QStringList& headers, const Entry& entry) {
    m_settings.beginGroup(groupOf(headers));
    m_settings.remove(QString());
    QStringList fields;
    for (int f = 0; f < accountFieldCount; ++f) {
        const QString name = ColumnMapping::fieldName(AccountField(f));
        fields << name;
        m_settings.setValue(QStringLiteral("field/") + name, entry.mapping.column(AccountField(f)));
    }
    m_settings.setValue(QStringLiteral("fields"), fields);
    m_settings.setValue(QStringLiteral("ignored"), entry.ignoredColumns);
    m_settings.setValue(QStringLiteral("columns"), headers); // for people reading the settings file
    m_settings.endGroup();
}

void ImportMappingMemory::forget(const QStringList& headers) {
    m_settings.remove(groupOf(headers));
}

} // namespace tp::io
