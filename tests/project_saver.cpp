// Saves a project over and over, for tst_project's kill-during-save loop.
//   project_saver PATH
// Each round R (from the file's revision + 1) renames every node "rev R",
// adds a node "added-R" and saves; every fifth round saves the whole file
// anew (Save As onto itself) instead of the changes. After each save it
// prints "saved R". Runs until killed.
#include <QCoreApplication>
#include <QTextStream>

#include "graphdocument.h"
#include "project.h"

using namespace threadline;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    GraphDocument document;
    Project project(&document);
    const ReadResult read = project.open(path);
    QTextStream out(stdout);
    if (!read.ok) {
        QTextStream(stderr) << read.error.toString() << Qt::endl;
        return 1;
    }
    for (quint64 round = project.savedRevision() + 1;; ++round) {
        const QString label = QStringLiteral("rev %1").arg(round);
        for (NodeId id : document.graph().nodes()) {
            NodeData data = document.graph().node(id);
            data.label = label;
            document.setNode(id, data);
        }
        NodeData added;
        added.key = QStringLiteral("added-%1").arg(round);
        added.kind = NodeKind::Person;
        added.label = label;
        document.addNode(added, QPointF(double(round), 0));
        QString error;
        const bool saved = round % 5 == 0 ? project.saveAs(path, &error) : project.save(&error);
        if (!saved) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        out << "saved " << round << Qt::endl;
    }
}
