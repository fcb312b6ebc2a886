// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace alertdesk {

/// A DingTalk custom robot as the operator set it up in the DingTalk client: its profile, its security settings
/// (custom keywords, signing, IP ranges) and where its webhook points. The access token and the signing secret are
/// not part of this value: they live only in the SecretStore, under RobotKeychain's keys (secrets/robotkeychain.h).
struct Robot {
    QString uuid;                      ///< stable id (QUuid without braces); keychain keys hang off it
    QString name;                      ///< 1-64 characters, unique ignoring case
    QByteArray avatar;                 ///< optional PNG or JPEG, at most 256x256
    QUrl endpoint = defaultEndpoint(); ///< webhook URL without its access_token
    QStringList keywords;              ///< 0-10 distinct custom keywords, case-sensitive, 1-20 characters each
    bool signing = false;              ///< signing (加签) on: a secret starting with "SEC" sits in the keychain
    QStringList ipRanges;              ///< 0-10 IPv4 addresses or CIDR blocks
    QDateTime termsAcceptedAt; ///< when the operator accepted DingTalk's Custom Robot Service Terms (invalid = never)
    bool enabled = true;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    static QUrl defaultEndpoint() { return QUrl(QStringLiteral("https://oapi.dingtalk.com/robot/send")); }
    friend bool operator==(const Robot&, const Robot&) = default;
};

/// The secret parts of a robot, as handed between the webhook paste, the SecretStore and the sender.
struct RobotSecrets {
    QString accessToken; ///< the access_token of the webhook URL
    QString signSecret;  ///< "SEC..." when signing is on, empty otherwise
};

/// The keywords the Managed Prometheus / ARMS documentation requires on the robot.
inline QStringList armsKeywords()
{
    return {QStringLiteral("Alarm"), QStringLiteral("Dispatch")};
}

} // namespace alertdesk
