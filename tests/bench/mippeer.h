#pragma once
// MipPeer: the exact peer of the optimiser's benchmark. Writes the build problem of a small
// instance (K territories, every chosen measure within +-tolerance of the mean, every territory one
// connected piece, minimal border length) as a mixed-integer program in LP format and solves it
// with CBC (Debian's coinor-cbc, the `cbc` program; not needed to build or test, the benchmark
// reports "skipped" without it). Contiguity is Shirabe's single-commodity flow per territory: a
// chosen root sends one unit of flow to every other unit of its territory along edges inside it.
// pinned (optional): per territory a unit it must hold (the rep's home, as the optimiser pins
// it when building), which also roots its flow. cacheDir (optional): answers kept by the model's text, for iterating on the optimiser.
// Header-only, for bench_optimize; one thread.

#include "model/project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <vector>

#include <sys/resource.h>

namespace tp::bench {

struct MipPeer {
    struct Outcome {
        bool ran = false;     // cbc found and answered
        bool optimal = false; // proven optimal within the time limit
        double borderKm = 0.0;
        double seconds = 0.0;    // wall clock
        double cpuSeconds = 0.0; // CPU time of the cbc process (the machine may be shared)
        std::vector<int> owner;  // territory 0..K-1 per unit
        QString message;
    };

    static QString program() { return QStandardPaths::findExecutable(QStringLiteral("cbc")); }

    // values[u][m]: unit u's value of measure m; tolerance: a fraction (0.05).
    static Outcome solve(const Project& p, int K, const std::vector<std::vector<double>>& values, double tolerance,
                         int timeLimitS, const std::vector<int>& pinned = {}, const QString& cacheDir = QString()) {
        Outcome out;
        const QString cbc = program();
        if (cbc.isEmpty()) {
            out.message = QStringLiteral("cbc not installed");
            return out;
        }
        QTemporaryDir dir;
        const QString lpPath = dir.filePath(QStringLiteral("peer.lp")),
                      solPath = dir.filePath(QStringLiteral("peer.sol"));
        const int n = int(p.units.size());
        const int M = values.empty() ? 0 : int(values.front().size());
        {
            QFile f(lpPath);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
                out.message = QStringLiteral("cannot write the model");
                return out;
            }
            QTextStream s(&f);
            auto x = [](int u, int k) { return QStringLiteral("x_%1_%2").arg(u).arg(k); };
            s << "Minimize\n obj:";
            for (std::size_t e = 0; e < p.adjacency.size(); ++e)
                s << " + " << QString::number(p.adjacency[e].lengthM / 1000.0, 'f', 6) << " y_" << e;
            s << "\nSubject To\n";
            for (int u = 0; u < n; ++u) {
                s << " one_" << u << ":";
                for (int k = 0; k < K; ++k) s << " + " << x(u, k);
                s << " = 1\n";
            }
            for (int m = 0; m < M; ++m) {
                double total = 0.0;
                for (int u = 0; u < n; ++u) total += values[std::size_t(u)][std::size_t(m)];
                const double mean = total / K;
                for (int k = 0; k < K; ++k) {
                    s << " band_" << m << "_" << k << ":";
                    for (int u = 0; u < n; ++u)
                        s << " + " << QString::number(values[std::size_t(u)][std::size_t(m)], 'f', 6) << " " << x(u, k);
                    s << " >= " << QString::number(mean * (1 - tolerance), 'f', 6) << "\n";
                    s << " bandt_" << m << "_" << k << ":";
                    for (int u = 0; u < n; ++u)
                        s << " + " << QString::number(values[std::size_t(u)][std::size_t(m)], 'f', 6) << " " << x(u, k);
                    s << " <= " << QString::number(mean * (1 + tolerance), 'f', 6) << "\n";
                }
            }
            for (std::size_t e = 0; e < p.adjacency.size(); ++e) {
                const int a = p.adjacency[e].unitA, b = p.adjacency[e].unitB;
                for (int k = 0; k < K; ++k) {
                    s << " cut_" << e << "_" << k << ": y_" << e << " - " << x(a, k) << " + " << x(b, k) << " >= 0\n";
                    s << " cutr_" << e << "_" << k << ": y_" << e << " + " << x(a, k) << " - " << x(b, k) << " >= 0\n";
                }
            }
            // Contiguity: one root per territory; flow on arcs inside the territory only.
            std::vector<std::vector<std::pair<int, QString>>> in(static_cast<std::size_t>(n)),
                outArcs(static_cast<std::size_t>(n));
            for (int k = 0; k < K; ++k) {
                s << " root_" << k << ":";
                for (int u = 0; u < n; ++u) s << " + r_" << u << "_" << k;
                s << " = 1\n";
                for (int u = 0; u < n; ++u)
                    s << " rootin_" << u << "_" << k << ": r_" << u << "_" << k << " - " << x(u, k) << " <= 0\n";
                for (std::size_t e = 0; e < p.adjacency.size(); ++e) {
                    const int a = p.adjacency[e].unitA, b = p.adjacency[e].unitB;
                    for (int dir = 0; dir < 2; ++dir) {
                        const int from = dir ? b : a, to = dir ? a : b;
                        const QString f = QStringLiteral("f_%1_%2_%3").arg(e).arg(dir).arg(k);
                        s << " cf_" << e << "_" << dir << "_" << k << "a: " << f << " - " << (n - 1) << " "
                          << x(from, k) << " <= 0\n";
                        s << " cf_" << e << "_" << dir << "_" << k << "b: " << f << " - " << (n - 1) << " " << x(to, k)
                          << " <= 0\n";
                        outArcs[std::size_t(from)].push_back({k, f});
                        in[std::size_t(to)].push_back({k, f});
                    }
                }
            }
            for (int k = 0; k < K; ++k)
                for (int u = 0; u < n; ++u) {
                    s << " net_" << u << "_" << k << ":";
                    for (const auto& [kk, f] : in[std::size_t(u)])
                        if (kk == k) s << " + " << f;
                    for (const auto& [kk, f] : outArcs[std::size_t(u)])
                        if (kk == k) s << " - " << f;
                    s << " - " << x(u, k) << " + " << n << " r_" << u << "_" << k << " >= 0\n";
                }
            bool anyPin = false;
            for (int k = 0; k < K && k < int(pinned.size()); ++k) {
                const int h = pinned[std::size_t(k)];
                if (h < 0) continue;
                anyPin = true; // the rep's home unit is in its territory and roots it
                s << " pin_" << k << ": " << x(h, k) << " = 1\n";
                s << " pinr_" << k << ": r_" << h << "_" << k << " = 1\n";
            }
            if (!anyPin)
                s << " sym: " << x(0, 0) << " = 1\n"; // territories are interchangeable: unit 0 is in the first
            s << "Bounds\n";
            for (std::size_t e = 0; e < p.adjacency.size(); ++e) s << " 0 <= y_" << e << " <= 1\n";
            s << "Binaries\n";
            for (int u = 0; u < n; ++u)
                for (int k = 0; k < K; ++k) s << " " << x(u, k) << " r_" << u << "_" << k << "\n";
            s << "End\n";
        }
        auto childCpu = [] {
            rusage u{};
            getrusage(RUSAGE_CHILDREN, &u);
            return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
                   + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
        };
        // A cache (for iterating on the optimiser only: the benchmark's table solves afresh) keyed
        // by the model's text.
        QString cached;
        if (!cacheDir.isEmpty()) {
            QFile lp(lpPath);
            if (lp.open(QIODevice::ReadOnly)) {
                QCryptographicHash hash(QCryptographicHash::Sha1);
                hash.addData(&lp);
                hash.addData(QByteArray::number(timeLimitS));
                cached = QDir(cacheDir).filePath(QString::fromLatin1(hash.result().toHex()));
            }
        }
        if (!cached.isEmpty() && QFile::exists(cached + QStringLiteral(".sol"))
            && QFile::exists(cached + QStringLiteral(".time"))) {
            QFile::copy(cached + QStringLiteral(".sol"), solPath);
            QFile times(cached + QStringLiteral(".time"));
            if (times.open(QIODevice::ReadOnly | QIODevice::Text)) {
                const QList<QByteArray> parts = times.readAll().split(' ');
                out.seconds = parts.value(0).toDouble();
                out.cpuSeconds = parts.value(1).toDouble();
            }
        } else {
            const double cpu0 = childCpu();
            QProcess cbcRun;
            QElapsedTimer t;
            t.start();
            cbcRun.start(cbc, {lpPath, QStringLiteral("sec"), QString::number(timeLimitS), QStringLiteral("threads"),
                               QStringLiteral("1"), QStringLiteral("solve"), QStringLiteral("solu"), solPath});
            // cbc stops itself after timeLimitS of CPU time; on a shared machine that can take far
            // longer on the wall clock, so only a hung process (no answer at all) is killed.
            if (!cbcRun.waitForFinished(1000 * (timeLimitS * 30 + 60))) {
                cbcRun.kill();
                cbcRun.waitForFinished();
                out.message = QStringLiteral("cbc did not finish");
                return out;
            }
            out.seconds = double(t.nsecsElapsed()) / 1e9;
            out.cpuSeconds = childCpu() - cpu0;
            if (!cached.isEmpty()) {
                QDir().mkpath(cacheDir);
                QFile::copy(solPath, cached + QStringLiteral(".sol"));
                QFile times(cached + QStringLiteral(".time"));
                if (times.open(QIODevice::WriteOnly | QIODevice::Text))
                    times.write(QByteArray::number(out.seconds) + ' ' + QByteArray::number(out.cpuSeconds));
            }
        }
        QFile sol(solPath);
        if (!sol.open(QIODevice::ReadOnly | QIODevice::Text)) {
            out.message = QStringLiteral("cbc wrote no solution");
            return out;
        }
        const QString first = QString::fromUtf8(sol.readLine()).trimmed();
        out.optimal = first.startsWith(QLatin1String("Optimal"));
        out.owner.assign(std::size_t(n), -1);
        while (!sol.atEnd()) {
            const QStringList parts = QString::fromUtf8(sol.readLine()).simplified().split(u' ');
            if (parts.size() < 3) continue;
            const QString name = parts[1];
            if (!name.startsWith(QLatin1String("x_")) || std::abs(parts[2].toDouble() - 1.0) > 1e-6) continue;
            const QStringList uk = name.split(u'_');
            out.owner[std::size_t(uk[1].toInt())] = uk[2].toInt();
        }
        for (int o : out.owner)
            if (o < 0) {
                out.message = QStringLiteral("no feasible plan found: %1").arg(first);
                return out;
            }
        for (const geo::SharedEdge& e : p.adjacency)
            if (out.owner[std::size_t(e.unitA)] != out.owner[std::size_t(e.unitB)]) out.borderKm += e.lengthM / 1000.0;
        out.ran = true;
        out.message = first;
        return out;
    }
};

} // namespace tp::bench
