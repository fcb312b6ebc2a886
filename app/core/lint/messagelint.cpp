// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "lint/messagelint.h"

#include <algorithm>

namespace alertdesk {

namespace {

QString quoted(const QStringList& words)
{
    QStringList parts;
    for (const QString& word : words)
        parts.append(QLatin1Char('"') + word + QLatin1Char('"'));
    return parts.join(QStringLiteral(", "));
}

LintFinding finding(LintFinding::Kind kind, LintFinding::Severity severity, QString message, QStringList subjects = {})
{
    LintFinding result;
    result.kind = kind;
    result.severity = severity;
    result.message = std::move(message);
    result.subjects = std::move(subjects);
    return result;
}

} // namespace

QString LintFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::KeywordPresent:
        return QStringLiteral("keyword-present");
    case Kind::KeywordMissing:
        return QStringLiteral("keyword-missing");
    case Kind::BodySize:
        return QStringLiteral("body-size");
    case Kind::BodyNearLimit:
        return QStringLiteral("body-near-limit");
    case Kind::BodyTooLong:
        return QStringLiteral("body-too-long");
    case Kind::MentionsAppended:
        return QStringLiteral("mentions-appended");
    case Kind::MentionMissing:
        return QStringLiteral("mention-missing");
    case Kind::MarkdownTable:
        return QStringLiteral("markdown-table");
    case Kind::MarkdownCodeBlock:
        return QStringLiteral("markdown-code-block");
    case Kind::MarkdownSingleNewline:
        return QStringLiteral("markdown-single-newline");
    case Kind::MarkdownTooManyImages:
        return QStringLiteral("markdown-too-many-images");
    case Kind::MarkdownHtml:
        return QStringLiteral("markdown-html");
    case Kind::SigningSecretMissing:
        return QStringLiteral("signing-secret-missing");
    case Kind::NoSecurityOption:
        return QStringLiteral("no-security-option");
    case Kind::RobotDisabled:
        return QStringLiteral("robot-disabled");
    }
    return QString();
}

QString LintFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QList<LintFinding> MessageLint::check(const DingTalkMessage& message, const Robot& robot, SecretState signSecret)
{
    return checkRobot(robot, signSecret) + checkKeywords(message, robot.keywords) + checkSize(message) +
           checkMentions(message) + checkMarkdown(message);
}

QList<LintFinding> MessageLint::checkKeywords(const DingTalkMessage& message, const QStringList& keywords)
{
    if (keywords.isEmpty())
        return {};
    const QString searched = message.textForKeywordCheck();
    for (const QString& keyword : keywords) {
        if (!keyword.isEmpty() && searched.contains(keyword, Qt::CaseSensitive)) {
            return {finding(
                LintFinding::Kind::KeywordPresent, LintFinding::Severity::Info,
                tr("The message contains the robot keyword \"%1\", so DingTalk's keyword check passes.").arg(keyword),
                {keyword})};
        }
    }
    // The commonest near miss: the right word in the wrong case.
    QStringList wrongCase;
    for (const QString& keyword : keywords) {
        if (!keyword.isEmpty() && searched.contains(keyword, Qt::CaseInsensitive))
            wrongCase.append(keyword);
    }
    QString sentence = tr("The message contains none of the robot's keywords (%1), so DingTalk will refuse it "
                          "(310000 keywords not in content). Put one of them in the title or the text.")
                           .arg(quoted(keywords));
    if (!wrongCase.isEmpty())
        sentence += QLatin1Char(' ') +
                    tr("Keywords are case-sensitive: the message has %1 only in another case.").arg(quoted(wrongCase));
    return {finding(LintFinding::Kind::KeywordMissing, LintFinding::Severity::Error, sentence, keywords)};
}

QList<LintFinding> MessageLint::checkSize(const DingTalkMessage& message)
{
    const qint64 bytes = message.toJson().size();
    LintFinding result;
    if (bytes > maxBodyBytes) {
        result = finding(LintFinding::Kind::BodyTooLong, LintFinding::Severity::Error,
                         tr("The request is %1 bytes, over DingTalk's limit of %2 bytes, so DingTalk will refuse it "
                            "(460101 message too long). Shorten the text, or list fewer alerts.")
                             .arg(bytes)
                             .arg(maxBodyBytes));
    } else if (bytes > nearLimitBytes) {
        result = finding(LintFinding::Kind::BodyNearLimit, LintFinding::Severity::Warning,
                         tr("The request is %1 bytes, close to DingTalk's limit of %2 bytes; a group with more alerts "
                            "may go over it. Consider a shorter template.")
                             .arg(bytes)
                             .arg(maxBodyBytes));
    } else {
        result = finding(LintFinding::Kind::BodySize, LintFinding::Severity::Info,
                         tr("The request is %1 bytes of DingTalk's %2.").arg(bytes).arg(maxBodyBytes));
    }
    result.value = bytes;
    return {result};
}

QList<LintFinding> MessageLint::checkMentions(const DingTalkMessage& message)
{
    QList<LintFinding> findings;
    const QStringList appended = message.appendedMentions();
    if (!appended.isEmpty()) {
        findings.append(finding(LintFinding::Kind::MentionsAppended, LintFinding::Severity::Info,
                                tr("AlertDesk appended %1 to the end of the text: DingTalk shows an @mention only when "
                                   "it also appears in the text.")
                                    .arg(appended.join(QStringLiteral(" "))),
                                appended));
    }
    QStringList missing;
    for (const QString& who : message.at().atMobiles + message.at().atUserIds) {
        const QString mention = QLatin1Char('@') + who;
        if (!message.text().contains(mention))
            missing.append(mention);
    }
    if (!missing.isEmpty()) {
        findings.append(finding(LintFinding::Kind::MentionMissing, LintFinding::Severity::Warning,
                                tr("The text lacks %1, so DingTalk will not notify them; add the mention to the text.")
                                    .arg(missing.join(QStringLiteral(" "))),
                                missing));
    }
    return findings;
}

QList<LintFinding> MessageLint::checkMarkdown(const DingTalkMessage& message)
{
    if (message.type() != DingTalkMessage::Type::Markdown && message.type() != DingTalkMessage::Type::ActionCard)
        return {};
    return checkMarkdownText(message.text());
}

QList<LintFinding> MessageLint::checkRobot(const Robot& robot, SecretState signSecret)
{
    QList<LintFinding> findings;
    if (!robot.enabled) {
        findings.append(finding(LintFinding::Kind::RobotDisabled, LintFinding::Severity::Error,
                                tr("The robot \"%1\" is disabled in AlertDesk, so nothing is sent through it; enable "
                                   "it first.")
                                    .arg(robot.name)));
    }
    if (robot.keywords.isEmpty() && !robot.signing && robot.ipRanges.isEmpty()) {
        findings.append(finding(LintFinding::Kind::NoSecurityOption, LintFinding::Severity::Warning,
                                tr("The robot \"%1\" has no security setting in AlertDesk (no keywords, no signing, no "
                                   "IP ranges), but DingTalk requires at least one; copy the robot's security "
                                   "settings from DingTalk so AlertDesk can check messages against them.")
                                    .arg(robot.name)));
    }
    if (robot.signing && signSecret == SecretState::Missing) {
        findings.append(finding(LintFinding::Kind::SigningSecretMissing, LintFinding::Severity::Error,
                                tr("Signing is on for the robot \"%1\" but the keychain has no signing secret for it, "
                                   "so the request cannot be signed; store the secret again (it starts with SEC).")
                                    .arg(robot.name)));
    }
    return findings;
}

bool MessageLint::hasErrors(const QList<LintFinding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const LintFinding& f) { return f.severity == LintFinding::Severity::Error; });
}

} // namespace alertdesk
