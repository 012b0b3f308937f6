#pragma once

// What the tests need from outside the tree (../shared, the independent
// readers), and the one rule for when it is not there: under CI (CI=true) a
// missing prerequisite fails the test; elsewhere the test skips and names
// exactly what is missing. A prerequisite that is there but fails is always
// a failure.

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include "knowledgegraph.h"

namespace threadline::test {

inline QString sourceDir()
{
    return QStringLiteral(THREADLINE_SOURCE_DIR);
}

// Where ../shared (the received articles, other tools' graph files) is on
// CI: beside the clone. THREADLINE_TEST_SHARED points elsewhere, which is how
// tests/ci-strictness.sh hides it.
inline QString sharedPath()
{
    const QString path = qEnvironmentVariableIsSet("THREADLINE_TEST_SHARED")
                             ? qEnvironmentVariable("THREADLINE_TEST_SHARED")
                             : sourceDir() + QStringLiteral("/../shared");
    return QDir::cleanPath(QDir(sourceDir()).absoluteFilePath(path));
}

// sharedPath() when it is there, else empty.
inline QString sharedDir()
{
    const QString path = sharedPath();
    return QDir(path).exists() ? path : QString();
}

inline QString corpusDir()
{
    return sourceDir() + QStringLiteral("/resources/corpus");
}

// How long a test waits for work off the GUI thread (loading, layout,
// export) before it gives up. Generous: on a 2-core machine running the
// suite under ctest -j4 beside a build, a load that takes 1 s alone can take
// 30. A wait on a condition returns as soon as it holds, so this costs
// nothing when all is well.
// The node with this key; a key the corpus lacks stops the run (a test
// written against a node that is gone is wrong, not failing).
inline NodeId nodeByKey(const KnowledgeGraph &graph, const QString &key)
{
    const NodeId id = graph.findNode(key);
    if (!id.isValid())
        qFatal("no node %s", qPrintable(key));
    return id;
}

// A node of `kind` with this key and label, nothing else.
inline NodeData nodeOf(const QString &key, NodeKind kind, const QString &label)
{
    NodeData node;
    node.key = key;
    node.kind = kind;
    node.label = label;
    return node;
}

inline constexpr int kSlowWorkMs = 240000;

inline bool underCi()
{
    const QByteArray ci = qgetenv("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != "false" && ci != "0";
}

// The exit code tests/nxsupport.py gives when networkx cannot be imported.
inline constexpr int kNetworkxMissingExit = 3;

// One run of an independent tool, told apart three ways.
struct ToolRun
{
    enum class Outcome { Missing, Failed, Ok };
    Outcome outcome = Outcome::Failed;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString missing; // what to install, when Missing
    QString command; // as run, for messages

    bool ok() const { return outcome == Outcome::Ok; }
    QString failure() const
    {
        return QStringLiteral("%1 failed (exit code %2): %3")
            .arg(command)
            .arg(exitCode)
            .arg(QString::fromUtf8(err.isEmpty() ? out.right(2000) : err.right(2000)));
    }
};

// Runs PROGRAM (a name found on PATH, or an absolute path). It is Missing
// when it cannot be started, or when it exits with MISSINGEXIT (a script's
// way of saying that a module it needs is not installed); PACKAGE names
// what to install. A crash, a time-out or any other non-zero exit is Failed.
inline ToolRun runTool(const QString &program, const QStringList &arguments, const QString &package,
                       int missingExit = -1, int timeoutMs = 300000)
{
    ToolRun run;
    run.command = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    run.missing = QStringLiteral("%1 (Debian package %2) is not installed").arg(program, package);
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(60000)) {
        run.outcome = process.error() == QProcess::FailedToStart ? ToolRun::Outcome::Missing : ToolRun::Outcome::Failed;
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QByteArrayLiteral("timed out after ") + QByteArray::number(timeoutMs / 1000) + "s; " + process.readAllStandardError();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        run.err.prepend("crashed; ");
        return run;
    }
    run.exitCode = process.exitCode();
    if (missingExit >= 0 && run.exitCode == missingExit)
        run.outcome = ToolRun::Outcome::Missing;
    else if (run.exitCode == 0)
        run.outcome = ToolRun::Outcome::Ok;
    return run;
}

// One of the networkx scripts in tests/ (nx_read.py, nx_write.py,
// nx_check.py), with Debian's python3, beside which Debian's networkx lives.
inline ToolRun runNetworkx(const QString &script, const QStringList &arguments)
{
    ToolRun run = runTool(QStringLiteral("/usr/bin/python3"),
                          QStringList{sourceDir() + QStringLiteral("/tests/") + script} + arguments,
                          QStringLiteral("python3-networkx"), kNetworkxMissingExit);
    if (run.outcome == ToolRun::Outcome::Missing)
        run.missing = QStringLiteral("Debian's python3-networkx is not installed: %1 cannot run").arg(script);
    return run;
}

} // namespace threadline::test

// AVAILABLE or a skip naming WHAT is missing; under CI, a failure.
#define THREADLINE_REQUIRE(available, what)                                                                    \
    do {                                                                                                       \
        if (!(available)) {                                                                                    \
            const QByteArray missingWhat_ = QString(what).toUtf8();                                            \
            if (::threadline::test::underCi())                                                                 \
                QFAIL(("CI=true and a prerequisite is missing: " + missingWhat_).constData());                 \
            QSKIP(missingWhat_.constData());                                                                   \
        }                                                                                                      \
    } while (false)

// The tool ran and succeeded; missing is THREADLINE_REQUIRE's case, any
// other outcome a failure with the tool's own message.
#define THREADLINE_VERIFY_TOOL(toolRun)                                                                        \
    do {                                                                                                       \
        const ::threadline::test::ToolRun &checkedRun_ = (toolRun);                                            \
        THREADLINE_REQUIRE(checkedRun_.outcome != ::threadline::test::ToolRun::Outcome::Missing,              \
                           checkedRun_.missing);                                                               \
        QVERIFY2(checkedRun_.ok(), qPrintable(checkedRun_.failure()));                                         \
    } while (false)

// ../shared beside the clone, into VAR, or THREADLINE_REQUIRE's verdict.
#define THREADLINE_REQUIRE_SHARED(var)                                                                         \
    const QString var = ::threadline::test::sharedDir();                                                       \
    THREADLINE_REQUIRE(!var.isEmpty(), QStringLiteral("../shared is not beside the clone (no %1)")             \
                                           .arg(::threadline::test::sharedPath()))
