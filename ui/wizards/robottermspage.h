// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QDateTime>
#include <QWizardPage>

class QCheckBox;

namespace alertdesk {

/// "Add DingTalk robot", step 3: DingTalk's terms, as its client asks. Next waits for the box; the moment it is ticked
/// is what the robot records (termsAcceptedAt). objectName of the box: termsCheck.
class RobotTermsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RobotTermsPage(QWidget* parent = nullptr);

    /// When the box was ticked (invalid while it is not).
    QDateTime acceptedAt() const { return m_acceptedAt; }
    bool isComplete() const override;

private:
    QCheckBox* m_check;
    QDateTime m_acceptedAt;
};

} // namespace alertdesk
