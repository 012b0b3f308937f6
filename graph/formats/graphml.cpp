#include "graphml.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

#include "formatsupport.h"
#include "knowledgegraph.h"

namespace threadline::graphml {

using namespace formats;

namespace {

const QString graphmlNamespace = QStringLiteral("http://graphml.graphdrawing.org/xmlns");

// ---- writing ---------------------------------------------------------------

// The attributes Threadline writes itself; a property of the same name is
// written as "<name>_attribute" instead.
const QStringList fixedNodeNames = {QStringLiteral("kind"), QStringLiteral("label"),
                                    QStringLiteral("aliases"), QStringLiteral("evidence"),
                                    QStringLiteral("evidence_count")};
const QStringList fixedEdgeNames = {QStringLiteral("relation"), QStringLiteral("evidence"),
                                    QStringLiteral("evidence_count")};

QString graphmlType(ValueType type)
{
    switch (type) {
    case ValueType::Boolean: return QStringLiteral("boolean");
    case ValueType::Int: return QStringLiteral("int");
    case ValueType::Long: return QStringLiteral("long");
    case ValueType::Double: return QStringLiteral("double");
    case ValueType::String:
    case ValueType::Json: return QStringLiteral("string");
    }
    return QStringLiteral("string");
}

// One <key> per (domain, name, type): a property holding numbers on one node
// and text on another gets two keys of the same name.
class KeyTable
{
public:
    QString add(const QString &domain, const QString &name, ValueType type)
    {
        const Spec spec{domain, name, int(type)};
        auto it = m_ids.constFind(spec);
        if (it != m_ids.constEnd())
            return it.value();
        const QString id = QStringLiteral("d%1").arg(m_order.size());
        m_ids.insert(spec, id);
        m_order.append(spec);
        return id;
    }
    QString id(const QString &domain, const QString &name, ValueType type) const
    {
        return m_ids.value(Spec{domain, name, int(type)});
    }
    void write(QXmlStreamWriter &xml) const
    {
        for (const Spec &spec : m_order) {
            xml.writeEmptyElement(QStringLiteral("key"));
            xml.writeAttribute(QStringLiteral("id"), m_ids.value(spec));
            xml.writeAttribute(QStringLiteral("for"), spec.domain);
            xml.writeAttribute(QStringLiteral("attr.name"), xmlSafe(spec.name, nullptr));
            xml.writeAttribute(QStringLiteral("attr.type"), graphmlType(ValueType(spec.type)));
            // Other readers see a string; Threadline reads the JSON back.
            if (ValueType(spec.type) == ValueType::Json)
                xml.writeAttribute(QStringLiteral("threadline.type"), QStringLiteral("json"));
        }
    }

private:
    struct Spec
    {
        QString domain;
        QString name;
        int type;
        bool operator<(const Spec &o) const
        {
            return std::tie(domain, name, type) < std::tie(o.domain, o.name, o.type);
        }
    };
    QMap<Spec, QString> m_ids;
    QList<Spec> m_order;
};

void writeData(QXmlStreamWriter &xml, const QString &key, const QString &text, LossReport &losses,
               const QString &element)
{
    bool replaced = false;
    const QString safe = xmlSafe(text, &replaced);
    if (replaced)
        losses.add(QStringLiteral("characters XML cannot hold (control characters) are written as U+FFFD"),
                   element);
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), key);
    writeXmlText(xml, safe);
    xml.writeEndElement();
}

// ---- reading ---------------------------------------------------------------

struct KeyDef
{
    QString id;
    QString domain = QStringLiteral("all");
    QString name;
    ValueType type = ValueType::String;
    bool graphics = false; // yfiles.type: drawing data, not an attribute
    bool declared = true;
    bool hasDefault = false;
    QString defaultText;
    bool defaultMarkup = false;
    int line = 0;
};

// What a <data> or <default> element holds: its text, or markup (yEd and
// yFiles drawing data) in which a label may be found.
struct Content
{
    QString text;
    QString label;
    std::optional<QPointF> centre; // of the first yEd y:Geometry or yFiles y:RectD
    bool markup = false;
    int line = 0;
    int column = 0;
};

struct DataItem
{
    QString key;
    Content content;
};

struct RawNode
{
    QString id;
    QString parent; // the node whose nested graph holds this one
    QList<DataItem> data;
    int line = 0;
    int column = 0;
};

struct RawEdge
{
    QString id;
    QString source;
    QString target;
    QString sourcePort;
    QString targetPort;
    bool graphDirected = true;
    std::optional<bool> directed;
    QList<DataItem> data;
    int line = 0;
    int column = 0;
};

} // namespace
} // namespace threadline::graphml

// Moved as bytes when the lists grow (a file may hold 500k edges).
Q_DECLARE_TYPEINFO(threadline::graphml::RawNode, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(threadline::graphml::RawEdge, Q_RELOCATABLE_TYPE);

namespace threadline::graphml {
namespace {

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
        QList<Document> documents = readGraphData();
        QList<NodeDraft> nodes = resolveNodes();
        QList<EdgeDraft> edges = resolveEdges();
        reportLosses();
        // A drawing of its own is shown as drawn: nothing to lay out early.
        buildGraph(m_file, documents, nodes, edges, graph, m_warnings,
                   m_centres.isEmpty() ? onShape : ShapeObserver());
    }

    // Where the file drew each node that has a drawing, by node id.
    const QHash<QString, QPointF> &positions() const { return m_centres; }

private:
    enum class Owner { Root, Graph, Node, Edge, Port };
    struct Frame
    {
        explicit Frame(Owner o, qsizetype i = -1) : owner(o), index(i) {}
        Owner owner;
        qsizetype index = -1;     // into m_nodes / m_edges
        bool directed = true;     // a graph's edgedefault
        QString parentNode;       // a graph's enclosing node
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

    bool isGraphml() const
    {
        return m_xml.namespaceUri() == graphmlNamespace || m_xml.namespaceUri().isEmpty();
    }

    QString attribute(const char *name) const
    {
        return m_xml.attributes().value(QLatin1String(name)).toString();
    }

    void warnOnce(const QString &tag, int atLine, const QString &message)
    {
        if (!m_warnedOnce.contains(tag)) {
            m_warnedOnce.insert(tag);
            m_warnings.append(located(m_file, atLine, message));
        }
    }

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

    // The centre of the rectangle the reader stands on, when its four numbers are there.
    std::optional<QPointF> geometryCentre(bool capitalised) const
    {
        double values[4];
        const char *names[4] = {"x", "y", "width", "height"};
        for (int i = 0; i < 4; ++i) {
            QString name = QString::fromLatin1(names[i]);
            if (capitalised)
                name[0] = name[0].toUpper();
            const std::optional<double> value = parseDouble(m_xml.attributes().value(name));
            if (!value || !std::isfinite(*value))
                return std::nullopt;
            values[i] = *value;
        }
        return QPointF(values[0] + values[2] / 2, values[1] + values[3] / 2);
    }

    // From a start tag to its end tag; the caller stands on the start tag.
    Content readContent()
    {
        Content content;
        content.line = line();
        content.column = column();
        int depth = 0;
        int labelDepth = -1;
        QString label;
        for (;;) {
            next();
            if (m_xml.isStartElement()) {
                ++depth;
                content.markup = true;
                const QStringView name = m_xml.name();
                // yEd desktop keeps labels in y:NodeLabel/y:EdgeLabel, yFiles for
                // HTML in y:Label.Text; the first one with text is the label.
                if (content.label.isEmpty() && labelDepth < 0
                    && (name == u"NodeLabel" || name == u"EdgeLabel" || name == u"Label.Text")) {
                    labelDepth = depth;
                    label.clear();
                }
                // Where yEd (y:Geometry x y width height) or yFiles for HTML
                // (y:RectD X Y Width Height) drew the node.
                if (!content.centre && (name == u"Geometry" || name == u"RectD"))
                    content.centre = geometryCentre(name == u"RectD");
            } else if (m_xml.isEndElement()) {
                if (depth == 0)
                    return content;
                if (depth == labelDepth) {
                    content.label = label.trimmed();
                    labelDepth = -1;
                }
                --depth;
            } else if (m_xml.isCharacters()) {
                if (depth == 0)
                    appendText(content.text, m_xml.text(), m_xml);
                else if (labelDepth >= 0)
                    appendText(label, m_xml.text(), m_xml);
            }
        }
    }

    void readKey()
    {
        KeyDef key;
        key.line = line();
        key.id = attribute("id");
        if (key.id.isEmpty())
            fail(line(), column(), QStringLiteral("a <key> has no id"));
        if (m_xml.attributes().hasAttribute(QStringLiteral("for")))
            key.domain = attribute("for");
        key.graphics = m_xml.attributes().hasAttribute(QStringLiteral("yfiles.type"));
        if (m_xml.attributes().hasAttribute(QStringLiteral("attr.name")))
            key.name = attribute("attr.name");
        else
            key.name = key.graphics ? attribute("yfiles.type") : key.id;
        const QString type = attribute("attr.type");
        if (type == QLatin1String("boolean"))
            key.type = ValueType::Boolean;
        else if (type == QLatin1String("int"))
            key.type = ValueType::Int;
        else if (type == QLatin1String("long"))
            key.type = ValueType::Long;
        else if (type == QLatin1String("float") || type == QLatin1String("double"))
            key.type = ValueType::Double;
        else if (!type.isEmpty() && type != QLatin1String("string"))
            m_warnings.append(located(m_file, line(),
                                      QStringLiteral("the key \"%1\" (%2) has the type \"%3\", which GraphML "
                                                     "does not define; its values are read as text")
                                          .arg(key.id, key.name, type)));
        if (attribute("threadline.type") == QLatin1String("json"))
            key.type = ValueType::Json;
        for (;;) {
            next();
            if (m_xml.isEndElement())
                break;
            if (!m_xml.isStartElement())
                continue;
            if (isGraphml() && m_xml.name() == u"default") {
                const Content content = readContent();
                key.hasDefault = true;
                key.defaultText = content.text;
                key.defaultMarkup = content.markup;
                if (content.markup)
                    m_skippedMarkup.insert(key.name);
            } else {
                skipElement(); // <desc>, extensions
            }
        }
        if (m_keys.contains(key.id))
            m_warnings.append(located(m_file, key.line,
                                      QStringLiteral("the key \"%1\" is declared twice; the second "
                                                     "declaration is used")
                                          .arg(key.id)));
        m_keys.insert(key.id, key);
    }

    void parse()
    {
        QList<Frame> stack;
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
            if (!sawRoot) {
                if (!isGraphml() || name != u"graphml")
                    fail(line(), column(),
                         QStringLiteral("this is not GraphML: the root element is <%1>, not <graphml>")
                             .arg(m_xml.qualifiedName()));
                sawRoot = true;
                stack.append(Frame(Owner::Root));
                continue;
            }
            const Frame top = stack.last();
            if (!isGraphml()) {
                skipElement(); // an extension outside <data>, e.g. yEd resources
                continue;
            }
            if (name == u"key") {
                readKey();
            } else if (name == u"data") {
                DataItem item{attribute("key"), {}};
                item.content = readContent();
                if (item.key.isEmpty())
                    fail(item.content.line, item.content.column, QStringLiteral("a <data> has no key"));
                addData(top, std::move(item));
            } else if (name == u"graph") {
                Frame frame(Owner::Graph);
                frame.directed = attribute("edgedefault") != QLatin1String("undirected");
                if (top.owner == Owner::Node) {
                    frame.parentNode = m_nodes.at(top.index).id;
                    ++m_nestedGraphs;
                } else if (top.owner == Owner::Root) {
                    ++m_topGraphs;
                }
                stack.append(frame);
            } else if (name == u"node") {
                if (top.owner != Owner::Graph)
                    fail(line(), column(), QStringLiteral("a <node> outside a <graph>"));
                m_nodes.append(RawNode{attribute("id"), top.parentNode, {}, line(), column()});
                stack.append(Frame(Owner::Node, m_nodes.size() - 1));
            } else if (name == u"edge") {
                if (top.owner != Owner::Graph)
                    fail(line(), column(), QStringLiteral("an <edge> outside a <graph>"));
                // Asked of one copy of the attributes: a file may hold 500k edges.
                const QXmlStreamAttributes attributes = m_xml.attributes();
                const auto value = [&](QLatin1String attributeName) { return attributes.value(attributeName).toString(); };
                RawEdge edge;
                edge.id = value(QLatin1String("id"));
                edge.source = value(QLatin1String("source"));
                edge.target = value(QLatin1String("target"));
                edge.sourcePort = value(QLatin1String("sourceport"));
                edge.targetPort = value(QLatin1String("targetport"));
                edge.graphDirected = top.directed;
                edge.line = line();
                edge.column = column();
                if (m_xml.attributes().hasAttribute(QStringLiteral("directed"))) {
                    const auto directed = parseBoolean(attribute("directed"));
                    if (!directed)
                        fail(line(), column(),
                             QStringLiteral("the edge attribute directed=\"%1\" is neither true nor false")
                                 .arg(attribute("directed")));
                    edge.directed = directed;
                }
                if (edge.source.isEmpty() || edge.target.isEmpty())
                    fail(line(), column(), QStringLiteral("an <edge> needs a source and a target"));
                m_edges.append(std::move(edge));
                stack.append(Frame(Owner::Edge, m_edges.size() - 1));
            } else if (name == u"port") {
                ++m_ports;
                stack.append(Frame(Owner::Port));
            } else if (name == u"hyperedge") {
                if (m_hyperedges++ == 0)
                    m_firstHyperedgeLine = line();
                skipElement();
            } else if (name == u"locator") {
                warnOnce(QStringLiteral("locator"), line(),
                         QStringLiteral("a <locator> points to a graph in another file; Threadline does "
                                        "not follow it"));
                skipElement();
            } else {
                skipElement(); // <desc> and anything newer
            }
        }
        if (!sawRoot)
            fail(line(), column(), QStringLiteral("the file has no <graphml> element"));
    }

    void addData(const Frame &owner, DataItem item)
    {
        switch (owner.owner) {
        case Owner::Root: m_rootData.append(std::move(item)); break;
        case Owner::Graph: m_graphData.append(std::move(item)); break;
        case Owner::Node: m_nodes[owner.index].data.append(std::move(item)); break;
        case Owner::Edge: m_edges[owner.index].data.append(std::move(item)); break;
        case Owner::Port: ++m_portData; break;
        }
    }

    // The declared key, or a stand-in (named by its id, read as text) with a
    // warning; also warns once when a key is used on the wrong element.
    const KeyDef &keyFor(const DataItem &item, const QString &domain)
    {
        // Elements use the same few keys over and over: the last ones found
        // answer with a string compare, not Qt's string hash (a fifth of
        // reading a file of 100k nodes with their data).
        for (const auto &[id, found] : m_recentKeys) {
            if (found && id == item.key && (found->domain == domain || found->domain == QLatin1String("all")))
                return *found;
        }
        auto it = m_keys.find(item.key);
        if (it == m_keys.end()) {
            m_recentKeys.fill({}); // the table may grow and move its values
            KeyDef key;
            key.id = item.key;
            key.name = item.key;
            key.declared = false;
            it = m_keys.insert(item.key, key);
            m_warnings.append(located(m_file, item.content.line,
                                      QStringLiteral("the key \"%1\" is used but never declared; its "
                                                     "values are read as text named \"%1\"")
                                          .arg(item.key)));
        } else if (it->domain != QLatin1String("all") && it->domain != domain) {
            warnOnce(QStringLiteral("domain:") + item.key + domain, item.content.line,
                     QStringLiteral("the key \"%1\" (%2) is declared for %3 but used on a %4; the value is "
                                    "kept")
                         .arg(item.key, it->name, it->domain, domain));
        }
        m_recentKeys[m_nextRecent++ % m_recentKeys.size()] = {it->id, &*it};
        return *it;
    }

    std::optional<QVariant> typedValue(const KeyDef &key, const Content &content, const QString &element)
    {
        if (key.type == ValueType::String)
            return QVariant(content.text);
        if (content.text.trimmed().isEmpty())
            return std::nullopt; // no value: as if the <data> were not there
        const auto value = valueFromText(content.text, key.type);
        if (!value)
            fail(content.line, content.column,
                 QStringLiteral("%1: the value \"%2\" of \"%3\" is not %4")
                     .arg(element, preview(content.text), key.name, typeDescription(key.type)),
                 QStringLiteral("%1/data[@key=\"%2\"]").arg(element, key.id));
        return value;
    }

    // Drawing data (yEd/yFiles graphics, XAML): only a label is taken from it.
    bool takeMarkup(const KeyDef &key, const Content &content, QString &graphicsLabel,
                    std::optional<QPointF> *centre = nullptr)
    {
        if (!content.markup && !key.graphics)
            return false;
        if (!content.label.isEmpty() && graphicsLabel.isEmpty())
            graphicsLabel = content.label;
        if (centre && content.centre && !*centre)
            *centre = content.centre;
        if (content.markup || !content.text.trimmed().isEmpty())
            m_skippedMarkup.insert(key.name);
        return true;
    }

    // The items of an element plus the defaults of the keys it does not use.
    // Copies, not pointers: looking up an undeclared key adds to m_keys.
    QList<std::pair<KeyDef, Content>> itemsWithDefaults(const QList<DataItem> &data, const QString &domain)
    {
        QList<std::pair<KeyDef, Content>> items;
        items.reserve(data.size());
        for (const DataItem &item : data)
            items.append({keyFor(item, domain), item.content});
        if (!m_defaultsGathered) { // declared keys only: those used undeclared have none
            for (const KeyDef &key : std::as_const(m_keys))
                if (key.hasDefault)
                    m_keysWithDefaults.append(key);
            m_defaultsGathered = true;
        }
        const qsizetype given = items.size();
        for (const KeyDef &key : std::as_const(m_keysWithDefaults)) {
            const auto used = [&](const std::pair<KeyDef, Content> &item) { return item.first.id == key.id; };
            if (std::any_of(items.cbegin(), items.cbegin() + given, used)
                || (key.domain != domain && key.domain != QLatin1String("all")))
                continue;
            Content content;
            content.text = key.defaultText;
            content.markup = key.defaultMarkup;
            content.line = key.line;
            items.append({key, content});
        }
        return items;
    }

    bool fileHasEvidence() const
    {
        for (const KeyDef &key : m_keys) {
            if (key.name == QLatin1String("evidence"))
                return true;
        }
        return false;
    }

    QList<EvidenceSpan> evidence(const Content &content, const QString &element)
    {
        if (content.text.trimmed().isEmpty())
            return {};
        QString error;
        QList<EvidenceSpan> spans = evidenceFromText(content.text, &error);
        if (!error.isEmpty())
            fail(content.line, content.column,
                 QStringLiteral("%1: the evidence is not valid: %2").arg(element, error));
        return spans;
    }

    QList<NodeDraft> resolveNodes()
    {
        const bool ownEvidence = fileHasEvidence();
        QList<NodeDraft> drafts;
        drafts.reserve(m_nodes.size());
        for (const RawNode &raw : std::as_const(m_nodes)) {
            NodeDraft draft;
            draft.line = raw.line;
            draft.column = raw.column;
            NodeData &node = draft.data;
            node.key = raw.id;
            const QList<std::pair<KeyDef, Content>> items = itemsWithDefaults(raw.data, QStringLiteral("node"));
            const QString element = items.isEmpty() ? QString() : QStringLiteral("node \"%1\"").arg(raw.id);
            QString kindValue, labelText, nameText, labelVText, graphicsLabel;
            std::optional<QPointF> centre;
            for (const auto &[key, content] : items) {
                if (takeMarkup(key, content, graphicsLabel, &centre))
                    continue;
                const QString &name = key.name;
                if (name == QLatin1String("kind")) {
                    kindValue = content.text.trimmed();
                } else if (name == QLatin1String("label")) {
                    labelText = content.text;
                } else if (name == QLatin1String("aliases")) {
                    if (key.type == ValueType::Json)
                        node.aliases = typedValue(key, content, element).value_or(QVariant()).toStringList();
                    else
                        node.aliases = splitAliases(content.text);
                } else if (name == QLatin1String("evidence")) {
                    node.evidence = evidence(content, element);
                } else if (name == QLatin1String("evidence_count") && ownEvidence) {
                    // derived from the evidence
                } else if (const auto value = typedValue(key, content, element)) {
                    if (name == QLatin1String("name"))
                        nameText = value->toString();
                    else if (name == QLatin1String("labelV"))
                        labelVText = value->toString();
                    insertProperty(node.properties, name, *value, isReservedNodeName(name), m_renamed);
                }
            }
            if (!raw.parent.isEmpty())
                insertProperty(node.properties, QStringLiteral("parent"), raw.parent, false, m_renamed);
            for (const QString &candidate : {labelText, nameText, labelVText, graphicsLabel, raw.id}) {
                if (!candidate.isEmpty()) {
                    node.label = candidate;
                    break;
                }
            }
            if (centre)
                m_centres.insert(raw.id, *centre);
            node.kind = kindFromName(kindValue).value_or(NodeKind::Other);
            if (!kindValue.isEmpty() && node.kind == NodeKind::Other && kindValue != kindName(NodeKind::Other))
                insertProperty(node.properties, QStringLiteral("kind"), kindValue, false, m_renamed);
            drafts.append(std::move(draft));
        }
        return drafts;
    }

    QList<EdgeDraft> resolveEdges()
    {
        const bool ownEvidence = fileHasEvidence();
        QList<EdgeDraft> drafts;
        drafts.reserve(m_edges.size());
        for (const RawEdge &raw : std::as_const(m_edges)) {
            EdgeDraft draft;
            draft.line = raw.line;
            draft.column = raw.column;
            draft.source = raw.source;
            draft.target = raw.target;
            EdgeData &edge = draft.data;
            edge.key = raw.id;
            const QList<std::pair<KeyDef, Content>> items = itemsWithDefaults(raw.data, QStringLiteral("edge"));
            // Named for messages, only when it has values to read: formatting
            // the name of each of 500k bare edges was a tenth of reading them.
            const QString element = items.isEmpty() ? QString()
                : raw.id.isEmpty()                  ? QStringLiteral("edge %1→%2").arg(raw.source, raw.target)
                                                    : QStringLiteral("edge \"%1\"").arg(raw.id);
            QString relationText, labelText, labelEText, graphicsLabel;
            bool hasLabel = false;
            for (const auto &[key, content] : items) {
                if (takeMarkup(key, content, graphicsLabel))
                    continue;
                const QString &name = key.name;
                if (name == QLatin1String("relation")) {
                    relationText = content.text.trimmed();
                } else if (name == QLatin1String("label") && key.type == ValueType::String) {
                    labelText = content.text;
                    hasLabel = true;
                } else if (name == QLatin1String("evidence")) {
                    edge.evidence = evidence(content, element);
                } else if (name == QLatin1String("evidence_count") && ownEvidence) {
                    // derived from the evidence
                } else if (const auto value = typedValue(key, content, element)) {
                    if (name == QLatin1String("labelE"))
                        labelEText = value->toString();
                    insertProperty(edge.properties, name, *value, isReservedEdgeName(name), m_renamed);
                }
            }
            // A "label" names the relation unless a "relation" does; then it stays.
            if (relationText.isEmpty() && !labelText.trimmed().isEmpty())
                relationText = labelText.trimmed();
            else if (hasLabel)
                insertProperty(edge.properties, QStringLiteral("label"), labelText, false, m_renamed);
            for (const QString &candidate : {relationText, labelEText.trimmed(), graphicsLabel,
                                             QStringLiteral("related_to")}) {
                if (!candidate.isEmpty()) {
                    edge.relation = candidate;
                    break;
                }
            }
            const bool directed = raw.directed.value_or(raw.graphDirected);
            // Marked where it has no direction (drawn without an arrowhead),
            // or where the file says its direction edge by edge.
            if ((!directed || raw.directed) && edge.properties.isEmpty())
                edge.properties = m_onlyDirected[directed]; // shared: no map of its own per edge
            else if (!directed || raw.directed)
                insertProperty(edge.properties, QStringLiteral("directed"), directed, false, m_renamed);
            if (!directed)
                ++m_undirectedEdges;
            if (!raw.sourcePort.isEmpty())
                insertProperty(edge.properties, QStringLiteral("sourceport"), raw.sourcePort, false, m_renamed);
            if (!raw.targetPort.isEmpty())
                insertProperty(edge.properties, QStringLiteral("targetport"), raw.targetPort, false, m_renamed);
            drafts.append(std::move(draft));
        }
        return drafts;
    }

    QList<Document> readGraphData()
    {
        QList<Document> documents;
        for (const DataItem &item : std::as_const(m_graphData)) {
            const KeyDef &key = keyFor(item, QStringLiteral("graph"));
            QString unusedLabel;
            if (takeMarkup(key, item.content, unusedLabel))
                continue;
            if (key.name == QLatin1String("documents")) {
                QString error;
                documents += documentsFromText(item.content.text, &error);
                if (!error.isEmpty())
                    fail(item.content.line, item.content.column,
                         QStringLiteral("the documents are not valid: %1").arg(error));
            } else if (!item.content.text.trimmed().isEmpty()) {
                m_warnings.append(located(m_file, item.content.line,
                                          QStringLiteral("the graph attribute \"%1\" (\"%2\") is not kept: "
                                                         "Threadline graphs have no graph-level attributes")
                                              .arg(key.name, preview(item.content.text))));
            }
        }
        for (const DataItem &item : std::as_const(m_rootData)) {
            const KeyDef &key = keyFor(item, QStringLiteral("graphml"));
            QString unusedLabel;
            if (!takeMarkup(key, item.content, unusedLabel) && !item.content.text.trimmed().isEmpty())
                m_warnings.append(located(m_file, item.content.line,
                                          QStringLiteral("the file attribute \"%1\" is not kept").arg(key.name)));
        }
        return documents;
    }

    void reportLosses()
    {
        const auto say = [this](const QString &message) { m_warnings.append(located(m_file, 0, message)); };
        if (!m_skippedMarkup.isEmpty()) {
            QStringList names = m_skippedMarkup.values();
            names.sort();
            say(QStringLiteral("drawing data (yEd/yFiles graphics, styles, geometry, XAML) is not kept, only the labels in it: %1")
                    .arg(names.join(QStringLiteral(", "))));
        }
        if (m_topGraphs > 1)
            say(QStringLiteral("the file holds %1 graphs; they are read as one").arg(m_topGraphs));
        if (m_nestedGraphs > 0) {
            qsizetype nested = 0;
            for (const RawNode &node : std::as_const(m_nodes))
                nested += node.parent.isEmpty() ? 0 : 1;
            say(QStringLiteral("%1 nested graphs were flattened; their %2 nodes keep the node that held "
                               "them in the property \"parent\"")
                    .arg(m_nestedGraphs)
                    .arg(nested));
        }
        if (m_ports > 0)
            say(QStringLiteral("%1 ports%2 are not kept; edges keep the names of the ports they use in the "
                               "properties \"sourceport\" and \"targetport\"")
                    .arg(m_ports)
                    .arg(m_portData > 0 ? QStringLiteral(" (and %1 data values on them)").arg(m_portData)
                                        : QString()));
        if (m_hyperedges > 0)
            m_warnings.append(located(m_file, m_firstHyperedgeLine,
                                      QStringLiteral("%1 hyperedges are not read: a Threadline edge joins "
                                                     "two nodes")
                                          .arg(m_hyperedges)));
        // Threadline's own files (they always declare the evidence keys) keep
        // the direction as it was: nothing to say.
        if (m_undirectedEdges > 0 && !fileHasEvidence())
            say(undirectedNote(m_undirectedEdges));
        if (!m_renamed.isEmpty())
            say(renamedNote(m_renamed));
    }

    QXmlStreamReader m_xml;
    QString m_file;
    QStringList &m_warnings;
    QHash<QString, KeyDef> m_keys;
    std::array<std::pair<QString, const KeyDef *>, 8> m_recentKeys{};
    size_t m_nextRecent = 0;
    QList<KeyDef> m_keysWithDefaults;
    bool m_defaultsGathered = false;
    QList<RawNode> m_nodes;
    QList<RawEdge> m_edges;
    QList<DataItem> m_graphData;
    QList<DataItem> m_rootData;
    QSet<QString> m_warnedOnce;
    QSet<QString> m_skippedMarkup;
    QSet<QString> m_renamed;
    QHash<QString, QPointF> m_centres; // node id → where the file drew it
    int m_topGraphs = 0;
    int m_nestedGraphs = 0;
    int m_ports = 0;
    int m_portData = 0;
    int m_hyperedges = 0;
    int m_firstHyperedgeLine = 0;
    qsizetype m_undirectedEdges = 0;
    // The properties of an edge with nothing but its direction marked, one
    // map shared by every such edge (500k of them in an undirected file).
    const QVariantMap m_onlyDirected[2] = {{{QStringLiteral("directed"), false}},
                                           {{QStringLiteral("directed"), true}}};
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
        return graphml::read(data, fileName, g, positions);
    });
}

QByteArray write(const KnowledgeGraph &graph, QStringList *warnings)
{
    LossReport losses;
    KeyTable keys;
    const QString nodeDomain = QStringLiteral("node");
    const QString edgeDomain = QStringLiteral("edge");
    for (const QString &name : fixedNodeNames)
        keys.add(nodeDomain, name, name == QLatin1String("evidence_count") ? ValueType::Int : ValueType::String);
    for (const QString &name : fixedEdgeNames)
        keys.add(edgeDomain, name, name == QLatin1String("evidence_count") ? ValueType::Int : ValueType::String);
    if (!graph.documents().isEmpty())
        keys.add(QStringLiteral("graph"), QStringLiteral("documents"), ValueType::String);

    // Keys come before the graph, so every property is typed up front.
    QHash<NodeId, QList<PropertyOut>> nodeProperties;
    QHash<EdgeId, QList<PropertyOut>> edgeProperties;
    QList<std::tuple<QString, QString, ValueType>> propertyKeys;
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        const QList<PropertyOut> props =
            propertiesToWrite(node.properties, fixedNodeNames, QStringLiteral("node ") + node.key,
                              node.kind == NodeKind::Other, losses);
        for (const PropertyOut &p : props)
            propertyKeys.append({nodeDomain, p.name, p.type});
        nodeProperties.insert(id, props);
    }
    for (EdgeId id : graph.edges()) {
        const EdgeData &edge = graph.edge(id);
        const QList<PropertyOut> props = propertiesToWrite(
            withoutDirection(edge.properties), fixedEdgeNames, QStringLiteral("edge ") + edge.key, false, losses);
        for (const PropertyOut &p : props)
            propertyKeys.append({edgeDomain, p.name, p.type});
        edgeProperties.insert(id, props);
    }
    std::sort(propertyKeys.begin(), propertyKeys.end());
    for (const auto &[domain, name, type] : propertyKeys)
        keys.add(domain, name, type);

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeComment(QStringLiteral(" Written by Threadline %1. Lists, maps and evidence are JSON text; "
                                    "aliases are joined with | ")
                         .arg(QStringLiteral(THREADLINE_VERSION)));
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(graphmlNamespace);
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    keys.write(xml);
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("G"));
    xml.writeAttribute(QStringLiteral("edgedefault"),
                       allEdgesUndirected(graph) ? QStringLiteral("undirected") : QStringLiteral("directed"));
    if (!graph.documents().isEmpty())
        writeData(xml, keys.id(QStringLiteral("graph"), QStringLiteral("documents"), ValueType::String),
                  documentsToText(graph.documents()), losses, QStringLiteral("documents"));

    const auto writeProperties = [&](const QString &domain, const QList<PropertyOut> &props,
                                     const QString &element) {
        for (const PropertyOut &p : props)
            writeData(xml, keys.id(domain, p.name, p.type), valueToText(p.value, p.type), losses, element);
    };
    const auto fixedKey = [&](const QString &domain, const char *name) {
        return keys.id(domain, QLatin1String(name),
                       qstrcmp(name, "evidence_count") == 0 ? ValueType::Int : ValueType::String);
    };
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        const QString element = QStringLiteral("node ") + node.key;
        bool replaced = false;
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(node.key, &replaced));
        writeData(xml, fixedKey(nodeDomain, "kind"), kindText(node), losses, element);
        writeData(xml, fixedKey(nodeDomain, "label"), node.label, losses, element);
        if (!node.aliases.isEmpty())
            writeData(xml, fixedKey(nodeDomain, "aliases"), joinAliases(node.aliases), losses, element);
        writeProperties(nodeDomain, nodeProperties.value(id), element);
        if (!node.evidence.isEmpty())
            writeData(xml, fixedKey(nodeDomain, "evidence"), evidenceToText(node.evidence), losses, element);
        writeData(xml, fixedKey(nodeDomain, "evidence_count"), QString::number(node.evidence.size()),
                  losses, element);
        xml.writeEndElement();
        if (replaced)
            losses.add(QStringLiteral("ids with characters XML cannot hold are written with U+FFFD"), element);
    }
    for (EdgeId id : graph.edges()) {
        const EdgeData &edge = graph.edge(id);
        const QString element = QStringLiteral("edge ") + edge.key;
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(edge.key, nullptr));
        xml.writeAttribute(QStringLiteral("source"), xmlSafe(graph.node(edge.source).key, nullptr));
        xml.writeAttribute(QStringLiteral("target"), xmlSafe(graph.node(edge.target).key, nullptr));
        if (const std::optional<bool> directed = edgeDirection(edge))
            xml.writeAttribute(QStringLiteral("directed"), *directed ? QStringLiteral("true") : QStringLiteral("false"));
        writeData(xml, fixedKey(edgeDomain, "relation"), edge.relation, losses, element);
        writeProperties(edgeDomain, edgeProperties.value(id), element);
        if (!edge.evidence.isEmpty())
            writeData(xml, fixedKey(edgeDomain, "evidence"), evidenceToText(edge.evidence), losses, element);
        writeData(xml, fixedKey(edgeDomain, "evidence_count"), QString::number(edge.evidence.size()),
                  losses, element);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    losses.flush(warnings);
    return bytes;
}

bool writeFile(const QString &path, const KnowledgeGraph &graph, QString *error, QStringList *warnings)
{
    return saveFile(path, write(graph, warnings), error);
}

} // namespace threadline::graphml
