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
    if (code < 0x80) {
        to.append(char(code));
    } else if (code < 0x800) {
        to.append(char(0xC0 | (code >> 6)));
        to.append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        to.append(char(0xE0 | (code >> 12)));
        to.append(char(0x80 | ((code >> 6) & 0x3F)));
        to.append(char(0x80 | (code & 0x3F)));
    } else {
        to.append(char(0xF0 | (code >> 18)));
        to.append(char(0x80 | ((code >> 12) & 0x3F)));
        to.append(char(0x80 | ((code >> 6) & 0x3F)));
        to.append(char(0x80 | (code & 0x3F)));
    }
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
        SkimmedShape shape;
        shape.nodes.reserve(qsizetype(m_nodes.size()), 0);
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
        qsizetype done = 0;
        IdTable ids(m_nodes.size());
        std::vector<NodeId> nodeIds;
        nodeIds.reserve(m_nodes.size());
        for (const SkimNode &skimmed : m_nodes) {
            if ((++done & 0xFFFF) == 0 && formats::readingIsCancelled())
                return std::nullopt;
            if (!ids.insert(skimmed.id, int(nodeIds.size()), m_nodes))
                return std::nullopt; // an id used twice: the reader refuses the file
            NodeData node;
            node.key = QString::fromUtf8(skimmed.id.data(), qsizetype(skimmed.id.size()));
            node.label = node.key;
            node.kind = skimmed.kindGiven ? skimmed.kind : defaultKind;
            nodeIds.push_back(shape.nodes.addNode(std::move(node)));
            if (!nodeIds.back().isValid())
                return std::nullopt; // two ids the same once read as text
        }
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
        shape.edges.reserve(m_edges.size());
        for (const SkimEdge &edge : m_edges) {
            if ((++done & 0xFFFF) == 0 && formats::readingIsCancelled())
                return std::nullopt;
            const int source = ids.find(edge.source, m_nodes);
            const int target = ids.find(edge.target, m_nodes);
            if (source < 0 || target < 0)
                return std::nullopt; // an edge to no node: the reader refuses the file
            const QString *relation = given(edge.relation, relationIfNone);
            if (!relation)
                relation = given(edge.label, labelIfNone);
            if (!relation)
                relation = given(edge.labelE, labelEIfNone);
            shape.edges.push_back({nodeIds[size_t(source)], nodeIds[size_t(target)], relation ? *relation : relatedTo});
        }
        return shape;
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

} // namespace

std::optional<SkimmedShape> skimGraphmlShape(const QByteArray &data)
{
    return Skimmer(data).run();
}

} // namespace threadline
