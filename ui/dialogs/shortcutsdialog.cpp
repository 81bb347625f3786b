#include "ui/dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <vector>

namespace tp::ui {

namespace {

QString plain(QString text) {
    // "&Open…" → "Open"; "Save &As…" → "Save As"; "&&" stays one "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    if (text.endsWith(QStringLiteral("..."))) text.chop(3);
    return text.trimmed();
}

QString keysOf(const QAction* a) {
    QStringList keys;
    for (const QKeySequence& k : a->shortcuts())
        if (!k.isEmpty()) keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// The group of an action in no menu: the tool bar holding it, else the dock it lives in.
QString groupOutsideMenus(const QAction* a) {
    for (QObject* o : a->associatedObjects())
        if (auto* bar = qobject_cast<QToolBar*>(o)) {
            for (QObject* up = bar; up; up = up->parent())
                if (auto* dock = qobject_cast<QDockWidget*>(up)) return plain(dock->windowTitle());
            return plain(bar->windowTitle());
        }
    for (QObject* up = a->parent(); up; up = up->parent())
        if (auto* dock = qobject_cast<QDockWidget*>(up)) return plain(dock->windowTitle());
    return ShortcutsDialog::tr("Other");
}

void walkMenu(const QMenu* menu, const QString& group, std::vector<ShortcutsDialog::Entry>* out,
              QSet<const QAction*>* seen) {
    for (QAction* a : menu->actions()) {
        if (a->isSeparator()) continue;
        if (a->menu()) {
            walkMenu(a->menu(), group + QStringLiteral(" › ") + plain(a->menu()->title()), out, seen);
            continue;
        }
        if (seen->contains(a)) continue;
        seen->insert(a);
        const QString keys = keysOf(a);
        if (!keys.isEmpty()) out->push_back({group, plain(a->text()), keys});
    }
}

} // namespace

std::vector<ShortcutsDialog::Entry> ShortcutsDialog::entries(QWidget* window) {
    std::vector<Entry> out;
    QSet<const QAction*> seen;
    if (QMenuBar* bar = window->findChild<QMenuBar*>())
        for (QAction* top : bar->actions())
            if (top->menu()) walkMenu(top->menu(), plain(top->menu()->title()), &out, &seen);
    // Tools and dock actions that no menu holds, grouped by where they are.
    std::vector<Entry> rest;
    for (QAction* a : window->findChildren<QAction*>()) {
        if (seen.contains(a) || a->isSeparator()) continue;
        seen.insert(a);
        const QString keys = keysOf(a);
        if (!keys.isEmpty()) rest.push_back({groupOutsideMenus(a), plain(a->text()), keys});
    }
    std::stable_sort(rest.begin(), rest.end(), [](const Entry& a, const Entry& b) { return a.group < b.group; });
    out.insert(out.end(), rest.begin(), rest.end());
    return out;
}

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent), m_search(new QLineEdit), m_tree(new QTreeWidget) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search->setObjectName(QStringLiteral("shortcutSearch"));
    m_search->setPlaceholderText(tr("Search actions or keys"));
    m_search->setClearButtonEnabled(true);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    QTreeWidgetItem* group = nullptr;
    for (const Entry& e : entries(window)) {
        if (!group || group->text(0) != e.group) {
            group = new QTreeWidgetItem(m_tree, {e.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(group, {e.action, e.keys});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(520, 560);
}

void ShortcutsDialog::setFilter(const QString& text) {
    if (m_search->text() != text) m_search->setText(text); // calls back once
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = needle.isEmpty() || groupMatches || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match;
        }
        group->setHidden(shown == 0);
    }
}

int ShortcutsDialog::visibleCount() const {
    int n = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        if (group->isHidden()) continue;
        for (int i = 0; i < group->childCount(); ++i) n += !group->child(i)->isHidden();
    }
    return n;
}

} // namespace tp::ui
