// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/importalertmanagerfile.h"

#include "domain/policytext.h"
#include "export/importmatchers.h"
#include "export/importtimeinterval.h"
#include "export/importyaml.h"

#include <QRegularExpression>
#include <QSet>

namespace alertdesk {

using namespace importyaml;

namespace {

const QStringList receiverKinds = {
    QStringLiteral("email_configs"),    QStringLiteral("pagerduty_configs"), QStringLiteral("slack_configs"),
    QStringLiteral("webhook_configs"),  QStringLiteral("opsgenie_configs"),  QStringLiteral("wechat_configs"),
    QStringLiteral("pushover_configs"), QStringLiteral("victorops_configs"), QStringLiteral("sns_configs"),
    QStringLiteral("telegram_configs"), QStringLiteral("webex_configs"),     QStringLiteral("discord_configs"),
    QStringLiteral("msteams_configs"),
};

class AlertmanagerReader {
public:
    AlertmanagerReader(const QString& file, const QByteArray& bytes, ImportReport& report)
        : m_yaml(file)
        , m_report(report)
        , m_lines(QString::fromUtf8(bytes).split(u'\n'))
    {}

    Result<AlertmanagerSource> read(const YAML::Node& root)
    {
        if (!m_yaml.checkKeys(root, QString(),
                              {QStringLiteral("global"), QStringLiteral("route"), QStringLiteral("receivers"),
                               QStringLiteral("inhibit_rules"), QStringLiteral("templates"),
                               QStringLiteral("time_intervals"), QStringLiteral("mute_time_intervals")}))
            return *m_yaml.problem();
        for (const char* unmapped : {"global", "inhibit_rules", "templates"}) {
            const YAML::Node node = root[unmapped];
            if (node.IsDefined() && !node.IsNull() && node.size() > 0)
                note(node, QString::fromLatin1(unmapped), unmappedSection(QString::fromLatin1(unmapped)));
        }
        readReceivers(root["receivers"]);
        readTimeIntervals(root["time_intervals"], QStringLiteral("time_intervals"));
        readTimeIntervals(root["mute_time_intervals"], QStringLiteral("mute_time_intervals"));
        m_source.index();
        const YAML::Node route = root["route"];
        if (!route.IsDefined())
            m_yaml.fail(root, QStringLiteral("route"), Words::tr("There is no route; Alertmanager needs one."));
        else
            m_source.root = readRoute(route, QStringLiteral("route"), true);
        if (!m_yaml.problem() && m_source.root.receiver.isEmpty())
            m_yaml.fail(route, QStringLiteral("route.receiver"),
                        Words::tr("The root route has no receiver; Alertmanager needs one."));
        if (m_yaml.problem())
            return *m_yaml.problem();
        return m_source;
    }

private:
    static QString unmappedSection(const QString& key)
    {
        if (key == QLatin1String("inhibit_rules"))
            return Words::tr("Inhibit rules are not imported: AlertDesk policies have no inhibition. Keep them in "
                             "Alertmanager's configuration by hand.");
        if (key == QLatin1String("templates"))
            return Words::tr("Alertmanager's own template files are not imported: DingTalk messages are made by the "
                             "bridge's templates.");
        return Words::tr("Global settings are not imported (AlertDesk exports Alertmanager's defaults).");
    }

    void note(const YAML::Node& node, const QString& path, const QString& message)
    {
        m_report.add(m_yaml.file(), lineOf(node), path, message);
    }
    SourcePlace place(const YAML::Node& node, const QString& path) const { return {m_yaml.file(), lineOf(node), path}; }

    void readReceivers(const YAML::Node& list)
    {
        if (!list.IsDefined() || list.IsNull())
            return;
        if (!list.IsSequence())
            return m_yaml.fail(list, QStringLiteral("receivers"), Words::tr("Expected a list of receivers."));
        QSet<QString> names;
        for (std::size_t i = 0; i < list.size() && !m_yaml.problem(); ++i) {
            const YAML::Node node = list[i];
            const QString path = item(QStringLiteral("receivers"), i);
            if (!m_yaml.checkKeys(node, path, QStringList{QStringLiteral("name")} + receiverKinds))
                return;
            AlertmanagerSource::Receiver receiver;
            receiver.name = m_yaml.string(node["name"], child(path, QStringLiteral("name")));
            receiver.place = place(node, path);
            if (names.contains(receiver.name))
                return m_yaml.fail(node, path, Words::tr("The receiver \"%1\" is defined twice.").arg(receiver.name));
            names.insert(receiver.name);
            for (const QString& kind : receiverKinds) {
                const YAML::Node configs = node[kind.toStdString()];
                if (!configs.IsDefined() || configs.IsNull())
                    continue;
                if (kind == QLatin1String("webhook_configs"))
                    readWebhooks(configs, child(path, kind), receiver);
                else
                    receiver.otherKinds.append(kind);
            }
            m_source.receivers.append(receiver);
        }
    }

    void readWebhooks(const YAML::Node& list, const QString& path, AlertmanagerSource::Receiver& receiver)
    {
        if (!list.IsSequence())
            return m_yaml.fail(list, path, Words::tr("Expected a list of webhook configurations."));
        for (std::size_t i = 0; i < list.size(); ++i) {
            const YAML::Node node = list[i];
            const QString at = item(path, i);
            if (!m_yaml.checkKeys(node, at,
                                  {QStringLiteral("send_resolved"), QStringLiteral("http_config"),
                                   QStringLiteral("url"), QStringLiteral("url_file"), QStringLiteral("max_alerts")}))
                return;
            AlertmanagerSource::Webhook webhook;
            webhook.place = place(node, at);
            if (node["url_file"].IsDefined()) {
                note(node, child(at, QStringLiteral("url_file")),
                     Words::tr("The webhook URL is read from a file on the server; AlertDesk cannot see which "
                               "bridge target it names, so this webhook is not imported."));
                continue;
            }
            webhook.url = m_yaml.string(node["url"], child(at, QStringLiteral("url")));
            webhook.sendResolved =
                m_yaml.boolean(node["send_resolved"], child(at, QStringLiteral("send_resolved")), true);
            if (node["http_config"].IsDefined())
                note(node["http_config"], child(at, QStringLiteral("http_config")),
                     Words::tr("HTTP settings of the webhook (proxy, TLS, authorization) are not imported."));
            if (node["max_alerts"].IsDefined() && m_yaml.string(node["max_alerts"], at) != QLatin1String("0"))
                note(node["max_alerts"], child(at, QStringLiteral("max_alerts")),
                     Words::tr("max_alerts is not imported: AlertDesk sends every alert of a group."));
            receiver.webhooks.append(webhook);
        }
    }

    void readTimeIntervals(const YAML::Node& list, const QString& path)
    {
        if (!list.IsDefined() || list.IsNull())
            return;
        if (!list.IsSequence())
            return m_yaml.fail(list, path, Words::tr("Expected a list of time intervals."));
        for (std::size_t i = 0; i < list.size() && !m_yaml.problem(); ++i) {
            const YAML::Node node = list[i];
            const QString at = item(path, i);
            if (!m_yaml.checkKeys(node, at, {QStringLiteral("name"), QStringLiteral("time_intervals")}))
                return;
            AlertmanagerSource::TimeInterval interval;
            interval.name = m_yaml.string(node["name"], child(at, QStringLiteral("name")));
            interval.place = place(node, at);
            if (m_intervalNames.contains(interval.name))
                return m_yaml.fail(node, at,
                                   Words::tr("The time interval \"%1\" is defined twice.").arg(interval.name));
            m_intervalNames.insert(interval.name);
            readTimeInterval(m_yaml, node["time_intervals"], child(at, QStringLiteral("time_intervals")), interval);
            m_source.timeIntervals.append(interval);
        }
    }

    std::optional<std::chrono::seconds> duration(const YAML::Node& node, const QString& path)
    {
        if (!node.IsDefined())
            return std::nullopt;
        auto parsed = parseDuration(m_yaml.string(node, path));
        if (!parsed) {
            m_yaml.fail(node, path, parsed.error().message);
            return std::nullopt;
        }
        return parsed.value();
    }

    AlertmanagerSource::Route readRoute(const YAML::Node& node, const QString& path, bool isRoot)
    {
        AlertmanagerSource::Route route;
        route.place = place(node, path);
        route.commentName = commentName(node);
        if (!m_yaml.checkKeys(node, path,
                              {QStringLiteral("receiver"), QStringLiteral("group_by"), QStringLiteral("continue"),
                               QStringLiteral("matchers"), QStringLiteral("match"), QStringLiteral("match_re"),
                               QStringLiteral("group_wait"), QStringLiteral("group_interval"),
                               QStringLiteral("repeat_interval"), QStringLiteral("mute_time_intervals"),
                               QStringLiteral("active_time_intervals"), QStringLiteral("routes")}))
            return route;
        if (node["receiver"].IsDefined()) {
            route.receiver = m_yaml.string(node["receiver"], child(path, QStringLiteral("receiver")));
            if (!m_yaml.problem() && !m_source.receiver(route.receiver))
                m_yaml.fail(node["receiver"], child(path, QStringLiteral("receiver")),
                            Words::tr("The route sends to receiver \"%1\", which is not defined under receivers.")
                                .arg(route.receiver));
        }
        if (node["group_by"].IsDefined())
            route.groupBy = m_yaml.strings(node["group_by"], child(path, QStringLiteral("group_by")));
        route.groupWait = duration(node["group_wait"], child(path, QStringLiteral("group_wait")));
        route.groupInterval = duration(node["group_interval"], child(path, QStringLiteral("group_interval")));
        route.repeatInterval = duration(node["repeat_interval"], child(path, QStringLiteral("repeat_interval")));
        route.continueMatching = m_yaml.boolean(node["continue"], child(path, QStringLiteral("continue")), false);
        importmatchers::readRouteMatchers(m_yaml, node, path, route.matchers);
        for (auto [key, list] : {std::pair{QStringLiteral("active_time_intervals"), &route.activeTimeIntervals},
                                 {QStringLiteral("mute_time_intervals"), &route.muteTimeIntervals}}) {
            *list = m_yaml.strings(node[key.toStdString()], child(path, key));
            for (const QString& name : *list) {
                if (!m_yaml.problem() && !m_source.timeInterval(name))
                    m_yaml.fail(node[key.toStdString()], child(path, key),
                                Words::tr("The route uses time interval \"%1\", which is not defined under "
                                          "time_intervals.")
                                    .arg(name));
            }
        }
        if (isRoot &&
            (!route.matchers.isEmpty() || !route.activeTimeIntervals.isEmpty() || !route.muteTimeIntervals.isEmpty()))
            m_yaml.fail(node, path,
                        Words::tr("The root route cannot have matchers or time intervals (Alertmanager refuses "
                                  "them)."));
        const YAML::Node children = node["routes"];
        if (children.IsDefined() && !children.IsNull()) {
            if (!children.IsSequence()) {
                m_yaml.fail(children, child(path, QStringLiteral("routes")), Words::tr("Expected a list of routes."));
                return route;
            }
            for (std::size_t i = 0; i < children.size() && !m_yaml.problem(); ++i)
                route.routes.append(readRoute(children[i], item(child(path, QStringLiteral("routes")), i), false));
        }
        return route;
    }

    // yaml-cpp drops comments; AlertDesk's export names each policy in one next to the policy's route.
    QString commentName(const YAML::Node& node) const
    {
        static const QRegularExpression comment(QStringLiteral("#\\s*policy\\s+\"(.*)\"\\s*$"));
        const int first = node.Mark().line;
        for (int line = first; line >= 0 && line <= first + 1 && line < m_lines.size(); ++line) {
            const QRegularExpressionMatch match = comment.match(m_lines.at(line));
            if (match.hasMatch())
                return match.captured(1);
        }
        return {};
    }

    Reader m_yaml;
    ImportReport& m_report;
    QStringList m_lines;
    QSet<QString> m_intervalNames;
    AlertmanagerSource m_source;
};

} // namespace

const AlertmanagerSource::Receiver* AlertmanagerSource::receiver(const QString& name) const
{
    const qsizetype at = m_receiverAt.value(name, -1);
    return at < 0 ? nullptr : &receivers.at(at);
}

const AlertmanagerSource::TimeInterval* AlertmanagerSource::timeInterval(const QString& name) const
{
    const qsizetype at = m_intervalAt.value(name, -1);
    return at < 0 ? nullptr : &timeIntervals.at(at);
}

void AlertmanagerSource::index()
{
    m_receiverAt.clear();
    m_intervalAt.clear();
    for (qsizetype i = 0; i < receivers.size(); ++i)
        m_receiverAt.insert(receivers.at(i).name, i);
    for (qsizetype i = 0; i < timeIntervals.size(); ++i)
        m_intervalAt.insert(timeIntervals.at(i).name, i);
}

Result<AlertmanagerSource> readAlertmanagerFile(const QString& file, const QByteArray& bytes, ImportReport& report)
{
    auto root = load(file, bytes);
    if (!root)
        return root.error();
    try {
        return AlertmanagerReader(file, bytes, report).read(root.value());
    } catch (const YAML::Exception& e) { // a shape the checks above did not foresee: still an error, never a crash
        return errorAt(file, e.mark.line + 1, QString(), Words::tr("This is not valid YAML: %1.").arg(text(e.msg)));
    }
}

} // namespace alertdesk
