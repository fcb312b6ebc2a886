// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "workspaceproblemwindow.h"

#include "workspacefiledialogs.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

QLabel* selectableLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

WorkspaceProblemWindow::WorkspaceProblemWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("workspaceProblemWindow"));
    setWindowTitle(tr("AlertDesk — the workspace could not be opened"));

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto* heading = new QLabel(tr("AlertDesk could not open this workspace"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_file = selectableLabel(this);
    m_file->setObjectName(QStringLiteral("problemFile"));
    m_reason = selectableLabel(this);
    m_reason->setObjectName(QStringLiteral("problemReason"));
    auto* next = new QLabel(tr("Open another workspace or start a new one. To use this one, fix what is named above "
                               "and choose Try again. AlertDesk has not changed the file."),
                            this);
    next->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    auto* openButton = buttons->addButton(tr("&Open another workspace…"), QDialogButtonBox::AcceptRole);
    openButton->setObjectName(QStringLiteral("openAnotherButton"));
    openButton->setDefault(true);
    auto* newButton = buttons->addButton(tr("&New workspace…"), QDialogButtonBox::ActionRole);
    newButton->setObjectName(QStringLiteral("newWorkspaceButton"));
    auto* retryButton = buttons->addButton(tr("&Try again"), QDialogButtonBox::ActionRole);
    retryButton->setObjectName(QStringLiteral("tryAgainButton"));
    auto* quitButton = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quitButton->setObjectName(QStringLiteral("quitButton"));
    connect(openButton, &QPushButton::clicked, this, &WorkspaceProblemWindow::openAnother);
    connect(newButton, &QPushButton::clicked, this, &WorkspaceProblemWindow::createNew);
    connect(retryButton, &QPushButton::clicked, this, [this] { emit openRequested(m_path); });
    connect(quitButton, &QPushButton::clicked, qApp, &QApplication::quit, Qt::QueuedConnection);

    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(m_file);
    text->addWidget(m_reason);
    text->addWidget(next);
    text->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    top->setSpacing(16);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    resize(640, 300);
}

void WorkspaceProblemWindow::showProblem(const QString& path, const QString& reason)
{
    m_path = path;
    m_file->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(path)));
    m_reason->setText(reason);
}

QString WorkspaceProblemWindow::reason() const
{
    return m_reason->text();
}

void WorkspaceProblemWindow::openAnother()
{
    const QString path = WorkspaceFileDialogs::askExistingPath(this, m_path);
    if (!path.isEmpty())
        emit openRequested(path);
}

void WorkspaceProblemWindow::createNew()
{
    const QString path = WorkspaceFileDialogs::askNewPath(this, m_path);
    if (!path.isEmpty())
        emit openRequested(path);
}

} // namespace alertdesk
