#include "readerrors.h"

namespace threadline::formats {

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
