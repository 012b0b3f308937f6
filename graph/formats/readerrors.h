#pragma once

#include <QString>
#include <QtGlobal>

#include <atomic>

namespace threadline {

// How the readers fail: the limits they hold input to, and the Failure they
// throw inside (turned into a ReadResult's error at the boundary).
namespace formats {

// Beyond these a reader refuses: a whole file, and one attribute value or
// text (a 16 Mi-character label is an attack or a broken file, not data).
inline constexpr qint64 maxInputBytes = qint64(1) << 30;
inline constexpr qsizetype maxValueChars = qsizetype(16) << 20;

// Thrown inside readers only; turned into a ReadResult at the boundary.
struct Failure
{
    int line = 0;
    int column = 0;
    QString message;
    QString field;
};

[[noreturn]] void fail(int line, int column, const QString &message, const QString &field = {});

// Throws Failure("reading was cancelled") when this thread's reading is
// cancelled (ReadCancellation), at `line` when known.
void failIfCancelled(int line = 0);
bool readingIsCancelled();
// This thread's cancellation flag (ReadCancellation sets it).
const std::atomic<bool> *readingCancelledFlag();
void setReadingCancelledFlag(const std::atomic<bool> *flag);

// "file:12: message", or "file: message" without a line.
QString located(const QString &file, int line, const QString &message);

} // namespace formats
} // namespace threadline
