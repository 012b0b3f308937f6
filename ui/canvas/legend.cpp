#include "legend.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include "kindstyle.h"
#include "knowledgegraph.h"

namespace threadline {

namespace {
constexpr qreal rowHeight = 20;
constexpr qreal padding = 8;
constexpr qreal swatch = 7;

QString entryText(const LegendEntry &entry)
{
    const QString name = entry.category.isEmpty() ? kindDisplayName(entry.kind) : entry.category;
    const QString text = QStringLiteral("%1  %2").arg(name).arg(entry.count);
    return entry.fileColours ? text + QStringLiteral(" (colours from the file)") : text;
}

QFont legendFont()
{
    QFont font;
    font.setPointSizeF(9);
    return font;
}
} // namespace

QList<LegendEntry> legendEntries(const KnowledgeGraph &graph, const ViewFilter &filter)
{
    QHash<NodeKind, int> counts;
    bool fileColours = false;
    for (NodeId id : graph.nodes()) {
        if (filter.acceptsNode(graph, id)) {
            ++counts[graph.node(id).kind];
            fileColours = fileColours || fileColor(graph.node(id)).has_value();
        }
    }
    // Foreign nodes by the categories their file gave them, each in its
    // colour (unless the file coloured them itself); the rest as Other.
    const CategoryColours categories = fileColours ? CategoryColours() : categoryColours(graph, filter);
    QList<LegendEntry> entries;
    for (NodeKind kind : allNodeKinds) {
        int count = counts.value(kind);
        if (kind == NodeKind::Other) {
            for (const auto &[category, n] : categories.categories) {
                if (!categories.colours.contains(category))
                    continue;
                entries.append({kind, n, false, category, categories.colours.value(category)});
                count -= n;
            }
        }
        if (count)
            entries.append({kind, count, kind == NodeKind::Other && fileColours, QString(), QColor()});
    }
    return entries;
}

QSizeF legendSize(const QList<LegendEntry> &entries)
{
    const QFontMetricsF metrics(legendFont());
    qreal width = metrics.horizontalAdvance(QStringLiteral("Legend"));
    for (const LegendEntry &entry : entries)
        width = std::max(width, metrics.horizontalAdvance(entryText(entry)) + 2 * swatch + 8);
    return {width + 2 * padding, rowHeight * (entries.size() + 1) + padding};
}

void paintLegend(QPainter &painter, const QPointF &topLeft, const QList<LegendEntry> &entries)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(topLeft, legendSize(entries));
    painter.setPen(QPen(QColor(0xc8c8c8), 1));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 5, 5);
    painter.setFont(legendFont());
    QFont bold = legendFont();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(QColor(0x222222));
    painter.drawText(QRectF(box.left() + padding, box.top() + padding / 2, box.width(), rowHeight),
                     Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("Legend"));
    painter.setFont(legendFont());
    qreal y = box.top() + padding / 2 + rowHeight;
    for (const LegendEntry &entry : entries) {
        const KindStyle &style = kindStyle(entry.kind);
        const QPointF centre(box.left() + padding + swatch, y + rowHeight / 2);
        painter.setPen(QPen(entry.color.isValid() ? entry.color.darker(140) : style.stroke, 1));
        painter.setBrush(entry.color.isValid() ? entry.color : style.fill);
        painter.drawPath(kindShape(entry.kind, swatch).translated(centre));
        painter.setPen(QColor(0x222222));
        painter.drawText(QRectF(centre.x() + swatch + 6, y, box.width(), rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, entryText(entry));
        y += rowHeight;
    }
    painter.restore();
}

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void LegendWidget::setEntries(const QList<LegendEntry> &entries)
{
    m_entries = entries;
    resize(sizeHint());
    setVisible(!entries.isEmpty()); // a legend of nothing says nothing
    update();
}

QSize LegendWidget::sizeHint() const
{
    return legendSize(m_entries).toSize() + QSize(2, 2);
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintLegend(painter, QPointF(0.5, 0.5), m_entries);
}

} // namespace threadline
