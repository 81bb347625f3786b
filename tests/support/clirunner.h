#pragma once
// CLI runner for the tests that drive the `territory` binary as a user does: runs a program, waits
// (up to 5 minutes) and returns its exit code (-1 when it crashed) with stdout and stderr.
// territory() runs this build's binary (TP_BIN_DIR, defined for the app/ tests). Header-only;
// the test's thread.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace tp::testsupport {

struct Run {
    int exitCode = -1;
    QString out, err;
};

inline Run run(const QString& program, const QStringList& args,
               const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

#ifdef TP_BIN_DIR
inline Run territory(const QStringList& args,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    return run(QStringLiteral(TP_BIN_DIR "/territory"), args, env);
}
#endif

} // namespace tp::testsupport
