#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

#include "knowledgegraph.h"

namespace threadline {

namespace {
constexpr QSize previewSize(520, 340);
const QString settingsGroup = QStringLiteral("export");
} // namespace

ExportDialog::ExportDialog(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
                           const ViewFilter &filter, const QRectF &visibleRect, const QSet<NodeId> &selection,
                           QWidget *parent)
    : QDialog(parent), m_graph(graph), m_positions(positions), m_filter(filter), m_visibleRect(visibleRect),
      m_selection(selection)
{
    setWindowTitle(tr("Export Picture"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG vector image"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("Whole graph"), int(Scope::WholeGraph));
    m_scope->addItem(tr("Visible view"), int(Scope::VisibleView));
    m_scope->addItem(tr("Selection (%n node(s))", nullptr, int(selection.size())), int(Scope::Selection));
    if (selection.isEmpty()) // nothing selected: that choice cannot be made
        m_scope->setItemData(2, 0, Qt::UserRole - 1);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 16384);
        box->setSuffix(tr(" px"));
    }
    m_dpi = new QSpinBox(this);
    m_dpi->setObjectName(QStringLiteral("dpiBox"));
    m_dpi->setRange(36, 2400);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("The resolution written into the PNG: it prints at width ÷ dpi inches."));
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("Fitted to the drawing"), QString());
    for (const char *name : {"A4", "A3", "Letter"})
        m_pageSize->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_transparent = new QCheckBox(tr("Transparent background"), this);
    m_legend = new QCheckBox(tr("Legend"), this);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("No title"));
    m_path = new QLineEdit(this);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("exportPreview"));
    m_previewLabel->setMinimumSize(previewSize);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Draw:"), m_scope);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("PNG resolution:"), m_dpi);
    form->addRow(tr("PDF page:"), m_pageSize);
    form->addRow(tr("Title:"), m_title);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_transparent);
    form->addRow(tr("File:"), pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(m_previewLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);

    load();
    for (QComboBox *box : {m_format, m_scope, m_pageSize})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox *box : {m_transparent, m_legend})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // The choices that apply to the format, at once (not with the preview).
        m_pageSize->setEnabled(format() == QLatin1String("pdf"));
        m_transparent->setEnabled(format() != QLatin1String("pdf"));
    m_dpi->setEnabled(format() == QLatin1String("png"));
        m_dpi->setEnabled(format() == QLatin1String("png"));
        // Keep the file name's extension in step with the format.
        const QFileInfo info(m_path->text());
        if (!m_path->text().isEmpty())
            m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + format()));
    });
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::onExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

ViewFilter ExportDialog::effectiveFilter() const
{
    ViewFilter filter = m_filter;
    if (scope() == Scope::Selection && !m_selection.isEmpty())
        filter.onlyNodes = m_selection;
    return filter;
}

ImageOptions ExportDialog::imageOptions() const
{
    ImageOptions options;
    options.size = QSize(m_width->value(), m_height->value());
    options.transparent = m_transparent->isChecked();
    options.dpi = m_dpi->value();
    options.legend = m_legend->isChecked();
    options.title = m_title->text();
    options.pageSize = m_pageSize->currentData().toString();
    if (scope() == Scope::VisibleView)
        options.sceneRect = m_visibleRect;
    return options;
}

void ExportDialog::load()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    m_format->setCurrentIndex(qMax(0, m_format->findData(settings.value(QStringLiteral("format"), QStringLiteral("png")))));
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(settings.value(QStringLiteral("scope"), 0))));
    if (scope() == Scope::Selection && m_selection.isEmpty())
        m_scope->setCurrentIndex(0);
    m_width->setValue(settings.value(QStringLiteral("width"), 1600).toInt());
    m_height->setValue(settings.value(QStringLiteral("height"), 1000).toInt());
    m_dpi->setValue(settings.value(QStringLiteral("dpi"), 96).toInt());
    m_pageSize->setCurrentIndex(qMax(0, m_pageSize->findData(settings.value(QStringLiteral("pageSize"), QString()))));
    m_transparent->setChecked(settings.value(QStringLiteral("transparent"), false).toBool());
    m_legend->setChecked(settings.value(QStringLiteral("legend"), true).toBool());
    m_title->setText(settings.value(QStringLiteral("title")).toString());
    m_path->setText(settings.value(QStringLiteral("path"),
                                   QDir::home().filePath(QStringLiteral("threadline.") + format()))
                        .toString());
}

void ExportDialog::save() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("format"), format());
    settings.setValue(QStringLiteral("scope"), int(scope()));
    settings.setValue(QStringLiteral("width"), m_width->value());
    settings.setValue(QStringLiteral("height"), m_height->value());
    settings.setValue(QStringLiteral("dpi"), m_dpi->value());
    settings.setValue(QStringLiteral("pageSize"), m_pageSize->currentData());
    settings.setValue(QStringLiteral("transparent"), m_transparent->isChecked());
    settings.setValue(QStringLiteral("legend"), m_legend->isChecked());
    settings.setValue(QStringLiteral("title"), m_title->text());
    settings.setValue(QStringLiteral("path"), m_path->text());
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    // The picture as it will be written, drawn small with the same aspect.
    ImageOptions options = imageOptions();
    const QSize full = options.size;
    options.size = full.scaled(previewSize, Qt::KeepAspectRatio);
    m_preview = renderGraphImage(m_graph, m_positions, effectiveFilter(), options);
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
    m_pageSize->setEnabled(format() == QLatin1String("pdf"));
    m_transparent->setEnabled(format() != QLatin1String("pdf"));
}

void ExportDialog::browse()
{
    const QString filter = format() == QLatin1String("png")   ? tr("PNG images (*.png)")
                           : format() == QLatin1String("svg") ? tr("SVG images (*.svg)")
                                                              : tr("PDF documents (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Picture"), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ExportDialog::exportNow(QString *error)
{
    const QString path = m_path->text();
    if (path.isEmpty()) {
        if (error)
            *error = tr("Choose a file to write.");
        return false;
    }
    const ViewFilter filter = effectiveFilter();
    const ImageOptions options = imageOptions();
    bool ok = false;
    if (format() == QLatin1String("png"))
        ok = writePng(renderGraphImage(m_graph, m_positions, filter, options), path, error);
    else if (format() == QLatin1String("svg"))
        ok = writeSvg(m_graph, m_positions, filter, options, path, error);
    else
        ok = writePdf(m_graph, m_positions, filter, options, path, error);
    if (ok) {
        save();
        Q_EMIT exported(path);
    }
    return ok;
}

void ExportDialog::onExport()
{
    QString error;
    if (exportNow(&error))
        accept();
    else
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace threadline
