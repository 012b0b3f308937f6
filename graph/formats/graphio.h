#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

#include "types.h"

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

class KnowledgeGraph;

// Told by a reader, on its own thread, once every node of a graph is in
// place and every edge's ends are known, but before the edges are added
// (the slower half of building a large graph): a window starts laying the
// graph out from it while the rest is read. `nodes` holds the nodes with
// their final ids and no edge yet; `edges` follows the file's order. Neither
// may be kept past the call. Not told for a file that brings positions of
// its own, nor when reading fails before that point.
using ShapeObserver = std::function<void(const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges)>;

// While one lives on a thread, the readers on that thread stop, failing
// with "reading was cancelled", once *flag is true: they look at it with
// every XML or DOT token, and every few thousand JSON elements and edges
// built. A window's Cancel so stops a large file's reading, not only drops
// its result. Nested ones restore the one before.
class ReadCancellation
{
public:
    explicit ReadCancellation(const std::atomic<bool> *flag);
    ~ReadCancellation();
    ReadCancellation(const ReadCancellation &) = delete;
    ReadCancellation &operator=(const ReadCancellation &) = delete;

private:
    const std::atomic<bool> *m_previous;
};

// 1-based line and column of a character offset into UTF-8 data.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset);

} // namespace threadline
