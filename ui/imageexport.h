#pragma once

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>

#include "ids.h"
#include "viewfilter.h"

namespace threadline {

class KnowledgeGraph;

struct ImageOptions
{
    QSize size;         // fit the picture into this; invalid: natural size × scale
    qreal scale = 1.0;  // used when size is invalid
    bool transparent = false;
    bool legend = true;
    QString title;      // drawn above the graph when not empty
};

// Draws the graph as the canvas does, every label shown. Needs a
// QApplication (it builds a scene); works on the offscreen platform.
QImage renderGraphImage(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
                        const ViewFilter &filter, const ImageOptions &options);

bool writePng(const QImage &image, const QString &path, QString *error);

} // namespace threadline
