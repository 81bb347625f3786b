#include "ui/window/importactions.h"

#include "ui/import/accountimportwizard.h"
#include "ui/import/unitimportwizard.h"
#include "ui/widgets/backgroundtask.h"

#include "session/projectsession.h"
#include "session/unitlayerreplacer.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace tp::ui {

ImportActions::ImportActions(QWidget* window, SessionGetter session, QObject* parent)
    : QObject(parent), m_window(window), m_session(std::move(session)) {}

ImportActions::~ImportActions() = default;

QSettings& ImportActions::settings() {
    if (m_settings) return *m_settings;
    if (!m_ownSettings) m_ownSettings = std::make_unique<QSettings>();
    return *m_ownSettings;
}

void ImportActions::addTo(QMenu* menu) {
    auto add = [&](const QString& name, const QString& text, auto slot) {
        QAction* a = menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
    };
    add(QStringLiteral("actionImportAccounts"), tr("&Accounts…"), &ImportActions::openWizard);
    add(QStringLiteral("actionImportUnits"), tr("&Units from a GIS File…"), &ImportActions::importUnitsWithDialog);
    add(QStringLiteral("actionImportCounties"), tr("Bundled US &Counties"), &ImportActions::importBundledCounties);
}

AccountImportWizard* ImportActions::openWizard() {
    session::ProjectSession* session = m_session();
    if (!session) return nullptr;
    auto* wizard = new AccountImportWizard(*session, settings(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &QWizard::accepted, this, [this, wizard] { applyWizard(wizard); });
    connect(wizard, &AccountImportWizard::workStarted, this, &ImportActions::workStarted);
    connect(wizard, &AccountImportWizard::workFinished, this, &ImportActions::workFinished);
    closeWizard();
    m_wizard = wizard;
    wizard->show();
    return wizard;
}

void ImportActions::closeWizard() {
    if (m_wizard) m_wizard->close();
}

void ImportActions::workFinished() {
    if (--m_busy == 0) emit idle();
}

bool ImportActions::applyAccounts(const io::AccountImportResult& imported, const QString& sourceName,
                                  session::AccountImportSummary* summary, QString* error) {
    session::ProjectSession* session = m_session();
    if (!session) {
        if (error) *error = tr("No project is open.");
        return false;
    }
    for (int attempt = 0;; ++attempt) {
        // Merging, placing and writing run on a worker; the modal progress dialog keeps edits
        // away, and the change watcher leaves the file alone meanwhile.
        session::AccountImportWrite written;
        QString detail;
        bool ok = false;
        workStarted();
        emit fileInUse(true);
        const bool done = BackgroundTask::run(
            m_window, tr("Import Accounts"), tr("Importing accounts…"), [&](const TaskProgress& progress) {
                ok = session::AccountImportApplier::write(*session, imported, sourceName, progress, &written, &detail);
                return !written.cancelled;
            });
        if (ok) session::AccountImportApplier::adopt(*session, std::move(written), summary);
        emit fileInUse(false);
        workFinished();
        if (!done || written.cancelled) {
            if (error) error->clear(); // cancelled: the project and its file are as they were
            return false;
        }
        if (ok) return true; // adopt() told the session's notifier: the views refresh from there
        if (attempt == 0 && session->file().isOutdated()) {
            // Another program wrote first: read its work and merge into that.
            emit reloadRequested();
            session = m_session();
            if (session && !session->file().isOutdated()) continue;
        }
        if (error) *error = detail;
        return false;
    }
}

void ImportActions::applyWizard(AccountImportWizard* wizard) {
    // The wizard was made for the session that is still open: a reload in between closes it.
    // It stays alive until control returns to the loop that closed it (deleteLater).
    const io::AccountImportResult& imported = wizard->result();
    session::AccountImportSummary summary;
    QString error;
    if (!applyAccounts(imported, QFileInfo(wizard->path()).fileName(), &summary, &error)) {
        if (error.isEmpty())
            emit message(tr("Import cancelled: nothing was changed."));
        else
            QMessageBox::warning(m_window, tr("Import failed"), error);
        return;
    }
    QString text = tr("Accounts imported: %1").arg(summary.text());
    if (!imported.rejected.empty())
        text += QStringLiteral("; ") + tr("%n rows rejected", nullptr, int(imported.rejected.size()));
    emit message(text);
}

bool ImportActions::importUnits(const io::UnitImportOptions& options, const QString& sourceName, QString* error) {
    session::ProjectSession* session = m_session();
    if (!session) {
        if (error) *error = tr("No project is open.");
        return false;
    }
    io::UnitImportResult imported;
    io::UnitImportOptions o = options;
    workStarted();
    const bool done =
        BackgroundTask::run(m_window, tr("Import Units"), tr("Reading units…"), [&](const TaskProgress& progress) {
            o.progress = progress;
            imported = io::UnitImporter::importUnits(o);
            return !imported.cancelled;
        });
    workFinished();
    if (!done) {
        if (error) error->clear();
        return false;
    }
    if (!imported.ok) {
        if (error) *error = imported.error;
        return false;
    }
    // Matching, placing and writing run on a worker too, like an account import's.
    session::UnitLayerWrite written;
    QString detail;
    bool ok = false;
    workStarted();
    emit fileInUse(true);
    const bool applied = BackgroundTask::run(
        m_window, tr("Import Units"), tr("Replacing the units…"), [&](const TaskProgress& progress) {
            ok = session::UnitLayerReplacer::write(*session, std::move(imported), sourceName, progress, &written,
                                                   &detail);
            return !written.cancelled;
        });
    session::UnitReplaceSummary summary;
    if (ok) session::UnitLayerReplacer::adopt(*session, std::move(written), &summary);
    emit fileInUse(false);
    workFinished();
    if (!applied || written.cancelled) {
        if (error) error->clear(); // cancelled: the project and its file are as they were
        return false;
    }
    if (!ok) {
        if (error) *error = detail;
        return false;
    }
    emit unitsReplaced();
    emit message(tr("Units imported: %1").arg(summary.text()));
    return true;
}

void ImportActions::importUnitsWithDialog() {
    session::ProjectSession* session = m_session();
    if (!session) return;
    UnitImportWizard wizard(int(session->project().units.size()), int(session->project().accounts.size()), m_window);
    if (wizard.exec() != QDialog::Accepted) return;
    QString error;
    if (!importUnits(wizard.options(), QFileInfo(wizard.path()).fileName(), &error)) unitImportStopped(error);
}

void ImportActions::unitImportStopped(const QString& error) {
    if (error.isEmpty())
        emit message(tr("Import cancelled: nothing was changed."));
    else
        QMessageBox::warning(m_window, tr("Import failed"), error);
}

void ImportActions::importBundledCounties() {
    if (!m_session()) return;
    QString error;
    if (!importUnits(io::UnitImporter::bundledOptions(QStringLiteral("counties")), tr("the bundled US counties"),
                     &error))
        unitImportStopped(error);
}

} // namespace tp::ui
