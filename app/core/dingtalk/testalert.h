// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkmessage.h"
#include "domain/notificationpolicy.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace alertdesk {

/// One alert of a sample payload, as much as the built-in test layout shows.
struct SampleAlert {
    QString status; ///< "firing" or "resolved"
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QDateTime startsAt;
};

/// AlertDesk's built-in test alert: what "Send test alert" and `alertdeskctl send-test` send until a policy's own
/// templates can be rendered. It carries the usual robot keywords (Alarm, Dispatch, 告警, alert) in every language,
/// so it passes DingTalk's keyword check on a robot set up as the ARMS console asks.
class TestAlert {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::TestAlert)
public:
    /// The title: "[Alarm] AlertDesk test alert 告警" (not translated: it carries the keywords).
    static QString title();

    /// The test message for `robotName` (and `policyName`, when testing a policy) at `now`; with `alerts`, a summary of
    /// them in a built-in layout. `at` says whom to @mention (text and markdown only).
    static DingTalkMessage build(MessageType type, const QString& robotName, const QString& policyName,
                                 const QList<SampleAlert>& alerts, const DingTalkMessage::At& at, const QDateTime& now);

    /// Reads a sample payload: Alertmanager's webhook JSON ({"alerts":[...]}) or a bare array of alerts (as amtool and
    /// Alertmanager's API print them). Errors name the field "alerts".
    static Result<QList<SampleAlert>> readPayload(const QByteArray& json);
};

} // namespace alertdesk
