// libFuzzer target for one graph reader, chosen at build time by
// THREADLINE_FUZZ_FORMAT (graphml, gexf, dot or json). A reader must turn any
// bytes into a graph or an error naming the file and a place: no crash, no
// hang, no leak, no read outside its buffer. See BENCHMARKS.md for how to run.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "dotformat.h"
#include "gexf.h"
#include "graphml.h"
#include "jsonformat.h"
#include "knowledgegraph.h"

using namespace threadline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz." THREADLINE_FUZZ_FORMAT);
    KnowledgeGraph graph;
    const QString format = QStringLiteral(THREADLINE_FUZZ_FORMAT);
    ReadResult result;
    if (format == QLatin1String("graphml"))
        result = graphml::read(bytes, name, graph);
    else if (format == QLatin1String("gexf"))
        result = gexf::read(bytes, name, graph);
    else if (format == QLatin1String("dot"))
        result = dot::read(bytes, name, graph);
    else
        result = json::read(bytes, name, QString(), graph);
    // A failure names the file; a success leaves a usable graph.
    if (!result.ok && !result.error.toString().startsWith(name))
        std::abort();
    if (result.ok) {
        for (NodeId id : graph.nodes())
            (void)graph.incidentEdges(id).size();
    } else if (graph.nodeCount() != 0) {
        std::abort(); // a failed read must leave the target untouched
    }
    return 0;
}
