#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

#include "types.h"
#include "viewfilter.h"

namespace threadline {

struct LegendEntry
{
    NodeKind kind;
    int count;
    bool fileColours = false; // some are drawn in colours their file gave them
    QString category;         // a foreign category of kind Other (see foreignCategory)
    QColor color;             // its swatch; invalid: the kind's
};

class KnowledgeGraph;

// Kinds shown by the filter, with how many of each, in legend order.
QList<LegendEntry> legendEntries(const KnowledgeGraph &graph, const ViewFilter &filter);

// Painted the same way on the canvas overlay and in exported images.
QSizeF legendSize(const QList<LegendEntry> &entries);
void paintLegend(QPainter &painter, const QPointF &topLeft, const QList<LegendEntry> &entries);

class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);
    void setEntries(const QList<LegendEntry> &entries);
    const QList<LegendEntry> &entries() const { return m_entries; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<LegendEntry> m_entries;
};

} // namespace threadline
