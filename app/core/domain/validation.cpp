// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Whole-value validation: every rule of domain.md that one robot, contact, group or policy can be checked against.
// The field-level checks it builds on are in fieldchecks.cpp.
#include "domain/validation.h"

#include "domain/avatar.h"
#include "domain/policytext.h"
#include "domain/validationdetail.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace alertdesk {

namespace {

using detail::characters;
using detail::hasWhitespace;
using detail::shown;

void add(Problems& problems, std::optional<Error> problem)
{
    if (problem)
        problems.append(std::move(*problem));
}

std::optional<Error> checkNotes(const QString& notes)
{
    const qsizetype length = characters(notes);
    if (length <= limits::notesLength)
        return std::nullopt;
    return Error::invalid(QStringLiteral("notes"),
                          QCoreApplication::translate("alertdesk::Validation",
                                                      "The notes are %1 characters long; shorten them to at most %2.")
                              .arg(length)
                              .arg(limits::notesLength));
}

std::optional<Error> checkDescription(const QString& description)
{
    const qsizetype length = characters(description);
    if (length <= limits::descriptionLength)
        return std::nullopt;
    return Error::invalid(
        QStringLiteral("description"),
        QCoreApplication::translate("alertdesk::Validation",
                                    "The description is %1 characters long; shorten it to at most %2.")
            .arg(length)
            .arg(limits::descriptionLength));
}

std::optional<Error> checkAvatar(const QByteArray& avatar)
{
    const QString field = QStringLiteral("avatar");
    if (avatar.isEmpty())
        return std::nullopt;
    if (avatar.size() > limits::avatarBytes) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The picture is %1 KiB; pick one of at most 1 MiB.")
                                         .arg((avatar.size() + 1023) / 1024));
    }
    const std::optional<ImageHeader> header = readImageHeader(avatar);
    if (!header) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The picture is neither a PNG nor a JPEG file; pick "
                                                                 "a PNG or JPEG picture."));
    }
    if (!header->size.isValid()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The picture's size cannot be read (the file looks "
                                                                 "truncated or damaged); pick another picture."));
    }
    if (header->size.width() > limits::avatarSide || header->size.height() > limits::avatarSide) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The picture is %1x%2 pixels; a robot's picture is at "
                                                                 "most %3x%3 pixels, so scale it down.")
                                         .arg(header->size.width())
                                         .arg(header->size.height())
                                         .arg(limits::avatarSide));
    }
    return std::nullopt;
}

std::optional<Error> checkSignSecret(const Robot& robot, const QString& secret)
{
    const QString field = QStringLiteral("secret");
    if (!robot.signing) {
        if (secret.isEmpty())
            return std::nullopt;
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "Signing is off, so the robot must not have a signing "
                                                                 "secret; turn signing on or clear the secret."));
    }
    if (secret.isEmpty()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "Signing is on but there is no signing secret; paste "
                                                                 "the secret DingTalk shows under Additional Signature "
                                                                 "(it starts with SEC)."));
    }
    if (hasWhitespace(secret)) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The signing secret contains spaces or line breaks; "
                                                                 "copy it again without them."));
    }
    if (!secret.startsWith(QStringLiteral("SEC"))) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The signing secret does not start with SEC; copy the "
                                                                 "whole secret DingTalk shows under Additional "
                                                                 "Signature."));
    }
    for (const QChar c : secret) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                     "The signing secret contains characters that "
                                                                     "DingTalk never puts in one; copy it again from "
                                                                     "DingTalk."));
        }
    }
    if (secret.size() < 10 || secret.size() > 256) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The signing secret is %1 characters long; DingTalk's "
                                                                 "secrets are SEC followed by 64 characters (10 to 256 "
                                                                 "are accepted), so copy the whole secret again.")
                                         .arg(secret.size()));
    }
    return std::nullopt;
}

void checkKeywords(const QStringList& keywords, Problems& problems)
{
    const QString field = QStringLiteral("keywords");
    if (keywords.size() > limits::keywords) {
        problems.append(Error::invalid(
            field, QCoreApplication::translate("alertdesk::Validation",
                                               "A robot has at most %1 custom keywords (DingTalk's limit); this one "
                                               "has %2. Remove some of them.")
                       .arg(limits::keywords)
                       .arg(keywords.size())));
    }
    QSet<QString> seen;
    QSet<QString> reported;
    for (const QString& keyword : keywords) {
        add(problems, checkKeyword(keyword));
        if (seen.contains(keyword) && !reported.contains(keyword)) {
            reported.insert(keyword);
            problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                              "Keyword \"%1\" is listed twice; remove "
                                                                              "one of them.")
                                                      .arg(keyword)));
        }
        seen.insert(keyword);
    }
}

void checkIpRanges(const QStringList& ranges, Problems& problems)
{
    const QString field = QStringLiteral("ipRanges");
    if (ranges.size() > limits::ipRanges) {
        problems.append(Error::invalid(
            field, QCoreApplication::translate("alertdesk::Validation",
                                               "A robot has at most %1 IP addresses or ranges (DingTalk's limit); this "
                                               "one has %2. Merge some into CIDR blocks or remove them.")
                       .arg(limits::ipRanges)
                       .arg(ranges.size())));
    }
    QHash<std::pair<quint32, int>, QString> seen;
    for (const QString& range : ranges) {
        if (const std::optional<Error> problem = checkIpRange(range)) {
            problems.append(*problem);
            continue;
        }
        const std::pair<quint32, int> key = *detail::parseIpRange(range);
        const auto previous = seen.constFind(key);
        if (previous == seen.cend()) {
            seen.insert(key, range);
        } else if (*previous == range) {
            problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                              "IP range \"%1\" is listed twice; remove "
                                                                              "one of them.")
                                                      .arg(range)));
        } else {
            problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                              "IP range \"%1\" covers the same "
                                                                              "addresses as \"%2\"; remove one of "
                                                                              "them.")
                                                      .arg(range, *previous)));
        }
    }
}

QString durationText(std::chrono::seconds duration)
{
    return duration.count() > 0 ? formatDuration(duration) : QString::number(duration.count()) + u's';
}

void checkDurations(const NotificationPolicy& policy, Problems& problems)
{
    const struct {
        const char* field;
        std::chrono::seconds value;
    } durations[] = {
        {"groupWait", policy.groupWait},
        {"groupInterval", policy.groupInterval},
        {"repeatInterval", policy.repeatInterval},
    };
    for (const auto& duration : durations) {
        if (duration.value.count() > 0)
            continue;
        problems.append(Error::invalid(
            QString::fromLatin1(duration.field),
            QCoreApplication::translate("alertdesk::Validation",
                                        "The duration is %1; it must be longer than zero (for example 30s, 5m or 4h).")
                .arg(durationText(duration.value))));
    }
    if (policy.groupInterval.count() > 0 && policy.repeatInterval.count() > 0 &&
        policy.repeatInterval < policy.groupInterval) {
        problems.append(Error::invalid(
            QStringLiteral("repeatInterval"),
            QCoreApplication::translate("alertdesk::Validation",
                                        "The repeat interval (%1) is shorter than the group interval (%2), so "
                                        "Alertmanager would repeat notifications only at the group interval; make the "
                                        "repeat interval at least %2.")
                .arg(formatDuration(policy.repeatInterval), formatDuration(policy.groupInterval))));
    }
}

void checkGroupBy(const QStringList& groupBy, Problems& problems)
{
    const QString field = QStringLiteral("groupBy");
    const QString all = QStringLiteral("...");
    if (groupBy.contains(all)) {
        if (groupBy.size() > 1) {
            problems.append(Error::invalid(
                field, QCoreApplication::translate("alertdesk::Validation",
                                                   "\"...\" (group by all labels) cannot be combined with label names; "
                                                   "use either \"...\" alone or a list of labels.")));
        }
        return;
    }
    QSet<QString> seen;
    for (const QString& label : groupBy) {
        if (std::optional<Error> problem = checkLabelName(label)) {
            problem->field = field;
            problems.append(*problem);
        } else if (seen.contains(label)) {
            problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                              "Label \"%1\" is listed twice in group "
                                                                              "by; remove one of them.")
                                                      .arg(label)));
        }
        seen.insert(label);
    }
}

void checkRecipients(const QList<Recipient>& recipients, Problems& problems)
{
    const QString field = QStringLiteral("recipients");
    if (recipients.isEmpty()) {
        problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                          "A policy without recipients reaches "
                                                                          "nobody; add a contact, a contact group or "
                                                                          "a robot.")));
        return;
    }
    QList<Recipient> seen;
    for (const Recipient& recipient : recipients) {
        if (recipient.uuid.trimmed().isEmpty()) {
            problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                              "A recipient has no id; pick the "
                                                                              "contact, group or robot again.")));
            continue;
        }
        if (seen.contains(recipient)) {
            problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                              "The %1 with id %2 is listed twice "
                                                                              "among the recipients; remove one of "
                                                                              "them.")
                                                      .arg(recipientKindName(recipient.kind), recipient.uuid)));
            continue;
        }
        seen.append(recipient);
    }
}

void checkWindow(const NotificationWindow& window, Problems& problems)
{
    const QString field = QStringLiteral("window");
    if (window.days.isEmpty()) {
        problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                          "The notification window has no days; pick "
                                                                          "at least one day or remove the window.")));
    }
    QSet<int> seen;
    for (const Qt::DayOfWeek day : window.days) {
        if (day < Qt::Monday || day > Qt::Sunday) {
            problems.append(Error::invalid(
                field, QCoreApplication::translate("alertdesk::Validation",
                                                   "The notification window has an unknown day (%1); pick days "
                                                   "from Monday to Sunday.")
                           .arg(int(day))));
        } else if (seen.contains(day)) {
            problems.append(Error::invalid(
                field, QCoreApplication::translate("alertdesk::Validation",
                                                   "The notification window lists %1 twice; remove one of them.")
                           .arg(QLocale().dayName(day))));
        }
        seen.insert(day);
    }
    if (!window.start.isValid() || !window.end.isValid()) {
        problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                          "The notification window needs a start and "
                                                                          "an end time, such as 09:00-18:00.")));
    } else if (window.start == window.end) {
        problems.append(Error::invalid(
            field, QCoreApplication::translate("alertdesk::Validation",
                                               "The notification window starts and ends at %1; for notifications "
                                               "around the clock remove the window.")
                       .arg(window.start.toString(QStringLiteral("HH:mm")))));
    }
    if (std::optional<Error> problem = checkTimeZone(window.timeZone)) {
        problem->field = field;
        problems.append(*problem);
    }
}

void checkMessage(const MessageSettings& message, Problems& problems)
{
    const QString field = QStringLiteral("message");
    if (characters(message.titleTemplate) > limits::templateLength) {
        problems.append(Error::invalid(
            field, QCoreApplication::translate("alertdesk::Validation",
                                               "The title template is %1 characters long; DingTalk takes at most "
                                               "20000 bytes per message, so shorten it to at most %2 characters.")
                       .arg(characters(message.titleTemplate))
                       .arg(limits::templateLength)));
    }
    if (characters(message.textTemplate) > limits::templateLength) {
        problems.append(Error::invalid(
            field, QCoreApplication::translate("alertdesk::Validation",
                                               "The text template is %1 characters long; DingTalk takes at most "
                                               "20000 bytes per message, so shorten it to at most %2 characters.")
                       .arg(characters(message.textTemplate))
                       .arg(limits::templateLength)));
    }
}

} // namespace

Problems validateRobot(const Robot& robot)
{
    Problems problems;
    add(problems, checkName(QStringLiteral("name"), robot.name));
    add(problems, checkAvatar(robot.avatar));
    add(problems, checkEndpoint(robot.endpoint));
    checkKeywords(robot.keywords, problems);
    checkIpRanges(robot.ipRanges, problems);
    if (robot.keywords.isEmpty() && !robot.signing && robot.ipRanges.isEmpty()) {
        problems.append(Error::invalid(QStringLiteral("security"),
                                       QCoreApplication::translate("alertdesk::Validation",
                                                                   "DingTalk refuses a robot without a security "
                                                                   "setting; add custom keywords (such as Alarm and "
                                                                   "Dispatch), turn on signing or add an IP range.")));
    }
    if (!robot.termsAcceptedAt.isValid()) {
        problems.append(Error::invalid(QStringLiteral("terms"),
                                       QCoreApplication::translate("alertdesk::Validation",
                                                                   "The DingTalk Custom Robot Service Terms of Service "
                                                                   "have not been accepted; read them and tick \"I "
                                                                   "have read and accepted\" to use the robot.")));
    }
    add(problems, checkNotes(robot.notes));
    return problems;
}

Problems validateRobotSecrets(const Robot& robot, const RobotSecrets& secrets)
{
    Problems problems;
    add(problems, checkAccessToken(secrets.accessToken));
    add(problems, checkSignSecret(robot, secrets.signSecret));
    return problems;
}

Problems validateContact(const Contact& contact)
{
    Problems problems;
    add(problems, checkName(QStringLiteral("name"), contact.name));
    if (!contact.phone.isEmpty())
        add(problems, checkPhone(contact.phone));
    if (!contact.email.isEmpty())
        add(problems, checkEmail(contact.email));
    if (!contact.userId.isEmpty()) {
        const QString field = QStringLiteral("userId");
        if (hasWhitespace(contact.userId)) {
            problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                              "DingTalk user id \"%1\" contains "
                                                                              "spaces; remove them.")
                                                      .arg(shown(contact.userId))));
        } else if (characters(contact.userId) > limits::userIdLength) {
            problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                              "DingTalk user id \"%1\" is %2 "
                                                                              "characters long; a user id has at "
                                                                              "most %3.")
                                                      .arg(shown(contact.userId))
                                                      .arg(characters(contact.userId))
                                                      .arg(limits::userIdLength)));
        }
    }
    add(problems, checkNotes(contact.notes));
    return problems;
}

Problems validateContactGroup(const ContactGroup& group)
{
    Problems problems;
    add(problems, checkName(QStringLiteral("name"), group.name));
    add(problems, checkDescription(group.description));
    const QString field = QStringLiteral("members");
    QSet<QString> seen;
    for (const QString& member : group.memberUuids) {
        if (member.trimmed().isEmpty()) {
            problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                              "A member has no id; pick the contact "
                                                                              "again.")));
        } else if (seen.contains(member)) {
            problems.append(Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                              "The contact with id %1 is listed twice "
                                                                              "among the members; remove one of them.")
                                                      .arg(member)));
        }
        seen.insert(member);
    }
    return problems;
}

Problems validatePolicy(const NotificationPolicy& policy)
{
    Problems problems;
    add(problems, checkName(QStringLiteral("name"), policy.name));
    add(problems, checkDescription(policy.description));
    for (qsizetype r = 0; r < policy.rules.size(); ++r) {
        const MatchRule& rule = policy.rules.at(r);
        if (rule.conditions.isEmpty()) {
            problems.append(
                Error::invalid(QStringLiteral("rules"),
                               QCoreApplication::translate("alertdesk::Validation",
                                                           "Matching rule %1 has no conditions; add one (such as "
                                                           "severity=critical) or remove the rule.")
                                   .arg(r + 1)));
        }
        for (const MatchCondition& condition : rule.conditions) {
            if (std::optional<Error> problem = checkCondition(condition)) {
                problem->field = QStringLiteral("rules");
                problem->message = QCoreApplication::translate("alertdesk::Validation", "Matching rule %1: %2")
                                       .arg(QString::number(r + 1), problem->message);
                problems.append(*problem);
            }
        }
    }
    checkRecipients(policy.recipients, problems);
    checkGroupBy(policy.groupBy, problems);
    checkDurations(policy, problems);
    if (policy.window)
        checkWindow(*policy.window, problems);
    checkMessage(policy.message, problems);
    return problems;
}

} // namespace alertdesk
