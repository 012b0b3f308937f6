// libFuzzer target for one graph reader, chosen at build time by
// THREADLINE_FUZZ_FORMAT (graphml, gexf, dot or json). A reader must turn any
// bytes into a graph or an error naming the file and a place: no crash, no
// hang, no leak, no read outside its buffer. For GraphML and JSON, the shape a
// skim of the bytes finds must be the reader's own whenever both have one. See
// BENCHMARKS.md for how to run.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <utility>
#include <vector>

#include "dotformat.h"
#include "gexf.h"
#include "graphml.h"
#include "jsonformat.h"
#include "knowledgegraph.h"
#include "shapeskim.h"

using namespace threadline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz." THREADLINE_FUZZ_FORMAT);
    KnowledgeGraph graph;
    const QString format = QStringLiteral(THREADLINE_FUZZ_FORMAT);
    ReadResult result;
    std::optional<std::pair<KnowledgeGraph, std::vector<EdgeEnds>>> told;
    if (format == QLatin1String("graphml"))
        result = graphml::read(bytes, name, graph, nullptr,
                               [&](const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges) {
                                   told.emplace(nodes, edges);
                               });
    else if (format == QLatin1String("gexf"))
        result = gexf::read(bytes, name, graph);
    else if (format == QLatin1String("dot"))
        result = dot::read(bytes, name, graph);
    else
        result = json::read(bytes, name, QString(), graph,
                            [&](const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges) {
                                told.emplace(nodes, edges);
                            });
    if (told) {
        const std::optional<SkimmedShape> skimmed =
            format == QLatin1String("graphml") ? skimGraphmlShape(bytes) : skimJsonShape(bytes);
        if (skimmed) {
            const KnowledgeGraph &nodes = told->first;
            const std::vector<EdgeEnds> &edges = told->second;
            if (skimmed->nodes.nodeCount() != nodes.nodeCount() || skimmed->edges.size() != edges.size())
                std::abort();
            const QList<NodeId> a = nodes.nodes(), b = skimmed->nodes.nodes();
            for (qsizetype i = 0; i < a.size(); ++i)
                if (a[i] != b[i] || nodes.node(a[i]).key != skimmed->nodes.node(b[i]).key
                    || nodes.node(a[i]).kind != skimmed->nodes.node(b[i]).kind)
                    std::abort();
            for (size_t i = 0; i < edges.size(); ++i)
                if (edges[i].source != skimmed->edges[i].source || edges[i].target != skimmed->edges[i].target
                    || edges[i].relation != skimmed->edges[i].relation)
                    std::abort();
        }
    }
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
