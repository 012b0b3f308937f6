#include "gexf.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <tuple>

#include "formatsupport.h"
#include "kindcolors.h"
#include "knowledgegraph.h"

namespace threadline::gexf {

using namespace formats;

namespace {

const QString threadlineNamespace = QStringLiteral("https://threadline.invalid/xmlns/gexf");
const QString xsiNamespace = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

// Namespaces real GEXF files use: 1.3 with and without "www", the drafts,
// and the one of Gephi before GEXF 1.0.
const QStringList knownNamespaces = {
    QStringLiteral("http://gexf.net/1.3"),          QStringLiteral("http://www.gexf.net/1.3"),
    QStringLiteral("http://gexf.net/1.2draft"),     QStringLiteral("http://www.gexf.net/1.2draft"),
    QStringLiteral("http://www.gexf.net/1.1draft"), QStringLiteral("http://www.gexf.net/1.0"),
    QStringLiteral("http://www.gephi.org/gexf"),    QStringLiteral("http://www.gephi.org/gexf/1.1draft"),
};

// ---- writing ---------------------------------------------------------------

const QStringList fixedNodeNames = {QStringLiteral("kind"), QStringLiteral("label"),
                                    QStringLiteral("aliases"), QStringLiteral("evidence"),
                                    QStringLiteral("evidence_count")};
const QStringList fixedEdgeNames = {QStringLiteral("relation"), QStringLiteral("evidence"),
                                    QStringLiteral("evidence_count")};

QString gexfType(ValueType type)
{
    switch (type) {
    case ValueType::Boolean: return QStringLiteral("boolean");
    case ValueType::Int: return QStringLiteral("integer");
    case ValueType::Long: return QStringLiteral("long");
    case ValueType::Double: return QStringLiteral("double");
    case ValueType::String:
    case ValueType::Json: return QStringLiteral("string");
    }
    return QStringLiteral("string");
}

// The <attribute>s of one class (node or edge), one per (title, type).
class AttributeTable
{
public:
    explicit AttributeTable(QChar prefix) : m_prefix(prefix) {}

    void add(const QString &title, ValueType type)
    {
        const auto spec = std::make_pair(title, int(type));
        if (m_ids.contains(spec))
            return;
        m_ids.insert(spec, QStringLiteral("%1%2").arg(m_prefix).arg(m_order.size()));
        m_order.append(spec);
    }
    QString id(const QString &title, ValueType type) const { return m_ids.value({title, int(type)}); }
    void write(QXmlStreamWriter &xml, const QString &cls) const
    {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), cls);
        xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
        for (const auto &spec : m_order) {
            xml.writeEmptyElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), m_ids.value(spec));
            xml.writeAttribute(QStringLiteral("title"), xmlSafe(spec.first, nullptr));
            xml.writeAttribute(QStringLiteral("type"), gexfType(ValueType(spec.second)));
            // Other readers see a string; Threadline reads the JSON back.
            if (ValueType(spec.second) == ValueType::Json)
                xml.writeAttribute(QStringLiteral("threadline.type"), QStringLiteral("json"));
        }
        xml.writeEndElement();
    }

private:
    QChar m_prefix;
    QMap<std::pair<QString, int>, QString> m_ids;
    QList<std::pair<QString, int>> m_order;
};

struct AttValueOut
{
    QString title;
    ValueType type;
    QString text;
};

void writeAttValues(QXmlStreamWriter &xml, const AttributeTable &table, const QList<AttValueOut> &values,
                    LossReport &losses, const QString &element)
{
    if (values.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("attvalues"));
    for (const AttValueOut &v : values) {
        bool replaced = false;
        xml.writeEmptyElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), table.id(v.title, v.type));
        xml.writeAttribute(QStringLiteral("value"), xmlSafe(v.text, &replaced));
        if (replaced)
            losses.add(QStringLiteral("characters XML cannot hold (control characters) are written as U+FFFD"),
                       element);
    }
    xml.writeEndElement();
}

QString number(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// ---- reading ---------------------------------------------------------------

struct AttrDef
{
    QString id;
    QString title;
    QString typeName;
    ValueType type = ValueType::String; // of the elements, for a list type
    bool list = false;
    bool hasDefault = false;
    QString defaultText;
    int line = 0;
};

struct AttValue
{
    QString id;
    QString value;
    bool timed = false;
    int line = 0;
    int column = 0;
};

struct Viz
{
    QString color;
    std::optional<double> alpha, x, y, z, size, thickness;
    QString shape;
};

struct RawElement
{
    QString id;
    std::optional<QString> label;
    QString parent;      // nodes: pid or the enclosing node
    QStringList parents; // nodes: GEXF 1.1 <parents>
    QString source, target, type, weight, edgeKind; // edges
    bool hasWeight = false;
    QString start, end;
    int spells = 0;
    QList<AttValue> values;
    Viz viz;
    int line = 0;
    int column = 0;
};

std::optional<ValueType> scalarType(const QString &name)
{
    if (name == QLatin1String("boolean"))
        return ValueType::Boolean;
    if (name == QLatin1String("integer") || name == QLatin1String("int") || name == QLatin1String("short")
        || name == QLatin1String("byte"))
        return ValueType::Int;
    if (name == QLatin1String("long") || name == QLatin1String("biginteger"))
        return ValueType::Long;
    if (name == QLatin1String("float") || name == QLatin1String("double") || name == QLatin1String("bigdecimal"))
        return ValueType::Double;
    if (name == QLatin1String("string") || name == QLatin1String("anyURI") || name == QLatin1String("date")
        || name == QLatin1String("char") || name == QLatin1String("time") || name == QLatin1String("datetime"))
        return ValueType::String;
    return std::nullopt;
}

// The items of a GEXF list value, in any of the spellings writers use:
// "a|b|c", "a, b, c", "[a, b, c]", JSON, or quoted with ' or " and \ escapes.
std::optional<QStringList> listItems(const QString &text)
{
    const QString t = text.trimmed();
    QStringList items;
    if (t.isEmpty())
        return items;
    if (!(t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))) {
        const QChar separator = t.contains(QLatin1Char('|')) ? QLatin1Char('|') : QLatin1Char(',');
        for (const QString &item : t.split(separator))
            items.append(item.trimmed());
        return items;
    }
    const QJsonDocument json = QJsonDocument::fromJson(t.toUtf8());
    if (json.isArray()) {
        for (const QJsonValue &v : json.array()) {
            if (v.isString())
                items.append(v.toString());
            else if (v.isBool())
                items.append(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (v.isDouble())
                items.append(number(v.toDouble()));
            else
                items.append(jsonText(v.toVariant()));
        }
        return items;
    }
    const QStringView inner = QStringView(t).mid(1, t.size() - 2);
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < inner.size() && inner.at(i).isSpace())
            ++i;
    };
    skipSpace();
    if (i == inner.size())
        return items;
    for (;;) {
        skipSpace();
        QString item;
        if (i < inner.size() && (inner.at(i) == QLatin1Char('\'') || inner.at(i) == QLatin1Char('"'))) {
            const QChar quote = inner.at(i++);
            bool closed = false;
            while (i < inner.size()) {
                const QChar c = inner.at(i++);
                if (c == QLatin1Char('\\') && i < inner.size()) {
                    item += inner.at(i++);
                } else if (c == quote) {
                    closed = true;
                    break;
                } else {
                    item += c;
                }
            }
            if (!closed)
                return std::nullopt;
            skipSpace();
        } else {
            const qsizetype from = i;
            while (i < inner.size() && inner.at(i) != QLatin1Char(','))
                ++i;
            item = inner.mid(from, i - from).trimmed().toString();
        }
        items.append(item);
        if (i == inner.size())
            return items;
        if (inner.at(i) != QLatin1Char(','))
            return std::nullopt;
        ++i;
    }
}

class Reader
{
public:
    Reader(const QByteArray &data, const QString &fileName, QStringList &warnings)
        : m_xml(data), m_file(fileName), m_warnings(warnings)
    {
    }

    void run(KnowledgeGraph &graph, const ShapeObserver &onShape)
    {
        parse();
        QList<Document> documents;
        if (!m_documentsText.isEmpty()) {
            QString error;
            documents = documentsFromText(m_documentsText, &error);
            if (!error.isEmpty())
                fail(m_documentsLine, 0, QStringLiteral("the documents are not valid: %1").arg(error));
        }
        QList<NodeDraft> nodes = resolveNodes();
        QList<EdgeDraft> edges = resolveEdges();
        reportLosses();
        // A drawing of its own is shown as drawn: nothing to lay out early.
        buildGraph(m_file, documents, nodes, edges, graph, m_warnings,
                   m_positions.isEmpty() ? onShape : ShapeObserver());
    }

    // Scene coordinates (y down) of the nodes that had a viz:position.
    const QHash<QString, QPointF> &positions() const { return m_positions; }

private:
    enum class Frame { Root, Meta, Graph, Attributes, Nodes, Node, Edges, Edge, AttValues, Parents };
    struct Level
    {
        explicit Level(Frame f, qsizetype i = -1, bool e = false) : frame(f), index(i), edge(e) {}
        Frame frame;
        qsizetype index = -1; // into m_nodes / m_edges
        bool edge = false;    // attvalues of an edge
        QString cls;          // attributes: node or edge
        QString parentNode;   // nodes: the node they are nested in
    };

    void next()
    {
        m_xml.readNext();
        if (m_xml.hasError())
            failXml(m_xml);
        checkXmlToken(m_xml);
    }

    int line() const { return int(m_xml.lineNumber()); }
    int column() const { return int(m_xml.columnNumber()); }

    QString attribute(const char *name) const
    {
        return m_xml.attributes().value(QLatin1String(name)).toString();
    }
    bool has(const char *name) const { return m_xml.attributes().hasAttribute(QLatin1String(name)); }

    void skipElement()
    {
        for (int depth = 0;;) {
            next();
            if (m_xml.isStartElement())
                ++depth;
            else if (m_xml.isEndElement() && depth-- == 0)
                return;
        }
    }

    QString readText()
    {
        QString text;
        for (int depth = 0;;) {
            next();
            if (m_xml.isStartElement())
                ++depth;
            else if (m_xml.isEndElement() && depth-- == 0)
                return text;
            else if (m_xml.isCharacters() && depth == 0)
                appendText(text, m_xml.text(), m_xml);
        }
    }

    std::optional<double> numberAttribute(const char *name)
    {
        if (!has(name))
            return std::nullopt;
        const auto value = parseDouble(attribute(name));
        if (!value)
            fail(line(), column(),
                 QStringLiteral("<%1 %2=\"%3\">: not a number")
                     .arg(m_xml.qualifiedName())
                     .arg(QLatin1String(name), preview(attribute(name))));
        return value;
    }

    void readViz(RawElement &element)
    {
        const QStringView name = m_xml.name();
        Viz &viz = element.viz;
        if (name == u"color") {
            if (has("hex")) {
                viz.color = attribute("hex").trimmed().toLower();
                if (!viz.color.startsWith(QLatin1Char('#')))
                    viz.color.prepend(QLatin1Char('#'));
            } else {
                const auto channel = [&](const char *c) { return int(std::clamp(numberAttribute(c).value_or(0), 0.0, 255.0)); };
                viz.color = QStringLiteral("#%1%2%3")
                                .arg(channel("r"), 2, 16, QLatin1Char('0'))
                                .arg(channel("g"), 2, 16, QLatin1Char('0'))
                                .arg(channel("b"), 2, 16, QLatin1Char('0'));
            }
            viz.alpha = numberAttribute("a");
        } else if (name == u"position") {
            viz.x = numberAttribute("x");
            viz.y = numberAttribute("y");
            viz.z = numberAttribute("z");
        } else if (name == u"size") {
            viz.size = numberAttribute("value");
        } else if (name == u"thickness") {
            viz.thickness = numberAttribute("value");
        } else if (name == u"shape") {
            viz.shape = has("uri") ? attribute("uri") : attribute("value");
        }
    }

    void readAttribute(const QString &cls)
    {
        AttrDef def;
        def.line = line();
        def.id = attribute("id");
        def.title = has("title") ? attribute("title") : def.id;
        def.typeName = has("type") ? attribute("type") : QStringLiteral("string");
        if (def.id.isEmpty())
            fail(line(), column(), QStringLiteral("an <attribute> has no id"));
        QString elementType = def.typeName;
        if (elementType.startsWith(QLatin1String("list"))) {
            def.list = true;
            elementType = elementType.mid(4);
        }
        if (const auto type = scalarType(elementType)) {
            def.type = *type;
        } else {
            def.list = false;
            m_warnings.append(located(m_file, line(),
                                      QStringLiteral("the attribute \"%1\" has the type \"%2\", which GEXF does "
                                                     "not define; its values are read as text")
                                          .arg(def.title, def.typeName)));
        }
        if (attribute("threadline.type") == QLatin1String("json")) {
            def.type = ValueType::Json;
            def.list = false;
        }
        for (;;) {
            next();
            if (m_xml.isEndElement())
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"default") {
                def.hasDefault = true;
                def.defaultText = readText();
            } else {
                skipElement(); // <options>
            }
        }
        m_attributes[cls].insert(def.id, def);
    }

    void parse()
    {
        QList<Level> stack;
        bool sawRoot = false;
        while (!m_xml.atEnd()) {
            next();
            if (m_xml.isEndElement()) {
                stack.removeLast();
                continue;
            }
            if (!m_xml.isStartElement())
                continue;
            const QStringView name = m_xml.name();
            const QStringView ns = m_xml.namespaceUri();
            if (!sawRoot) {
                if (name != u"gexf")
                    fail(line(), column(),
                         QStringLiteral("this is not GEXF: the root element is <%1>, not <gexf>")
                             .arg(m_xml.qualifiedName()));
                m_namespace = ns.toString();
                if (!knownNamespaces.contains(m_namespace))
                    m_warnings.append(located(m_file, line(),
                                              QStringLiteral("the GEXF namespace \"%1\" is not one Threadline "
                                                             "knows; the file is read as GEXF 1.3")
                                                  .arg(m_namespace)));
                sawRoot = true;
                stack.append(Level(Frame::Root));
                continue;
            }
            const Level top = stack.last();
            if (ns != m_namespace) {
                if (ns == threadlineNamespace && name == u"documents") {
                    m_documentsLine = line();
                    m_documentsText = readText();
                    continue;
                }
                const bool isViz = ns.endsWith(u"/viz");
                if (isViz && top.frame == Frame::Node)
                    readViz(m_nodes[top.index]);
                else if (isViz && top.frame == Frame::Edge)
                    readViz(m_edges[top.index]);
                skipElement();
                continue;
            }
            if (name == u"meta" && top.frame == Frame::Root) {
                stack.append(Level(Frame::Meta));
            } else if (name == u"creator" && top.frame == Frame::Meta) {
                m_creator = readText().trimmed();
            } else if (name == u"graph" && top.frame == Frame::Root) {
                if (++m_graphs > 1)
                    fail(line(), column(), QStringLiteral("a second <graph>; a GEXF file holds one"));
                m_defaultDirected = attribute("defaultedgetype") == QLatin1String("directed");
                m_dynamic = attribute("mode") == QLatin1String("dynamic") || attribute("type") == QLatin1String("dynamic");
                stack.append(Level(Frame::Graph));
            } else if (name == u"attributes" && top.frame == Frame::Graph) {
                const QString cls = attribute("class");
                if (cls != QLatin1String("node") && cls != QLatin1String("edge"))
                    fail(line(), column(),
                         QStringLiteral("<attributes class=\"%1\">: the class must be node or edge").arg(cls));
                Level level(Frame::Attributes);
                level.cls = cls;
                stack.append(level);
            } else if (name == u"attribute" && top.frame == Frame::Attributes) {
                readAttribute(top.cls);
            } else if (name == u"nodes" && (top.frame == Frame::Graph || top.frame == Frame::Node)) {
                Level level(Frame::Nodes);
                if (top.frame == Frame::Node)
                    level.parentNode = m_nodes.at(top.index).id;
                stack.append(level);
            } else if (name == u"node" && top.frame == Frame::Nodes) {
                RawElement node = element();
                node.parent = has("pid") ? attribute("pid") : top.parentNode;
                m_nodes.append(node);
                stack.append(Level(Frame::Node, m_nodes.size() - 1));
            } else if (name == u"edges" && (top.frame == Frame::Graph || top.frame == Frame::Node)) {
                stack.append(Level(Frame::Edges));
            } else if (name == u"edge" && top.frame == Frame::Edges) {
                RawElement edge = element();
                edge.source = attribute("source");
                edge.target = attribute("target");
                edge.type = attribute("type");
                edge.edgeKind = attribute("kind");
                edge.hasWeight = has("weight");
                edge.weight = attribute("weight");
                if (edge.source.isEmpty() || edge.target.isEmpty())
                    fail(line(), column(), QStringLiteral("an <edge> needs a source and a target"));
                m_edges.append(edge);
                stack.append(Level(Frame::Edge, m_edges.size() - 1));
            } else if (name == u"attvalues" && (top.frame == Frame::Node || top.frame == Frame::Edge)) {
                stack.append(Level(Frame::AttValues, top.index, top.frame == Frame::Edge));
            } else if (name == u"attvalue" && top.frame == Frame::AttValues) {
                AttValue value;
                value.id = has("for") ? attribute("for") : attribute("id"); // "id" before GEXF 1.0
                value.value = attribute("value");
                value.timed = has("start") || has("end") || has("timestamp") || has("startopen")
                    || has("endopen") || has("timestamps") || has("intervals");
                value.line = line();
                value.column = column();
                (top.edge ? m_edges : m_nodes)[top.index].values.append(value);
                skipElement();
            } else if (name == u"parents" && top.frame == Frame::Node) {
                stack.append(Level(Frame::Parents, top.index));
            } else if (name == u"parent" && top.frame == Frame::Parents) {
                m_nodes[top.index].parents.append(attribute("for"));
                skipElement();
            } else if (name == u"spells" && (top.frame == Frame::Node || top.frame == Frame::Edge)) {
                (top.frame == Frame::Edge ? m_edges : m_nodes)[top.index].spells++;
                ++m_spells;
                skipElement();
            } else {
                skipElement(); // description, keywords, viz in the main namespace, …
            }
        }
        if (!sawRoot)
            fail(line(), column(), QStringLiteral("the file has no <gexf> element"));
        if (m_graphs == 0)
            fail(line(), column(), QStringLiteral("the file has no <graph>"));
    }

    RawElement element() const
    {
        RawElement e;
        e.id = attribute("id");
        if (has("label"))
            e.label = attribute("label");
        e.start = has("start") ? attribute("start") : attribute("timestamp");
        e.end = attribute("end");
        e.line = line();
        e.column = column();
        return e;
    }

    bool own() const { return m_creator.startsWith(QLatin1String("Threadline")); }

    const AttrDef &attrFor(const QString &cls, const AttValue &value)
    {
        QHash<QString, AttrDef> &defs = m_attributes[cls];
        auto it = defs.find(value.id);
        if (it == defs.end()) {
            AttrDef def;
            def.id = value.id;
            def.title = value.id;
            it = defs.insert(value.id, def);
            m_warnings.append(located(m_file, value.line,
                                      QStringLiteral("the %1 attribute \"%2\" is used but never declared; its "
                                                     "values are read as text named \"%2\"")
                                          .arg(cls, value.id)));
        }
        return *it;
    }

    std::optional<QVariant> typedValue(const AttrDef &def, const QString &text, int atLine, int atColumn,
                                       const QString &element)
    {
        const auto bad = [&] {
            fail(atLine, atColumn,
                 QStringLiteral("%1: the value \"%2\" of \"%3\" is not %4%5")
                     .arg(element, preview(text), def.title, def.list ? QStringLiteral("a list of ") : QString(),
                          def.list ? def.typeName.mid(4) : typeDescription(def.type)),
                 QStringLiteral("%1/attvalue[@for=\"%2\"]").arg(element, def.id));
        };
        if (def.type == ValueType::String && !def.list)
            return QVariant(text);
        if (text.trimmed().isEmpty())
            return std::nullopt;
        if (!def.list) {
            const auto value = valueFromText(text, def.type);
            if (!value)
                bad();
            return value;
        }
        const auto items = listItems(text);
        if (!items)
            bad();
        QVariantList list;
        for (const QString &item : *items) {
            const auto value = valueFromText(item, def.type);
            if (!value)
                bad();
            list.append(*value);
        }
        return list;
    }

    // Each attribute's value on one element: the last one written (dynamic
    // files give several, over time), then the defaults of the rest.
    QList<std::pair<AttrDef, AttValue>> values(const QString &cls, const RawElement &element)
    {
        QList<std::pair<AttrDef, AttValue>> out;
        QHash<QString, qsizetype> at;
        for (const AttValue &value : element.values) {
            const AttrDef &def = attrFor(cls, value);
            const auto found = at.constFind(def.id);
            if (value.timed || m_dynamic)
                m_timedTitles.insert(def.title);
            if (found == at.constEnd()) {
                at.insert(def.id, out.size());
                out.append({def, value});
            } else {
                ++m_dropped[def.title];
                out[*found].second = value;
            }
        }
        for (const AttrDef &def : m_attributes.value(cls)) {
            if (!def.hasDefault || at.contains(def.id))
                continue;
            AttValue value;
            value.id = def.id;
            value.value = def.defaultText;
            value.line = def.line;
            out.append({def, value});
        }
        return out;
    }

    void vizProperties(const Viz &viz, QVariantMap &properties)
    {
        if (own())
            return; // colours come from kinds, positions go to `positions`
        const auto put = [&](const char *name, const QVariant &value) {
            insertProperty(properties, QLatin1String(name), value, false, m_renamed);
        };
        if (!viz.color.isEmpty())
            put("viz_color", viz.color);
        if (viz.alpha)
            put("viz_alpha", *viz.alpha);
        if (viz.x)
            put("viz_x", *viz.x);
        if (viz.y)
            put("viz_y", *viz.y);
        if (viz.z)
            put("viz_z", *viz.z);
        if (viz.size)
            put("viz_size", *viz.size);
        if (viz.thickness)
            put("viz_thickness", *viz.thickness);
        if (!viz.shape.isEmpty())
            put("viz_shape", viz.shape);
    }

    void timeProperties(const RawElement &raw, QVariantMap &properties)
    {
        if (!raw.start.isEmpty())
            insertProperty(properties, QStringLiteral("start"), raw.start, false, m_renamed);
        if (!raw.end.isEmpty())
            insertProperty(properties, QStringLiteral("end"), raw.end, false, m_renamed);
    }

    bool hasEvidenceAttribute(const QString &cls) const
    {
        for (const AttrDef &def : m_attributes.value(cls)) {
            if (def.title == QLatin1String("evidence"))
                return true;
        }
        return false;
    }

    QList<EvidenceSpan> evidence(const QString &text, const AttValue &at, const QString &element)
    {
        if (text.trimmed().isEmpty())
            return {};
        QString error;
        QList<EvidenceSpan> spans = evidenceFromText(text, &error);
        if (!error.isEmpty())
            fail(at.line, at.column, QStringLiteral("%1: the evidence is not valid: %2").arg(element, error));
        return spans;
    }

    QList<NodeDraft> resolveNodes()
    {
        const QString cls = QStringLiteral("node");
        const bool ownEvidence = hasEvidenceAttribute(cls);
        QList<NodeDraft> drafts;
        drafts.reserve(m_nodes.size());
        for (const RawElement &raw : std::as_const(m_nodes)) {
            NodeDraft draft;
            draft.line = raw.line;
            draft.column = raw.column;
            NodeData &node = draft.data;
            node.key = raw.id;
            const QString element = QStringLiteral("node \"%1\"").arg(raw.id);
            QString kindValue, labelAttribute, nameText, labelVText;
            for (const auto &[def, value] : values(cls, raw)) {
                const QString &title = def.title;
                if (title == QLatin1String("kind")) {
                    kindValue = value.value.trimmed();
                } else if (title == QLatin1String("aliases") && def.type == ValueType::String && !def.list) {
                    node.aliases = splitAliases(value.value);
                } else if (title == QLatin1String("evidence")) {
                    node.evidence = evidence(value.value, value, element);
                } else if (title == QLatin1String("evidence_count") && ownEvidence) {
                    // derived from the evidence
                } else if (const auto v = typedValue(def, value.value, value.line, value.column, element)) {
                    if (title == QLatin1String("label") && !raw.label) {
                        labelAttribute = v->toString();
                        continue; // the label itself
                    }
                    if (title == QLatin1String("name"))
                        nameText = v->toString();
                    else if (title == QLatin1String("labelV"))
                        labelVText = v->toString();
                    insertProperty(node.properties, title, *v, isReservedNodeName(title), m_renamed);
                }
            }
            for (const QString &candidate : {raw.label.value_or(QString()), labelAttribute, nameText,
                                             labelVText, raw.id}) {
                if (!candidate.isEmpty()) {
                    node.label = candidate;
                    break;
                }
            }
            node.kind = kindFromName(kindValue).value_or(NodeKind::Other);
            if (!kindValue.isEmpty() && node.kind == NodeKind::Other && kindValue != kindName(NodeKind::Other))
                insertProperty(node.properties, QStringLiteral("kind"), kindValue, false, m_renamed);
            if (!raw.parent.isEmpty())
                insertProperty(node.properties, QStringLiteral("parent"), raw.parent, false, m_renamed);
            if (!raw.parents.isEmpty())
                insertProperty(node.properties, QStringLiteral("parents"), raw.parents, false, m_renamed);
            timeProperties(raw, node.properties);
            vizProperties(raw.viz, node.properties);
            if (raw.viz.x && raw.viz.y)
                m_positions.insert(raw.id, QPointF(*raw.viz.x, -*raw.viz.y)); // GEXF's y points up
            m_nested += raw.parent.isEmpty() && raw.parents.isEmpty() ? 0 : 1;
            drafts.append(std::move(draft));
        }
        return drafts;
    }

    QList<EdgeDraft> resolveEdges()
    {
        const QString cls = QStringLiteral("edge");
        const bool ownEvidence = hasEvidenceAttribute(cls);
        // Where some edges carry a weight, the others weigh 1 (the GEXF
        // default); where none does, no weight is invented.
        bool anyWeight = false;
        for (const RawElement &raw : std::as_const(m_edges))
            anyWeight = anyWeight || raw.hasWeight;
        QList<EdgeDraft> drafts;
        drafts.reserve(m_edges.size());
        for (const RawElement &raw : std::as_const(m_edges)) {
            EdgeDraft draft;
            draft.line = raw.line;
            draft.column = raw.column;
            draft.source = raw.source;
            draft.target = raw.target;
            EdgeData &edge = draft.data;
            edge.key = raw.id;
            const QString element = raw.id.isEmpty() ? QStringLiteral("edge %1→%2").arg(raw.source, raw.target)
                                                     : QStringLiteral("edge \"%1\"").arg(raw.id);
            QString relationAttribute, labelAttribute, labelEText;
            for (const auto &[def, value] : values(cls, raw)) {
                const QString &title = def.title;
                if (title == QLatin1String("evidence")) {
                    edge.evidence = evidence(value.value, value, element);
                } else if (title == QLatin1String("evidence_count") && ownEvidence) {
                    // derived from the evidence
                } else if (const auto v = typedValue(def, value.value, value.line, value.column, element)) {
                    if (title == QLatin1String("relation") && def.type == ValueType::String) {
                        relationAttribute = v->toString().trimmed();
                        continue;
                    }
                    if (title == QLatin1String("label"))
                        labelAttribute = v->toString().trimmed();
                    else if (title == QLatin1String("labelE"))
                        labelEText = v->toString().trimmed();
                    insertProperty(edge.properties, title, *v, isReservedEdgeName(title), m_renamed);
                }
            }
            // The relation: a "relation" attribute, else the edge's label, else
            // its kind (GEXF 1.3), else a label attribute.
            const QString label = raw.label.value_or(QString()).trimmed();
            if (!relationAttribute.isEmpty()) {
                edge.relation = relationAttribute;
                if (raw.label)
                    insertProperty(edge.properties, QStringLiteral("label"), *raw.label, false, m_renamed);
            } else if (!label.isEmpty()) {
                edge.relation = label;
            }
            if (!raw.edgeKind.isEmpty()) {
                if (edge.relation.isEmpty())
                    edge.relation = raw.edgeKind.trimmed();
                else
                    insertProperty(edge.properties, QStringLiteral("kind"), raw.edgeKind, false, m_renamed);
            }
            for (const QString &candidate : {edge.relation, labelAttribute, labelEText, QStringLiteral("related_to")}) {
                if (!candidate.isEmpty()) {
                    edge.relation = candidate;
                    break;
                }
            }
            if (raw.hasWeight) {
                const auto weight = parseDouble(raw.weight);
                if (!weight)
                    fail(raw.line, raw.column,
                         QStringLiteral("%1: the weight \"%2\" is not a number").arg(element, preview(raw.weight)));
                // Threadline writes whole weights without a fraction; they come back whole.
                bool whole = false;
                const qlonglong asInteger = raw.weight.trimmed().toLongLong(&whole);
                insertProperty(edge.properties, QStringLiteral("weight"),
                               own() && whole ? QVariant(asInteger) : QVariant(*weight), false, m_renamed);
            } else if (anyWeight && !own()) {
                insertProperty(edge.properties, QStringLiteral("weight"), 1.0, false, m_renamed);
            }
            if (!raw.type.isEmpty() && raw.type != QLatin1String("directed") && raw.type != QLatin1String("undirected")
                && raw.type != QLatin1String("mutual"))
                fail(raw.line, raw.column,
                     QStringLiteral("%1: the type \"%2\" is none of directed, undirected, mutual")
                         .arg(element, raw.type));
            const bool directed = raw.type.isEmpty() ? m_defaultDirected : raw.type == QLatin1String("directed");
            // Marked where it has no direction (drawn without an arrowhead),
            // or where the file says its direction edge by edge.
            if (!directed || !raw.type.isEmpty())
                insertProperty(edge.properties, QStringLiteral("directed"), directed, false, m_renamed);
            if (raw.type == QLatin1String("mutual"))
                insertProperty(edge.properties, QStringLiteral("mutual"), true, false, m_renamed);
            if (!directed)
                ++m_undirected;
            timeProperties(raw, edge.properties);
            vizProperties(raw.viz, edge.properties);
            drafts.append(std::move(draft));
        }
        return drafts;
    }

    void reportLosses()
    {
        const auto say = [this](const QString &message) { m_warnings.append(located(m_file, 0, message)); };
        for (auto it = m_dropped.begin(); it != m_dropped.end(); ++it) {
            if (m_timedTitles.contains(it.key()))
                say(QStringLiteral("the attribute \"%1\" changes over time (dynamic GEXF); only the last value "
                                   "of each element is kept (%2 earlier values dropped)")
                        .arg(it.key())
                        .arg(it.value()));
            else
                say(QStringLiteral("the attribute \"%1\" is given more than once on an element; the last "
                                   "value is kept (%2 values dropped)")
                        .arg(it.key())
                        .arg(it.value()));
        }
        QStringList timedOnly;
        for (const QString &title : std::as_const(m_timedTitles)) {
            if (!m_dropped.contains(title))
                timedOnly.append(title);
        }
        if (!timedOnly.isEmpty()) {
            timedOnly.sort();
            say(QStringLiteral("the times of dynamic attribute values are not kept: %1")
                    .arg(timedOnly.join(QStringLiteral(", "))));
        }
        if (m_spells > 0)
            say(QStringLiteral("%1 <spells> (times when a node or edge exists) are not kept").arg(m_spells));
        if (m_nested > 0)
            say(QStringLiteral("the hierarchy is flattened; %1 nodes keep their parent in the property "
                               "\"parent\" (or \"parents\")")
                    .arg(m_nested));
        if (m_undirected > 0 && !own()) // Threadline's own files keep the direction as it was
            say(undirectedNote(m_undirected));
        if (!m_renamed.isEmpty())
            say(renamedNote(m_renamed));
    }

    QXmlStreamReader m_xml;
    QString m_file;
    QStringList &m_warnings;
    QString m_namespace;
    QString m_creator;
    QString m_documentsText;
    int m_documentsLine = 0;
    int m_graphs = 0;
    bool m_defaultDirected = false; // GEXF's default edge type is undirected
    bool m_dynamic = false;
    QHash<QString, QHash<QString, AttrDef>> m_attributes; // by class, then id
    QList<RawElement> m_nodes;
    QList<RawElement> m_edges;
    QHash<QString, QPointF> m_positions;
    QSet<QString> m_timedTitles;
    QMap<QString, int> m_dropped;
    QSet<QString> m_renamed;
    int m_spells = 0;
    qsizetype m_nested = 0;
    qsizetype m_undirected = 0;
};

} // namespace

ReadResult read(const QByteArray &data, const QString &fileName, KnowledgeGraph &out,
                QHash<NodeId, QPointF> *positions, const ShapeObserver &onShape)
{
    return readGuarded(data, fileName, out, positions,
                       [&](KnowledgeGraph &graph, QStringList &warnings, QHash<QString, QPointF> &byKey) {
                           Reader reader(data, fileName, warnings);
                           reader.run(graph, onShape);
                           byKey = reader.positions();
                       });
}

ReadResult readFile(const QString &path, KnowledgeGraph &out, QHash<NodeId, QPointF> *positions)
{
    return readFileWith(path, out, [positions](const QByteArray &data, const QString &fileName, KnowledgeGraph &g) {
        return gexf::read(data, fileName, g, positions);
    });
}

QByteArray write(const KnowledgeGraph &graph, QStringList *warnings, const QHash<NodeId, QPointF> *positions,
                 Version version)
{
    const bool v13 = version == Version::V1_3;
    const QString gexfNamespace = v13 ? QStringLiteral("http://gexf.net/1.3") : QStringLiteral("http://www.gexf.net/1.2draft");
    const QString vizNamespace = gexfNamespace + QStringLiteral("/viz");
    LossReport losses;
    AttributeTable nodeTable(QLatin1Char('n'));
    AttributeTable edgeTable(QLatin1Char('e'));
    nodeTable.add(QStringLiteral("kind"), ValueType::String);
    nodeTable.add(QStringLiteral("aliases"), ValueType::String);
    nodeTable.add(QStringLiteral("evidence"), ValueType::String);
    nodeTable.add(QStringLiteral("evidence_count"), ValueType::Int);
    edgeTable.add(QStringLiteral("evidence"), ValueType::String);
    edgeTable.add(QStringLiteral("evidence_count"), ValueType::Int);

    // Attributes are declared before the elements, so everything is typed first.
    QHash<NodeId, QList<AttValueOut>> nodeValues;
    QHash<EdgeId, QList<AttValueOut>> edgeValues;
    QHash<EdgeId, double> weights;
    QList<std::pair<QString, ValueType>> nodeTitles, edgeTitles;
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        QList<AttValueOut> &values = nodeValues[id];
        values.append({QStringLiteral("kind"), ValueType::String, kindText(node)});
        if (!node.aliases.isEmpty())
            values.append({QStringLiteral("aliases"), ValueType::String, joinAliases(node.aliases)});
        for (const PropertyOut &p : propertiesToWrite(node.properties, fixedNodeNames,
                                                      QStringLiteral("node ") + node.key,
                                                      node.kind == NodeKind::Other, losses)) {
            values.append({p.name, p.type, valueToText(p.value, p.type)});
            nodeTitles.append({p.name, p.type});
        }
        if (!node.evidence.isEmpty())
            values.append({QStringLiteral("evidence"), ValueType::String, evidenceToText(node.evidence)});
        values.append({QStringLiteral("evidence_count"), ValueType::Int, QString::number(node.evidence.size())});
    }
    for (EdgeId id : graph.edges()) {
        const EdgeData &edge = graph.edge(id);
        QList<AttValueOut> &values = edgeValues[id];
        for (const PropertyOut &p : propertiesToWrite(withoutDirection(edge.properties), fixedEdgeNames,
                                                      QStringLiteral("edge ") + edge.key, false, losses)) {
            // A numeric weight is Gephi's edge weight.
            if (p.name == QLatin1String("weight") && p.type != ValueType::String && p.type != ValueType::Json
                && p.type != ValueType::Boolean) {
                weights.insert(id, p.value.toDouble());
                continue;
            }
            values.append({p.name, p.type, valueToText(p.value, p.type)});
            edgeTitles.append({p.name, p.type});
        }
        if (!edge.evidence.isEmpty())
            values.append({QStringLiteral("evidence"), ValueType::String, evidenceToText(edge.evidence)});
        values.append({QStringLiteral("evidence_count"), ValueType::Int, QString::number(edge.evidence.size())});
    }
    std::sort(nodeTitles.begin(), nodeTitles.end());
    std::sort(edgeTitles.begin(), edgeTitles.end());
    for (const auto &[title, type] : nodeTitles)
        nodeTable.add(title, type);
    for (const auto &[title, type] : edgeTitles)
        edgeTable.add(title, type);

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(gexfNamespace);
    xml.writeNamespace(vizNamespace, QStringLiteral("viz"));
    xml.writeNamespace(xsiNamespace, QStringLiteral("xsi"));
    xml.writeNamespace(threadlineNamespace, QStringLiteral("threadline"));
    xml.writeAttribute(xsiNamespace, QStringLiteral("schemaLocation"),
                       QStringLiteral("%1 %1/gexf.xsd").arg(gexfNamespace));
    xml.writeAttribute(QStringLiteral("version"), v13 ? QStringLiteral("1.3") : QStringLiteral("1.2"));

    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Threadline %1").arg(QStringLiteral(THREADLINE_VERSION)));
    xml.writeTextElement(QStringLiteral("description"),
                         QStringLiteral("A Threadline knowledge graph. Evidence, lists and maps are JSON text; "
                                        "aliases are joined with |."));
    if (!graph.documents().isEmpty()) {
        xml.writeStartElement(threadlineNamespace, QStringLiteral("documents"));
        writeXmlText(xml, xmlSafe(documentsToText(graph.documents()), nullptr));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // meta

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"),
                       allEdgesUndirected(graph) ? QStringLiteral("undirected") : QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    nodeTable.write(xml, QStringLiteral("node"));
    edgeTable.write(xml, QStringLiteral("edge"));

    xml.writeStartElement(QStringLiteral("nodes"));
    qsizetype unplaced = 0;
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        const QString element = QStringLiteral("node ") + node.key;
        bool replaced = false;
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(node.key, &replaced));
        xml.writeAttribute(QStringLiteral("label"), xmlSafe(node.label, &replaced));
        if (replaced)
            losses.add(QStringLiteral("characters XML cannot hold (control characters) are written as U+FFFD"),
                       element);
        writeAttValues(xml, nodeTable, nodeValues.value(id), losses, element);
        const quint32 rgb = kindColorRgb(node.kind);
        xml.writeEmptyElement(vizNamespace, QStringLiteral("color"));
        xml.writeAttribute(QStringLiteral("r"), QString::number((rgb >> 16) & 0xff));
        xml.writeAttribute(QStringLiteral("g"), QString::number((rgb >> 8) & 0xff));
        xml.writeAttribute(QStringLiteral("b"), QString::number(rgb & 0xff));
        if (positions) {
            const auto it = positions->constFind(id);
            if (it != positions->constEnd()) {
                xml.writeEmptyElement(vizNamespace, QStringLiteral("position"));
                xml.writeAttribute(QStringLiteral("x"), number(it->x()));
                xml.writeAttribute(QStringLiteral("y"), number(-it->y())); // Gephi's y points up
                xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
            } else {
                ++unplaced;
            }
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // nodes

    xml.writeStartElement(QStringLiteral("edges"));
    for (EdgeId id : graph.edges()) {
        const EdgeData &edge = graph.edge(id);
        const QString element = QStringLiteral("edge ") + edge.key;
        bool replaced = false;
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(edge.key, &replaced));
        xml.writeAttribute(QStringLiteral("source"), xmlSafe(graph.node(edge.source).key, &replaced));
        xml.writeAttribute(QStringLiteral("target"), xmlSafe(graph.node(edge.target).key, &replaced));
        xml.writeAttribute(QStringLiteral("label"), xmlSafe(edge.relation, &replaced));
        if (const std::optional<bool> directed = edgeDirection(edge))
            xml.writeAttribute(QStringLiteral("type"), *directed ? QStringLiteral("directed") : QStringLiteral("undirected"));
        if (weights.contains(id))
            xml.writeAttribute(QStringLiteral("weight"), number(weights.value(id)));
        if (replaced)
            losses.add(QStringLiteral("characters XML cannot hold (control characters) are written as U+FFFD"),
                       element);
        writeAttValues(xml, edgeTable, edgeValues.value(id), losses, element);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // edges
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    if (unplaced > 0)
        losses.addNote(QStringLiteral("%1 nodes have no position and are written without viz:position").arg(unplaced));
    losses.flush(warnings);
    return bytes;
}

bool writeFile(const QString &path, const KnowledgeGraph &graph, QString *error, QStringList *warnings,
               const QHash<NodeId, QPointF> *positions, Version version)
{
    return saveFile(path, write(graph, warnings, positions, version), error);
}

} // namespace threadline::gexf
