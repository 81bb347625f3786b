#include "ui/widgets/iconset.h"

#include <QDir>
#include <QFileInfo>

namespace tp::ui {

namespace {
QString pathOf(const QString& name) {
    return QStringLiteral(":/icons/%1.svg").arg(name);
}
} // namespace

QIcon IconSet::icon(const QString& name) {
    const QString path = pathOf(name);
    return QFileInfo::exists(path) ? QIcon(path) : QIcon();
}

QStringList IconSet::names() {
    QStringList names;
    for (const QFileInfo& f :
         QDir(QStringLiteral(":/icons")).entryInfoList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name))
        if (f.completeBaseName() != QLatin1String("territory-planner")) names << f.completeBaseName();
    return names;
}

} // namespace tp::ui
