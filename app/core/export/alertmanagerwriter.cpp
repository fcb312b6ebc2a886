// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/alertmanagerwriter.h"

#include "export/bridgeurl.h"
#include "export/exportplan.h"
#include "export/matcherformat.h"

#include "export/yamlscalar.h"

#include <yaml-cpp/yaml.h>

namespace alertdesk {

namespace {

using yamlscalar::scalar;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// A comment must stay on its line whatever the operator typed into a name.
std::string commentText(const QString& text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return utf8(line);
}

// Prometheus durations, in one unit so that every Alertmanager version reads them.
std::string duration(std::chrono::seconds value)
{
    const qint64 s = value.count();
    if (s > 0 && s % 3600 == 0)
        return std::to_string(s / 3600) + "h";
    if (s > 0 && s % 60 == 0)
        return std::to_string(s / 60) + "m";
    return std::to_string(s) + "s";
}

void emitList(YAML::Emitter& out, const QStringList& values)
{
    out << YAML::Flow << YAML::BeginSeq;
    for (const QString& value : values) {
        if (value == QLatin1String("...")) // "group by all labels"; quoted so that no reader takes it for YAML's "..."
            out << YAML::DoubleQuoted << utf8(value);
        else
            out << yamlscalar::flowScalar(utf8(value));
    }
    out << YAML::EndSeq;
}

std::string weekday(Qt::DayOfWeek day)
{
    static const char* const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    return names[(int(day) + 6) % 7];
}

void emitTimeRange(YAML::Emitter& out, const QList<Qt::DayOfWeek>& days, const QString& start, const QString& end,
                   const QString& location)
{
    out << YAML::BeginMap << YAML::Key << scalar("weekdays") << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (Qt::DayOfWeek day : days)
        out << yamlscalar::flowScalar(weekday(day));
    out << YAML::EndSeq;
    out << YAML::Key << scalar("times") << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << scalar("start_time") << YAML::Value << YAML::DoubleQuoted << utf8(start);
    out << YAML::Key << scalar("end_time") << YAML::Value << YAML::DoubleQuoted << utf8(end);
    out << YAML::EndMap << YAML::EndSeq;
    out << YAML::Key << scalar("location") << YAML::Value << scalar(utf8(location));
    out << YAML::EndMap;
}

// A window past midnight (22:00-06:00 on Monday) is Monday 22:00-24:00 plus Tuesday 00:00-06:00.
void emitWindow(YAML::Emitter& out, const ExportedPolicy& exported)
{
    const NotificationWindow& window = *exported.policy->window;
    const QString location = window.timeZone.isEmpty() ? QStringLiteral("Local") : window.timeZone;
    const QString start = window.start.toString(QStringLiteral("HH:mm"));
    const QString end = window.end.toString(QStringLiteral("HH:mm"));
    out << YAML::BeginMap << YAML::Key << scalar("name") << YAML::Value << scalar(utf8(exported.timeInterval()));
    out << YAML::Key << scalar("time_intervals") << YAML::Value << YAML::BeginSeq;
    if (window.start < window.end) {
        emitTimeRange(out, window.days, start, end, location);
    } else {
        emitTimeRange(out, window.days, start, QStringLiteral("24:00"), location);
        if (window.end != QTime(0, 0)) {
            QList<Qt::DayOfWeek> next;
            for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
                const auto before = Qt::DayOfWeek(day == Qt::Monday ? Qt::Sunday : day - 1);
                if (window.days.contains(before))
                    next.append(Qt::DayOfWeek(day));
            }
            emitTimeRange(out, next, QStringLiteral("00:00"), end, location);
        }
    }
    out << YAML::EndSeq << YAML::EndMap;
}

void emitRuleRoute(YAML::Emitter& out, const ExportedPolicy& exported, const QStringList& matchers)
{
    const NotificationPolicy& policy = *exported.policy;
    out << YAML::BeginMap;
    out << YAML::Key << scalar("receiver") << YAML::Value << scalar(utf8(exported.receiver()));
    if (!matchers.isEmpty()) {
        out << YAML::Key << scalar("matchers") << YAML::Value << YAML::BeginSeq;
        for (const QString& matcher : matchers)
            out << YAML::SingleQuoted << utf8(matcher);
        out << YAML::EndSeq;
    }
    out << YAML::Key << scalar("group_by") << YAML::Value;
    emitList(out, policy.groupBy);
    out << YAML::Key << scalar("group_wait") << YAML::Value << scalar(duration(policy.groupWait));
    out << YAML::Key << scalar("group_interval") << YAML::Value << scalar(duration(policy.groupInterval));
    out << YAML::Key << scalar("repeat_interval") << YAML::Value << scalar(duration(policy.repeatInterval));
    if (policy.window) {
        out << YAML::Key << scalar("active_time_intervals") << YAML::Value;
        emitList(out, {exported.timeInterval()});
    }
    out << YAML::Key << scalar("continue") << YAML::Value << false;
    out << YAML::EndMap;
}

void emitPolicyRoute(YAML::Emitter& out, const ExportedPolicy& exported)
{
    out << YAML::BeginMap;
    out << YAML::Key << scalar("receiver") << YAML::Value << scalar(utf8(AlertmanagerWriter::blackhole()));
    out << YAML::Comment(commentText(QStringLiteral("policy \"%1\"").arg(exported.policy->name)));
    out << YAML::Key << scalar("continue") << YAML::Value << true;
    out << YAML::Key << scalar("routes") << YAML::Value << YAML::BeginSeq;
    if (exported.policy->rules.isEmpty()) {
        emitRuleRoute(out, exported, {});
    } else {
        for (const MatchRule& rule : exported.policy->rules)
            emitRuleRoute(out, exported, matcherformat::matchers(rule));
    }
    out << YAML::EndSeq << YAML::EndMap;
}

} // namespace

QList<ExportFile> AlertmanagerWriter::write(const ExportPlan& plan, const ExportOptions& options)
{
    const BridgeUrl bridge(options);
    const bool urlFiles =
        bridge.hasPassword() && options.alertmanagerVersion == ExportOptions::AlertmanagerVersion::V0_26;
    const bool inlineSecrets = options.secrets == ExportOptions::SecretsMode::Inline;
    QList<ExportFile> files;

    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment("Written by AlertDesk (alertdeskctl export). Each notification policy is one route with "
                         "\"continue: true\";\nits matching rules are its child routes. Edit the policies in "
                         "AlertDesk and export again.");
    out << YAML::BeginMap;
    out << YAML::Key << scalar("route") << YAML::Value << YAML::BeginMap;
    out << YAML::Key << scalar("receiver") << YAML::Value << scalar(utf8(blackhole()));
    out << YAML::Key << scalar("group_by") << YAML::Value;
    emitList(out, NotificationPolicy().groupBy);
    if (!plan.policies.isEmpty()) {
        out << YAML::Key << scalar("routes") << YAML::Value << YAML::BeginSeq;
        for (const ExportedPolicy& exported : plan.policies)
            emitPolicyRoute(out, exported);
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;

    out << YAML::Key << scalar("receivers") << YAML::Value << YAML::BeginSeq;
    out << YAML::BeginMap << YAML::Key << scalar("name") << YAML::Value << scalar(utf8(blackhole())) << YAML::EndMap;
    for (const ExportedPolicy& exported : plan.policies) {
        out << YAML::BeginMap << YAML::Key << scalar("name") << YAML::Value << scalar(utf8(exported.receiver()));
        if (!exported.targets.isEmpty()) {
            out << YAML::Key << scalar("webhook_configs") << YAML::Value << YAML::BeginSeq;
            for (const ExportTarget& target : exported.targets) {
                out << YAML::BeginMap;
                if (urlFiles) {
                    const QString path = QStringLiteral("webhook-urls/%1.url").arg(target.name);
                    out << YAML::Key << scalar("url_file") << YAML::Value << scalar(utf8(path));
                    files.append({path, bridge.sendUrl(target.name).toUtf8() + '\n', inlineSecrets});
                } else if (bridge.hasPassword()) {
                    out << YAML::Key << scalar("url") << YAML::Value << scalar(utf8(bridge.publicSendUrl(target.name)));
                    out << YAML::Key << scalar("http_config") << YAML::Value << YAML::BeginMap << YAML::Key
                        << scalar("basic_auth") << YAML::Value << YAML::BeginMap;
                    out << YAML::Key << scalar("username") << YAML::Value << scalar(utf8(bridge.user()));
                    out << YAML::Key << scalar("password") << YAML::Value << scalar(utf8(bridge.password()));
                    out << YAML::EndMap << YAML::EndMap;
                } else {
                    out << YAML::Key << scalar("url") << YAML::Value << scalar(utf8(bridge.sendUrl(target.name)));
                }
                out << YAML::Key << scalar("send_resolved") << YAML::Value << exported.policy->sendResolved;
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    bool anyWindow = false;
    for (const ExportedPolicy& exported : plan.policies)
        anyWindow = anyWindow || exported.policy->window.has_value();
    if (anyWindow) {
        out << YAML::Key << scalar("time_intervals") << YAML::Value << YAML::BeginSeq;
        for (const ExportedPolicy& exported : plan.policies) {
            if (exported.policy->window)
                emitWindow(out, exported);
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;

    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes += '\n';
    files.prepend({fileName(), bytes, inlineSecrets && bridge.hasPassword() && !urlFiles});
    return files;
}

} // namespace alertdesk
