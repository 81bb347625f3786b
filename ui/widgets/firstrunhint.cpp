#include "ui/widgets/firstrunhint.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tp::ui {

FirstRunHint::FirstRunHint(QWidget* anchor, QWidget* parent) : QFrame(parent), m_anchor(anchor), m_text(new QLabel) {
    setObjectName(QStringLiteral("firstRunHint"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    // Light panel, dark text, whatever the palette: it floats over the (light) map.
    setStyleSheet(
        QStringLiteral("#firstRunHint { background: rgba(255, 255, 255, 242); border: 1px solid rgba(0, 0, 0, 70);"
                       " border-radius: 6px; } #firstRunHint QLabel { color: #22282e; }"));
    m_text->setObjectName(QStringLiteral("firstRunHintText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto* gotIt = new QPushButton(tr("Got it"));
    gotIt->setObjectName(QStringLiteral("firstRunHintDismiss"));
    auto* close = new QToolButton;
    close->setObjectName(QStringLiteral("firstRunHintClose"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this hint (it is not shown again)"));
    connect(gotIt, &QPushButton::clicked, this, &FirstRunHint::dismiss);
    connect(close, &QToolButton::clicked, this, &FirstRunHint::dismiss);
    auto* top = new QHBoxLayout;
    top->addWidget(m_text, 1);
    top->addWidget(close, 0, Qt::AlignTop);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(gotIt);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addLayout(top);
    layout->addLayout(bottom);
    anchor->installEventFilter(this);
    hide();
}

QString FirstRunHint::settingsKey() {
    return QStringLiteral("help/firstRunHintDismissed");
}

bool FirstRunHint::dismissedBefore() {
    return QSettings().value(settingsKey(), false).toBool();
}

void FirstRunHint::setText(const QString& html) {
    m_text->setText(html);
    place();
}

QString FirstRunHint::text() const {
    return m_text->text();
}

bool FirstRunHint::showIfFirstRun() {
    if (dismissedBefore()) return false;
    place();
    show();
    raise();
    return true;
}

void FirstRunHint::dismiss() {
    QSettings().setValue(settingsKey(), true);
    hide();
    emit dismissed();
}

void FirstRunHint::place() {
    if (!parentWidget()) return;
    const QSize room = m_anchor->size();
    const QPoint origin = m_anchor->mapTo(parentWidget(), QPoint(0, 0));
    const int width = std::min(540, std::max(200, room.width() - 24));
    const int height = std::min(heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height(),
                                std::max(80, room.height() - 24));
    setGeometry(origin.x() + (room.width() - width) / 2, origin.y() + 12, width, height);
}

bool FirstRunHint::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_anchor && (event->type() == QEvent::Resize || event->type() == QEvent::Move) && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace tp::ui
