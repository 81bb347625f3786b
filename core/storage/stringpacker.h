#pragma once
// StringPacker: makes QStrings from UTF-8 text that share large blocks instead of one allocation
// each. A million accounts' CRM ids and names (unique per account, some 20 characters) cost some
// 64 bytes each as separate QStrings (header, terminator, allocator rounding and overhead); packed
// side by side into 8 KB blocks they cost their characters and terminator. Each string holds a
// reference to its block (QString's own implicit sharing: copies share it, a write detaches), so
// a block is freed with the last string in it; any string kept elsewhere keeps at most one block.
// Long texts get an allocation of their own. Value semantics of the strings are those of any
// QString; the packer is used on one thread, its strings on any.

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace tp::storage {

class StringPacker {
public:
    // The text as QString::fromUtf8 makes it (invalid bytes replaced alike); empty text: a null QString.
    QString make(QByteArrayView utf8);

    static constexpr qsizetype blockChars = 4096;

private:
    QString::DataPointer m_block; // the block being filled (one reference of its own)
    qsizetype m_used = 0;         // characters of it taken
    // As QString::fromUtf8: a leading byte order mark is dropped.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};

} // namespace tp::storage
