#pragma once
// SharedText: an immutable QString held through one pointer, 8 bytes where a QString takes 24, for
// the account fields that repeat a few values over many rows (postal code, industry, segment,
// tier). Copies share one node; whoever makes many of them from one value (the project reader,
// the importers: TextInterner) shares a node per value, so a million accounts in six industries
// hold six. It reads as a const QString& (implicitly, so most code passes it where a QString is
// expected; str() or -> where a QString member is called), and a write assigns a whole new value.
// Null stays apart from empty, as in QString. Value type; any thread (the count is atomic, as
// QString's).

#include <QSharedData>
#include <QString>

namespace tp {

class SharedText {
public:
    SharedText() = default;
    SharedText(const QString& text) : d(text.isNull() ? nullptr : new Node(text)) {} // NOLINT: reads as a QString
    SharedText(const char* utf8) : SharedText(QString::fromUtf8(utf8)) {}            // NOLINT: as QString's

    const QString& str() const { return d ? d->text : null(); }
    operator const QString&() const { return str(); } // NOLINT: reads as a QString
    const QString* operator->() const { return &str(); }

    bool isNull() const { return !d; }
    bool isEmpty() const { return !d || d->text.isEmpty(); }
    qsizetype size() const { return d ? d->text.size() : 0; }
    // Whether both hold the very same node (copies of each other).
    bool isSharedWith(const SharedText& other) const { return d == other.d; }

    friend bool operator==(const SharedText& a, const SharedText& b) { return a.d == b.d || a.str() == b.str(); }
    friend bool operator==(const SharedText& a, const QString& b) { return a.str() == b; }
    friend bool operator==(const SharedText& a, QStringView b) { return a.str() == b; }
    friend bool operator==(const SharedText& a, const char* b) { return a.str() == b; } // UTF-8, as QString
    friend bool operator<(const SharedText& a, const SharedText& b) { return a.str() < b.str(); }

private:
    struct Node : QSharedData {
        explicit Node(const QString& t) : text(t) {}
        const QString text;
    };
    static const QString& null() {
        static const QString none;
        return none;
    }

    QExplicitlySharedDataPointer<Node> d;
};

inline size_t qHash(const SharedText& text, size_t seed = 0) {
    return qHash(text.str(), seed);
}

} // namespace tp
