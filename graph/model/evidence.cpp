#include "evidence.h"

#include "knowledgegraph.h"

namespace threadline {

QString checkSpan(const KnowledgeGraph &graph, const EvidenceSpan &span)
{
    const Document *doc = graph.document(span.document);
    if (!doc)
        return QStringLiteral("no document \"%1\"").arg(span.document);
    if (doc->text.isEmpty())
        return QStringLiteral("the text of document \"%1\" is not available").arg(span.document);
    if (span.start < 0 || span.end > doc->text.size() || span.start > span.end)
        return QStringLiteral("[%1, %2) lies outside document \"%3\" (%4 characters)")
            .arg(span.start)
            .arg(span.end)
            .arg(span.document)
            .arg(doc->text.size());
    const QStringView actual = QStringView(doc->text).mid(span.start, span.end - span.start);
    if (actual != span.text)
        return QStringLiteral("[%1, %2) of \"%3\" reads \"%4\", not \"%5\"")
            .arg(span.start)
            .arg(span.end)
            .arg(span.document, actual.toString(), span.text);
    return {};
}

QStringList verifyEvidence(const KnowledgeGraph &graph)
{
    QStringList problems;
    const bool hasDocuments = !graph.documents().isEmpty();
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        for (const EvidenceSpan &span : node.evidence) {
            const QString problem = checkSpan(graph, span);
            if (!problem.isEmpty())
                problems.append(QStringLiteral("node %1: %2").arg(node.key, problem));
        }
        if (hasDocuments && node.evidence.isEmpty() && node.kind != NodeKind::Document)
            problems.append(QStringLiteral("node %1: has no evidence").arg(node.key));
    }
    for (EdgeId id : graph.edges()) {
        const EdgeData &edge = graph.edge(id);
        for (const EvidenceSpan &span : edge.evidence) {
            const QString problem = checkSpan(graph, span);
            if (!problem.isEmpty())
                problems.append(QStringLiteral("edge %1: %2").arg(edge.key, problem));
        }
        if (hasDocuments && edge.evidence.isEmpty())
            problems.append(QStringLiteral("edge %1: has no evidence").arg(edge.key));
    }
    return problems;
}

} // namespace threadline
