#pragma once
// OptimizerReport: the optimiser's parameters and figures in words, for the CLI (table, JSON), the
// notes of the scenario a run writes, and the GUI's progress and result texts. Stateless; any
// thread.

#include "optimizeroptions.h"
#include "optimizerresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tp::optimize {

class OptimizerReport {
    Q_DECLARE_TR_FUNCTIONS(tp::optimize::OptimizerReport)

public:
    // "Rebalance; Workload hours x1 +-5 %; at most 10 % of accounts moved; compactness: border; ..."
    static QString parameters(const OptimizerOptions& options);
    // Before/after table (one line per figure), then the verdict and the reasons.
    static QString table(const OptimizerResult& result);
    // One line of best-so-far figures (progress).
    static QString progressLine(const OptimizerFigures& figures, const QStringList& measureNames);
    static QJsonObject json(const OptimizerResult& result, const OptimizerOptions& options);
    // Notes of a scenario written by a run: parameters, figures, verdict.
    static QString notes(const OptimizerResult& result, const OptimizerOptions& options);
    static QString modeName(OptimizerOptions::Mode mode);
};

} // namespace tp::optimize
