// Reading Graphviz DOT (https://graphviz.org/doc/info/lang.html).

#include <QHash>
#include <QMap>
#include <QSet>

#include "dotformat.h"
#include "formatsupport.h"
#include "knowledgegraph.h"

namespace threadline::dot {

using namespace formats;

namespace {

// Beyond these the reader refuses: subgraphs nested deeper than any drawing
// needs (and deep enough to exhaust the stack), and edge statements whose
// subgraph ends multiply into more edges than a graph can hold.
constexpr int maxNesting = 256;
constexpr qsizetype maxEdges = 20'000'000;

enum class TokenType { End, Id, Quoted, Html, LeftBrace, RightBrace, LeftBracket, RightBracket,
                       Equals, Semicolon, Comma, Colon, EdgeOp };

struct Token
{
    TokenType type = TokenType::End;
    QString text;
    int line = 0;
    int column = 0;

    bool isId() const { return type == TokenType::Id || type == TokenType::Quoted || type == TokenType::Html; }
    bool isKeyword(QLatin1StringView word) const
    {
        return type == TokenType::Id && text.compare(word, Qt::CaseInsensitive) == 0;
    }
};

QString describe(const Token &token)
{
    switch (token.type) {
    case TokenType::End: return QStringLiteral("the end of the file");
    case TokenType::Id: return QStringLiteral("\"%1\"").arg(preview(token.text));
    case TokenType::Quoted: return QStringLiteral("the string \"%1\"").arg(preview(token.text));
    case TokenType::Html: return QStringLiteral("an HTML label");
    default: return QStringLiteral("\"%1\"").arg(token.text);
    }
}

class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    Token next()
    {
        failIfCancelled(m_line);
        skipSpaceAndComments();
        Token token;
        token.line = m_line;
        token.column = column();
        if (m_pos >= m_text.size())
            return token;
        const QChar c = m_text.at(m_pos);
        const auto single = [&](TokenType type) {
            token.type = type;
            token.text = c;
            advance();
            return token;
        };
        switch (c.unicode()) {
        case '{': return single(TokenType::LeftBrace);
        case '}': return single(TokenType::RightBrace);
        case '[': return single(TokenType::LeftBracket);
        case ']': return single(TokenType::RightBracket);
        case '=': return single(TokenType::Equals);
        case ';': return single(TokenType::Semicolon);
        case ',': return single(TokenType::Comma);
        case ':': return single(TokenType::Colon);
        case '"': return quoted(token);
        case '<': return html(token);
        default: break;
        }
        if (c == QLatin1Char('-') && m_pos + 1 < m_text.size()
            && (m_text.at(m_pos + 1) == QLatin1Char('>') || m_text.at(m_pos + 1) == QLatin1Char('-'))) {
            token.type = TokenType::EdgeOp;
            token.text = m_text.mid(m_pos, 2);
            advance();
            advance();
            return token;
        }
        if (c == QLatin1Char('-') || c == QLatin1Char('.') || c.isDigit())
            return numeral(token);
        if (isIdStart(c))
            return identifier(token);
        fail(token.line, token.column, QStringLiteral("unexpected character \"%1\"").arg(c));
    }

private:
    static bool isIdStart(QChar c) { return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80; }
    static bool isIdChar(QChar c) { return isIdStart(c) || c.isDigit(); }

    int column() const { return int(m_pos - m_lineStart) + 1; }

    void advance()
    {
        if (m_text.at(m_pos) == QLatin1Char('\n')) {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }

    bool atLineStart() const
    {
        for (qsizetype i = m_lineStart; i < m_pos; ++i) {
            if (!m_text.at(i).isSpace())
                return false;
        }
        return true;
    }

    void skipSpaceAndComments()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            const QChar after = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
            if (c.isSpace()) {
                advance();
            } else if (c == QLatin1Char('/') && after == QLatin1Char('/')) {
                skipLine();
            } else if (c == QLatin1Char('#') && atLineStart()) {
                skipLine(); // C preprocessor output
            } else if (c == QLatin1Char('/') && after == QLatin1Char('*')) {
                const int line = m_line;
                const int col = column();
                advance();
                advance();
                while (m_pos < m_text.size()
                       && !(m_text.at(m_pos) == QLatin1Char('*') && m_pos + 1 < m_text.size()
                            && m_text.at(m_pos + 1) == QLatin1Char('/')))
                    advance();
                if (m_pos >= m_text.size())
                    fail(line, col, QStringLiteral("a /* comment */ is never closed"));
                advance();
                advance();
            } else {
                return;
            }
        }
    }

    void skipLine()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('\n'))
            advance();
    }

    void checkLength(const Token &token, qsizetype size) const
    {
        if (size > maxValueChars)
            fail(token.line, token.column,
                 QStringLiteral("a value is longer than %1 characters; the limit is %1").arg(maxValueChars));
    }

    // "…" strings, joined by "+": \" is a quote, a backslash before a line
    // break continues the line; other escapes are left for the attribute.
    Token quoted(Token token)
    {
        token.type = TokenType::Quoted;
        for (;;) {
            const int line = m_line;
            const int col = column();
            advance(); // the opening quote
            for (;;) {
                if (m_pos >= m_text.size())
                    fail(line, col, QStringLiteral("a quoted string is never closed"));
                const QChar c = m_text.at(m_pos);
                if (c == QLatin1Char('"')) {
                    advance();
                    break;
                }
                if (c == QLatin1Char('\\') && m_pos + 1 < m_text.size()) {
                    const QChar escaped = m_text.at(m_pos + 1);
                    if (escaped == QLatin1Char('"')) {
                        token.text += escaped;
                        advance();
                        advance();
                        continue;
                    }
                    if (escaped == QLatin1Char('\n') || escaped == QLatin1Char('\r')) {
                        advance();
                        if (m_text.at(m_pos) == QLatin1Char('\r') && m_pos + 1 < m_text.size()
                            && m_text.at(m_pos + 1) == QLatin1Char('\n'))
                            advance();
                        advance();
                        continue;
                    }
                    token.text += c;
                    token.text += escaped;
                    advance();
                    advance();
                    continue;
                }
                token.text += c;
                advance();
                checkLength(token, token.text.size());
            }
            // A "+" between two strings joins them.
            const qsizetype pos = m_pos;
            const int lineBefore = m_line;
            const qsizetype lineStartBefore = m_lineStart;
            skipSpaceAndComments();
            if (m_pos + 1 < m_text.size() && m_text.at(m_pos) == QLatin1Char('+')) {
                advance();
                skipSpaceAndComments();
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"'))
                    continue;
                fail(m_line, column(), QStringLiteral("a \"+\" must join two quoted strings"));
            }
            m_pos = pos;
            m_line = lineBefore;
            m_lineStart = lineStartBefore;
            return token;
        }
    }

    // <…> with balanced angle brackets inside.
    Token html(Token token)
    {
        token.type = TokenType::Html;
        advance();
        int depth = 1;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('<')) {
                ++depth;
            } else if (c == QLatin1Char('>') && --depth == 0) {
                token.text = m_text.mid(start, m_pos - start);
                advance();
                return token;
            }
            advance();
            checkLength(token, m_pos - start);
        }
        fail(token.line, token.column, QStringLiteral("an HTML label <…> is never closed"));
    }

    Token numeral(Token token)
    {
        token.type = TokenType::Id;
        const qsizetype start = m_pos;
        if (m_text.at(m_pos) == QLatin1Char('-'))
            advance();
        bool digits = false;
        bool dot = false;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c.isDigit()) {
                digits = true;
            } else if (c == QLatin1Char('.') && !dot) {
                dot = true;
            } else {
                break;
            }
            advance();
        }
        if (!digits)
            fail(token.line, token.column, QStringLiteral("\"%1\" is not a number").arg(m_text.mid(start, m_pos - start)));
        // Graphviz splits "12abc" into two ids and warns; that is almost
        // always a missing quote.
        if (m_pos < m_text.size() && isIdStart(m_text.at(m_pos)))
            fail(token.line, token.column,
                 QStringLiteral("\"%1%2\" mixes a number and a name; quote it").arg(m_text.mid(start, m_pos - start), m_text.at(m_pos)));
        token.text = m_text.mid(start, m_pos - start);
        return token;
    }

    Token identifier(Token token)
    {
        token.type = TokenType::Id;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isIdChar(m_text.at(m_pos)))
            advance();
        checkLength(token, m_pos - start);
        token.text = m_text.mid(start, m_pos - start);
        return token;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

using Attributes = QList<std::pair<QString, Token>>; // in order; later wins

struct Scope
{
    QMap<QString, Token> nodeDefaults;
    QMap<QString, Token> edgeDefaults;
    QString name; // the innermost named subgraph
};

struct ParsedNode
{
    QString id;
    QMap<QString, Token> attributes;
    QString subgraph;
    int line = 0;
    int column = 0;
};

struct ParsedEdge
{
    QString source;
    QString target;
    QString sourcePort;
    QString targetPort;
    QMap<QString, Token> attributes;
    int line = 0;
    int column = 0;
};

// An edge end: one node (with its port) or every node of a subgraph.
struct Operand
{
    QList<QString> nodes;
    QString port;
};

// DOT's escString: \n, \l and \r end a line, \\ is a backslash, \N is the
// node's name (\E the edge's, \G the graph's); other escapes stay as they are.
QString unescape(const QString &text, const QString &nodeName, const QString &edgeName, const QString &graphName)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar e = text.at(++i);
        switch (e.unicode()) {
        case 'n':
        case 'l':
        case 'r': out += QLatin1Char('\n'); break;
        case '\\': out += QLatin1Char('\\'); break;
        case 'N': out += nodeName; break;
        case 'E': out += edgeName; break;
        case 'G': out += graphName; break;
        default:
            out += c;
            out += e;
        }
    }
    // Graphviz ends a label on a line break it draws; the text does not.
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

// The text an HTML-like label shows: tags dropped, <BR/> as a line break,
// entities decoded, runs of white space as one.
QString htmlText(const QString &html)
{
    QString out;
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            const QString tag = html.mid(i + 1, (end < 0 ? html.size() : end) - i - 1).trimmed().toLower();
            if (tag.startsWith(QLatin1String("br")))
                out += QLatin1Char('\n');
            else if (tag.startsWith(QLatin1String("/td")) || tag.startsWith(QLatin1String("/tr")))
                out += QLatin1Char(' ');
            i = end < 0 ? html.size() : end + 1;
        } else if (c == QLatin1Char('&')) {
            const qsizetype end = html.indexOf(QLatin1Char(';'), i);
            const QString entity = end < 0 ? QString() : html.mid(i + 1, end - i - 1);
            static const QHash<QString, QString> named = {
                {QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("lt"), QStringLiteral("<")},
                {QStringLiteral("gt"), QStringLiteral(">")},   {QStringLiteral("quot"), QStringLiteral("\"")},
                {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QString(QChar(0xA0))},
            };
            QString decoded;
            if (named.contains(entity)) {
                decoded = named.value(entity);
            } else if (entity.startsWith(QLatin1Char('#'))) {
                bool ok = false;
                const uint code = entity.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                    ? entity.mid(2).toUInt(&ok, 16)
                    : entity.mid(1).toUInt(&ok, 10);
                if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                    const char32_t point = code;
                    decoded = QString::fromUcs4(&point, 1);
                }
            }
            if (decoded.isEmpty()) {
                out += c;
                ++i;
            } else {
                out += decoded;
                i = end + 1;
            }
        } else {
            out += c;
            ++i;
        }
    }
    // Collapse spaces within each line, and drop empty lines.
    QStringList lines;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines.append(simple);
    }
    return lines.join(QLatin1Char('\n'));
}

class Parser
{
public:
    Parser(const QString &text, const QString &fileName, QStringList &warnings)
        : m_lexer(text), m_file(fileName), m_warnings(warnings)
    {
        m_token = m_lexer.next();
    }

    void run(KnowledgeGraph &graph, const ShapeObserver &onShape)
    {
        parseGraph();
        int extra = 0;
        while (m_token.type != TokenType::End) {
            // Graphviz reads several graphs from one file; a Threadline
            // window shows one. Check the rest are well formed all the same.
            ++extra;
            ParsedGraphState saved = saveState();
            parseGraph();
            restoreState(std::move(saved));
        }
        if (extra > 0)
            m_warnings.append(located(m_file, 0,
                                      QStringLiteral("the file holds %1 graphs; only the first (\"%2\") is read")
                                          .arg(extra + 1)
                                          .arg(m_graphName)));
        build(graph, onShape);
    }

private:
    struct ParsedGraphState
    {
        QList<ParsedNode> nodes;
        QHash<QString, qsizetype> nodeIndex;
        QList<ParsedEdge> edges;
        QSet<QString> graphAttributes;
        QString graphName;
        bool directed;
        bool strict;
    };

    ParsedGraphState saveState()
    {
        ParsedGraphState state{std::move(m_nodes), std::move(m_nodeIndex), std::move(m_edges),
                               std::move(m_graphAttributes), m_graphName, m_directed, m_strict};
        m_nodes.clear();
        m_nodeIndex.clear();
        m_edges.clear();
        m_graphAttributes.clear();
        return state;
    }

    void restoreState(ParsedGraphState state)
    {
        m_nodes = std::move(state.nodes);
        m_nodeIndex = std::move(state.nodeIndex);
        m_edges = std::move(state.edges);
        m_graphAttributes = std::move(state.graphAttributes);
        m_graphName = state.graphName;
        m_directed = state.directed;
        m_strict = state.strict;
    }

    Token take()
    {
        Token token = m_token;
        m_token = m_lexer.next();
        return token;
    }

    [[noreturn]] void expected(const QString &what) const
    {
        fail(m_token.line, m_token.column, QStringLiteral("expected %1, found %2").arg(what, describe(m_token)));
    }

    Token expect(TokenType type, const QString &what)
    {
        if (m_token.type != type)
            expected(what);
        return take();
    }

    Token expectId(const QString &what)
    {
        if (!m_token.isId())
            expected(what);
        return take();
    }

    void parseGraph()
    {
        if (m_token.isKeyword(QLatin1StringView("strict"))) {
            take();
            m_strict = true;
        }
        if (m_token.isKeyword(QLatin1StringView("digraph"))) {
            m_directed = true;
        } else if (m_token.isKeyword(QLatin1StringView("graph"))) {
            m_directed = false;
        } else {
            expected(QStringLiteral("\"graph\" or \"digraph\" (is this a DOT file?)"));
        }
        take();
        if (m_token.isId())
            m_graphName = take().text;
        expect(TokenType::LeftBrace, QStringLiteral("\"{\" to open the graph"));
        m_scopes.clear();
        m_scopes.append(Scope{});
        parseStatements();
        expect(TokenType::RightBrace, QStringLiteral("\"}\" to close the graph"));
    }

    void parseStatements()
    {
        while (m_token.type != TokenType::RightBrace && m_token.type != TokenType::End) {
            parseStatement();
            if (m_token.type == TokenType::Semicolon)
                take();
        }
    }

    static bool isKeyword(const Token &t)
    {
        for (const char *word : {"node", "edge", "graph", "digraph", "subgraph", "strict"}) {
            if (t.isKeyword(QLatin1StringView(word)))
                return true;
        }
        return false;
    }

    void parseStatement()
    {
        const Token start = m_token;
        if (start.isKeyword(QLatin1StringView("node")) || start.isKeyword(QLatin1StringView("edge"))
            || start.isKeyword(QLatin1StringView("graph"))) {
            take();
            const Attributes attributes = parseAttributeLists(true);
            Scope &scope = m_scopes.last();
            for (const auto &[name, value] : attributes) {
                if (start.isKeyword(QLatin1StringView("node")))
                    scope.nodeDefaults.insert(name, value);
                else if (start.isKeyword(QLatin1StringView("edge")))
                    scope.edgeDefaults.insert(name, value);
                else
                    m_graphAttributes.insert(name);
            }
            return;
        }
        if (start.isKeyword(QLatin1StringView("subgraph")) || start.type == TokenType::LeftBrace) {
            Operand operand = parseSubgraph();
            if (m_token.type == TokenType::EdgeOp)
                parseEdges(std::move(operand), start);
            return;
        }
        if (!start.isId())
            expected(QStringLiteral("a statement (a node, an edge, an attribute or a subgraph)"));
        if (isKeyword(start))
            expected(QStringLiteral("a statement"));
        take();
        if (m_token.type == TokenType::Equals) { // graph attribute: name = value
            take();
            expectId(QStringLiteral("a value after \"%1 =\"").arg(start.text));
            m_graphAttributes.insert(start.text);
            return;
        }
        Operand operand;
        operand.nodes.append(start.text);
        operand.port = parsePort();
        if (m_token.type == TokenType::EdgeOp) {
            parseEdges(std::move(operand), start);
            return;
        }
        // A node statement: the attributes apply to the node whenever it was made.
        const qsizetype index = touchNode(start);
        for (const auto &[name, value] : parseAttributeLists(false))
            m_nodes[index].attributes.insert(name, value);
    }

    QString parsePort()
    {
        QString port;
        while (m_token.type == TokenType::Colon) {
            take();
            const Token part = expectId(QStringLiteral("a port name after \":\""));
            port += (port.isEmpty() ? QString() : QStringLiteral(":")) + part.text;
        }
        return port;
    }

    Operand parseSubgraph()
    {
        const Token start = m_token;
        if (m_scopes.size() > maxNesting)
            fail(start.line, start.column,
                 QStringLiteral("subgraphs are nested more than %1 deep; the limit is %1").arg(maxNesting));
        Scope scope = m_scopes.last();
        if (start.isKeyword(QLatin1StringView("subgraph"))) {
            take();
            if (m_token.isId())
                scope.name = take().text;
        }
        expect(TokenType::LeftBrace, QStringLiteral("\"{\" to open the subgraph"));
        const qsizetype firstNew = m_mentions.size();
        m_scopes.append(scope);
        parseStatements();
        expect(TokenType::RightBrace, QStringLiteral("\"}\" to close the subgraph opened on line %1").arg(start.line));
        m_scopes.removeLast();
        Operand operand;
        QSet<QString> seen;
        for (qsizetype i = firstNew; i < m_mentions.size(); ++i) {
            if (!seen.contains(m_mentions.at(i))) {
                seen.insert(m_mentions.at(i));
                operand.nodes.append(m_mentions.at(i));
            }
        }
        if (m_scopes.size() == 1)
            m_mentions.clear(); // back at the top: no enclosing subgraph needs them
        return operand;
    }

    // An edge statement from `first` on: a -> b -> {c d} [attributes].
    void parseEdges(Operand first, const Token &start)
    {
        for (const QString &id : std::as_const(first.nodes))
            touchNode(Token{TokenType::Id, id, start.line, start.column});
        QList<Operand> chain{std::move(first)};
        while (m_token.type == TokenType::EdgeOp) {
            const Token op = take();
            if (op.text == QLatin1String("->") && !m_directed)
                fail(op.line, op.column, QStringLiteral("\"->\" in an undirected graph; use \"--\""));
            if (op.text == QLatin1String("--") && m_directed)
                fail(op.line, op.column, QStringLiteral("\"--\" in a directed graph; use \"->\""));
            if (m_token.isKeyword(QLatin1StringView("subgraph")) || m_token.type == TokenType::LeftBrace) {
                chain.append(parseSubgraph());
            } else {
                if (isKeyword(m_token))
                    expected(QStringLiteral("a node or a subgraph after \"%1\"").arg(op.text));
                const Token node = expectId(QStringLiteral("a node or a subgraph after \"%1\"").arg(op.text));
                Operand operand;
                operand.nodes.append(node.text);
                operand.port = parsePort();
                touchNode(node);
                chain.append(std::move(operand));
            }
        }
        QMap<QString, Token> attributes = m_scopes.last().edgeDefaults;
        for (const auto &[name, value] : parseAttributeLists(false))
            attributes.insert(name, value);
        for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
            const Operand &from = chain.at(i);
            const Operand &to = chain.at(i + 1);
            if (m_edges.size() + from.nodes.size() * to.nodes.size() > maxEdges)
                fail(start.line, start.column,
                     QStringLiteral("the edges would number more than %1; the limit is %1").arg(maxEdges));
            for (const QString &source : from.nodes) {
                for (const QString &target : to.nodes)
                    addEdge(source, target, from.port, to.port, attributes, start);
            }
        }
    }

    void addEdge(const QString &source, const QString &target, const QString &sourcePort,
                 const QString &targetPort, const QMap<QString, Token> &attributes, const Token &start)
    {
        if (m_strict) {
            // A strict graph has one edge per pair (either way round when
            // undirected); a repeated edge adds its attributes to the first.
            const QString pair = (m_directed || source <= target) ? source + QChar(0) + target
                                                                  : target + QChar(0) + source;
            if (const auto it = m_strictEdges.constFind(pair); it != m_strictEdges.constEnd()) {
                for (auto a = attributes.constBegin(); a != attributes.constEnd(); ++a)
                    m_edges[it.value()].attributes.insert(a.key(), a.value());
                return;
            }
            m_strictEdges.insert(pair, m_edges.size());
        }
        ParsedEdge edge;
        edge.source = source;
        edge.target = target;
        edge.sourcePort = sourcePort;
        edge.targetPort = targetPort;
        edge.attributes = attributes;
        edge.line = start.line;
        edge.column = start.column;
        m_edges.append(std::move(edge));
    }

    // The node named by `token`, made (with the defaults in scope) on its
    // first mention.
    qsizetype touchNode(const Token &token)
    {
        m_mentions.append(token.text);
        if (const auto it = m_nodeIndex.constFind(token.text); it != m_nodeIndex.constEnd())
            return it.value();
        ParsedNode node;
        node.id = token.text;
        node.attributes = m_scopes.last().nodeDefaults;
        node.subgraph = m_scopes.last().name;
        node.line = token.line;
        node.column = token.column;
        m_nodeIndex.insert(node.id, m_nodes.size());
        m_nodes.append(std::move(node));
        return m_nodes.size() - 1;
    }

    // [a=1, b=2; c] [d=3]: `optional` lets an attribute statement go without.
    Attributes parseAttributeLists(bool required)
    {
        Attributes list;
        if (required && m_token.type != TokenType::LeftBracket)
            expected(QStringLiteral("\"[\" to start the attributes"));
        while (m_token.type == TokenType::LeftBracket) {
            take();
            while (m_token.type != TokenType::RightBracket) {
                const Token name = expectId(QStringLiteral("an attribute name or \"]\""));
                Token value = name;
                if (m_token.type == TokenType::Equals) {
                    take();
                    value = expectId(QStringLiteral("a value for the attribute \"%1\"").arg(name.text));
                } else {
                    // "[key]" alone means key=true.
                    value.type = TokenType::Id;
                    value.text = QStringLiteral("true");
                }
                list.append({name.text, value});
                if (m_token.type == TokenType::Comma || m_token.type == TokenType::Semicolon)
                    take();
            }
            take();
        }
        return list;
    }

    // Turns what was parsed into nodes and edges of a Threadline graph.
    void build(KnowledgeGraph &graph, const ShapeObserver &onShape)
    {
        QSet<QString> renamed;
        bool ours = false; // written by Threadline: its drawing attributes are not data
        QList<NodeDraft> nodes;
        nodes.reserve(m_nodes.size());
        for (const ParsedNode &parsed : std::as_const(m_nodes)) {
            NodeDraft draft;
            draft.line = parsed.line;
            draft.column = parsed.column;
            NodeData &node = draft.data;
            node.key = parsed.id;
            node.label = parsed.id;
            QString kindValue;
            for (auto it = parsed.attributes.constBegin(); it != parsed.attributes.constEnd(); ++it) {
                const QString &name = it.key();
                const Token &value = it.value();
                const QString text = value.type == TokenType::Html
                    ? htmlText(value.text)
                    : unescape(value.text, parsed.id, QString(), m_graphName);
                if (name == QLatin1String("label")) {
                    if (!text.trimmed().isEmpty())
                        node.label = text;
                    if (value.type == TokenType::Html)
                        insertProperty(node.properties, QStringLiteral("label_html"), value.text, false, renamed);
                } else if (name == QLatin1String("kind")) {
                    kindValue = text;
                } else if (name == QLatin1String("aliases")) {
                    node.aliases = splitAliases(unescape(value.text, QString(), QString(), QString()));
                } else if (name == QLatin1String("evidence_count")) {
                    ours = true; // counted from evidence DOT does not hold
                } else {
                    insertProperty(node.properties, name, text, isReservedNodeName(name), renamed);
                }
            }
            if (const std::optional<NodeKind> kind = kindFromName(kindValue)) {
                node.kind = *kind;
            } else {
                node.kind = NodeKind::Other;
                if (!kindValue.isEmpty())
                    insertProperty(node.properties, QStringLiteral("kind"), kindValue, false, renamed);
            }
            if (!parsed.subgraph.isEmpty())
                insertProperty(node.properties, QStringLiteral("subgraph"), parsed.subgraph, false, renamed);
            nodes.append(std::move(draft));
        }
        if (ours) {
            // The fill colour, style and font Threadline's writer adds for
            // Graphviz follow from the kind; they are not properties.
            for (NodeDraft &draft : nodes) {
                for (const char *name : {"fillcolor", "style", "fontname", "fontsize"})
                    draft.data.properties.remove(QString::fromLatin1(name));
            }
        }
        QList<EdgeDraft> edges;
        edges.reserve(m_edges.size());
        for (const ParsedEdge &parsed : std::as_const(m_edges)) {
            EdgeDraft draft;
            draft.line = parsed.line;
            draft.column = parsed.column;
            draft.source = parsed.source;
            draft.target = parsed.target;
            EdgeData &edge = draft.data;
            const QString edgeName = parsed.source + (m_directed ? QStringLiteral("->") : QStringLiteral("--"))
                + parsed.target;
            for (auto it = parsed.attributes.constBegin(); it != parsed.attributes.constEnd(); ++it) {
                const QString &name = it.key();
                const Token &value = it.value();
                const QString text = value.type == TokenType::Html
                    ? htmlText(value.text)
                    : unescape(value.text, QString(), edgeName, m_graphName);
                if (name == QLatin1String("label") && !text.trimmed().isEmpty()) {
                    edge.relation = text.trimmed();
                    if (value.type == TokenType::Html)
                        insertProperty(edge.properties, QStringLiteral("label_html"), value.text, false, renamed);
                } else if (name == QLatin1String("id") && value.type != TokenType::Html) {
                    edge.key = text;
                } else if (name == QLatin1String("dir") && text == QLatin1String("none") && m_directed) {
                    // A digraph's edge drawn without direction has none.
                    insertProperty(edge.properties, QStringLiteral("directed"), false, false, renamed);
                } else if (name == QLatin1String("evidence_count")) {
                    // Threadline's own count of evidence DOT does not hold
                } else if (!(ours && (name == QLatin1String("fontname") || name == QLatin1String("fontsize")))) {
                    insertProperty(edge.properties, name, text, isReservedEdgeName(name), renamed);
                }
            }
            if (edge.relation.isEmpty())
                edge.relation = QStringLiteral("related_to");
            if (!m_directed)
                insertProperty(edge.properties, QStringLiteral("directed"), false, false, renamed);
            if (!parsed.sourcePort.isEmpty())
                insertProperty(edge.properties, QStringLiteral("sourceport"), parsed.sourcePort, false, renamed);
            if (!parsed.targetPort.isEmpty())
                insertProperty(edge.properties, QStringLiteral("targetport"), parsed.targetPort, false, renamed);
            edges.append(std::move(draft));
        }
        if (!m_directed && !m_edges.isEmpty())
            m_warnings.append(located(m_file, 0, undirectedNote(m_edges.size())));
        if (!m_graphAttributes.isEmpty()) {
            QStringList names = m_graphAttributes.values();
            names.sort();
            m_warnings.append(located(m_file, 0,
                                      QStringLiteral("graph and subgraph attributes are not kept (Threadline "
                                                     "graphs have none): %1")
                                          .arg(names.join(QStringLiteral(", ")))));
        }
        if (!renamed.isEmpty())
            m_warnings.append(located(m_file, 0, renamedNote(renamed)));
        buildGraph(m_file, {}, nodes, edges, graph, m_warnings, onShape);
    }

    Lexer m_lexer;
    Token m_token;
    QString m_file;
    QStringList &m_warnings;
    QList<Scope> m_scopes;
    QList<ParsedNode> m_nodes;
    QHash<QString, qsizetype> m_nodeIndex;
    QList<ParsedEdge> m_edges;
    QHash<QString, qsizetype> m_strictEdges;
    QList<QString> m_mentions; // nodes named inside the open subgraphs, in order
    QSet<QString> m_graphAttributes;
    QString m_graphName;
    bool m_directed = true;
    bool m_strict = false;
};

} // namespace

ReadResult read(const QByteArray &data, const QString &fileName, KnowledgeGraph &out,
                const ShapeObserver &onShape)
{
    return readGuarded(data, fileName, out, nullptr,
                       [&](KnowledgeGraph &graph, QStringList &warnings, QHash<QString, QPointF> &) {
                           const QString text = QString::fromUtf8(data);
                           Parser(text, fileName, warnings).run(graph, onShape);
                       });
}

ReadResult readFile(const QString &path, KnowledgeGraph &out)
{
    return readFileWith(path, out, [](const QByteArray &data, const QString &fileName, KnowledgeGraph &g) {
        return dot::read(data, fileName, g);
    });
}

} // namespace threadline::dot
