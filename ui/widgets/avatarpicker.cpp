// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/avatarpicker.h"

#include "domain/robot.h"
#include "widgets/warningpalette.h"

#include <QBuffer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

constexpr int previewSide = 64;

Problems avatarProblems(const QByteArray& image)
{
    Robot robot;
    robot.avatar = image;
    Problems problems;
    for (const Error& problem : validateRobot(robot)) {
        if (problem.field == QStringLiteral("avatar"))
            problems.append(problem);
    }
    return problems;
}

} // namespace

AvatarPicker::AvatarPicker(QWidget* parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
    , m_choose(new QPushButton(tr("&Choose picture…"), this))
    , m_remove(new QPushButton(tr("Remo&ve picture"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("avatarPicker"));
    m_preview->setObjectName(QStringLiteral("avatarPreview"));
    m_preview->setAccessibleName(tr("Profile picture"));
    m_preview->setFixedSize(previewSide, previewSide);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAlignment(Qt::AlignCenter);
    m_choose->setObjectName(QStringLiteral("chooseAvatarButton"));
    m_choose->setAccessibleName(tr("Choose a profile picture"));
    m_remove->setObjectName(QStringLiteral("removeAvatarButton"));
    m_remove->setAccessibleName(tr("Remove the profile picture"));
    m_problem->setObjectName(QStringLiteral("avatarProblem"));
    m_problem->setWordWrap(true);
    m_problem->setPalette(withWarningText(m_problem->palette()));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_preview);
    row->addLayout(buttons);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(m_choose, &QPushButton::clicked, this, &AvatarPicker::choose);
    connect(m_remove, &QPushButton::clicked, this, [this] { setValue({}); });
    refresh();
}

void AvatarPicker::setValue(const QByteArray& image)
{
    m_image = image;
    m_loadError.clear();
    refresh();
    emit valueChanged();
}

bool AvatarPicker::loadFile(const QString& path)
{
    QImageReader reader(path);
    const QByteArray format = reader.format().toLower();
    if (format != "png" && format != "jpeg" && format != "jpg") {
        m_loadError = tr("\"%1\" is not a PNG or JPEG picture; DingTalk robots take only those.").arg(path);
        refresh();
        return false;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        m_loadError = tr("Could not read the picture \"%1\": %2.").arg(path, reader.errorString());
        refresh();
        return false;
    }
    const int side = limits::avatarSide;
    QByteArray bytes;
    if (image.width() > side || image.height() > side) {
        // Core only checks; scaling needs Qt Gui, so it happens here, before the picture is kept.
        image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    } else {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
    }
    m_image = bytes;
    m_loadError.clear();
    refresh();
    emit valueChanged();
    return problems().isEmpty();
}

Problems AvatarPicker::problems() const
{
    if (!m_loadError.isEmpty())
        return {Error::invalid(QStringLiteral("avatar"), m_loadError)};
    return avatarProblems(m_image);
}

void AvatarPicker::choose()
{
    auto* dialog = new QFileDialog(window(), tr("Choose the robot's profile picture"));
    dialog->setObjectName(QStringLiteral("avatarFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Pictures (*.png *.jpg *.jpeg)"));
    connect(dialog, &QFileDialog::fileSelected, this, &AvatarPicker::loadFile);
    dialog->open();
}

void AvatarPicker::refresh()
{
    QPixmap pixmap;
    if (!m_image.isEmpty() && pixmap.loadFromData(m_image)) {
        m_preview->setPixmap(
            pixmap.scaled(previewSide - 4, previewSide - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_preview->setPixmap({});
        m_preview->setText(tr("No picture"));
    }
    m_remove->setEnabled(!m_image.isEmpty());
    const Problems problems = this->problems();
    m_problem->setText(problems.isEmpty() ? QString() : problems.first().message);
    m_problem->setVisible(!problems.isEmpty());
    const bool valid = problems.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace alertdesk
