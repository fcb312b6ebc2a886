// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/checkspanel.h"

#include "widgets/warningpalette.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

QString marked(const LintFinding& finding)
{
    const QString mark = finding.severity == LintFinding::Severity::Info ? QStringLiteral("✔ ") : QStringLiteral("✘ ");
    return mark + finding.message;
}

void setText(QLabel* label, const QStringList& lines, bool warning)
{
    label->setText(lines.join(QLatin1Char('\n')));
    label->setToolTip(label->text()); // the whole sentence, one hover away
    label->setPalette(warning ? withWarningText(QPalette()) : QPalette());
}

} // namespace

ChecksPanel::ChecksPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("checks"));
    auto* layout = new QFormLayout(this);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_keyword = addRow(QStringLiteral("checkKeyword"), tr("Keyword:"));
    m_size = new QProgressBar(this);
    m_size->setObjectName(QStringLiteral("checkSize"));
    m_size->setAccessibleName(tr("Bytes used of DingTalk's 20000"));
    m_size->setRange(0, int(MessageLint::maxBodyBytes));
    m_sizeNote = new QLabel(this);
    m_sizeNote->setObjectName(QStringLiteral("checkSizeNote"));
    m_sizeNote->setWordWrap(true);
    auto* sizeBox = new QVBoxLayout;
    sizeBox->addWidget(m_size);
    sizeBox->addWidget(m_sizeNote);
    layout->addRow(tr("Size:"), sizeBox);
    m_mentions = addRow(QStringLiteral("checkMentions"), tr("Mentions:"));
    m_markdown = addRow(QStringLiteral("checkMarkdown"), tr("On mobile:"));
    m_robot = addRow(QStringLiteral("checkRobot"), tr("Robot:"));
    m_sendsLeft = addRow(QStringLiteral("checkSendsLeft"), tr("Rate:"));
    clearFindings(QString());
}

bool ChecksPanel::event(QEvent* event)
{
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
        claimHeight();
    return handled;
}

void ChecksPanel::claimHeight()
{
    // A narrower panel wraps its sentences onto more lines. Given only its size hint's height, the form squeezed the
    // rows and cut their last lines; with this minimum the splitter and the page's scroll area make room instead.
    const int needed = layout()->heightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
}

QLabel* ChecksPanel::addRow(const QString& objectName, const QString& title)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QFormLayout*>(layout())->addRow(title, label);
    return label;
}

void ChecksPanel::setFindings(const QList<LintFinding>& findings, qint64 bodyBytes)
{
    QStringList keyword, size, mentions, markdown;
    m_robotFindings.clear();
    bool keywordWarn = false, sizeWarn = false, mentionWarn = false;
    for (const LintFinding& finding : findings) {
        const bool problem = finding.severity != LintFinding::Severity::Info;
        switch (finding.kind) {
        case LintFinding::Kind::KeywordPresent:
        case LintFinding::Kind::KeywordMissing:
            keyword.append(marked(finding));
            keywordWarn |= problem;
            break;
        case LintFinding::Kind::BodySize:
        case LintFinding::Kind::BodyNearLimit:
        case LintFinding::Kind::BodyTooLong:
            size.append(finding.message);
            sizeWarn |= problem;
            break;
        case LintFinding::Kind::MentionsAppended:
        case LintFinding::Kind::MentionMissing:
            mentions.append(marked(finding));
            mentionWarn |= problem;
            break;
        case LintFinding::Kind::MarkdownTable:
        case LintFinding::Kind::MarkdownCodeBlock:
        case LintFinding::Kind::MarkdownSingleNewline:
        case LintFinding::Kind::MarkdownTooManyImages:
        case LintFinding::Kind::MarkdownHtml:
            markdown.append(marked(finding));
            break;
        case LintFinding::Kind::SigningSecretMissing:
        case LintFinding::Kind::NoSecurityOption:
        case LintFinding::Kind::RobotDisabled:
            m_robotFindings.append(marked(finding));
            break;
        }
    }
    if (keyword.isEmpty())
        keyword.append(tr("The robot has no custom keywords: DingTalk checks none."));
    if (mentions.isEmpty())
        mentions.append(tr("Nobody is mentioned."));
    if (markdown.isEmpty())
        markdown.append(tr("✔ Shows the same on mobile and desktop."));
    setText(m_keyword, keyword, keywordWarn);
    setText(m_mentions, mentions, mentionWarn);
    setText(m_markdown, markdown, !markdown.first().startsWith(QStringLiteral("✔")));
    m_size->setEnabled(true);
    m_size->setValue(int(qMin(bodyBytes, MessageLint::maxBodyBytes)));
    m_size->setFormat(tr("%1 of %2 bytes").arg(bodyBytes).arg(MessageLint::maxBodyBytes));
    setText(m_sizeNote, size, sizeWarn);
    setKeychainProblem(m_keychainProblem);
}

void ChecksPanel::clearFindings(const QString& why)
{
    const QString text = why.isEmpty() ? tr("Nothing to check yet.") : why;
    for (QLabel* label : {m_keyword, m_mentions, m_markdown})
        setText(label, {text}, false);
    m_size->setValue(0);
    m_size->setFormat(tr("%1 of %2 bytes").arg(0).arg(MessageLint::maxBodyBytes));
    m_size->setEnabled(false);
    m_sizeNote->clear();
}

void ChecksPanel::setSendsLeft(const Result<RateDecision>& decision)
{
    if (!decision) {
        setText(m_sendsLeft, {decision.error().message}, true);
        return;
    }
    if (decision->verdict == RateDecision::Verdict::Granted) {
        setText(m_sendsLeft,
                {tr("%1 of %2 sends left this minute (DingTalk allows 20 a minute per robot).")
                     .arg(decision->left())
                     .arg(decision->limit)},
                false);
        return;
    }
    setText(m_sendsLeft, {decision->explanation()}, true);
}

void ChecksPanel::setKeychainProblem(const QString& problem)
{
    m_keychainProblem = problem;
    QStringList lines = m_robotFindings;
    if (!problem.isEmpty())
        lines.append(QStringLiteral("✘ ") + problem);
    if (lines.isEmpty())
        lines.append(tr("✔ Set up for sending."));
    setText(m_robot, lines, !lines.first().startsWith(QStringLiteral("✔")));
}

} // namespace alertdesk
