#include "stringpacker.h"

#include <algorithm>

namespace tp::storage {

QString StringPacker::make(QByteArrayView utf8) {
    if (utf8.isEmpty()) return {};
    // UTF-16 takes at most as many code units as the UTF-8 has bytes (the decoder's bound).
    const qsizetype most = m_decoder.requiredSpace(utf8.size()) + 1; // and the terminator
    if (most > blockChars / 8) return QString::fromUtf8(utf8);
    if (!m_block.d_ptr() || m_block.constAllocatedCapacity() - m_used < most) {
        auto [header, data] = QTypedArrayData<char16_t>::allocate(blockChars);
        if (!header) return QString::fromUtf8(utf8);
        m_block = QString::DataPointer(header, data, 0);
        m_used = 0;
    }
    char16_t* begin = m_block.data() + m_used;
    char16_t* end = begin;
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; })) {
        for (char c : utf8) *end++ = char16_t(uchar(c)); // ASCII, most CRM ids and names
    } else {
        end = reinterpret_cast<char16_t*>(m_decoder.appendToBuffer(reinterpret_cast<QChar*>(begin), utf8));
    }
    *end = u'\0'; // QString's data is terminated
    const qsizetype size = end - begin;
    m_used += size + 1;
    m_block.d_ptr()->ref(); // the new string's reference to the block
    return QString(QString::DataPointer(m_block.d_ptr(), begin, size));
}

} // namespace tp::storage
