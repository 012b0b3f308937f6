#include "documentstats.h"

#include <QSet>

#include "knowledgegraph.h"

namespace threadline {

QHash<QString, DocumentCounts> countsByDocument(const KnowledgeGraph &graph)
{
    QHash<QString, DocumentCounts> counts;
    for (const Document &doc : graph.documents())
        counts.insert(doc.id, {});
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        QSet<QString> seen; // a node counts once per document
        for (const EvidenceSpan &span : node.evidence) {
            if (seen.contains(span.document) || !counts.contains(span.document))
                continue;
            seen.insert(span.document);
            DocumentCounts &c = counts[span.document];
            switch (node.kind) {
            case NodeKind::Person:
            case NodeKind::Organization:
            case NodeKind::Country:
            case NodeKind::Place: ++c.entities; break;
            case NodeKind::Event: ++c.events; break;
            case NodeKind::Statement: ++c.statements; break;
            default: break;
            }
        }
    }
    return counts;
}

QList<NodeId> nodesWithEvidenceIn(const KnowledgeGraph &graph, const QString &document)
{
    QList<NodeId> nodes;
    for (NodeId id : graph.nodes()) {
        for (const EvidenceSpan &span : graph.node(id).evidence) {
            if (span.document == document) {
                nodes.append(id);
                break;
            }
        }
    }
    return nodes;
}

} // namespace threadline
