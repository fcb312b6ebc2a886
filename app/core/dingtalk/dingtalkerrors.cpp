// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/dingtalkerrors.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdlib>
#include <initializer_list>

namespace alertdesk::DingTalkErrors {

namespace {

QString securitySentence(const QString& errmsg, std::optional<qint64> clockSkewMs)
{
    switch (securityCheck(errmsg)) {
    case SecurityCheck::Keywords:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk refused the message because it contains none of the robot's "
                                           "custom keywords (keywords not in content). Put one of the keywords, with "
                                           "the same upper and lower case, into the message text, or check the "
                                           "keywords set on the robot in DingTalk.");
    case SecurityCheck::Timestamp:
        if (clockSkewMs && std::llabs(*clockSkewMs) > 60 * 1000) {
            const qint64 minutes = (std::llabs(*clockSkewMs) + 30000) / 60000;
            return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                               "DingTalk refused the signed message because its timestamp is more "
                                               "than an hour away from DingTalk's time (invalid timestamp). This "
                                               "computer's clock is about %n minute(s) off: set the clock right "
                                               "(turn on automatic time synchronisation) and send again.",
                                               nullptr, int(minutes));
        }
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk refused the signed message because its timestamp is more than "
                                           "an hour away from DingTalk's time (invalid timestamp). Check that this "
                                           "computer's clock, date and time zone are right (turn on automatic time "
                                           "synchronisation) and send again.");
    case SecurityCheck::Sign:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk refused the message because its signature does not match (sign "
                                           "not match). The signing secret stored for this robot is not the one "
                                           "DingTalk shows under Security Settings > Additional Signature: copy the "
                                           "secret (it starts with SEC) again and save it on the robot.");
    case SecurityCheck::Ip:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk refused the message because it came from an IP address that is "
                                           "not in the robot's IP address list (%1). Add this computer's public IPv4 "
                                           "address (or its range) to the robot's security settings in DingTalk, "
                                           "or send from an allowed machine.")
            .arg(errmsg);
    case SecurityCheck::Unknown:
        break;
    }
    return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                       "DingTalk refused the message in its security check (%1). Compare the robot's "
                                       "keywords, signing secret and IP addresses with its security settings in "
                                       "DingTalk.")
        .arg(errmsg);
}

} // namespace

SecurityCheck securityCheck(const QString& errmsg)
{
    // DingTalk's errmsg is English, sometimes with a Chinese description in front.
    const QString text = errmsg.toLower();
    const auto mentions = [&text](std::initializer_list<const char16_t*> words) {
        return std::any_of(words.begin(), words.end(),
                           [&text](const char16_t* word) { return text.contains(QStringView(word)); });
    };
    if (mentions({u"keyword", u"关键词"}))
        return SecurityCheck::Keywords;
    if (mentions({u"timestamp", u"时间戳"}))
        return SecurityCheck::Timestamp;
    if (mentions({u"sign", u"签名"}))
        return SecurityCheck::Sign;
    if (mentions({u"ip ", u"whitelist", u"白名单"}))
        return SecurityCheck::Ip;
    return SecurityCheck::Unknown;
}

QString explain(int errcode, const QString& errmsg, std::optional<qint64> clockSkewMs)
{
    switch (errcode) {
    case 0:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk accepted the message; it should show in the group now.");
    case 310000:
        return securitySentence(errmsg, clockSkewMs);
    case 300001:
    case 300005:
    case 400101:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk does not know this robot's access token (errcode %1): the robot "
                                           "was removed from the group, the token was mistyped, or it belongs to an "
                                           "external group. Copy the webhook URL again from the robot's settings in "
                                           "DingTalk and paste it into the robot.")
            .arg(errcode);
    case 400102:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "The robot is disabled in DingTalk. A group administrator can turn it back "
                                           "on in the group's robot settings.");
    case 400105:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk does not support this message type. Choose markdown, text or "
                                           "actionCard for the message.");
    case 400106:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "The robot is no longer in the group. Add a custom robot to the group "
                                           "again and paste its new webhook URL into the robot.");
    case 400013:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "The DingTalk group this robot posted to has been dissolved. Create a robot "
                                           "in a group that exists and paste its webhook URL into the robot.");
    case 130101:
    case 410100:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk is throttling this robot: it sent more than 20 messages in a "
                                           "minute, so DingTalk drops its messages for the next 10 minutes. Wait 10 "
                                           "minutes before sending again, and group alerts so fewer messages go out.");
    case 460101:
    case 101002:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "The message is longer than DingTalk's limit of 20000 bytes. Shorten the "
                                           "template (fewer alerts per message, shorter labels or annotations).");
    case 430101:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk blocked the message because it contains a link it considers "
                                           "unsafe. Remove or replace the link and send again.");
    case 430102:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk blocked the message because of its text content. Reword the "
                                           "message and send again.");
    case 430103:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk blocked the message because of an image it contains. Remove or "
                                           "replace the image and send again.");
    case 430104:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk blocked the message content as unsafe. Review the text, links "
                                           "and images of the message and send again.");
    case 40035:
    case 43004:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk could not read the request (errcode %1: %2). This is a bug in "
                                           "AlertDesk, not in your setup: please report it with this message.")
            .arg(QString::number(errcode), errmsg);
    case -1:
    case 500100:
        return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                           "DingTalk is busy or had an internal error (errcode %1). Nothing is wrong "
                                           "with the robot: try again in a minute.")
            .arg(errcode);
    default:
        break;
    }
    return QCoreApplication::translate("alertdesk::DingTalkErrors",
                                       "DingTalk refused the message with errcode %1: \"%2\". Look this code up in "
                                       "DingTalk's custom robot documentation.")
        .arg(QString::number(errcode), errmsg);
}

QList<int> knownCodes()
{
    return {0,      310000, 300001, 300005, 400101, 400102, 400105, 400106, 400013, 130101, 410100,
            460101, 101002, 430101, 430102, 430103, 430104, 40035,  43004,  -1,     500100};
}

bool isKnown(int errcode)
{
    return knownCodes().contains(errcode);
}

bool isThrottled(int errcode)
{
    return errcode == 130101 || errcode == 410100;
}

bool isTooLong(int errcode)
{
    return errcode == 460101 || errcode == 101002;
}

bool isRetryable(int errcode)
{
    return errcode == -1 || errcode == 500100 || isThrottled(errcode);
}

bool isSecurity(int errcode)
{
    return errcode == 310000;
}

bool isBadToken(int errcode)
{
    return errcode == 300001 || errcode == 300005 || errcode == 400101;
}

} // namespace alertdesk::DingTalkErrors
