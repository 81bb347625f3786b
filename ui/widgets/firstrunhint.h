#pragma once
// FirstRunHint: a small panel floating at the top of the map canvas on the first start that says
// how to begin (the project to work on, the tools and their keys, workshop mode, undo). "Got it"
// or its close button dismisses it for good: a flag in QSettings (the application's organisation
// and name, so tests use their own). A child of the window, kept over the top of the anchor widget
// (the map canvas: a grab of the canvas shows the map alone); GUI thread only.

#include <QFrame>

class QLabel;

namespace tp::ui {

class FirstRunHint : public QFrame {
    Q_OBJECT
public:
    FirstRunHint(QWidget* anchor, QWidget* parent);

    // The QSettings key of the dismissed flag.
    static QString settingsKey();
    static bool dismissedBefore();

    void setText(const QString& html);
    QString text() const;
    // Shows the hint unless it was dismissed before; returns whether it is shown.
    bool showIfFirstRun();
    // Hides it and records that it was dismissed.
    void dismiss();
    // Centres it at the top of the anchor (follows the anchor's resizes and moves itself).
    void place();

signals:
    void dismissed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_anchor;
    QLabel* m_text;
};

} // namespace tp::ui
