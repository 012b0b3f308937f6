#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace threadline {

class KnowledgeGraph;

enum class ChartPicture { Timeline, Analytics };

// "timeline" / "analytics"; false for anything else.
bool chartPictureFromName(const QString &name, ChartPicture *picture);

// Writes a drawing of `size` pixels as PNG, SVG or PDF (by `format`: "png",
// "svg", "pdf"), `paint` drawing it into the rectangle it is given.
// Charts drawn by Qt Graphs are its rendered frame inside the SVG or PDF;
// Qt Charts draws vectors.
bool writeDrawing(const std::function<void(QPainter &, const QRectF &)> &paint, QSize size, const QString &format,
                  const QString &title, const QString &path, QString *error);

// The timeline or the analytics of a graph, drawn as the window shows them
// (offscreen widgets, laid out at `size`), then written as above. Needs a
// QApplication; the offscreen platform will do.
bool writeChartPicture(const KnowledgeGraph &graph, ChartPicture picture, QSize size, const QString &format,
                       const QString &title, const QString &path, QString *error);

} // namespace threadline
