#pragma once
// MapInspector: words for what is under the cursor or clicked: a one-line tooltip and a details
// page (HTML) for a unit (its territory, rep, accounts and figures) or an account (its CRM
// attributes, territory, rep, named-account state). Reads the session; holds nothing. GUI thread.

#include <QCoreApplication>
#include <QString>

namespace tp::session {
class ProjectSession;
}

namespace tp::ui {

class MapInspector {
    Q_DECLARE_TR_FUNCTIONS(tp::ui::MapInspector)

public:
    explicit MapInspector(const session::ProjectSession& session) : m_session(session) {}

    QString unitToolTip(int unit) const;
    QString accountToolTip(int account) const;
    QString unitDetails(int unit) const;
    QString accountDetails(int account) const;

private:
    struct UnitFigures {
        int accounts = 0;
        double potential = 0, workload = 0;
    };
    UnitFigures figuresOf(int unit) const;
    QString territoryLine(qint64 territoryId) const;

    const session::ProjectSession& m_session;
};

} // namespace tp::ui
