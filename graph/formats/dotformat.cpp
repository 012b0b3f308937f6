#include "dotformat.h"

#include <QRegularExpression>

#include "formatsupport.h"
#include "kindcolors.h"
#include "knowledgegraph.h"

namespace threadline::dot {

using namespace formats;

namespace {

// Graphviz attributes (https://graphviz.org/doc/info/attrs.html) a property
// could be mistaken for, plus what this writer sets itself.
const QStringList reservedNames = {
    // written here
    QStringLiteral("label"), QStringLiteral("kind"), QStringLiteral("aliases"),
    QStringLiteral("evidence_count"), QStringLiteral("fillcolor"), QStringLiteral("style"),
    QStringLiteral("id"),
    // Graphviz
    QStringLiteral("area"), QStringLiteral("arrowhead"), QStringLiteral("arrowsize"),
    QStringLiteral("arrowtail"), QStringLiteral("class"), QStringLiteral("color"),
    QStringLiteral("colorscheme"), QStringLiteral("comment"), QStringLiteral("constraint"),
    QStringLiteral("decorate"), QStringLiteral("dir"), QStringLiteral("distortion"),
    QStringLiteral("edgehref"), QStringLiteral("edgetarget"), QStringLiteral("edgetooltip"),
    QStringLiteral("edgeURL"), QStringLiteral("fixedsize"), QStringLiteral("fontcolor"),
    QStringLiteral("fontname"), QStringLiteral("fontsize"), QStringLiteral("gradientangle"),
    QStringLiteral("group"), QStringLiteral("head_lp"), QStringLiteral("headclip"),
    QStringLiteral("headhref"), QStringLiteral("headlabel"), QStringLiteral("headport"),
    QStringLiteral("headtarget"), QStringLiteral("headtooltip"), QStringLiteral("headURL"),
    QStringLiteral("height"), QStringLiteral("href"), QStringLiteral("image"),
    QStringLiteral("imagepos"), QStringLiteral("imagescale"), QStringLiteral("labelangle"),
    QStringLiteral("labeldistance"), QStringLiteral("labelfloat"), QStringLiteral("labelfontcolor"),
    QStringLiteral("labelfontname"), QStringLiteral("labelfontsize"), QStringLiteral("labelhref"),
    QStringLiteral("labelloc"), QStringLiteral("labeltarget"), QStringLiteral("labeltooltip"),
    QStringLiteral("labelURL"), QStringLiteral("layer"), QStringLiteral("len"),
    QStringLiteral("lhead"), QStringLiteral("lp"), QStringLiteral("ltail"), QStringLiteral("margin"),
    QStringLiteral("minlen"), QStringLiteral("nojustify"), QStringLiteral("ordering"),
    QStringLiteral("orientation"), QStringLiteral("penwidth"), QStringLiteral("peripheries"),
    QStringLiteral("pin"), QStringLiteral("pos"), QStringLiteral("rects"), QStringLiteral("regular"),
    QStringLiteral("root"), QStringLiteral("samehead"), QStringLiteral("sametail"),
    QStringLiteral("samplepoints"), QStringLiteral("shape"), QStringLiteral("shapefile"),
    QStringLiteral("showboxes"), QStringLiteral("sides"), QStringLiteral("skew"),
    QStringLiteral("sortv"), QStringLiteral("tail_lp"), QStringLiteral("tailclip"),
    QStringLiteral("tailhref"), QStringLiteral("taillabel"), QStringLiteral("tailport"),
    QStringLiteral("tailtarget"), QStringLiteral("tailtooltip"), QStringLiteral("tailURL"),
    QStringLiteral("target"), QStringLiteral("tooltip"), QStringLiteral("URL"),
    QStringLiteral("vertices"), QStringLiteral("weight"), QStringLiteral("width"),
    QStringLiteral("xlabel"), QStringLiteral("xlp"), QStringLiteral("z"),
};

// An attribute name as written: bare when it is a plain DOT identifier.
QString attributeName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z_0-9]*$"));
    static const QStringList keywords = {QStringLiteral("node"), QStringLiteral("edge"),
                                         QStringLiteral("graph"), QStringLiteral("digraph"),
                                         QStringLiteral("subgraph"), QStringLiteral("strict")};
    if (plain.match(name).hasMatch() && !keywords.contains(name.toLower()))
        return name;
    return quoted(name);
}

struct Writer
{
    QString out;
    LossReport losses;

    // Control characters other than line breaks would break the SVG that
    // Graphviz makes of the file.
    QString safe(const QString &text, const QString &element)
    {
        bool replaced = false;
        const QString cleaned = xmlSafe(text, &replaced);
        if (replaced)
            losses.add(QStringLiteral("control characters are written as U+FFFD"), element);
        return cleaned;
    }

    void attributes(const QList<std::pair<QString, QString>> &list, const QString &element)
    {
        out += QStringLiteral(" [");
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                out += QStringLiteral(", ");
            out += attributeName(safe(list.at(i).first, element)) + QLatin1Char('=')
                + quoted(safe(list.at(i).second, element));
        }
        out += QStringLiteral("];\n");
    }
};

} // namespace

QString quoted(const QString &text)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    lines.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString q;
    q.reserve(lines.size() + 2);
    q += QLatin1Char('"');
    for (const QChar c : std::as_const(lines)) {
        if (c == QLatin1Char('"'))
            q += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\\'))
            q += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\n'))
            q += QStringLiteral("\\n");
        else
            q += c;
    }
    q += QLatin1Char('"');
    return q;
}

QByteArray write(const KnowledgeGraph &graph, QStringList *warnings)
{
    Writer w;
    w.out += QStringLiteral("// Written by Threadline %1\n").arg(QStringLiteral(THREADLINE_VERSION));
    w.out += QStringLiteral("digraph \"threadline\" {\n");
    w.out += QStringLiteral("  node [style=filled, fontname=\"DejaVu Sans\"];\n");
    w.out += QStringLiteral("  edge [fontname=\"DejaVu Sans\", fontsize=10];\n");
    qsizetype spans = 0;
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        const QString element = QStringLiteral("node ") + node.key;
        QList<std::pair<QString, QString>> list = {
            {QStringLiteral("label"), node.label},
            {QStringLiteral("kind"), kindText(node)},
            {QStringLiteral("fillcolor"), kindColorName(node.kind)},
        };
        if (!node.aliases.isEmpty())
            list.append({QStringLiteral("aliases"), joinAliases(node.aliases)});
        for (const PropertyOut &p : propertiesToWrite(node.properties, reservedNames, element,
                                                      node.kind == NodeKind::Other, w.losses))
            list.append({p.name, valueToText(p.value, p.type)});
        list.append({QStringLiteral("evidence_count"), QString::number(node.evidence.size())});
        spans += node.evidence.size();
        w.out += QStringLiteral("  ") + quoted(w.safe(node.key, element));
        w.attributes(list, element);
    }
    for (EdgeId id : graph.edges()) {
        const EdgeData &edge = graph.edge(id);
        const QString element = QStringLiteral("edge ") + edge.key;
        QList<std::pair<QString, QString>> list = {
            {QStringLiteral("id"), edge.key},
            {QStringLiteral("label"), edge.relation},
        };
        // An undirected edge is drawn without an arrowhead.
        if (edgeDirection(edge) == std::optional<bool>(false))
            list.append({QStringLiteral("dir"), QStringLiteral("none")});
        for (const PropertyOut &p :
             propertiesToWrite(withoutDirection(edge.properties), reservedNames, element, false, w.losses))
            list.append({p.name, valueToText(p.value, p.type)});
        list.append({QStringLiteral("evidence_count"), QString::number(edge.evidence.size())});
        spans += edge.evidence.size();
        w.out += QStringLiteral("  ") + quoted(w.safe(graph.node(edge.source).key, element))
            + QStringLiteral(" -> ") + quoted(w.safe(graph.node(edge.target).key, element));
        w.attributes(list, element);
    }
    w.out += QStringLiteral("}\n");
    if (spans > 0)
        w.losses.addNote(QStringLiteral("%1 evidence spans are not written, only their count per element: DOT "
                                        "has no place for quotes (GraphML, GEXF and JSON keep them)")
                             .arg(spans));
    if (!graph.documents().isEmpty())
        w.losses.addNote(QStringLiteral("%1 documents (titles, outlets, dates, texts) are not written: DOT has "
                                        "no place for them")
                             .arg(graph.documents().size()));
    w.losses.flush(warnings);
    return w.out.toUtf8();
}

bool writeFile(const QString &path, const KnowledgeGraph &graph, QString *error, QStringList *warnings)
{
    return saveFile(path, write(graph, warnings), error);
}

} // namespace threadline::dot
