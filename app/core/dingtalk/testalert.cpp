// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/testalert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alertdesk {

namespace {

constexpr int shownAlerts = 10; // more would only push the message towards DingTalk's 20000 bytes

// The keyword carriers: fixed in every language, so a translation cannot lose a robot keyword.
const QString kTitle = QStringLiteral("[Alarm] AlertDesk test alert 告警");
const QString kDispatch = QStringLiteral("Dispatch");

QMap<QString, QString> stringMap(const QJsonValue& value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

QString TestAlert::title()
{
    return kTitle;
}

DingTalkMessage TestAlert::build(MessageType type, const QString& robotName, const QString& policyName,
                                 const QList<SampleAlert>& alerts, const DingTalkMessage::At& at, const QDateTime& now)
{
    const bool markdown = type != MessageType::Text;
    const QString bullet = markdown ? QStringLiteral("- ") : QString();
    QStringList facts;
    facts.append(bullet + tr("Robot: %1").arg(robotName));
    if (!policyName.isEmpty())
        facts.append(bullet + tr("Policy: %1").arg(policyName));
    facts.append(bullet + tr("Sent at: %1").arg(timeText(now)));

    QString intro = alerts.isEmpty()
                        ? tr("A test message from AlertDesk. If it shows in the group, the robot is set up right.")
                        : tr("A test message from AlertDesk with %n sample alert(s).", nullptr, int(alerts.size()));
    QStringList blocks;
    if (markdown) {
        blocks.append(QStringLiteral("### ") + kTitle);
        blocks.append(QStringLiteral("**") + kDispatch + QStringLiteral("**: ") + intro);
        blocks.append(facts.join(QLatin1Char('\n')));
    } else {
        blocks.append(kTitle + QLatin1Char('\n') + kDispatch + QStringLiteral(": ") + intro + QLatin1Char('\n') +
                      facts.join(QLatin1Char('\n')));
    }
    for (qsizetype i = 0; i < alerts.size() && i < shownAlerts; ++i) {
        const SampleAlert& alert = alerts.at(i);
        const bool resolved = alert.status == QLatin1String("resolved");
        const QString name = alert.labels.value(QStringLiteral("alertname"), tr("(no alertname)"));
        const QString state = resolved ? tr("RESOLVED") : tr("FIRING");
        QStringList lines;
        lines.append(markdown ? QStringLiteral("#### %1: %2").arg(state, name)
                              : QStringLiteral("%1: %2").arg(state, name));
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
            if (it.key() != QLatin1String("alertname"))
                lines.append(bullet + it.key() + QStringLiteral(": ") + it.value());
        }
        for (const char* key : {"summary", "description"}) {
            const QString value = alert.annotations.value(QLatin1String(key));
            if (!value.isEmpty())
                lines.append(bullet + QLatin1String(key) + QStringLiteral(": ") + value.simplified());
        }
        if (alert.startsAt.isValid())
            lines.append(bullet + tr("Started: %1").arg(timeText(alert.startsAt)));
        blocks.append(lines.join(QLatin1Char('\n')));
    }
    if (alerts.size() > shownAlerts)
        blocks.append(tr("... and %n more alert(s).", nullptr, int(alerts.size() - shownAlerts)));

    const QString separator = markdown ? QStringLiteral("\n\n") : QStringLiteral("\n");
    const QString text = blocks.join(separator);
    switch (type) {
    case MessageType::Text:
        return DingTalkMessage::text(text, at);
    case MessageType::Markdown:
        return DingTalkMessage::markdown(kTitle, text, at);
    case MessageType::ActionCard:
        return DingTalkMessage::actionCard(
            kTitle, text, tr("About DingTalk custom robots"),
            QStringLiteral("https://open.dingtalk.com/document/robots/custom-robot-access"));
    }
    return DingTalkMessage::markdown(kTitle, text, at);
}

Result<QList<SampleAlert>> TestAlert::readPayload(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull()) {
        return Error::invalid(QStringLiteral("alerts"),
                              tr("The alerts file is not valid JSON (%1 at byte %2); give Alertmanager's webhook "
                                 "payload or a list of alerts.")
                                  .arg(error.errorString())
                                  .arg(error.offset));
    }
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else if (document.object().value(QStringLiteral("alerts")).isArray())
        items = document.object().value(QStringLiteral("alerts")).toArray();
    else
        return Error::invalid(QStringLiteral("alerts"),
                              tr("The alerts file has no \"alerts\" list; give Alertmanager's webhook payload or a "
                                 "list of alerts."));
    QList<SampleAlert> alerts;
    for (const QJsonValue& item : items) {
        const QJsonObject object = item.toObject();
        if (!object.value(QStringLiteral("labels")).isObject())
            return Error::invalid(QStringLiteral("alerts"),
                                  tr("Alert %1 of the alerts file has no labels; every alert needs at least its "
                                     "alertname label.")
                                      .arg(alerts.size() + 1));
        SampleAlert alert;
        alert.status = object.value(QStringLiteral("status")).toString(QStringLiteral("firing"));
        alert.labels = stringMap(object.value(QStringLiteral("labels")));
        alert.annotations = stringMap(object.value(QStringLiteral("annotations")));
        alert.startsAt = QDateTime::fromString(object.value(QStringLiteral("startsAt")).toString(), Qt::ISODateWithMs);
        alerts.append(alert);
    }
    return alerts;
}

} // namespace alertdesk
