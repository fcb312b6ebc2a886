// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/robotprofilepage.h"

#include "domain/validation.h"
#include "storage/robotrepository.h"
#include "widgets/avatarpicker.h"
#include "widgets/warningpalette.h"
#include "workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace alertdesk {

RobotProfilePage::RobotProfilePage(Workspace& workspace, QWidget* parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_nameProblem(new QLabel(this))
    , m_avatar(new AvatarPicker(this))
{
    setObjectName(QStringLiteral("robotProfilePage"));
    setTitle(tr("Profile"));
    setSubTitle(tr("In the DingTalk group: Group settings → Bots → Add Robot → Custom. Give the robot the same name "
                   "and picture here."));
    m_name->setObjectName(QStringLiteral("robotNameInput"));
    m_name->setAccessibleName(tr("Robot name"));
    m_name->setMaxLength(limits::nameLength + 10);
    m_name->setPlaceholderText(tr("e.g. Prometheus alerts"));
    m_nameProblem->setObjectName(QStringLiteral("robotNameProblem"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setPalette(withWarningText(m_nameProblem->palette()));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Robot &name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("Profile picture:"), m_avatar);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, &RobotProfilePage::validateName);
    connect(m_avatar, &AvatarPicker::validityChanged, this, &QWizardPage::completeChanged);
    validateName();
}

QString RobotProfilePage::name() const
{
    return m_name->text().trimmed();
}

QByteArray RobotProfilePage::avatar() const
{
    return m_avatar->value();
}

bool RobotProfilePage::isComplete() const
{
    return m_problem.isEmpty() && m_avatar->isValid();
}

void RobotProfilePage::validateName()
{
    m_problem.clear();
    if (const std::optional<Error> problem = checkName(QStringLiteral("name"), name())) {
        m_problem = problem->message;
    } else {
        const Result<Robot> existing = m_workspace.robots().findByName(name());
        if (existing)
            m_problem = tr("A robot named \"%1\" already exists; pick another name.").arg(existing->name);
        else if (existing.error().kind != Error::Kind::NotFound)
            m_problem = existing.error().message;
    }
    // Nothing typed yet is not an error worth a red sentence; Next stays disabled all the same.
    const bool show = !m_problem.isEmpty() && !m_name->text().isEmpty();
    m_nameProblem->setText(show ? m_problem : QString());
    m_nameProblem->setVisible(show);
    emit completeChanged();
}

} // namespace alertdesk
