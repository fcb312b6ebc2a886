// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "resources.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QMap>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QtGlobal>

// Q_INIT_RESOURCE must not be used inside a namespace.
static void initAlertDeskResource()
{
    Q_INIT_RESOURCE(alertdesk);
}

namespace alertdesk {

void initResources()
{
    initAlertDeskResource();
}

namespace {

/// Reads a size's PNG only when that size is first drawn (QIcon::addFile decodes every file up front).
class PngIconEngine : public QIconEngine {
public:
    explicit PngIconEngine(QMap<int, QString> files)
        : m_files(std::move(files))
    {}

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        const int extent = qMax(size.width(), size.height());
        auto file = m_files.lowerBound(extent); // the smallest PNG at least as large, else the largest
        if (file == m_files.end())
            file = std::prev(m_files.end());
        QPixmap& loaded = m_loaded[file.key()];
        if (loaded.isNull())
            loaded.load(file.value(), "PNG");
        QPixmap result = loaded.width() == extent
                             ? loaded
                             : loaded.scaled(extent, extent, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode != QIcon::Normal && qApp) {
            QStyleOption option;
            option.palette = QApplication::palette();
            result = QApplication::style()->generatedIconPixmap(mode, result, &option);
        }
        return result;
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int extent = qMin(qMax(size.width(), size.height()), m_files.lastKey());
        return {extent, extent};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int extent : m_files.keys())
            sizes.append(QSize(extent, extent));
        return sizes;
    }

    QIconEngine* clone() const override { return new PngIconEngine(*this); }
    QString key() const override { return QStringLiteral("alertdesk-png"); }

private:
    QMap<int, QString> m_files; ///< size -> resource path
    QHash<int, QPixmap> m_loaded;
};

} // namespace

QIcon appIcon(const QString& name)
{
    QMap<int, QString> files;
    for (const QString& size : QStringLiteral(ALERTDESK_UI_ICON_SIZES).split(QLatin1Char(','))) {
        const QString file = QStringLiteral(":/icons/png/%1/%2x%2/apps/%1.png").arg(name, size);
        if (QFile::exists(file))
            files.insert(size.toInt(), file);
    }
    if (files.isEmpty()) {
        qWarning("AlertDesk has no icon named %s", qPrintable(name));
        return {};
    }
    return QIcon(new PngIconEngine(std::move(files)));
}

} // namespace alertdesk
