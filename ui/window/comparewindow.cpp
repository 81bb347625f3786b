#include "ui/window/comparewindow.h"

#include "render/labellayer.h"
#include "ui/map/mapcanvas.h"

#include <QGridLayout>
#include <QLabel>

namespace tp::ui {

CompareWindow::CompareWindow(QWidget* parent)
    : QWidget(parent, Qt::Window), m_left(new MapCanvas), m_right(new MapCanvas), m_leftTitle(new QLabel),
      m_rightTitle(new QLabel) {
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare Scenarios"));
    for (QLabel* l : {m_leftTitle, m_rightTitle}) {
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        f.setBold(true);
        l->setFont(f);
        l->setAlignment(Qt::AlignCenter);
    }
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    grid->setRowStretch(1, 1);
    // Each map follows the other's view.
    auto follow = [this](MapCanvas* from, MapCanvas* to) {
        connect(from, &MapCanvas::viewChanged, this, [this, from, to] {
            if (m_syncing) return;
            m_syncing = true;
            to->setView(from->center(), from->resolution());
            m_syncing = false;
        });
    };
    follow(m_left, m_right);
    follow(m_right, m_left);
    resize(1600, 800);
}

void CompareWindow::show(const Project& project, qint64 left, qint64 right, const QString& leftTitle,
                         const QString& rightTitle, std::vector<int> changedUnits, const QString& basemapPath,
                         std::vector<int> leftStray, std::vector<int> rightStray) {
    m_leftTitle->setText(leftTitle);
    m_rightTitle->setText(rightTitle);
    for (MapCanvas* c : {m_left, m_right}) {
        c->setProject(&project);
        c->setChangedUnits(changedUnits);
        if (!basemapPath.isEmpty()) c->loadBaseMapAsync(basemapPath);
    }
    m_left->setStrayUnits(left, std::move(leftStray));
    m_right->setStrayUnits(right, std::move(rightStray));
    m_left->setShownScenario(left);
    m_right->setShownScenario(right);
    QWidget::show();
    raise();
    m_left->zoomToProject();
    m_right->setView(m_left->center(), m_left->resolution());
}

void CompareWindow::setLabels(std::vector<render::MapLabel> left, std::vector<render::MapLabel> right) {
    m_left->labelLayer()->setLabels(std::move(left));
    m_right->labelLayer()->setLabels(std::move(right));
    m_left->refresh();
    m_right->refresh();
}

void CompareWindow::detach() {
    m_left->setProject(nullptr);
    m_right->setProject(nullptr);
    hide();
}

} // namespace tp::ui
