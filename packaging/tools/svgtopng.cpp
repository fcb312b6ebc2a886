// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Build-time tool: renders the application's SVG icon into the hicolor PNG sizes desktops and AppStream want.
//   alertdesk_svgtopng ICON.svg OUTPUT_DIR APP_ID SIZE...
// writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/<APP_ID>.png for every SIZE. It uses Qt Svg, the renderer that draws the same
// icon in the window, so the PNGs match it, and the build needs nothing beyond the Qt it already requires (the Flatpak
// SDK included). No QGuiApplication: painting on a QImage needs no windowing system, so this runs on build servers.

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <cstdio>

namespace {

bool renderOne(QSvgRenderer& renderer, int size, const QString& file)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return QDir().mkpath(QFileInfo(file).path()) && image.save(file, "PNG");
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s ICON.svg OUTPUT_DIR APP_ID SIZE...\n", argv[0]);
        return 64;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QDir output(QString::fromLocal8Bit(argv[2]));
    const QString appId = QString::fromLocal8Bit(argv[3]);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "alertdesk_svgtopng: %s is not an SVG Qt can render\n", argv[1]);
        return 1;
    }
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            std::fprintf(stderr, "alertdesk_svgtopng: %s is not an icon size\n", argv[i]);
            return 64;
        }
        const QString name = QString::number(size);
        const QString file =
            output.filePath(name + QLatin1Char('x') + name + QStringLiteral("/apps/") + appId + QStringLiteral(".png"));
        if (!renderOne(renderer, size, file)) {
            std::fprintf(stderr, "alertdesk_svgtopng: could not write %s\n", qUtf8Printable(file));
            return 1;
        }
    }
    return 0;
}
