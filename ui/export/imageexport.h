#pragma once

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QRectF>
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
    int dpi = 96;       // PNG: the resolution recorded in the file (print size = pixels / dpi)
    bool legend = true;
    QString title;      // drawn above the graph when not empty
    QString pageSize;   // PDF: empty fits the page to the drawing; else "A4", "A3", "Letter"…
    QRectF sceneRect;   // the part of the layout to draw (the visible view); empty: all of it
};

// The graph drawn as the canvas draws it, labels decluttered. These need a
// QApplication (they build a scene); the offscreen platform will do.
QImage renderGraphImage(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
                        const ViewFilter &filter, const ImageOptions &options);
bool writePng(const QImage &image, const QString &path, QString *error);
// Vector pictures: shapes, lines and real text, no embedded bitmap.
bool writeSvg(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
              const ViewFilter &filter, const ImageOptions &options, const QString &path, QString *error);
bool writePdf(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
              const ViewFilter &filter, const ImageOptions &options, const QString &path, QString *error);

} // namespace threadline
