#include "csvformat.h"

#include "formatsupport.h"
#include "knowledgegraph.h"

namespace threadline::csv {

using namespace formats;

namespace {

const QStringList nodeColumns = {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("label"),
                                 QStringLiteral("aliases"), QStringLiteral("evidence_count"),
                                 QStringLiteral("evidence_json")};
const QStringList edgeColumns = {QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("target"),
                                 QStringLiteral("relation"), QStringLiteral("evidence_count"),
                                 QStringLiteral("evidence_json")};

QByteArray row(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields.append(field(cell));
    return (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

// One table: the fixed columns around a column per property name.
class Table
{
public:
    explicit Table(QStringList leading) : m_leading(std::move(leading)) {}

    void add(const QStringList &leading, const QList<PropertyOut> &properties, const QList<EvidenceSpan> &evidence)
    {
        Row r{leading, {}, evidence};
        for (const PropertyOut &p : properties) {
            r.properties.insert(p.name, valueToText(p.value, p.type));
            if (!m_names.contains(p.name))
                m_names.append(p.name);
        }
        m_rows.append(r);
    }

    QByteArray bytes()
    {
        m_names.sort();
        QByteArray out = row(m_leading + m_names + QStringList{QStringLiteral("evidence_count"),
                                                               QStringLiteral("evidence_json")});
        for (const Row &r : std::as_const(m_rows)) {
            QStringList cells = r.leading;
            for (const QString &name : std::as_const(m_names))
                cells.append(r.properties.value(name));
            cells.append(QString::number(r.evidence.size()));
            cells.append(evidenceToText(r.evidence));
            out += row(cells);
        }
        return out;
    }

private:
    struct Row
    {
        QStringList leading;
        QHash<QString, QString> properties;
        QList<EvidenceSpan> evidence;
    };
    QStringList m_leading;
    QStringList m_names;
    QList<Row> m_rows;
};

} // namespace

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Tables write(const KnowledgeGraph &graph, QStringList *warnings)
{
    LossReport losses;
    Table nodes({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("label"), QStringLiteral("aliases")});
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        nodes.add({node.key, kindText(node), node.label, joinAliases(node.aliases)},
                  propertiesToWrite(node.properties, nodeColumns, QStringLiteral("node ") + node.key,
                                    node.kind == NodeKind::Other, losses),
                  node.evidence);
    }
    Table edges({QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("relation")});
    for (EdgeId id : graph.edges()) {
        const EdgeData &edge = graph.edge(id);
        edges.add({edge.key, graph.node(edge.source).key, graph.node(edge.target).key, edge.relation},
                  propertiesToWrite(edge.properties, edgeColumns, QStringLiteral("edge ") + edge.key, false, losses),
                  edge.evidence);
    }
    if (!graph.documents().isEmpty())
        losses.addNote(QStringLiteral("%1 documents (titles, outlets, dates, texts) are not written: the CSV "
                                      "tables hold nodes and edges, whose evidence names documents by id")
                           .arg(graph.documents().size()));
    losses.flush(warnings);
    return Tables{nodes.bytes(), edges.bytes()};
}

QString nodesPath(const QString &base)
{
    QString stem = base;
    if (stem.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    return stem + QStringLiteral(".nodes.csv");
}

QString edgesPath(const QString &base)
{
    QString stem = base;
    if (stem.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    return stem + QStringLiteral(".edges.csv");
}

bool writeFile(const QString &base, const KnowledgeGraph &graph, QString *error, QStringList *warnings)
{
    const Tables tables = write(graph, warnings);
    return saveFile(nodesPath(base), tables.nodes, error) && saveFile(edgesPath(base), tables.edges, error);
}

} // namespace threadline::csv
