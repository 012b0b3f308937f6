#include "cli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include "bundledcorpus.h"
#include "imageexport.h"
#include "jsonformat.h"
#include "knowledgegraph.h"
#include "layout.h"
#include "mainwindow.h"

namespace threadline::cli {

namespace {

const QStringList subcommands = {QStringLiteral("export")};

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
        "  threadline export --format json|png --out PATH [options] [FILE]\n"
        "                               write the graph of FILE (or of the bundled corpus)\n"
        "  threadline --version | --help\n\n"
        "Run 'threadline export --help' for the export options.\n");
}

bool loadInput(const QString &file, KnowledgeGraph &graph)
{
    const ReadResult result = file.isEmpty() ? loadBundledCorpus(graph) : json::readFile(file, graph);
    if (!result.ok) {
        err() << "threadline: " << result.error.toString() << Qt::endl;
        return false;
    }
    for (const QString &warning : result.warnings)
        err() << "threadline: warning: " << warning << Qt::endl;
    return true;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the graph of FILE, or of the bundled corpus when no FILE is given."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json or png."),
                                    QStringLiteral("format"));
    const QCommandLineOption output(QStringLiteral("out"), QStringLiteral("Where to write."),
                                    QStringLiteral("path"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("PNG width in pixels."),
                                   QStringLiteral("pixels"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("PNG height in pixels."),
                                    QStringLiteral("pixels"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("PNG scale of the natural size (default 1)."),
                                   QStringLiteral("factor"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("PNG title line."),
                                   QStringLiteral("text"));
    const QCommandLineOption transparent(QStringLiteral("transparent"),
                                         QStringLiteral("PNG with a transparent background."));
    const QCommandLineOption showDocuments(QStringLiteral("show-documents"),
                                           QStringLiteral("PNG: draw documents and their mentions."));
    parser.addOptions({format, output, width, height, scale, title, transparent, showDocuments});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A Threadline JSON graph."),
                                 QStringLiteral("[FILE]"));
    QStringList args = arguments;
    args.removeAt(1); // "export"
    if (!parser.parse(args)) {
        err() << "threadline export: " << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    const QString fmt = parser.value(format).toLower();
    if (fmt != QLatin1String("json") && fmt != QLatin1String("png")) {
        err() << "threadline export: --format must be json or png"
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
    const QString path = parser.value(output);
    KnowledgeGraph graph;
    if (!loadInput(parser.positionalArguments().value(0), graph))
        return Failed;

    QString error;
    if (fmt == QLatin1String("json")) {
        if (!json::writeFile(path, graph, &error)) {
            err() << "threadline export: " << error << Qt::endl;
            return Failed;
        }
        out() << path << Qt::endl;
        return Ok;
    }

    ImageOptions options;
    options.transparent = parser.isSet(transparent);
    options.title = parser.value(title);
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
    options.scale = number(scale, 1.0, 0.05, 16);
    if (!ok)
        return UsageError;
    if (w > 0 || h > 0) {
        if (w == 0 || h == 0) {
            err() << "threadline export: give both --width and --height" << Qt::endl;
            return UsageError;
        }
        options.size = QSize(w, h);
    }
    const ViewFilter filter = parser.isSet(showDocuments) ? ViewFilter() : ViewFilter::standard();
    const QImage image = renderGraphImage(graph, layoutForView(graph, filter), filter, options);
    if (!writePng(image, path, &error)) {
        err() << "threadline export: " << error << Qt::endl;
        return Failed;
    }
    out() << path << Qt::endl;
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
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "threadline " << THREADLINE_VERSION << Qt::endl;
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
    window.show();
    if (!request.select.isEmpty()) {
        QObject::connect(&window, &MainWindow::graphLoaded, &window,
                         [&window, text = request.select] { window.selectBestMatch(text); });
    }
    if (request.file.isEmpty())
        window.openBundledCorpus();
    else
        window.openFile(request.file);
    return QApplication::exec();
}

} // namespace threadline::cli
