#pragma once
// BalanceDialog: Plan › Balance Territories…: the optimiser's parameters (mode, measures with
// weights and tolerances, disruption cap, compactness, scope, time limit), the run on a worker
// thread with a progress dialog that shows the best plan so far and a Stop button that keeps it,
// and the result: a new draft scenario whose notes record the parameters and figures
// (resultReady() lets the main window switch to it and open the comparison with the starting
// scenario), and "Apply to the starting scenario" as one undo step. The worker only reads the
// project; the window is blocked (modal progress) while it runs. GUI thread; owns the worker.

#include "optimize/optimizeroptions.h"
#include "optimize/optimizerresult.h"

#include <QDialog>

#include <atomic>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;

namespace tp::ui {

class EditController;

class BalanceDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { MeasureColumn = 0, WeightColumn, ToleranceColumn };
    enum Scope { AllTerritories = 0, SelectedTerritories, OneRegion };

    BalanceDialog(EditController* controller, QWidget* parent = nullptr);
    ~BalanceDialog() override;

    // The parameters as the widgets say.
    optimize::OptimizerOptions options() const;
    // Starts a run on the current scenario (no-op while one runs).
    void run();
    bool isRunning() const { return m_thread != nullptr; }
    // Stop: the run ends with the best plan so far.
    void stop();
    // Makes the starting scenario hold the result (one undo step). False and *error when refused.
    bool applyToStart(QString* error);

    qint64 startScenario() const { return m_start; }
    qint64 resultScenario() const { return m_resultScenario; }
    const optimize::OptimizerResult& result() const { return m_result; }

    QComboBox* modeBox() const { return m_mode; }
    QSpinBox* territoryCountBox() const { return m_count; }
    QTableWidget* measureTable() const { return m_measures; }
    QCheckBox* capBox() const { return m_capOn; }
    QDoubleSpinBox* capPercentBox() const { return m_cap; }
    QComboBox* compactnessBox() const { return m_compactness; }
    QComboBox* scopeBox() const { return m_scope; }
    QListWidget* territoryList() const { return m_territories; }
    QComboBox* regionBox() const { return m_region; }
    QSpinBox* timeLimitBox() const { return m_timeLimit; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* applyButton() const { return m_apply; }
    QProgressDialog* progressDialog() const { return m_progress; }
    QPlainTextEdit* resultText() const { return m_resultText; }

    // Refills measures, territories and regions from the open project.
    void reload();

signals:
    void resultReady(qint64 resultScenarioId, qint64 startScenarioId);
    void applied(qint64 scenarioId);
    void progressed(const QString& bestSoFar);

private:
    void finish();
    void updateEnabled();

    EditController* m_controller;
    QFormLayout* m_form;
    QComboBox* m_mode;
    QSpinBox* m_count;
    QTableWidget* m_measures;
    QCheckBox* m_capOn;
    QDoubleSpinBox* m_cap;
    QComboBox* m_compactness;
    QComboBox* m_scope;
    QListWidget* m_territories;
    QComboBox* m_region;
    QSpinBox* m_timeLimit;
    QPushButton* m_run;
    QPushButton* m_apply;
    QPlainTextEdit* m_resultText;
    QProgressDialog* m_progress = nullptr;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::vector<MeasureDefinition> m_catalogue;
    optimize::OptimizerOptions m_running;
    optimize::OptimizerResult m_result;
    qint64 m_start = 0;
    qint64 m_resultScenario = 0;
};

} // namespace tp::ui
