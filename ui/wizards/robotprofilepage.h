// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QByteArray>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace alertdesk {

class AvatarPicker;
class Workspace;

/// "Add DingTalk robot", step 1: the robot's name (checked as typed, unique in the workspace) and its profile picture.
/// objectNames: robotNameInput, robotNameProblem, avatarPicker.
class RobotProfilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit RobotProfilePage(Workspace& workspace, QWidget* parent = nullptr);

    QString name() const;
    QByteArray avatar() const;
    bool isComplete() const override;

private:
    void validateName();
    Workspace& m_workspace;
    QLineEdit* m_name;
    QLabel* m_nameProblem;
    AvatarPicker* m_avatar;
    QString m_problem;
};

} // namespace alertdesk
