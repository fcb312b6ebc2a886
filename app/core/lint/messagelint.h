// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkmessage.h"
#include "domain/robot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace alertdesk {

/// One pre-send check's result: what it is about (kind), how much it matters (severity) and a translated sentence
/// that says what AlertDesk found and what to do.
struct LintFinding {
    enum class Kind {
        KeywordPresent,        ///< subjects: the robot keyword that matched
        KeywordMissing,        ///< subjects: the robot's keywords, none of which the message contains
        BodySize,              ///< value: the body's size in bytes (well under the limit)
        BodyNearLimit,         ///< value: bytes; over 90% of DingTalk's 20000
        BodyTooLong,           ///< value: bytes; over 20000, DingTalk refuses it (460101)
        MentionsAppended,      ///< subjects: the "@..." mentions the builder appended so they render
        MentionMissing,        ///< subjects: mentions in "at" that the text lacks (they will not render)
        MarkdownTable,         ///< line: the table's first line; tables show on desktop only
        MarkdownCodeBlock,     ///< line: the block's first line; code blocks show on desktop only
        MarkdownSingleNewline, ///< line: the first place; value: how many places lines get joined
        MarkdownTooManyImages, ///< value: the number of images
        MarkdownHtml,          ///< subjects: the HTML tags DingTalk shows as text; line: the first
        SigningSecretMissing,  ///< signing is on but the keychain has no signing secret
        NoSecurityOption,      ///< no keywords, no signing, no IP ranges: DingTalk needs at least one
        RobotDisabled,         ///< the robot is disabled in AlertDesk
    };
    enum class Severity { Info, Warning, Error };

    Kind kind = Kind::BodySize;
    Severity severity = Severity::Info;
    QString message;      ///< translated sentence
    QStringList subjects; ///< keywords, mentions, tags (see Kind)
    int line = 0;         ///< 1-based line of the message text, 0 when not about a line
    qint64 value = 0;     ///< bytes, counts (see Kind)

    /// "keyword-present", "keyword-missing", ... (for --json).
    static QString kindName(Kind kind);
    /// "info", "warning", "error".
    static QString severityName(Severity severity);
    friend bool operator==(const LintFinding&, const LintFinding&) = default;
};

/// The checks AlertDesk runs on a message before it is sent (and the preview shows as it is edited): the robot's
/// keywords, DingTalk's size limit, mentions, the markdown DingTalk will not show, and the robot's own setup.
/// Pure functions of their inputs: no keychain, no network.
class MessageLint {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::MessageLint)
public:
    static constexpr qint64 maxBodyBytes = 20000;
    static constexpr qint64 nearLimitBytes = 18000; ///< 90%: warn from here on
    static constexpr int maxImages = 20;

    /// Whether the robot's signing secret is in the keychain (the caller looked; Unknown: not checked).
    enum class SecretState { Unknown, Stored, Missing };

    /// Every check below, in this order: robot, keywords, size, mentions, markdown.
    static QList<LintFinding> check(const DingTalkMessage& message, const Robot& robot,
                                    SecretState signSecret = SecretState::Unknown);

    /// A robot keyword in textForKeywordCheck() (case-sensitive, as DingTalk checks). No finding when the robot
    /// has no keywords.
    static QList<LintFinding> checkKeywords(const DingTalkMessage& message, const QStringList& keywords);
    /// The request body's UTF-8 size against DingTalk's 20000 bytes. Always one finding.
    static QList<LintFinding> checkSize(const DingTalkMessage& message);
    /// The mentions of the "at" block: appended by the builder, or missing from the text.
    static QList<LintFinding> checkMentions(const DingTalkMessage& message);
    /// Markdown (markdown and actionCard text) that DingTalk will not show as written.
    static QList<LintFinding> checkMarkdown(const DingTalkMessage& message);
    /// The robot's own setup: disabled, no security option, signing without a stored secret.
    static QList<LintFinding> checkRobot(const Robot& robot, SecretState signSecret = SecretState::Unknown);

    /// Whether any finding is an error: the message should not be sent as it is.
    static bool hasErrors(const QList<LintFinding>& findings);

private:
    static QList<LintFinding> checkMarkdownText(const QString& text);
};

} // namespace alertdesk
