#include "shapeskim.h"

#include "readerrors.h"

#include <cstring>
#include <deque>
#include <string_view>

namespace threadline {

namespace {

constexpr std::string_view graphmlNamespace = "http://graphml.graphdrawing.org/xmlns";

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void appendUtf8(QByteArray &to, char32_t code)
{
    to.append(QString::fromUcs4(&code, 1).toUtf8());
}

// `raw` with XML's five named entities and character references replaced;
// nothing for any other entity (one a DOCTYPE would have to declare).
std::optional<QByteArray> decoded(std::string_view raw)
{
    QByteArray out;
    out.reserve(qsizetype(raw.size()));
    for (size_t i = 0; i < raw.size();) {
        if (raw[i] != '&') {
            out.append(raw[i++]);
            continue;
        }
        const size_t semicolon = raw.find(';', i);
        if (semicolon == std::string_view::npos)
            return std::nullopt;
        const std::string_view name = raw.substr(i + 1, semicolon - i - 1);
        if (name == "amp")
            out.append('&');
        else if (name == "lt")
            out.append('<');
        else if (name == "gt")
            out.append('>');
        else if (name == "quot")
            out.append('"');
        else if (name == "apos")
            out.append('\'');
        else if (name.size() > 1 && name[0] == '#') {
            const bool hex = name[1] == 'x';
            char32_t code = 0;
            const std::string_view digits = name.substr(hex ? 2 : 1);
            if (digits.empty() || digits.size() > 8)
                return std::nullopt;
            for (char c : digits) {
                int d = -1;
                if (c >= '0' && c <= '9')
                    d = c - '0';
                else if (hex && c >= 'a' && c <= 'f')
                    d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F')
                    d = c - 'A' + 10;
                if (d < 0)
                    return std::nullopt;
                code = code * (hex ? 16 : 10) + char32_t(d);
            }
            if (code == 0 || code > 0x10FFFF)
                return std::nullopt;
            appendUtf8(out, code);
        } else {
            return std::nullopt;
        }
        i = semicolon + 1;
    }
    return out;
}

std::optional<QString> decodedString(std::string_view raw)
{
    if (raw.find('&') == std::string_view::npos)
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    const std::optional<QByteArray> bytes = decoded(raw);
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

// What a key's values are to the shape; the reader goes by the key's name.
enum class Role { Other, Kind, Relation, Label, LabelE };

Role roleOfName(std::string_view name, bool textType)
{
    if (name == "kind")
        return Role::Kind;
    if (name == "relation")
        return Role::Relation;
    if (name == "label")
        return textType ? Role::Label : Role::Other; // a typed "label" is a property
    if (name == "labelE")
        return Role::LabelE;
    return Role::Other;
}

struct Key
{
    std::string_view id;
    Role role = Role::Other;
    bool forNodes = true; // "node" or "all"
    bool forEdges = true; // "edge" or "all"
    bool hasDefault = false;
    QString defaultText;
};

struct Attribute
{
    std::string_view name;
    std::string_view value; // as written: entities not replaced
};

// Ids as bytes: in the file, or (with entities) decoded into a side store.
struct SkimNode
{
    std::string_view id;
    NodeKind kind = NodeKind::Other;
    bool kindGiven = false;
};

// What an edge's <data> said about its relation (see the reader's
// resolveEdges: "relation", else a text "label", else "labelE"): indexes
// into the texts met, -1 when not given.
struct SkimEdge
{
    std::string_view source;
    std::string_view target;
    int relation = -1, label = -1, labelE = -1;
};

// Node ids to their position, hashed over their bytes (Qt 6.4's string
// hash costs a few hundred cycles a key here).
class IdTable
{
public:
    explicit IdTable(size_t count)
    {
        size_t size = 16;
        while (size < count * 2)
            size *= 2;
        m_slots.assign(size, -1);
        m_mask = size - 1;
    }

    // False when `id` is there already.
    bool insert(std::string_view id, int index, const std::vector<SkimNode> &nodes)
    {
        for (size_t i = hash(id) & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i] < 0) {
                m_slots[i] = index;
                return true;
            }
            if (nodes[size_t(m_slots[i])].id == id)
                return false;
        }
    }

    int find(std::string_view id, const std::vector<SkimNode> &nodes) const
    {
        for (size_t i = hash(id) & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i] < 0 || nodes[size_t(m_slots[i])].id == id)
                return m_slots[i];
        }
    }

private:
    static size_t hash(std::string_view id)
    {
        quint64 h = 14695981039346656037ull;
        for (unsigned char c : id)
            h = (h ^ c) * 1099511628211ull;
        return size_t(h ^ (h >> 29));
    }

    std::vector<int> m_slots;
    size_t m_mask = 0;
};

// The shape of the nodes and edges a skim found: nodes added in order with
// their kinds (`defaultKind` where none was given), each edge's ends found
// by id and its relation told by `relationOf(edge)`. Nothing for an id used
// twice or an edge to no node (the reader refuses such a file).
template<typename RelationOf>
std::optional<SkimmedShape> assembled(const std::vector<SkimNode> &nodes, const std::vector<SkimEdge> &edges,
                                      NodeKind defaultKind, RelationOf relationOf)
{
    SkimmedShape shape;
    shape.nodes.reserve(qsizetype(nodes.size()), 0);
    qsizetype done = 0;
    IdTable ids(nodes.size());
    std::vector<NodeId> nodeIds;
    nodeIds.reserve(nodes.size());
    for (const SkimNode &skimmed : nodes) {
        if ((++done & 0xFFFF) == 0 && formats::readingIsCancelled())
            return std::nullopt;
        if (!ids.insert(skimmed.id, int(nodeIds.size()), nodes))
            return std::nullopt;
        NodeData node;
        node.key = QString::fromUtf8(skimmed.id.data(), qsizetype(skimmed.id.size()));
        node.label = node.key;
        node.kind = skimmed.kindGiven ? skimmed.kind : defaultKind;
        nodeIds.push_back(shape.nodes.addNode(std::move(node)));
        if (!nodeIds.back().isValid())
            return std::nullopt; // two ids the same once read as text
    }
    shape.edges.reserve(edges.size());
    for (const SkimEdge &edge : edges) {
        if ((++done & 0xFFFF) == 0 && formats::readingIsCancelled())
            return std::nullopt;
        const int source = ids.find(edge.source, nodes);
        const int target = ids.find(edge.target, nodes);
        if (source < 0 || target < 0)
            return std::nullopt;
        shape.edges.push_back({nodeIds[size_t(source)], nodeIds[size_t(target)], relationOf(edge)});
    }
    return shape;
}

enum class Frame { Root, Graph, Node, Edge, Key, Default, Data, Skip };

class Skimmer
{
public:
    explicit Skimmer(const QByteArray &data) : m_p(data.constData()), m_end(data.constData() + data.size()) {}

    std::optional<SkimmedShape> run()
    {
        if (!encodingIsUtf8() || !skim() || !m_sawRoot || !m_stack.empty())
            return std::nullopt;
        return shape();
    }

private:
    // UTF-8 (with or without its mark) or ASCII, by the mark and the XML
    // declaration: UTF-16 has a NUL in its first bytes.
    bool encodingIsUtf8()
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        const std::string_view head(m_p, size_t(std::min<qsizetype>(m_end - m_p, 256)));
        if (head.find('\0') != std::string_view::npos)
            return false;
        if (head.substr(0, 5) != "<?xml")
            return true;
        const size_t end = head.find("?>");
        const std::string_view declaration = head.substr(0, end);
        const size_t at = declaration.find("encoding");
        if (at == std::string_view::npos)
            return true;
        const size_t quote = declaration.find_first_of("\"'", at);
        if (quote == std::string_view::npos)
            return false;
        const size_t close = declaration.find(declaration[quote], quote + 1);
        if (close == std::string_view::npos)
            return false;
        QByteArray name(declaration.data() + quote + 1, qsizetype(close - quote - 1));
        name = name.toLower();
        return name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii";
    }

    bool skipPast(std::string_view end)
    {
        const std::string_view rest(m_p, size_t(m_end - m_p));
        const size_t at = rest.find(end);
        if (at == std::string_view::npos)
            return false;
        m_p += at + end.size();
        return true;
    }

    bool startsWith(std::string_view prefix) const
    {
        return size_t(m_end - m_p) >= prefix.size() && std::memcmp(m_p, prefix.data(), prefix.size()) == 0;
    }

    // A start tag's name and attributes, from just after its '<' to past its '>'.
    bool readStartTag(std::string_view &name, bool &selfClosing)
    {
        const char *start = m_p;
        while (m_p < m_end && !isSpace(*m_p) && *m_p != '>' && *m_p != '/')
            ++m_p;
        name = std::string_view(start, size_t(m_p - start));
        if (name.empty())
            return false;
        m_attributes.clear();
        for (;;) {
            while (m_p < m_end && isSpace(*m_p))
                ++m_p;
            if (m_p >= m_end)
                return false;
            if (*m_p == '>') {
                ++m_p;
                selfClosing = false;
                return true;
            }
            if (*m_p == '/') {
                if (m_p + 1 >= m_end || m_p[1] != '>')
                    return false;
                m_p += 2;
                selfClosing = true;
                return true;
            }
            const char *attribute = m_p;
            while (m_p < m_end && !isSpace(*m_p) && *m_p != '=' && *m_p != '>' && *m_p != '/')
                ++m_p;
            const std::string_view attributeName(attribute, size_t(m_p - attribute));
            while (m_p < m_end && isSpace(*m_p))
                ++m_p;
            if (attributeName.empty() || m_p >= m_end || *m_p != '=')
                return false;
            ++m_p;
            while (m_p < m_end && isSpace(*m_p))
                ++m_p;
            if (m_p >= m_end || (*m_p != '"' && *m_p != '\''))
                return false;
            const char quote = *m_p++;
            const auto *close = static_cast<const char *>(std::memchr(m_p, quote, size_t(m_end - m_p)));
            if (!close)
                return false;
            m_attributes.push_back({attributeName, std::string_view(m_p, size_t(close - m_p))});
            m_p = close + 1;
        }
    }

    std::optional<std::string_view> attribute(std::string_view name) const
    {
        for (const Attribute &a : m_attributes)
            if (a.name == name)
                return a.value;
        return std::nullopt;
    }

    // Whether the tag's attributes leave the namespaces as the skim takes
    // them: GraphML unprefixed, everything prefixed foreign.
    bool namespacesKept(bool root) const
    {
        for (const Attribute &a : m_attributes) {
            if (a.name == "xmlns" && !(root && (a.value == graphmlNamespace || a.value.empty())))
                return false;
            if (a.name.substr(0, 6) == "xmlns:" && a.value == graphmlNamespace)
                return false;
        }
        return true;
    }

    const Key *keyById(std::string_view id) const
    {
        for (const Key &key : m_keys)
            if (key.id == id)
                return &key;
        return nullptr;
    }

    bool startElement(std::string_view name, bool selfClosing)
    {
        if (!m_sawRoot) {
            if (name != "graphml" || !namespacesKept(true))
                return false;
            m_sawRoot = true;
            if (!selfClosing)
                m_stack.push_back({Frame::Root, -1});
            return true;
        }
        if (m_stack.empty())
            return false; // a second root: not well formed
        const auto [top, index] = m_stack.back();
        if (top == Frame::Data || top == Frame::Default) {
            // Drawing data (yEd's graphics) may place the node or name the
            // edge; the reader alone follows it.
            if (top == Frame::Default || m_dataOfElement)
                return false;
            return push(Frame::Skip, -1, selfClosing);
        }
        if (!namespacesKept(false))
            return false;
        if (top == Frame::Skip || name.find(':') != std::string_view::npos)
            return push(Frame::Skip, -1, selfClosing);
        if (name == "key") {
            if (!m_nodes.empty() || !m_edges.empty() || attribute("yfiles.type"))
                return false;
            const auto id = attribute("id");
            if (!id || id->empty() || id->find('&') != std::string_view::npos)
                return false;
            Key key;
            key.id = *id;
            const std::string_view domain = attribute("for").value_or("all");
            key.forNodes = domain == "node" || domain == "all";
            key.forEdges = domain == "edge" || domain == "all";
            const std::string_view type = attribute("attr.type").value_or("");
            const bool textType = type != "boolean" && type != "int" && type != "long" && type != "float"
                && type != "double" && attribute("threadline.type").value_or("") != "json";
            const auto attributeName = attribute("attr.name");
            key.role = roleOfName(attributeName ? *attributeName : *id, textType);
            // Declared again: the reader takes the second declaration.
            std::erase_if(m_keys, [&](const Key &k) { return k.id == key.id; });
            m_keys.push_back(key);
            return push(Frame::Key, int(m_keys.size() - 1), selfClosing);
        }
        if (top == Frame::Key) {
            if (name != "default")
                return push(Frame::Skip, -1, selfClosing);
            startText(Frame::Default, index);
            return selfClosing ? endText() : push(Frame::Default, index, false);
        }
        if (name == "data") {
            const auto keyId = attribute("key");
            if (!keyId || keyId->empty())
                return false;
            m_dataOfElement = top == Frame::Node || top == Frame::Edge;
            m_dataRole = Role::Other;
            if (m_dataOfElement) {
                if (keyId->find('&') != std::string_view::npos)
                    return false;
                const Key *key = keyById(*keyId);
                // An undeclared key is named by its id, its values text.
                m_dataRole = key ? key->role : roleOfName(*keyId, true);
            }
            m_dataOwner = index;
            m_dataOwnerFrame = top;
            startText(Frame::Data, index);
            return selfClosing ? endText() : push(Frame::Data, index, false);
        }
        if (name == "graph") {
            if (top != Frame::Root && top != Frame::Node && top != Frame::Graph)
                return false;
            return push(Frame::Graph, -1, selfClosing);
        }
        if (name == "node") {
            if (top != Frame::Graph)
                return false;
            const auto id = attribute("id");
            if (!id || id->empty())
                return false;
            const std::optional<std::string_view> text = idBytes(*id);
            if (!text)
                return false;
            m_nodes.push_back({*text, NodeKind::Other, false});
            return push(Frame::Node, int(m_nodes.size() - 1), selfClosing);
        }
        if (name == "edge") {
            if (top != Frame::Graph)
                return false;
            const auto source = attribute("source");
            const auto target = attribute("target");
            if (!source || !target || source->empty() || target->empty())
                return false;
            const std::optional<std::string_view> from = idBytes(*source);
            const std::optional<std::string_view> to = idBytes(*target);
            if (!from || !to)
                return false;
            m_edges.push_back({*from, *to});
            return push(Frame::Edge, int(m_edges.size() - 1), selfClosing);
        }
        return push(Frame::Skip, -1, selfClosing); // ports, hyperedges, <desc>, what is newer
    }

    bool push(Frame frame, int index, bool selfClosing)
    {
        if (!selfClosing)
            m_stack.push_back({frame, index});
        return true;
    }

    void startText(Frame frame, int)
    {
        m_capturing = frame == Frame::Default ? true : m_dataRole != Role::Other;
        m_textFrame = frame;
        m_text.clear();
    }

    bool endElement()
    {
        if (m_stack.empty())
            return false;
        const auto [frame, index] = m_stack.back();
        m_stack.pop_back();
        if (frame == Frame::Data || frame == Frame::Default)
            return endText(index);
        return true;
    }

    // The end of a <data> or a key's <default>: its text taken.
    bool endText(int keyIndex = -1)
    {
        const bool capturing = std::exchange(m_capturing, false);
        if (m_textFrame == Frame::Default) {
            if (keyIndex < 0)
                keyIndex = m_stack.empty() ? -1 : m_stack.back().second;
            if (keyIndex < 0)
                return false;
            const std::optional<QString> text = decodedString(std::string_view(m_text.constData(), size_t(m_text.size())));
            if (!text)
                return false;
            m_keys[size_t(keyIndex)].hasDefault = true;
            m_keys[size_t(keyIndex)].defaultText = *text;
            return true;
        }
        if (!capturing || !m_dataOfElement)
            return true;
        const std::string_view raw(m_text.constData(), size_t(m_text.size()));
        if (m_dataOwnerFrame == Frame::Node) {
            if (m_dataRole != Role::Kind)
                return true;
            // A few kinds, over and over: the last one's text answers.
            if (raw != std::string_view(m_lastKindText.constData(), size_t(m_lastKindText.size()))) {
                const std::optional<QString> text = decodedString(raw);
                if (!text)
                    return false;
                m_lastKindText = m_text;
                m_lastKind = kindFromName(text->trimmed()).value_or(NodeKind::Other);
            }
            SkimNode &node = m_nodes[size_t(m_dataOwner)];
            node.kind = m_lastKind;
            node.kindGiven = true;
            return true;
        }
        const int text = textIndex(raw);
        if (text < 0)
            return false;
        SkimEdge &edge = m_edges[size_t(m_dataOwner)];
        switch (m_dataRole) {
        case Role::Relation: edge.relation = text; break;
        case Role::Label: edge.label = text; break;
        case Role::LabelE: edge.labelE = text; break;
        default: break;
        }
        return true;
    }

    // The text of an edge's <data>, trimmed, as an index into the texts met:
    // relations repeat, so the last one answers (-1 for a bad entity).
    int textIndex(std::string_view raw)
    {
        if (m_lastEdgeText >= 0 && raw == std::string_view(m_lastEdgeRaw.constData(), size_t(m_lastEdgeRaw.size())))
            return m_lastEdgeText;
        const std::optional<QString> text = decodedString(raw);
        if (!text)
            return -1;
        m_lastEdgeRaw = QByteArray(raw.data(), qsizetype(raw.size()));
        m_texts.push_back(text->trimmed());
        m_lastEdgeText = int(m_texts.size() - 1);
        return m_lastEdgeText;
    }

    // An id's bytes: as written, or with its entities replaced (kept aside).
    std::optional<std::string_view> idBytes(std::string_view raw)
    {
        if (raw.find('&') == std::string_view::npos)
            return raw;
        std::optional<QByteArray> bytes = decoded(raw);
        if (!bytes)
            return std::nullopt;
        const QByteArray &kept = m_decodedIds.emplace_back(std::move(*bytes));
        return std::string_view(kept.constData(), size_t(kept.size()));
    }

    bool skim()
    {
        qsizetype tags = 0;
        std::string_view name;
        for (;;) {
            const auto *lt = static_cast<const char *>(std::memchr(m_p, '<', size_t(m_end - m_p)));
            if (!lt)
                return true; // only text after the root: what is left is checked by the caller
            if (m_capturing)
                m_text.append(m_p, qsizetype(lt - m_p));
            m_p = lt + 1;
            if ((++tags & 0xFFFF) == 0 && formats::readingIsCancelled())
                return false;
            if (m_p >= m_end)
                return false;
            if (*m_p == '?') {
                if (!skipPast("?>"))
                    return false;
            } else if (startsWith("!--")) {
                if (!skipPast("-->"))
                    return false;
            } else if (startsWith("![CDATA[")) {
                // Text as written: it would need no entity replaced.
                if (m_capturing || !skipPast("]]>"))
                    return false;
            } else if (startsWith("!DOCTYPE")) {
                const auto *close = static_cast<const char *>(std::memchr(m_p, '>', size_t(m_end - m_p)));
                const auto *subset = static_cast<const char *>(std::memchr(m_p, '[', size_t(m_end - m_p)));
                if (!close || (subset && subset < close))
                    return false; // declarations the skim would have to follow
                m_p = close + 1;
            } else if (*m_p == '!') {
                return false;
            } else if (*m_p == '/') {
                const auto *close = static_cast<const char *>(std::memchr(m_p, '>', size_t(m_end - m_p)));
                if (!close)
                    return false;
                m_p = close + 1;
                if (!endElement())
                    return false;
            } else {
                bool selfClosing = false;
                if (!readStartTag(name, selfClosing) || !startElement(name, selfClosing))
                    return false;
            }
        }
    }

    std::optional<SkimmedShape> shape()
    {
        // The defaults of the keys the elements do not use. Two keys of one
        // role with a default: which one the reader takes is not for a skim.
        const Key *kindDefault = nullptr;
        const Key *relationDefault = nullptr, *labelDefault = nullptr, *labelEDefault = nullptr;
        const auto single = [](const Key *&slot, const Key &key) {
            if (slot)
                return false;
            slot = &key;
            return true;
        };
        int ofRole[5] = {};
        for (const Key &key : m_keys)
            ++ofRole[int(key.role)];
        for (const Key &key : m_keys) {
            if (!key.hasDefault)
                continue;
            // A default besides another key of its role: which value the
            // reader ends with depends on the order it meets them.
            if (key.role != Role::Other && ofRole[int(key.role)] > 1)
                return std::nullopt;
            bool ok = true;
            if (key.role == Role::Kind && key.forNodes)
                ok = single(kindDefault, key);
            else if (key.role == Role::Relation && key.forEdges)
                ok = single(relationDefault, key);
            else if (key.role == Role::Label && key.forEdges)
                ok = single(labelDefault, key);
            else if (key.role == Role::LabelE && key.forEdges)
                ok = single(labelEDefault, key);
            if (!ok)
                return std::nullopt;
        }
        const NodeKind defaultKind =
            kindDefault ? kindFromName(kindDefault->defaultText.trimmed()).value_or(NodeKind::Other) : NodeKind::Other;
        // Texts by index, the defaults last: each edge's relation is one of them.
        const auto defaultIndex = [&](const Key *key) {
            if (!key)
                return -1;
            m_texts.push_back(key->defaultText.trimmed());
            return int(m_texts.size() - 1);
        };
        const int relationIfNone = defaultIndex(relationDefault);
        const int labelIfNone = defaultIndex(labelDefault);
        const int labelEIfNone = defaultIndex(labelEDefault);
        const QString relatedTo = QStringLiteral("related_to");
        const auto given = [&](int index, int otherwise) -> const QString * {
            const int at = index >= 0 ? index : otherwise;
            return at >= 0 && !m_texts[size_t(at)].isEmpty() ? &m_texts[size_t(at)] : nullptr;
        };
        return assembled(m_nodes, m_edges, defaultKind, [&](const SkimEdge &edge) {
            const QString *relation = given(edge.relation, relationIfNone);
            if (!relation)
                relation = given(edge.label, labelIfNone);
            if (!relation)
                relation = given(edge.labelE, labelEIfNone);
            return relation ? *relation : relatedTo;
        });
    }

    const char *m_p;
    const char *m_end;
    bool m_sawRoot = false;
    std::vector<std::pair<Frame, int>> m_stack;
    std::vector<Attribute> m_attributes;
    std::vector<Key> m_keys;
    std::vector<SkimNode> m_nodes;
    std::vector<SkimEdge> m_edges;
    // The <data> or <default> open now.
    Frame m_textFrame = Frame::Data;
    bool m_capturing = false;
    bool m_dataOfElement = false;
    Role m_dataRole = Role::Other;
    Frame m_dataOwnerFrame = Frame::Root;
    int m_dataOwner = -1;
    QByteArray m_text;
    QByteArray m_lastKindText;
    NodeKind m_lastKind = NodeKind::Other;
    std::deque<QByteArray> m_decodedIds;
    std::vector<QString> m_texts; // of edges' <data>, trimmed
    QByteArray m_lastEdgeRaw;
    int m_lastEdgeText = -1;
};

// JSON as Threadline and Cytoscape.js write it: {"elements": {"nodes":
// [{"data": {"id", "kind", …}}, …], "edges": [{"data": {"source",
// "target", "relation" or "label", …}}, …]}, anything else beside them.
class JsonSkimmer
{
public:
    explicit JsonSkimmer(const QByteArray &data) : m_p(data.constData()), m_end(data.constData() + data.size()) {}

    std::optional<SkimmedShape> run()
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        if (!value(Place::Root, 0))
            return std::nullopt;
        skipSpace();
        if (m_p != m_end || m_nodes.empty())
            return std::nullopt;
        const QString relatedTo = QStringLiteral("related_to");
        return assembled(m_nodes, m_edges, NodeKind::Other, [&](const SkimEdge &edge) {
            for (int text : {edge.relation, edge.label})
                if (text >= 0 && !m_texts[size_t(text)].isEmpty())
                    return m_texts[size_t(text)];
            return relatedTo;
        });
    }

private:
    enum class Place { Root, Elements, Nodes, Edges, Node, Edge, NodeData, EdgeData, Other };

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // Past a string whose opening quote is at m_p; `escaped` tells whether
    // it has a backslash (its bytes then need decoding).
    bool skipString(std::string_view &raw, bool &escaped)
    {
        const char *start = ++m_p;
        escaped = false;
        for (;;) {
            const auto *quote = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
            if (!quote)
                return false;
            const char *back = quote;
            while (back > start && back[-1] == '\\')
                --back;
            escaped = escaped || std::memchr(m_p, '\\', size_t(quote - m_p));
            m_p = quote + 1;
            if ((quote - back) % 2 == 0) {
                raw = std::string_view(start, size_t(quote - start));
                return true;
            }
        }
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    static std::optional<char32_t> hex4(std::string_view raw, size_t at)
    {
        if (at + 4 > raw.size())
            return std::nullopt;
        char32_t code = 0;
        for (size_t i = at; i < at + 4; ++i) {
            const int d = hexValue(raw[i]);
            if (d < 0)
                return std::nullopt;
            code = code * 16 + char32_t(d);
        }
        return code;
    }

    // A string's bytes with its escapes replaced; nothing for a bad escape.
    static std::optional<QByteArray> unescaped(std::string_view raw)
    {
        QByteArray out;
        out.reserve(qsizetype(raw.size()));
        for (size_t i = 0; i < raw.size();) {
            if (raw[i] != '\\') {
                out.append(raw[i++]);
                continue;
            }
            if (i + 1 >= raw.size())
                return std::nullopt;
            const char c = raw[i + 1];
            i += 2;
            switch (c) {
            case '"': out.append('"'); break;
            case '\\': out.append('\\'); break;
            case '/': out.append('/'); break;
            case 'b': out.append('\b'); break;
            case 'f': out.append('\f'); break;
            case 'n': out.append('\n'); break;
            case 'r': out.append('\r'); break;
            case 't': out.append('\t'); break;
            case 'u': {
                std::optional<char32_t> code = hex4(raw, i);
                if (!code)
                    return std::nullopt;
                i += 4;
                if (*code >= 0xD800 && *code < 0xDC00) { // a pair's high half: its low half follows
                    const std::optional<char32_t> low =
                        i + 1 < raw.size() && raw[i] == '\\' && raw[i + 1] == 'u' ? hex4(raw, i + 2) : std::nullopt;
                    if (!low || *low < 0xDC00 || *low >= 0xE000)
                        return std::nullopt;
                    code = 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
                    i += 6;
                } else if (*code >= 0xDC00 && *code < 0xE000) {
                    return std::nullopt;
                }
                appendUtf8(out, *code);
                break;
            }
            default: return std::nullopt;
            }
        }
        return out;
    }

    // A string's bytes, escapes replaced (kept aside when there were any).
    std::optional<std::string_view> stringBytes(std::string_view raw, bool escaped)
    {
        if (!escaped)
            return raw;
        std::optional<QByteArray> bytes = unescaped(raw);
        if (!bytes)
            return std::nullopt;
        const QByteArray &kept = m_decoded.emplace_back(std::move(*bytes));
        return std::string_view(kept.constData(), size_t(kept.size()));
    }

    // The string at m_p, its escapes replaced; nothing when there is none.
    std::optional<std::string_view> readString()
    {
        if (m_p >= m_end || *m_p != '"')
            return std::nullopt;
        std::string_view raw;
        bool escaped = false;
        if (!skipString(raw, escaped))
            return std::nullopt;
        return stringBytes(raw, escaped);
    }

    // The index of a text among those met (the last one answers first).
    int textIndex(std::string_view bytes)
    {
        if (m_lastText >= 0 && bytes == std::string_view(m_lastTextBytes.constData(), size_t(m_lastTextBytes.size())))
            return m_lastText;
        m_lastTextBytes = QByteArray(bytes.data(), qsizetype(bytes.size()));
        m_texts.push_back(QString::fromUtf8(m_lastTextBytes));
        m_lastText = int(m_texts.size() - 1);
        return m_lastText;
    }

    NodeKind kindOf(std::string_view bytes)
    {
        if (bytes != std::string_view(m_lastKindBytes.constData(), size_t(m_lastKindBytes.size())) || !m_kindMet) {
            m_lastKindBytes = QByteArray(bytes.data(), qsizetype(bytes.size()));
            m_lastKind = kindFromName(QString::fromUtf8(m_lastKindBytes)).value_or(NodeKind::Other);
            m_kindMet = true;
        }
        return m_lastKind;
    }

    bool value(Place place, int depth)
    {
        skipSpace();
        if (m_p >= m_end || depth > 200)
            return false;
        if (*m_p == '{')
            return object(place, depth);
        if (*m_p == '[')
            return array(place, depth);
        if (place != Place::Other)
            return false; // the reader wants an object or an array here
        if (*m_p == '"') {
            std::string_view raw;
            bool escaped = false;
            return skipString(raw, escaped);
        }
        const char *start = m_p;
        while (m_p < m_end
               && ((*m_p >= '0' && *m_p <= '9') || (*m_p >= 'a' && *m_p <= 'z') || *m_p == '-' || *m_p == '+'
                   || *m_p == '.' || *m_p == 'E'))
            ++m_p;
        return m_p != start;
    }

    bool array(Place place, int depth)
    {
        Place items = Place::Other;
        if (place == Place::Nodes)
            items = Place::Node;
        else if (place == Place::Edges)
            items = Place::Edge;
        else if (place != Place::Other)
            return false; // Cytoscape's one list of elements, or a list where the reader wants an object
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (qsizetype n = 0;; ++n) {
            if ((n & 0x3FFF) == 0x3FFF && formats::readingIsCancelled())
                return false;
            if (!value(items, depth + 1))
                return false;
            skipSpace();
            if (m_p >= m_end)
                return false;
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            if (*m_p++ != ',')
                return false;
        }
    }

    // What a member of an object at `place` named `key` is, and which bit
    // marks it as met (0 for members the skim passes over).
    static std::pair<Place, unsigned> member(Place place, std::string_view key)
    {
        switch (place) {
        case Place::Root: return key == "elements" ? std::pair{Place::Elements, 1u} : std::pair{Place::Other, 0u};
        case Place::Elements:
            if (key == "nodes")
                return {Place::Nodes, 1u};
            if (key == "edges")
                return {Place::Edges, 2u};
            break;
        case Place::Node: return key == "data" ? std::pair{Place::NodeData, 1u} : std::pair{Place::Other, 0u};
        case Place::Edge: return key == "data" ? std::pair{Place::EdgeData, 1u} : std::pair{Place::Other, 0u};
        case Place::NodeData:
            if (key == "id")
                return {Place::Other, 1u};
            if (key == "kind")
                return {Place::Other, 2u};
            break;
        case Place::EdgeData:
            if (key == "source")
                return {Place::Other, 1u};
            if (key == "target")
                return {Place::Other, 2u};
            if (key == "relation")
                return {Place::Other, 4u};
            if (key == "label")
                return {Place::Other, 8u};
            break;
        default: break;
        }
        return {Place::Other, 0u};
    }

    bool object(Place place, int depth)
    {
        if (place == Place::Nodes || place == Place::Edges)
            return false;
        ++m_p;
        unsigned met = 0;
        SkimNode node;
        SkimEdge edge;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
        } else {
            for (;;) {
                skipSpace();
                const std::optional<std::string_view> key = readString();
                if (!key)
                    return false;
                skipSpace();
                if (m_p >= m_end || *m_p++ != ':')
                    return false;
                const auto [inner, bit] = member(place, *key);
                if (bit & met)
                    return false; // a name twice: which one the reader keeps is not for a skim
                met |= bit;
                if ((place == Place::NodeData || place == Place::EdgeData) && bit) {
                    if (!field(place, bit, node, edge))
                        return false;
                } else if (!value(inner, depth + 1)) {
                    return false;
                }
                skipSpace();
                if (m_p >= m_end)
                    return false;
                if (*m_p == '}') {
                    ++m_p;
                    break;
                }
                if (*m_p++ != ',')
                    return false;
            }
        }
        // What the reader requires of each element.
        switch (place) {
        case Place::Node:
        case Place::Edge: return met & 1u;
        case Place::NodeData:
            if (!(met & 1u) || node.id.empty())
                return false;
            m_nodes.push_back(node);
            return true;
        case Place::EdgeData:
            if ((met & 3u) != 3u)
                return false;
            m_edges.push_back(edge);
            return true;
        default: return true;
        }
    }

    // A member of an element's data the shape needs: a string (or null
    // where the reader takes that as absent).
    bool field(Place place, unsigned bit, SkimNode &node, SkimEdge &edge)
    {
        skipSpace();
        if (m_p >= m_end)
            return false;
        const bool required = bit == 1u || (place == Place::EdgeData && bit == 2u);
        if (!required && std::string_view(m_p, size_t(std::min<qsizetype>(m_end - m_p, 4))) == "null") {
            m_p += 4;
            return true;
        }
        const std::optional<std::string_view> bytes = readString();
        if (!bytes)
            return false;
        if (place == Place::NodeData) {
            if (bit == 1u) {
                node.id = *bytes;
            } else {
                node.kind = kindOf(*bytes);
                node.kindGiven = true;
            }
            return true;
        }
        switch (bit) {
        case 1u: edge.source = *bytes; break;
        case 2u: edge.target = *bytes; break;
        case 4u: edge.relation = textIndex(*bytes); break;
        default: edge.label = textIndex(*bytes); break;
        }
        return true;
    }

    const char *m_p;
    const char *m_end;
    std::vector<SkimNode> m_nodes;
    std::vector<SkimEdge> m_edges;
    std::deque<QByteArray> m_decoded;
    std::vector<QString> m_texts;
    QByteArray m_lastTextBytes;
    int m_lastText = -1;
    QByteArray m_lastKindBytes;
    NodeKind m_lastKind = NodeKind::Other;
    bool m_kindMet = false;
};

} // namespace

std::optional<SkimmedShape> skimGraphmlShape(const QByteArray &data)
{
    return Skimmer(data).run();
}

std::optional<SkimmedShape> skimJsonShape(const QByteArray &data)
{
    return JsonSkimmer(data).run();
}

} // namespace threadline
