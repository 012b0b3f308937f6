#include "search.h"

#include <algorithm>

#include "knowledgegraph.h"

namespace threadline {

namespace {

// Lower case without diacritics, so "Zelenskyy" and "zelenskyy" meet.
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toLower());
    }
    return folded;
}

int scoreText(const QString &folded, const QString &query, int exact, int prefix, int word, int inside)
{
    if (folded == query)
        return exact;
    if (folded.startsWith(query))
        return prefix;
    const qsizetype at = folded.indexOf(query);
    if (at < 0)
        return 0;
    return folded.at(at - 1).isLetterOrNumber() ? inside : word;
}

} // namespace

QList<SearchHit> searchNodes(const KnowledgeGraph &graph, const QString &query, int limit)
{
    const QString q = fold(query.simplified());
    QList<SearchHit> hits;
    if (q.isEmpty())
        return hits;
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        SearchHit hit{id, scoreText(fold(node.label), q, 100, 90, 80, 60), node.label};
        for (const QString &alias : node.aliases) {
            const int s = scoreText(fold(alias), q, 95, 85, 75, 55);
            if (s > hit.score)
                hit = {id, s, alias};
        }
        if (hit.score == 0 && node.kind == NodeKind::Statement) {
            const QString text = node.properties.value(QStringLiteral("text")).toString();
            if (scoreText(fold(text), q, 40, 40, 40, 30) > 0)
                hit = {id, 40, text};
        }
        if (hit.score == 0) {
            for (const EvidenceSpan &span : node.evidence) {
                if (fold(span.text).contains(q)) {
                    hit = {id, 20, span.text};
                    break;
                }
            }
        }
        if (hit.score > 0)
            hits.append(hit);
    }
    // Actors first: "rut" should find Mark Rutte before "Rutte–Trump meeting";
    // documents last: "Rutte" should not find an article titled "Rutte says
    // …" before the events and statements it is about.
    auto rank = [&](const SearchHit &hit) {
        switch (graph.node(hit.node).kind) {
        case NodeKind::Person:
        case NodeKind::Organization:
        case NodeKind::Country: return hit.score + 6;
        case NodeKind::Place: return hit.score + 3;
        case NodeKind::Document: return hit.score - 6;
        default: return hit.score;
        }
    };
    std::stable_sort(hits.begin(), hits.end(), [&](const SearchHit &a, const SearchHit &b) {
        if (rank(a) != rank(b))
            return rank(a) > rank(b);
        return graph.node(a.node).label.size() < graph.node(b.node).label.size();
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace threadline
