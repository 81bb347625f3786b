#include "ui/docks/detailsdock.h"

#include <QTextBrowser>

namespace tp::ui {

DetailsDock::DetailsDock(QWidget* parent) : QDockWidget(tr("Details"), parent), m_view(new QTextBrowser) {
    setObjectName(QStringLiteral("detailsDock"));
    m_view->setOpenLinks(false);
    setWidget(m_view);
    showHtml(tr("<p style='color:#5b6670'>Click a county or an account on the map.</p>"));
}

void DetailsDock::showHtml(const QString& html) { m_view->setHtml(html); }

QString DetailsDock::text() const { return m_view->toPlainText(); }

} // namespace tp::ui
