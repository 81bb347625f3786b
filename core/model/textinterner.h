#pragma once
// TextInterner: one SharedText per distinct value, for code that sets a repeating account field on
// many accounts (the importers, the demo generator): every account with a value shares its node,
// where a SharedText made from each row's QString would cost a node per row. At most `limit`
// distinct values are kept; past them a value gets a node of its own (a column that does not
// repeat gains nothing from a table). Value type; one thread.

#include "sharedtext.h"

#include <QHash>
#include <QString>

namespace tp {

class TextInterner {
public:
    SharedText get(const QString& text) {
        if (text.isNull()) return {};
        if (const auto it = m_known.constFind(text); it != m_known.constEnd()) return *it;
        SharedText shared(text);
        if (m_known.size() < limit) m_known.insert(text, shared);
        return shared;
    }

private:
    static constexpr qsizetype limit = 100000;
    QHash<QString, SharedText> m_known;
};

} // namespace tp
