#include "apply.h"

#include <QObject>

#include "edits.h"
#include "graphdocument.h"

namespace threadline::extract {

namespace {

EvidenceSpan spanIn(const Document &article, const Span &span)
{
    return EvidenceSpan{article.id, span.start, span.end, article.text.mid(span.start, span.end - span.start)};
}

void addNew(QList<EvidenceSpan> &into, const EvidenceSpan &span)
{
    if (span.end > span.start && !into.contains(span))
        into.append(span);
}

// An existing node of the kind with one of these names (label or alias).
NodeId findExisting(const KnowledgeGraph &g, NodeKind kind, const QStringList &names)
{
    for (const QString &name : names) {
        for (NodeId id : g.findByName(name)) {
            if (g.node(id).kind != kind)
                continue;
            const NodeData &node = g.node(id);
            const bool exact = node.label.compare(name, Qt::CaseInsensitive) == 0
                               || std::any_of(node.aliases.cbegin(), node.aliases.cend(), [&](const QString &a) {
                                      return a.compare(name, Qt::CaseInsensitive) == 0;
                                  });
            if (exact)
                return id;
        }
    }
    return {};
}

QString shortLabel(const QString &words, bool direct)
{
    QString label = words.simplified();
    if (label.size() > 70)
        label = label.left(69).trimmed() + QChar(0x2026);
    return direct ? QStringLiteral("\u201c%1\u201d").arg(label) : label;
}

} // namespace

Extraction selected(const Extraction &x, const QSet<int> &entities, const QSet<int> &events, const QSet<int> &statements)
{
    Extraction out;
    QHash<int, int> entityAt, eventAt;
    for (int i = 0; i < x.entities.size(); ++i) {
        if (entities.contains(i)) {
            entityAt.insert(i, int(out.entities.size()));
            out.entities.append(x.entities[i]);
        }
    }
    for (Entity &e : out.entities) {
        e.titleOf = entityAt.value(e.titleOf, -1);
        if (e.titleOf < 0)
            e.title.clear();
    }
    for (int i = 0; i < x.events.size(); ++i) {
        if (!events.contains(i))
            continue;
        Event e = x.events[i];
        QList<int> participants;
        for (int p : std::as_const(e.participants)) {
            if (entityAt.contains(p))
                participants.append(entityAt.value(p));
        }
        e.participants = participants;
        e.place = entityAt.value(e.place, -1);
        eventAt.insert(i, int(out.events.size()));
        out.events.append(e);
    }
    for (int i = 0; i < x.statements.size(); ++i) {
        if (!statements.contains(i))
            continue;
        Statement s = x.statements[i];
        s.speaker = entityAt.value(s.speaker, -1);
        s.event = eventAt.value(s.event, -1);
        out.statements.append(s);
    }
    return out;
}

std::unique_ptr<CompositeEdit> applyExtraction(GraphDocument &document, const Document &article,
                                               const Extraction &x, ApplySummary *summary)
{
    ApplySummary local;
    ApplySummary &sum = summary ? *summary : local;
    const KnowledgeGraph &g = document.graph();
    auto edit = std::make_unique<CompositeEdit>(QObject::tr("Extract the graph of %1").arg(article.title));

    const auto addNode = [&](NodeData data) {
        auto add = std::make_unique<AddNodeEdit>(std::move(data));
        AddNodeEdit *raw = add.get();
        edit->doAndAppend(document, std::move(add));
        return raw->id();
    };
    const auto addEvidence = [&](NodeId id, const QList<EvidenceSpan> &spans, const QStringList &aliases) {
        NodeData data = g.node(id);
        const NodeData before = data;
        for (const EvidenceSpan &span : spans)
            addNew(data.evidence, span);
        for (const QString &alias : aliases) {
            if (alias.compare(data.label, Qt::CaseInsensitive) != 0
                && !std::any_of(data.aliases.cbegin(), data.aliases.cend(),
                                [&](const QString &a) { return a.compare(alias, Qt::CaseInsensitive) == 0; }))
                data.aliases.append(alias);
        }
        if (!(data == before)) {
            edit->doAndAppend(document, std::make_unique<ChangeNodeEdit>(document, id, data, edit->text()));
            if (!sum.merged.contains(data.label))
                sum.merged.append(data.label);
        }
    };
    const auto connect = [&](NodeId source, NodeId target, const QString &relation, QList<EvidenceSpan> evidence,
                             QVariantMap properties = {}) {
        if (!source.isValid() || !target.isValid() || source == target)
            return;
        // The same relationship again: more evidence for it.
        for (EdgeId e : g.outEdges(source)) {
            const EdgeData &known = g.edge(e);
            if (known.target == target && known.relation == relation) {
                EdgeData data = known;
                for (const EvidenceSpan &span : evidence)
                    addNew(data.evidence, span);
                if (!(data == known))
                    edit->doAndAppend(document, std::make_unique<ChangeEdgeEdit>(document, e, data, edit->text()));
                return;
            }
        }
        EdgeData data;
        data.source = source;
        data.target = target;
        data.relation = relation;
        data.evidence = std::move(evidence);
        data.properties = std::move(properties);
        edit->doAndAppend(document, std::make_unique<AddEdgeEdit>(data));
    };

    // Entities.
    QList<NodeId> nodeOf(x.entities.size());
    for (qsizetype i = 0; i < x.entities.size(); ++i) {
        const Entity &e = x.entities[i];
        QList<EvidenceSpan> spans;
        for (const Span &m : e.mentions)
            addNew(spans, spanIn(article, m));
        if (spans.isEmpty())
            continue; // only a qualifier of a title ("Indian"): nothing in the text names it
        const NodeId existing = findExisting(g, e.kind, QStringList{e.label} + e.aliases);
        if (existing.isValid()) {
            addEvidence(existing, spans, QStringList{e.label} + e.aliases);
            nodeOf[i] = existing;
            continue;
        }
        NodeData node;
        node.kind = e.kind;
        node.label = e.label;
        node.aliases = e.aliases;
        node.key = uniqueNodeKey(g, e.kind, e.label);
        node.evidence = spans;
        node.properties.insert(QStringLiteral("extracted_by"), e.rule);
        nodeOf[i] = addNode(node);
        switch (e.kind) {
        case NodeKind::Person: ++sum.people; break;
        case NodeKind::Organization: ++sum.organizations; break;
        case NodeKind::Country: ++sum.countries; break;
        case NodeKind::Place: ++sum.places; break;
        default: break;
        }
    }
    // Titles: "Foreign Minister" of Japan.
    for (qsizetype i = 0; i < x.entities.size(); ++i) {
        const Entity &e = x.entities[i];
        if (e.titleOf < 0 || e.title.isEmpty() || e.mentions.isEmpty())
            continue;
        connect(nodeOf[i], nodeOf[e.titleOf], relation::role, {spanIn(article, e.mentions.first())},
                {{QStringLiteral("title"), e.title}});
    }

    // Events.
    QList<NodeId> eventOf(x.events.size());
    for (qsizetype i = 0; i < x.events.size(); ++i) {
        const Event &e = x.events[i];
        const EvidenceSpan evidence = spanIn(article, e.evidence);
        // The event's node carries every mention of it ("a meeting" … "the meeting").
        QList<EvidenceSpan> named{evidence};
        for (const Span &mention : e.mentions) {
            if (mention.start != e.evidence.start)
                named.append(spanIn(article, mention));
        }
        NodeId existing;
        if (!e.date.isEmpty()) {
            for (NodeId id : g.nodes()) {
                const NodeData &node = g.node(id);
                if (node.kind != NodeKind::Event || node.properties.value(QStringLiteral("type")).toString() != e.type
                    || node.properties.value(QStringLiteral("date")).toString() != e.date)
                    continue;
                // One copy of the list: begin() and end() of two temporaries would be two lists.
                const QList<EdgeId> into = g.inEdges(id);
                const bool shared = std::any_of(e.participants.cbegin(), e.participants.cend(), [&](int p) {
                    const NodeId who = nodeOf.value(p);
                    return who.isValid() && std::any_of(into.cbegin(), into.cend(), [&](EdgeId edge) {
                               return g.edge(edge).source == who;
                           });
                });
                if (shared) {
                    existing = id;
                    break;
                }
            }
        }
        if (existing.isValid()) {
            addEvidence(existing, named, {});
            eventOf[i] = existing;
        } else {
            NodeData node;
            node.kind = NodeKind::Event;
            node.label = e.label;
            node.key = uniqueNodeKey(g, NodeKind::Event, e.label + QLatin1Char(' ') + e.date);
            node.evidence = named;
            node.properties.insert(QStringLiteral("type"), e.type);
            node.properties.insert(QStringLiteral("date"), e.date);
            if (!e.date.isEmpty()) {
                node.properties.insert(QStringLiteral("date_source"),
                                       e.dateStated ? QStringLiteral("stated") : QStringLiteral("inferred"));
                node.properties.insert(QStringLiteral("date_note"), e.dateNote);
                if (e.dateEvidence.start >= 0) {
                    const EvidenceSpan d = spanIn(article, e.dateEvidence);
                    node.properties.insert(QStringLiteral("date_evidence"),
                                           QVariantMap{{QStringLiteral("document"), d.document},
                                                       {QStringLiteral("start"), d.start},
                                                       {QStringLiteral("end"), d.end},
                                                       {QStringLiteral("text"), d.text}});
                }
            }
            if (e.planned)
                node.properties.insert(QStringLiteral("status"), QStringLiteral("planned"));
            node.properties.insert(QStringLiteral("extracted_by"), e.rule);
            eventOf[i] = addNode(node);
            ++sum.events;
        }
        for (int p : e.participants)
            connect(nodeOf.value(p), eventOf[i], relation::participatedIn, {evidence});
        if (e.place >= 0)
            connect(eventOf[i], nodeOf.value(e.place), relation::locatedIn, {evidence});
    }

    // Statements.
    for (const Statement &s : x.statements) {
        const EvidenceSpan words = spanIn(article, s.text);
        const QString text = words.text.simplified();
        NodeId existing;
        for (NodeId id : g.nodes()) {
            const NodeData &node = g.node(id);
            if (node.kind == NodeKind::Statement
                && node.properties.value(QStringLiteral("text")).toString().compare(text, Qt::CaseInsensitive) == 0) {
                existing = id;
                break;
            }
        }
        NodeId statement = existing;
        if (existing.isValid()) {
            addEvidence(existing, {words}, {});
        } else {
            NodeData node;
            node.kind = NodeKind::Statement;
            node.label = shortLabel(text, s.direct);
            node.key = uniqueNodeKey(g, NodeKind::Statement, text);
            node.evidence = {words};
            node.properties.insert(QStringLiteral("text"), text);
            node.properties.insert(QStringLiteral("direct"), s.direct);
            node.properties.insert(QStringLiteral("extracted_by"), s.rule);
            statement = addNode(node);
            ++(s.direct ? sum.quotes : sum.statements);
        }
        if (s.speaker >= 0) {
            QList<EvidenceSpan> said{spanIn(article, s.evidence)};
            if (s.speakerMention.start >= 0)
                addNew(said, spanIn(article, s.speakerMention));
            connect(nodeOf.value(s.speaker), statement, relation::said, said);
        }
        if (s.event >= 0)
            connect(statement, eventOf.value(s.event), relation::madeAt, {spanIn(article, s.evidence)});
    }
    if (edit->isEmpty())
        return nullptr;
    return edit;
}

} // namespace threadline::extract
