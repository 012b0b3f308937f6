#pragma once

#include <QDialog>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSet>

#include "ids.h"
#include "imageexport.h"
#include "viewfilter.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace threadline {

class KnowledgeGraph;

// Export a picture: format, what to draw (whole graph, visible view or
// selection), size, title and legend, with a live preview. The choices are
// remembered for next time.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { WholeGraph, VisibleView, Selection };

    ExportDialog(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions, const ViewFilter &filter,
                 const QRectF &visibleRect, const QSet<NodeId> &selection, QWidget *parent = nullptr);

    QString format() const;          // "png", "svg" or "pdf"
    Scope scope() const;
    ImageOptions imageOptions() const;
    ViewFilter effectiveFilter() const;
    QImage preview() const { return m_preview; }
    // Writes the picture to the path box's file; false with a message if not.
    bool exportNow(QString *error);

    QComboBox *formatBox() const { return m_format; }
    QComboBox *scopeBox() const { return m_scope; }
    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QSpinBox *dpiBox() const { return m_dpi; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *previewLabel() const { return m_previewLabel; }

Q_SIGNALS:
    void exported(const QString &path);

private:
    void load();
    void save() const;
    void schedulePreview();
    void updatePreview();
    void browse();
    void onExport();

    const KnowledgeGraph &m_graph;
    QHash<NodeId, QPointF> m_positions;
    ViewFilter m_filter;
    QRectF m_visibleRect;
    QSet<NodeId> m_selection;
    QImage m_preview;

    QComboBox *m_format;
    QComboBox *m_scope;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QComboBox *m_pageSize;
    QCheckBox *m_transparent;
    QCheckBox *m_legend;
    QLineEdit *m_title;
    QLineEdit *m_path;
    QLabel *m_previewLabel;
    QTimer *m_previewTimer;
};

} // namespace threadline
