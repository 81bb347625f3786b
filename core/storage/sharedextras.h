#pragma once
// SharedExtras: one AccountExtras block per distinct extras text, for the project reader. Extra
// columns are mostly categorical (owner, stage, region, a seat count): a million accounts' JSON
// texts hold far fewer distinct ones. Each distinct text is parsed once and its block shared by
// every account with that text; column names (one SharedText each) and text values are
// interned, so the blocks of different texts share their strings too. The texts are kept for the
// lookup while the accounts are read (at most the size of the column, for a column unique to each
// account). Value type; one thread (the reader's decoder).
#include "textpool.h"

#include "model/accountextras.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <string_view>
#include <vector>

namespace tp::storage {

class SharedExtras {
public:
    AccountExtras get(QByteArrayView json) {
        const std::string_view text(json.data(), std::size_t(json.size()));
        if (const AccountExtras* known = m_pool.find(text)) return *known;
        // As QVariantMap came from the file before (QJsonObject::toVariantMap: the same values).
        const QVariantMap map =
            QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size())).object().toVariantMap();
        std::vector<AccountExtras::Entry> entries;
        entries.reserve(std::size_t(map.size()));
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            entries.push_back({key(it.key()), it.value().typeId() == QMetaType::QString
                                                  ? QVariant(intern(it.value().toString()))
                                                  : *it});
        return m_pool.insert(text, AccountExtras(std::move(entries)));
    }

private:
    SharedText key(const QString& name) {
        if (auto it = m_keys.constFind(name); it != m_keys.constEnd()) return *it;
        return *m_keys.insert(name, SharedText(name));
    }
    QString intern(const QString& s) {
        if (auto it = m_strings.constFind(s); it != m_strings.constEnd()) return *it;
        m_strings.insert(s);
        return s;
    }

    TextPool<AccountExtras> m_pool;
    QHash<QString, SharedText> m_keys; // column names
    QSet<QString> m_strings;           // text values
};

} // namespace tp::storage
