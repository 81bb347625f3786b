// ColorRamp tables: ColorBrewer 2.0 by Cynthia A. Brewer, Mark Harrower and The Pennsylvania
// State University (colorbrewer2.org; Apache License 2.0, see its LICENSE: "Copyright (c) 2002
// Cynthia Brewer, Mark Harrower, and The Pennsylvania State University"), as published in the
// colorbrewer2.org scheme tables (also the npm package `colorbrewer` 1.7.0). Every scheme here is
// marked colour-blind safe there.
#include "colorramp.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace tp {

namespace {

// Per scheme, one row per class count 3..9 (first `count` entries used).
using Table = std::array<std::array<quint32, 9>, 7>;
constexpr std::array<Table, 5> tables = {{
    {{
        {0xedf8b1, 0x7fcdbb, 0x2c7fb8},                                                             // YlGnBu 3
        {0xffffcc, 0xa1dab4, 0x41b6c4, 0x225ea8},                                                   // YlGnBu 4
        {0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494},                                         // YlGnBu 5
        {0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x2c7fb8, 0x253494},                               // YlGnBu 6
        {0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84},                     // YlGnBu 7
        {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84},           // YlGnBu 8
        {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494, 0x081d58}, // YlGnBu 9
    }},
    {{
        {0xfee6ce, 0xfdae6b, 0xe6550d},                                                             // Oranges 3
        {0xfeedde, 0xfdbe85, 0xfd8d3c, 0xd94701},                                                   // Oranges 4
        {0xfeedde, 0xfdbe85, 0xfd8d3c, 0xe6550d, 0xa63603},                                         // Oranges 5
        {0xfeedde, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xe6550d, 0xa63603},                               // Oranges 6
        {0xfeedde, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0x8c2d04},                     // Oranges 7
        {0xfff5eb, 0xfee6ce, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0x8c2d04},           // Oranges 8
        {0xfff5eb, 0xfee6ce, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0xa63603, 0x7f2704}, // Oranges 9
    }},
    {{
        {0xefedf5, 0xbcbddc, 0x756bb1},                                                             // Purples 3
        {0xf2f0f7, 0xcbc9e2, 0x9e9ac8, 0x6a51a3},                                                   // Purples 4
        {0xf2f0f7, 0xcbc9e2, 0x9e9ac8, 0x756bb1, 0x54278f},                                         // Purples 5
        {0xf2f0f7, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x756bb1, 0x54278f},                               // Purples 6
        {0xf2f0f7, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x4a1486},                     // Purples 7
        {0xfcfbfd, 0xefedf5, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x4a1486},           // Purples 8
        {0xfcfbfd, 0xefedf5, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x54278f, 0x3f007d}, // Purples 9
    }},
    {{
        {0xef8a62, 0xf7f7f7, 0x67a9cf},                                                             // RdBu 3
        {0xca0020, 0xf4a582, 0x92c5de, 0x0571b0},                                                   // RdBu 4
        {0xca0020, 0xf4a582, 0xf7f7f7, 0x92c5de, 0x0571b0},                                         // RdBu 5
        {0xb2182b, 0xef8a62, 0xfddbc7, 0xd1e5f0, 0x67a9cf, 0x2166ac},                               // RdBu 6
        {0xb2182b, 0xef8a62, 0xfddbc7, 0xf7f7f7, 0xd1e5f0, 0x67a9cf, 0x2166ac},                     // RdBu 7
        {0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac},           // RdBu 8
        {0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xf7f7f7, 0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac}, // RdBu 9
    }},
    {{
        {0xf1a340, 0xf7f7f7, 0x998ec3},                                                             // PuOr 3
        {0xe66101, 0xfdb863, 0xb2abd2, 0x5e3c99},                                                   // PuOr 4
        {0xe66101, 0xfdb863, 0xf7f7f7, 0xb2abd2, 0x5e3c99},                                         // PuOr 5
        {0xb35806, 0xf1a340, 0xfee0b6, 0xd8daeb, 0x998ec3, 0x542788},                               // PuOr 6
        {0xb35806, 0xf1a340, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0x998ec3, 0x542788},                     // PuOr 7
        {0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788},           // PuOr 8
        {0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788}, // PuOr 9
    }},
}};

} // namespace

QList<ColorRamp::Id> ColorRamp::all() {
    return {Id::YlGnBu, Id::Oranges, Id::Purples, Id::RdBu, Id::PuOr};
}

std::vector<quint32> ColorRamp::colours(Id id, int classes) {
    const Table& table = tables[std::size_t(id)];
    if (classes <= 0) return {};
    if (classes < minClasses) {
        const auto& three = table[0];
        if (classes == 1) return {three[1]};
        return {three[0], three[2]};
    }
    const int k = std::min(classes, maxClasses);
    const auto& row = table[std::size_t(k - minClasses)];
    return std::vector<quint32>(row.begin(), row.begin() + k);
}

QString ColorRamp::key(Id id) {
    switch (id) {
        case Id::YlGnBu:
            return QStringLiteral("YlGnBu");
        case Id::Oranges:
            return QStringLiteral("Oranges");
        case Id::Purples:
            return QStringLiteral("Purples");
        case Id::RdBu:
            return QStringLiteral("RdBu");
        case Id::PuOr:
            return QStringLiteral("PuOr");
    }
    return {};
}

bool ColorRamp::fromKey(const QString& key, Id* id) {
    for (Id candidate : all())
        if (ColorRamp::key(candidate).compare(key.trimmed(), Qt::CaseInsensitive) == 0) {
            *id = candidate;
            return true;
        }
    return false;
}

QString ColorRamp::name(Id id) {
    switch (id) {
        case Id::YlGnBu:
            return QCoreApplication::translate("ColorRamp", "Yellow–blue");
        case Id::Oranges:
            return QCoreApplication::translate("ColorRamp", "Oranges");
        case Id::Purples:
            return QCoreApplication::translate("ColorRamp", "Purples");
        case Id::RdBu:
            return QCoreApplication::translate("ColorRamp", "Red–blue ±");
        case Id::PuOr:
            return QCoreApplication::translate("ColorRamp", "Orange–purple ±");
    }
    return {};
}

} // namespace tp
