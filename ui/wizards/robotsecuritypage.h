// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QStringList>
#include <QWizardPage>

class QLabel;

namespace alertdesk {

class IpRangesEditor;
class KeywordsEditor;
class SigningSecretField;

/// "Add DingTalk robot", step 2: the security settings as DingTalk asks for them — custom keywords (Alarm and
/// Dispatch pre-filled), signing, IP ranges. DingTalk refuses a robot without at least one, so Next waits for one
/// (and for every setting given to be valid). objectNames: keywordsEditor, signingSecretField, ipRangesEditor,
/// securityHint.
class RobotSecurityPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RobotSecurityPage(QWidget* parent = nullptr);

    QStringList keywords() const;
    bool signing() const;
    QString signSecret() const;
    QStringList ipRanges() const;
    bool isComplete() const override;

private:
    void update();
    KeywordsEditor* m_keywords;
    SigningSecretField* m_signing;
    IpRangesEditor* m_ipRanges;
    QLabel* m_hint;
};

} // namespace alertdesk
