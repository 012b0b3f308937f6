// threadline import FILES… --into PROJECT.threadline
#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QTextStream>

#include "apply.h"
#include "articlereader.h"
#include "extractor.h"
#include "cli.h"
#include "edits.h"
#include "graphdocument.h"
#include "layout.h"
#include "project.h"
#include "viewfilter.h"

namespace threadline::cli {

int runImport(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Adds articles (plain text, Markdown with front matter, HTML) to a project as documents, with the "
        "title, outlet, date and URL the files give. The project is made when it does not exist. An article "
        "already in the project (the same text) is not added twice. A file that cannot be read is named with "
        "its line; the others are added all the same, and the exit code is 1. Each new article's graph is "
        "extracted and added: its people, organisations, countries and places, its quotations with their "
        "speakers, its reported statements and its events, every one with its evidence in the text; what the "
        "project already has is linked, not duplicated. --no-extract adds the documents only."));
    parser.addHelpOption();
    const QCommandLineOption into(QStringLiteral("into"), QStringLiteral("The project file (NAME.threadline)."),
                                  QStringLiteral("PROJECT"));
    parser.addOption(into);
    const QCommandLineOption noExtract(QStringLiteral("no-extract"),
                                       QStringLiteral("Add the documents only; propose no graph."));
    parser.addOption(noExtract);
    parser.addPositionalArgument(QStringLiteral("FILES"), QStringLiteral("Articles: .txt, .md, .html."),
                                 QStringLiteral("FILES…"));
    QStringList args = arguments;
    args.removeAt(1);
    if (!parser.parse(args)) {
        err << "threadline import: " << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    const QStringList files = parser.positionalArguments();
    if (!parser.isSet(into) || files.isEmpty()) {
        err << "threadline import: give the articles and --into PROJECT.threadline" << Qt::endl;
        return UsageError;
    }
    const QString path = parser.value(into);

    GraphDocument document;
    Project project(&document);
    QString error;
    if (QFileInfo::exists(path)) {
        const ReadResult opened = project.open(path);
        if (!opened.ok) {
            err << "threadline import: " << opened.error.toString() << Qt::endl;
            return Failed;
        }
    } else if (!project.saveAs(path, &error)) {
        err << "threadline import: " << error << Qt::endl;
        return Failed;
    } else {
        out << "made the project " << path << Qt::endl;
    }

    bool failed = false;
    QList<Document> added;
    QSet<QString> ids;
    for (const QString &file : files) {
        const articles::ArticleResult read = articles::readArticle(file);
        if (!read.ok) {
            err << "threadline import: " << read.error.toString() << Qt::endl;
            failed = true;
            continue;
        }
        const Document &doc = read.document;
        if (document.graph().document(doc.id) || ids.contains(doc.id)) {
            const Document *there = document.graph().document(doc.id);
            out << file << ": already in the project as " << doc.id << " ("
                << (there ? there->title : doc.title) << "); not added again" << Qt::endl;
            continue;
        }
        ids.insert(doc.id);
        added.append(doc);
        out << file << ": added as " << doc.id << ": \"" << doc.title << "\"";
        for (const QString &field : {doc.outlet, doc.date, doc.url}) {
            if (!field.isEmpty())
                out << " · " << field;
        }
        out << " (" << doc.text.size() << " characters)" << Qt::endl;
        for (const QString &note : read.notes)
            out << "  " << note << Qt::endl;
    }
    if (!added.isEmpty()) {
        AddDocumentsEdit(added).redo(document);
        for (const Document &doc : std::as_const(added)) {
            if (parser.isSet(noExtract))
                break;
            const extract::Extraction found =
                extract::extractArticle(doc.text, QDate::fromString(doc.date, Qt::ISODate), doc.outlet);
            extract::ApplySummary summary;
            extract::applyExtraction(document, doc, found, &summary);
            out << doc.id << ": extracted " << summary.people << " people, " << summary.organizations
                << " organisations, " << summary.countries << " countries, " << summary.places << " places, "
                << summary.events << " events, " << summary.quotes << " quotes, " << summary.statements
                << " reported statements";
            if (!summary.merged.isEmpty())
                out << "; merged with existing: " << summary.merged.join(QStringLiteral(", "));
            out << Qt::endl;
        }
        // What the window shows of the new articles gets a place laid out
        // by its links; the nodes already placed stay where they are.
        document.setPositions(placeNewNodes(document.graph(), document.positions(), ViewFilter::standard()));
        if (!project.save(&error)) {
            err << "threadline import: " << error << Qt::endl;
            return Failed;
        }
    }
    out << added.size() << " added, " << (document.graph().documents().size()) << " documents in " << path << Qt::endl;
    return failed ? Failed : Ok;
}

} // namespace threadline::cli
