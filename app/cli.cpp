#include "cli.h"
#include "chartexport.h"
#include "chartview.h"

#include <QApplication>
#include <QScreen>
#include <QTimer>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include "analysis.h"
#include "bundledcorpus.h"
#include "graphfiles.h"
#include "imageexport.h"
#include "jsonformat.h"
#include "knowledgegraph.h"
#include "layout.h"
#include "mainwindow.h"

namespace threadline::cli {

namespace {

const QStringList subcommands = {QStringLiteral("export"), QStringLiteral("stats"), QStringLiteral("path"),
                                 QStringLiteral("import")};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString summary()
{
    return QStringLiteral(
        "Threadline: a knowledge-graph explorer for news.\n\n"
        "Usage:\n"
        "  threadline [--select TEXT] [FILE]\n"
        "                               open FILE (or the bundled corpus) in the explorer,\n"
        "                               with the best match for TEXT selected\n"
        "  threadline export --format png|svg|pdf|json|graphml|gexf|dot|csv --out PATH\n"
        "                    [--view graph|timeline|analytics] [--layout fr|kk|circle|radial|multilevel|groups|file]\n"
        "                    [--focus ID --depth N] [--width W --height H | --scale S] [FILE]\n"
        "                               write the graph of FILE (or of the bundled corpus)\n"
        "  threadline stats [FILE] [--json]   counts, degree, betweenness, closeness\n"
        "  threadline path FILE A B [--json]  a shortest path between two nodes (FILE - : bundled)\n"
        "  threadline import FILES… --into PROJECT.threadline\n"
        "                               add articles (.txt, .md, .html) to a project\n"
        "  threadline --version | --help\n\n"
        "Run 'threadline export --help' for the export options.\n");
}

bool loadInput(const QString &file, KnowledgeGraph &graph, QHash<NodeId, QPointF> *positions = nullptr)
{
    const ReadResult result = file.isEmpty() ? loadBundledCorpus(graph) : readGraphFile(file, graph, positions);
    if (!result.ok) {
        err() << "threadline: " << result.error.toString() << Qt::endl;
        return false;
    }
    for (const QString &warning : result.warnings)
        err() << "threadline: warning: " << warning << Qt::endl;
    return true;
}

// Parses a subcommand's options; returns an exit code to stop with, or -1.
int parseSubcommand(QCommandLineParser &parser, const QStringList &arguments, const char *name)
{
    parser.addHelpOption();
    QStringList args = arguments;
    args.removeAt(1); // the subcommand
    if (!parser.parse(args)) {
        err() << "threadline " << name << ": " << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    return -1;
}

const QStringList exportFormats = {QStringLiteral("png"),  QStringLiteral("svg"),     QStringLiteral("pdf"),
                                   QStringLiteral("json"), QStringLiteral("graphml"), QStringLiteral("gexf"),
                                   QStringLiteral("dot"),  QStringLiteral("csv")};

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the graph of FILE, or of the bundled corpus when no FILE is given."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("png, svg, pdf (pictures); json, graphml, gexf, dot or csv "
                                                   "(graph files; csv writes PATH.nodes.csv and PATH.edges.csv)."),
                                    QStringLiteral("format"));
    const QCommandLineOption output(QStringLiteral("out"), QStringLiteral("Where to write."),
                                    QStringLiteral("path"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    QStringLiteral("Pictures and GEXF positions: fr, kk, circle, radial, multilevel, groups, or file (the "
                                                   "positions FILE carries: GEXF viz, yEd geometry). Default: file "
                                                   "when FILE has positions for every node drawn, else fr."),
                                    QStringLiteral("name"));
    const QCommandLineOption focus(QStringLiteral("focus"),
                                   QStringLiteral("Only the neighbourhood of this node (id or name); "
                                                  "also the centre of the radial layout."),
                                   QStringLiteral("node"));
    const QCommandLineOption depth(QStringLiteral("depth"), QStringLiteral("With --focus: how many steps (default 1)."),
                                   QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Picture width in pixels."),
                                   QStringLiteral("pixels"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Picture height in pixels."),
                                    QStringLiteral("pixels"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("Picture scale of the natural size (default 1)."),
                                   QStringLiteral("factor"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Picture title line."),
                                   QStringLiteral("text"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("PDF page: A4, A3, Letter… (default: fitted to the drawing)."),
                                      QStringLiteral("name"));
    const QCommandLineOption transparent(QStringLiteral("transparent"),
                                         QStringLiteral("PNG/SVG without a background."));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"), QStringLiteral("Pictures without the legend."));
    const QCommandLineOption showDocuments(QStringLiteral("show-documents"),
                                           QStringLiteral("Pictures: draw documents and their mentions."));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 QStringLiteral("PNG resolution recorded in the file (default 96); without "
                                                "--width/--height or --scale, the picture is drawn at dpi/96 "
                                                "of its natural size, so it prints at that size."),
                                 QStringLiteral("n"));
    const QCommandLineOption gexfVersion(QStringLiteral("gexf-version"),
                                         QStringLiteral("GEXF: 1.3 (default) or 1.2draft, for readers that "
                                                        "predate 1.3 (networkx 2.x, Gephi 0.8)."),
                                         QStringLiteral("version"), QStringLiteral("1.3"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("What a picture shows: graph (default), timeline (events on a date "
                                                 "axis, as in the window's Timeline) or analytics (a bar chart and "
                                                 "the centrality table, as in the window's Analytics)."),
                                  QStringLiteral("name"), QStringLiteral("graph"));
    parser.addOptions({format, output, view, layout, focus, depth, width, height, scale, title, pageSize, transparent,
                       noLegend, showDocuments, gexfVersion, dpi});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A graph file: Threadline or Cytoscape JSON, GraphML, GEXF or DOT."),
                                 QStringLiteral("[FILE]"));
    if (const int code = parseSubcommand(parser, arguments, "export"); code >= 0)
        return code;
    const QString fmt = parser.value(format).toLower();
    if (!exportFormats.contains(fmt)) {
        err() << "threadline export: --format must be one of " << exportFormats.join(QStringLiteral(", "))
              << (fmt.isEmpty() ? QString() : QStringLiteral(", not \"%1\"").arg(fmt)) << Qt::endl;
        return UsageError;
    }
    if (parser.value(output).isEmpty()) {
        err() << "threadline export: --out PATH is required" << Qt::endl;
        return UsageError;
    }
    if (parser.positionalArguments().size() > 1) {
        err() << "threadline export: give at most one FILE" << Qt::endl;
        return UsageError;
    }
    const QString viewName = parser.value(view).toLower();
    ChartPicture chartPicture = ChartPicture::Timeline;
    const bool chartView = viewName != QLatin1String("graph");
    if (chartView && !chartPictureFromName(viewName, &chartPicture)) {
        err() << "threadline export: --view must be graph, timeline or analytics, not \"" << viewName << "\""
              << Qt::endl;
        return UsageError;
    }
    if (chartView && fmt != QLatin1String("png") && fmt != QLatin1String("svg") && fmt != QLatin1String("pdf")) {
        err() << "threadline export: --view " << viewName << " is a picture: --format must be png, svg or pdf"
              << Qt::endl;
        return UsageError;
    }
    const QString gexfVersionName = parser.value(gexfVersion).toLower();
    if (gexfVersionName != QLatin1String("1.3") && gexfVersionName != QLatin1String("1.2draft")) {
        err() << "threadline export: --gexf-version must be 1.3 or 1.2draft" << Qt::endl;
        return UsageError;
    }
    const QString layoutName = parser.value(layout);
    const bool fileLayout = layoutName == QLatin1String("file");
    const std::optional<LayoutKind> layoutKind =
        layoutName.isEmpty() || fileLayout ? LayoutKind::ForceDirected : layoutKindFromName(layoutName);
    if (!layoutKind) {
        err() << "threadline export: --layout must be fr, kk, circle, radial, multilevel, groups or file" << Qt::endl;
        return UsageError;
    }
    bool ok = true;
    auto number = [&](const QCommandLineOption &option, double fallback, double low, double high) {
        if (!parser.isSet(option))
            return fallback;
        bool valid = false;
        const double value = parser.value(option).toDouble(&valid);
        if (!valid || value < low || value > high) {
            err() << "threadline export: --" << option.names().constFirst() << " must be a number from "
                  << low << " to " << high << Qt::endl;
            ok = false;
        }
        return value;
    };
    const int w = int(number(width, 0, 16, 16384));
    const int h = int(number(height, 0, 16, 16384));
    const int steps = int(number(depth, 1, 0, 1000));
    ImageOptions options;
    options.scale = number(scale, 1.0, 0.05, 16);
    options.dpi = int(number(dpi, 96, 36, 2400));
    if (parser.isSet(dpi) && !parser.isSet(scale))
        options.scale = options.dpi / 96.0;
    if (!ok)
        return UsageError;
    if (w > 0 || h > 0) {
        if (w == 0 || h == 0) {
            err() << "threadline export: give both --width and --height" << Qt::endl;
            return UsageError;
        }
        options.size = QSize(w, h);
    }
    options.transparent = parser.isSet(transparent);
    options.legend = !parser.isSet(noLegend);
    options.title = parser.value(title);
    options.pageSize = parser.value(pageSize);

    const QString path = parser.value(output);
    KnowledgeGraph graph;
    QHash<NodeId, QPointF> filePositions;
    if (!loadInput(parser.positionalArguments().value(0), graph, &filePositions))
        return Failed;
    NodeId centre;
    if (parser.isSet(focus)) {
        centre = resolveNode(graph, parser.value(focus));
        if (!centre.isValid()) {
            err() << "threadline export: no node matches --focus \"" << parser.value(focus) << "\"" << Qt::endl;
            return Failed;
        }
        // Keep the neighbourhood only: the export is of that subgraph.
        const QSet<NodeId> keep = graph.neighbourhood(centre, steps);
        for (NodeId id : graph.nodes()) {
            if (!keep.contains(id))
                graph.removeNode(id);
        }
    }

    QString error;
    if (chartView) {
        const QSize chartSize = options.size.isValid() ? options.size
                                                       : (QSizeF(1400, chartPicture == ChartPicture::Timeline ? 520 : 600)
                                                          * options.scale).toSize();
        if (!writeChartPicture(graph, chartPicture, chartSize, fmt, options.title, path, &error)) {
            err() << "threadline export: " << error << Qt::endl;
            return Failed;
        }
        out() << path << Qt::endl;
        return Ok;
    }
    const ViewFilter filter = parser.isSet(showDocuments) ? ViewFilter() : ViewFilter::standard();
    const std::optional<GraphFormat> graphFormat = graphFormatFromName(fmt);
    // Pictures need positions for what they draw; GEXF holds them for every
    // node (Gephi shows documents too); other graph files need none. The
    // file's own drawing is used where it has one (or is asked for).
    QHash<NodeId, QPointF> positions;
    if (!graphFormat || *graphFormat == GraphFormat::Gexf) {
        const ViewFilter placed = graphFormat ? ViewFilter() : filter;
        if (fileLayout || layoutName.isEmpty())
            positions = fitFilePositions(filePositions, placed.visibleNodes(graph));
        if (positions.isEmpty() && fileLayout) {
            err() << "threadline export: --layout file: the file has no positions for every node drawn" << Qt::endl;
            return Failed;
        }
        if (positions.isEmpty())
            positions = layoutForView(graph, placed, *layoutKind, centre);
    }

    if (graphFormat) {
        QStringList warnings;
        const QStringList written =
            writeGraphFile(path, *graphFormat, graph, &error, &warnings, &positions,
                           gexfVersionName == QLatin1String("1.3") ? gexf::Version::V1_3 : gexf::Version::V1_2draft);
        for (const QString &warning : std::as_const(warnings))
            err() << "threadline export: warning: " << warning << Qt::endl;
        if (written.isEmpty()) {
            err() << "threadline export: " << error << Qt::endl;
            return Failed;
        }
        for (const QString &file : written)
            out() << file << Qt::endl;
        return Ok;
    }
    bool written = false;
    if (fmt == QLatin1String("png"))
        written = writePng(renderGraphImage(graph, positions, filter, options), path, &error);
    else if (fmt == QLatin1String("svg"))
        written = writeSvg(graph, positions, filter, options, path, &error);
    else
        written = writePdf(graph, positions, filter, options, path, &error);
    if (!written) {
        err() << "threadline export: " << error << Qt::endl;
        return Failed;
    }
    out() << path << Qt::endl;
    return Ok;
}

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Counts by kind and relation, and degree, betweenness and closeness per node, of FILE "
        "(or of the bundled corpus when FILE is \"-\" or missing). Edges count in both directions."));
    const QCommandLineOption asJson(QStringLiteral("json"),
                                    QStringLiteral("JSON: {\"counts\": {…}, \"nodes\": [{\"id\", \"label\", "
                                                   "\"kind\", \"degree\", \"betweenness\", \"closeness\"}]}."));
    const QCommandLineOption withoutDocuments(QStringLiteral("without-documents"),
                                              QStringLiteral("Leave documents and their mentions out."));
    parser.addOptions({asJson, withoutDocuments});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A project or graph file: .threadline, Threadline or Cytoscape JSON, GraphML, GEXF or DOT."));
    if (const int code = parseSubcommand(parser, arguments, "stats"); code >= 0)
        return code;
    if (parser.positionalArguments().size() > 1) {
        err() << "threadline stats: give at most one FILE" << Qt::endl;
        return UsageError;
    }
    QString file = parser.positionalArguments().value(0);
    if (file == QLatin1String("-"))
        file.clear();
    KnowledgeGraph graph;
    if (!loadInput(file, graph))
        return Failed;
    const ViewFilter filter = parser.isSet(withoutDocuments) ? ViewFilter::standard() : ViewFilter();
    QMap<QString, int> kinds, relations;
    for (NodeId id : graph.nodes()) {
        if (filter.acceptsNode(graph, id))
            ++kinds[kindName(graph.node(id).kind)];
    }
    for (EdgeId id : graph.edges()) {
        if (filter.acceptsEdge(graph, id))
            ++relations[graph.edge(id).relation];
    }
    QList<NodeMetrics> metrics = centrality(graph, filter);
    std::stable_sort(metrics.begin(), metrics.end(),
                     [](const NodeMetrics &a, const NodeMetrics &b) { return a.betweenness > b.betweenness; });
    int nodeTotal = 0, edgeTotal = 0;
    for (int n : std::as_const(kinds))
        nodeTotal += n;
    for (int n : std::as_const(relations))
        edgeTotal += n;

    if (parser.isSet(asJson)) {
        QJsonObject byKind, byRelation;
        for (auto it = kinds.begin(); it != kinds.end(); ++it)
            byKind.insert(it.key(), it.value());
        for (auto it = relations.begin(); it != relations.end(); ++it)
            byRelation.insert(it.key(), it.value());
        QJsonArray nodes;
        for (const NodeMetrics &m : std::as_const(metrics)) {
            const NodeData &node = graph.node(m.id);
            nodes.append(QJsonObject{{QStringLiteral("id"), node.key},
                                     {QStringLiteral("label"), node.label},
                                     {QStringLiteral("kind"), kindName(node.kind)},
                                     {QStringLiteral("degree"), m.degree},
                                     {QStringLiteral("betweenness"), m.betweenness},
                                     {QStringLiteral("closeness"), m.closeness}});
        }
        const QJsonObject counts{{QStringLiteral("nodes"), nodeTotal},
                                 {QStringLiteral("edges"), edgeTotal},
                                 {QStringLiteral("documents"), qint64(graph.documents().size())},
                                 {QStringLiteral("kinds"), byKind},
                                 {QStringLiteral("relations"), byRelation}};
        out() << QJsonDocument(QJsonObject{{QStringLiteral("counts"), counts}, {QStringLiteral("nodes"), nodes}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << nodeTotal << " nodes, " << edgeTotal << " edges, " << graph.documents().size() << " documents\n";
    out() << "\nnodes by kind:\n";
    for (auto it = kinds.begin(); it != kinds.end(); ++it)
        out() << QStringLiteral("  %1 %2\n").arg(it.key(), -16).arg(it.value(), 6);
    out() << "\nedges by relation:\n";
    for (auto it = relations.begin(); it != relations.end(); ++it)
        out() << QStringLiteral("  %1 %2\n").arg(it.key(), -16).arg(it.value(), 6);
    out() << "\n" << QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(QStringLiteral("degree"), 6).arg(QStringLiteral("betweenness"), 12)
                         .arg(QStringLiteral("closeness"), 10).arg(QStringLiteral("kind"), -13)
                         .arg(QStringLiteral("label"));
    for (const NodeMetrics &m : std::as_const(metrics)) {
        const NodeData &node = graph.node(m.id);
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(m.degree, 6).arg(m.betweenness, 12, 'f', 5).arg(m.closeness, 10, 'f', 5)
                     .arg(kindName(node.kind), -13).arg(node.label);
    }
    out().flush();
    return Ok;
}

int runPath(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A shortest chain of relationships between A and B (ids or names) in FILE (\"-\" for the "
        "bundled corpus), following edges either way. Documents and mentions are left out."));
    const QCommandLineOption asJson(QStringLiteral("json"), QStringLiteral("The path as JSON."));
    const QCommandLineOption viaDocuments(QStringLiteral("via-documents"),
                                          QStringLiteral("Let the path pass through documents."));
    parser.addOptions({asJson, viaDocuments});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A graph file (JSON, GraphML, GEXF or DOT), or -."));
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("Where the path starts."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("Where it ends."));
    if (const int code = parseSubcommand(parser, arguments, "path"); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3) {
        err() << "threadline path: give FILE, A and B" << Qt::endl;
        return UsageError;
    }
    KnowledgeGraph graph;
    if (!loadInput(args[0] == QLatin1String("-") ? QString() : args[0], graph))
        return Failed;
    const NodeId from = resolveNode(graph, args[1]);
    const NodeId to = resolveNode(graph, args[2]);
    for (const auto &[id, name] : {std::pair{from, args[1]}, std::pair{to, args[2]}}) {
        if (!id.isValid()) {
            err() << "threadline path: no node matches \"" << name << "\"" << Qt::endl;
            return Failed;
        }
    }
    const ViewFilter filter = parser.isSet(viaDocuments) ? ViewFilter() : ViewFilter::standard();
    const QList<PathStep> path = shortestPath(graph, from, to, filter);
    if (path.isEmpty()) {
        err() << "threadline path: no path from \"" << graph.node(from).label << "\" to \""
              << graph.node(to).label << "\"" << Qt::endl;
        return Failed;
    }
    if (parser.isSet(asJson)) {
        QJsonArray steps;
        for (const PathStep &step : path) {
            QJsonObject o{{QStringLiteral("id"), graph.node(step.node).key},
                          {QStringLiteral("label"), graph.node(step.node).label},
                          {QStringLiteral("kind"), kindName(graph.node(step.node).kind)}};
            if (step.via.isValid()) {
                o.insert(QStringLiteral("edge"), graph.edge(step.via).key);
                o.insert(QStringLiteral("relation"), graph.edge(step.via).relation);
                o.insert(QStringLiteral("forward"), step.forward);
            }
            steps.append(o);
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("length"), qint64(path.size() - 1)},
                                           {QStringLiteral("path"), steps}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const PathStep &step : path) {
        if (step.via.isValid()) {
            const QString relationName = graph.edge(step.via).relation;
            out() << (step.forward ? QStringLiteral("  --%1-->\n").arg(relationName)
                                   : QStringLiteral("  <--%1--\n").arg(relationName));
        }
        out() << graph.node(step.node).label << "  [" << kindName(graph.node(step.node).kind) << "]\n";
    }
    out().flush();
    return Ok;
}

} // namespace

bool isHeadless(const QStringList &arguments)
{
    for (const QString &arg : arguments.mid(1)) {
        if (subcommands.contains(arg) || arg == QLatin1String("--help") || arg == QLatin1String("-h")
            || arg == QLatin1String("--version") || arg == QLatin1String("-v"))
            return true;
        if (!arg.startsWith(QLatin1Char('-')))
            return false; // a FILE for the GUI
    }
    return false;
}

int runHeadless(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("export"))
        return runExport(arguments);
    if (first == QLatin1String("stats"))
        return runStats(arguments);
    if (first == QLatin1String("path"))
        return runPath(arguments);
    if (first == QLatin1String("import"))
        return runImport(arguments);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "threadline " << THREADLINE_VERSION << Qt::endl;
        out() << "Qt " << qVersion() << " (built with " << QT_VERSION_STR << ")" << Qt::endl;
        out() << "charts: " << ChartView::backendName() << Qt::endl;
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out() << summary();
        return Ok;
    }
    err() << "threadline: unknown command \"" << first << "\"\n\n" << summary();
    return UsageError;
}

namespace {

struct GuiRequest
{
    QString file;
    QString select; // --select TEXT: the best search hit is selected on opening
    QString problem;
};

GuiRequest parseGui(const QStringList &arguments)
{
    GuiRequest request;
    const QStringList args = arguments.mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--select") && i + 1 < args.size()) {
            request.select = args[++i];
        } else if (arg.startsWith(QLatin1String("--select="))) {
            request.select = arg.mid(9);
        } else if (arg.startsWith(QLatin1Char('-'))) {
            request.problem = QStringLiteral("unknown option \"%1\"").arg(arg);
        } else if (request.file.isEmpty()) {
            request.file = arg;
        } else {
            request.problem = QStringLiteral("give at most one FILE");
        }
    }
    return request;
}

} // namespace

int checkGuiArguments(const QStringList &arguments)
{
    const GuiRequest request = parseGui(arguments);
    if (!request.problem.isEmpty()) {
        err() << "threadline: " << request.problem << "\n\n" << summary();
        return UsageError;
    }
    if (!request.file.isEmpty() && !QFileInfo(request.file).isFile()) {
        err() << "threadline: " << request.file << ": no such file" << Qt::endl;
        return Failed;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        err() << "threadline: no display to open a window on. Use 'threadline export --format png "
                 "--out FILE' for a picture, or set QT_QPA_PLATFORM." << Qt::endl;
        return Failed;
    }
    return -1;
}

int runGui(const QStringList &arguments)
{
    const GuiRequest request = parseGui(arguments);
    MainWindow window;
    // Sized to the screen: at 150 % a 1600×1000 screen is 1066×666.
    if (const QScreen *screen = window.screen())
        window.resize(fittedWindowSize(window.size(), screen->availableGeometry()));
    window.show();
    window.openAndSelect(request.file, request.select);
    // Work a crash left unsaved is offered once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return QApplication::exec();
}

} // namespace threadline::cli
