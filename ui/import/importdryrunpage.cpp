#include "ui/import/importdryrunpage.h"

#include "ui/import/accountimportwizard.h"
#include "ui/widgets/backgroundtask.h"

#include "io/export/outputguard.h"
#include "io/export/rejectedrowswriter.h"
#include "session/projectsession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tp::ui {
namespace {

constexpr int shownRejections = 2000; // the table's rows; the CSV has them all

} // namespace

ImportDryRunPage::ImportDryRunPage(AccountImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setTitle(tr("What the import will do"));
    setSubTitle(tr("Nothing has been written yet. Import applies exactly this."));
    setCommitPage(false);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importForecast"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_rejected = new QTableWidget(0, 2);
    m_rejected->setObjectName(QStringLiteral("importRejected"));
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Reasons")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setWordWrap(true);
    layout->addWidget(m_rejected, 1);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save Rejected Rows…"));
    m_save->setObjectName(QStringLiteral("saveRejected"));
    m_again = new QPushButton(tr("&Read Again"));
    m_again->setObjectName(QStringLiteral("readAgain"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    connect(m_save, &QPushButton::clicked, this, &ImportDryRunPage::saveWithDialog);
    connect(m_again, &QPushButton::clicked, this, &ImportDryRunPage::run);
}

void ImportDryRunPage::initializePage() {
    m_summary->setText(tr("Reading the file…"));
    m_rejected->setRowCount(0);
    m_save->setEnabled(false);
    m_again->setVisible(false);
    m_details->clear();
    // After the page is shown, so the progress dialog has a page behind it.
    QTimer::singleShot(0, this, &ImportDryRunPage::run);
}

void ImportDryRunPage::run() {
    m_again->setVisible(false);
    m_wizard->runDryRun();
    show();
    emit completeChanged();
}

bool ImportDryRunPage::isComplete() const {
    return m_wizard->hasDryRun() && m_wizard->result().ok && !m_wizard->result().accounts.empty();
}

void ImportDryRunPage::show() {
    const io::AccountImportResult& r = m_wizard->result();
    if (!m_wizard->hasDryRun()) {
        m_summary->setText(tr("Cancelled: nothing was read and nothing was written. Read the file again, go back to "
                              "change your choices, or cancel the import."));
        m_again->setVisible(true);
        return;
    }
    if (!r.ok) {
        m_summary->setText(
            QStringLiteral("<b>%1</b><br>%2").arg(tr("Nothing can be imported."), r.error.toHtmlEscaped()));
        m_again->setVisible(true);
        return;
    }
    const session::AccountImportForecast& f = m_wizard->forecast();
    const Project& project = m_wizard->session().project();
    QStringList lines;
    lines << tr("%n rows read:", nullptr, r.rowsRead - r.emptyRows) + QLatin1Char(' ')
                 + tr("%n accounts to add", nullptr, f.added) + QStringLiteral(", ")
                 + tr("%n to update", nullptr, f.updated) + QStringLiteral(", ")
                 + tr("%n unchanged", nullptr, f.unchanged) + QStringLiteral(", ")
                 + QStringLiteral("<b>%1</b>").arg(tr("%n rejected", nullptr, int(r.rejected.size())))
                 + QLatin1Char('.');
    if (project.units.empty())
        lines << tr("The project has no units yet: accounts lie outside every unit until units are imported.");
    else if (f.outsideUnits > 0) {
        QStringList where;
        for (std::size_t i = 0; i < f.outsideLines.size() && i < 10; ++i) where << QString::number(f.outsideLines[i]);
        if (f.outsideLines.size() > 10) where << QStringLiteral("…");
        lines << tr("%n accounts fall outside every unit and will belong to no territory (lines %1).", nullptr,
                    f.outsideUnits)
                     .arg(where.join(QStringLiteral(", ")));
    } else {
        lines << tr("Every account lies in a unit.");
    }
    if (r.locatedByPostalCode > 0)
        lines << tr("%n accounts are placed by their postal code.", nullptr, r.locatedByPostalCode);
    if (r.workloadDerived > 0)
        lines << tr("%n accounts get their workload from the tier rule.", nullptr, r.workloadDerived);
    QStringList measures;
    for (const MeasureDefinition& m : f.measures)
        measures << (f.newMeasures.contains(m.name) ? tr("%1 (new)").arg(m.name) : m.name);
    lines << tr("Measures after the import: %1.").arg(measures.join(QStringLiteral(", ")));
    QStringList escaped;
    for (const QString& l : lines) escaped << (l.contains(QLatin1String("<b>")) ? l : l.toHtmlEscaped());
    m_summary->setText(escaped.join(QStringLiteral("<br>")));

    const int shown = std::min(int(r.rejected.size()), shownRejections);
    m_rejected->setRowCount(shown);
    m_rejected->setHorizontalHeaderLabels({r.linesAreFeatures ? tr("Feature") : tr("Line"), tr("Reasons")});
    for (int i = 0; i < shown; ++i) {
        const io::RejectedRow& row = r.rejected[std::size_t(i)];
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, row.line);
        m_rejected->setItem(i, 0, line);
        m_rejected->setItem(i, 1, new QTableWidgetItem(row.reason));
    }
    m_rejected->setVisible(!r.rejected.empty());
    m_save->setEnabled(!r.rejected.empty());
    m_save->setVisible(!r.rejected.empty());
    QStringList details = r.notes + r.warnings;
    if (int(r.rejected.size()) > shown)
        details.prepend(tr("The table shows the first %1 rejected rows; Save Rejected Rows writes all %2.")
                            .arg(shown)
                            .arg(r.rejected.size()));
    m_details->setText(details.join(QLatin1Char('\n')));
}

bool ImportDryRunPage::saveRejected(const QString& path, QString* error) const {
    return io::RejectedRowsWriter::write(m_wizard->result(), path, io::OutputGuard(m_wizard->session().path()), error);
}

void ImportDryRunPage::saveWithDialog() {
    const QFileInfo source(m_wizard->path());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Rejected Rows"),
        source.dir().filePath(source.completeBaseName() + QStringLiteral("-rejected.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".csv");
    // Written on a worker: a file of 400,000 rows can have most of them rejected.
    const io::AccountImportResult& result = m_wizard->result();
    io::OutputGuard guard(m_wizard->session().path());
    QString error;
    bool saved = false;
    const bool done =
        BackgroundTask::run(this, tr("Save Rejected Rows"), tr("Writing %1…").arg(QFileInfo(path).fileName()),
                            [&](const TaskProgress& progress) {
                                guard.setProgress(progress);
                                saved = io::RejectedRowsWriter::write(result, path, guard, &error);
                                return !progress.cancelled();
                            });
    if (!done) return; // cancelled: nothing was written
    if (!saved) {
        QMessageBox::warning(this, tr("Save Rejected Rows"), error);
        return;
    }
    m_details->setText(tr("Rejected rows saved to %1.").arg(QDir::toNativeSeparators(path)) + QLatin1Char('\n')
                       + m_details->text());
}

} // namespace tp::ui
