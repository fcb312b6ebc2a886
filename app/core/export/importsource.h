// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace alertdesk {

/// Where a value was found in a source file, for errors and report notes.
struct SourcePlace {
    QString file;
    int line = 0;
    QString path;
};

/// The parts of an `alertmanager.yml` (0.25) an import reads, as plain values (the YAML stays in the reader's .cpp).
struct AlertmanagerSource {
    struct Matcher {
        QString label;
        QString op; ///< "=", "!=", "=~", "!~"
        QString value;
        SourcePlace place;
    };
    struct Webhook {
        QString url;
        bool sendResolved = true;
        SourcePlace place;
    };
    struct Receiver {
        QString name;
        QList<Webhook> webhooks;
        QStringList otherKinds; ///< "email_configs", "slack_configs", ...: what AlertDesk cannot deliver
        SourcePlace place;
    };
    /// A named time interval, with the notification window it amounts to when there is one.
    struct TimeInterval {
        QString name;
        std::optional<NotificationWindow> window;
        QString whyNoWindow; ///< a sentence when `window` is empty
        SourcePlace place;
    };
    struct Route {
        QString receiver; ///< empty = inherited
        std::optional<QStringList> groupBy;
        std::optional<std::chrono::seconds> groupWait;
        std::optional<std::chrono::seconds> groupInterval;
        std::optional<std::chrono::seconds> repeatInterval;
        bool continueMatching = false;
        QList<Matcher> matchers;
        QStringList activeTimeIntervals;
        QStringList muteTimeIntervals;
        QList<Route> routes;
        SourcePlace place;
        QString commentName; ///< from an AlertDesk export's `# policy "NAME"` comment on the route's first lines
    };

    Route root;
    QList<Receiver> receivers;
    QList<TimeInterval> timeIntervals;

    const Receiver* receiver(const QString& name) const;
    const TimeInterval* timeInterval(const QString& name) const;
    /// Rebuilds the name indexes behind receiver() and timeInterval(); the reader calls it after each append.
    void index();

private:
    QHash<QString, qsizetype> m_receiverAt;
    QHash<QString, qsizetype> m_intervalAt;
};

/// The parts of the DingTalk bridge's `config.yml` (prometheus-webhook-dingtalk) an import reads.
struct BridgeSource {
    struct Target {
        QString name;
        QString url; ///< the robot webhook with its access_token
        QString secret;
        bool mentionAll = false;
        QStringList mobiles;
        std::optional<QString> title; ///< message.title, when the target has its own
        std::optional<QString> text;
        SourcePlace place;
    };
    QList<Target> targets;
    std::optional<QString> defaultTitle; ///< default_message.title
    std::optional<QString> defaultText;
    QHash<QString, QString> defines; ///< {{ define "name" }} bodies of the template files
    QStringList templateFiles;       ///< as read, for the report

    const Target* target(const QString& name) const;
    /// Rebuilds the name index behind target(); the reader calls it when it has read the targets.
    void index();

private:
    QHash<QString, qsizetype> m_targetAt;
};

} // namespace alertdesk
