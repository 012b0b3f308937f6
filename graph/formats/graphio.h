#pragma once

#include <QString>
#include <QStringList>

namespace threadline {

// Where reading a file went wrong, precise enough for a person to go and fix
// it: the file, and the line/column (syntax) or the field path (structure).
struct GraphIoError
{
    QString file;
    int line = 0;   // 1-based; 0 when not known
    int column = 0; // 1-based; 0 when not known
    QString field;  // e.g. "elements.nodes[3].data.id"
    QString message;

    QString toString() const;
};

struct ReadResult
{
    bool ok = false;
    GraphIoError error;      // set when !ok
    QStringList warnings;    // problems that did not stop the read

    explicit operator bool() const { return ok; }
};

// 1-based line and column of a character offset into UTF-8 data.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset);

} // namespace threadline
