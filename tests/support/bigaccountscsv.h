#pragma once
// A large account CSV for the import tests: `count` accounts BIG-0 … spread over a grid in the
// contiguous US (30–45° N, 120–80° W), a potential and a tier A/B/C each; written in 1 MB
// chunks. Header-only.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace tp::testsupport {

inline bool writeBigAccountsCsv(const QString& path, int count) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    QByteArray chunk = "Account ID,Account Name,Latitude,Longitude,Potential,Tier\n";
    for (int i = 0; i < count; ++i) {
        chunk += "BIG-" + QByteArray::number(i) + ",Account " + QByteArray::number(i) + ','
                 + QByteArray::number(30.0 + (i % 1500) * 0.01, 'f', 4) + ','
                 + QByteArray::number(-120.0 + (i % 4000) * 0.01, 'f', 4) + ',' + QByteArray::number(1000 + i % 5000)
                 + ',' + "ABC"[i % 3] + '\n';
        if (chunk.size() > (1 << 20)) {
            if (f.write(chunk) != chunk.size()) return false;
            chunk.clear();
        }
    }
    return f.write(chunk) == chunk.size();
}

} // namespace tp::testsupport
