#include "graphio.h"

namespace threadline {

QString GraphIoError::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        where += QStringLiteral(":%1").arg(line);
        if (column > 0)
            where += QStringLiteral(":%1").arg(column);
    }
    if (!field.isEmpty())
        where += QStringLiteral(": at %1").arg(field);
    return QStringLiteral("%1: %2").arg(where, message);
}

std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Count characters, not bytes: skip UTF-8 continuation bytes.
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((uchar(data[i]) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

} // namespace threadline
