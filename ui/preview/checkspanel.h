// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/ratebudget.h"
#include "lint/messagelint.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace alertdesk {

/// The pre-send checks, always in view: the robot's keyword (which one matched, or which are expected), the bytes used
/// of DingTalk's 20000, the mentions, markdown DingTalk does not show on mobile, the robot's own setup and keychain,
/// and the sends left this minute.
class ChecksPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChecksPanel(QWidget* parent = nullptr);

    /// The findings of MessageLint::check for the message shown, and its body size.
    void setFindings(const QList<LintFinding>& findings, qint64 bodyBytes);
    /// Nothing rendered yet (an error before the first good render).
    void clearFindings(const QString& why);
    void setSendsLeft(const Result<RateDecision>& decision);
    /// The keychain's answer when the robot's secrets were looked up; empty: fine.
    void setKeychainProblem(const QString& problem);

protected:
    /// The panel claims the height its wrapped sentences take at its width, whenever either changes.
    bool event(QEvent* event) override;

private:
    QLabel* addRow(const QString& objectName, const QString& title);
    void claimHeight();
    QLabel* m_keyword = nullptr;
    QProgressBar* m_size = nullptr;
    QLabel* m_sizeNote = nullptr;
    QLabel* m_mentions = nullptr;
    QLabel* m_markdown = nullptr;
    QLabel* m_robot = nullptr;
    QLabel* m_sendsLeft = nullptr;
    QString m_keychainProblem;
    QStringList m_robotFindings;
};

} // namespace alertdesk
