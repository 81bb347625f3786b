#include "ui/map/mapinspector.h"

#include "model/metricstable.h"
#include "model/project.h"
#include "session/projectsession.h"

#include <QCoreApplication>

#include <QLocale>

#include <cmath>

namespace tp::ui {
namespace {

// Numbers in the UI language's locale.
QString number(double v, int decimals = 0) {
    return MetricsTable::formatNumber(v, decimals, QLocale());
}
QString money(double v) {
    return MetricsTable::formatMoney(v, QLocale());
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style='color:#5b6670;padding-right:12px'>%1</td><td><b>%2</b></td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

MapInspector::UnitFigures MapInspector::figuresOf(int unit) const {
    UnitFigures f;
    for (const Account& a : m_session.project().accounts) {
        if (a.unit != unit) continue;
        ++f.accounts;
        f.potential += a.revenuePotential;
        f.workload += a.workloadHours;
    }
    return f;
}

QString MapInspector::territoryLine(qint64 territoryId) const {
    const Project& p = m_session.project();
    const Territory* t = p.territory(territoryId);
    if (!t) return tr("unassigned");
    const Rep* r = p.rep(t->repId);
    return r ? QStringLiteral("%1 · %2").arg(t->name, r->name) : t->name;
}

QString MapInspector::unitToolTip(int unit) const {
    const Project& p = m_session.project();
    if (unit < 0 || std::size_t(unit) >= p.units.size() || !p.currentScenario()) return {};
    const Unit& u = p.units[std::size_t(unit)];
    const UnitFigures f = figuresOf(unit);
    return tr("%1 (%2)\n%3\n%4 accounts · %5 h workload · potential %6")
        .arg(u.name, u.code, territoryLine(p.currentScenario()->unitTerritory[std::size_t(unit)]))
        .arg(number(f.accounts))
        .arg(number(f.workload), money(f.potential));
}

QString MapInspector::accountToolTip(int account) const {
    const Project& p = m_session.project();
    if (account < 0 || std::size_t(account) >= p.accounts.size() || !p.currentScenario()) return {};
    const Account& a = p.accounts[std::size_t(account)];
    const bool named = p.currentScenario()->overrides.contains(a.id);
    return tr("%1 (%2)\n%3 · %4 · tier %5\n%6%7")
        .arg(a.name, a.externalId, a.industry.str(), a.segment.str(), a.tier.str(),
             territoryLine(p.territoryOfAccount(*p.currentScenario(), a)), named ? tr(" (named account)") : QString());
}

QString MapInspector::unitDetails(int unit) const {
    const Project& p = m_session.project();
    if (unit < 0 || std::size_t(unit) >= p.units.size() || !p.currentScenario()) return {};
    const Unit& u = p.units[std::size_t(unit)];
    const qint64 territoryId = p.currentScenario()->unitTerritory[std::size_t(unit)];
    const UnitFigures f = figuresOf(unit);
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(u.name.toHtmlEscaped());
    html += row(tr("Code"), u.code);
    html += row(tr("Territory"), territoryLine(territoryId));
    html += row(tr("Accounts"), number(f.accounts));
    html += row(tr("Revenue potential"), money(f.potential));
    html += row(tr("Workload"), number(f.workload) + QStringLiteral(" h"));
    html += row(tr("Area"), number(u.areaM2 / 1e6) + QStringLiteral(" km²"));
    html += QStringLiteral("</table>");
    if (const TerritoryMetrics* m = m_session.metrics().metricsOf(territoryId)) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Its territory").toHtmlEscaped());
        html += row(tr("Accounts"), number(double(m->accounts)));
        html += row(tr("Workload"), number(m->workloadHours) + QStringLiteral(" h"));
        if (!std::isnan(m->utilisation))
            html += row(tr("Capacity used"), number(m->utilisation * 100) + QStringLiteral(" %"));
        if (!std::isnan(m->deviationPct))
            html += row(tr("Deviation from mean"), number(m->deviationPct, 1) + QStringLiteral(" %"));
        html += row(tr("Pieces"), QLocale().toString(m->pieces));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString MapInspector::accountDetails(int account) const {
    const Project& p = m_session.project();
    if (account < 0 || std::size_t(account) >= p.accounts.size() || !p.currentScenario()) return {};
    const Account& a = p.accounts[std::size_t(account)];
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(a.name.toHtmlEscaped());
    html += row(tr("CRM id"), a.externalId);
    html += row(tr("Address"), a.address);
    html += row(tr("Industry"), a.industry);
    html += row(tr("Segment"), a.segment);
    html += row(tr("Tier"), a.tier);
    html += row(tr("Revenue potential"), money(a.revenuePotential));
    html += row(tr("Revenue"), money(a.revenue));
    html += row(tr("Pipeline"), money(a.pipeline));
    html += row(tr("Workload"), number(a.workloadHours, 1) + QStringLiteral(" h/year"));
    html += row(tr("Territory"), territoryLine(p.territoryOfAccount(*p.currentScenario(), a)));
    if (p.currentScenario()->overrides.contains(a.id))
        html += row(tr("Named account"), tr("yes, regardless of geography"));
    for (auto it = a.extra.cbegin(); it != a.extra.cend(); ++it) html += row(it.key(), it.value().toString());
    html += QStringLiteral("</table>");
    return html;
}

} // namespace tp::ui
