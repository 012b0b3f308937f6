#include "readerrors.h"

#include "graphio.h"

namespace threadline::formats {

namespace {
thread_local const std::atomic<bool> *readingCancelled = nullptr;
} // namespace

const std::atomic<bool> *readingCancelledFlag()
{
    return readingCancelled;
}

void setReadingCancelledFlag(const std::atomic<bool> *flag)
{
    readingCancelled = flag;
}

bool readingIsCancelled()
{
    return readingCancelled && readingCancelled->load(std::memory_order_relaxed);
}

void failIfCancelled(int line)
{
    if (readingIsCancelled())
        fail(line, 0, QStringLiteral("reading was cancelled"));
}

void fail(int line, int column, const QString &message, const QString &field)
{
    throw Failure{line, column, message, field};
}

QString located(const QString &file, int line, const QString &message)
{
    const QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(where).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(where, message);
}

} // namespace threadline::formats

namespace threadline {

ReadCancellation::ReadCancellation(const std::atomic<bool> *flag) : m_previous(formats::readingCancelledFlag())
{
    formats::setReadingCancelledFlag(flag);
}

ReadCancellation::~ReadCancellation()
{
    formats::setReadingCancelledFlag(m_previous);
}

} // namespace threadline
