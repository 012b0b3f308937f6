#pragma once

#include <QDir>
#include <QString>

namespace threadline::test {

inline QString sourceDir()
{
    return QStringLiteral(THREADLINE_SOURCE_DIR);
}

// ../shared beside the clone, as on CI; empty when it is not there.
inline QString sharedDir()
{
    const QDir dir(sourceDir() + QStringLiteral("/../shared"));
    return dir.exists() ? dir.absolutePath() : QString();
}

inline QString corpusDir()
{
    return sourceDir() + QStringLiteral("/resources/corpus");
}

} // namespace threadline::test
