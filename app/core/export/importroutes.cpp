// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/importroutes.h"

#include "domain/validation.h"
#include "export/importmatchers.h"
#include "export/importtargets.h"
#include "export/importtemplates.h"
#include "templating/defaulttemplates.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace alertdesk {

namespace {

using Route = AlertmanagerSource::Route;

/// What a route gets from its parents, as Alertmanager passes it down.
struct Inherited {
    QString receiver;
    QStringList groupBy;
    std::chrono::seconds groupWait{30};
    std::chrono::seconds groupInterval{5 * 60};
    std::chrono::seconds repeatInterval{4 * 60 * 60};
    QList<AlertmanagerSource::Matcher> matchers;

    Inherited under(const Route& route) const
    {
        Inherited next = *this;
        if (!route.receiver.isEmpty())
            next.receiver = route.receiver;
        next.groupBy = route.groupBy.value_or(groupBy);
        next.groupWait = route.groupWait.value_or(groupWait);
        next.groupInterval = route.groupInterval.value_or(groupInterval);
        next.repeatInterval = route.repeatInterval.value_or(repeatInterval);
        next.matchers += route.matchers;
        return next;
    }
};

/// The target a bridge webhook URL names: `<bridge>/dingtalk/<target>/send`.
QString bridgeTargetOf(const QString& url)
{
    static const QRegularExpression path(QStringLiteral("/dingtalk/([^/]+)/send/?$"));
    return path.match(QUrl(url).path()).captured(1);
}

bool sameEq(const AlertmanagerSource::Matcher& a, const AlertmanagerSource::Matcher& b)
{
    return a.label == b.label && a.op == QLatin1String("=") && b.op == QLatin1String("=") && a.value != b.value;
}

/// True when no alert can match both lists (one label required equal to two different values).
bool disjoint(const QList<AlertmanagerSource::Matcher>& a, const QList<AlertmanagerSource::Matcher>& b)
{
    for (const auto& x : a) {
        for (const auto& y : b) {
            if (sameEq(x, y))
                return true;
        }
    }
    return false;
}

class Planner {
public:
    Planner(const AlertmanagerSource& source, const std::optional<BridgeSource>& bridge, ImportPlan& plan)
        : m_source(source)
        , m_bridge(bridge)
        , m_plan(plan)
    {
        if (m_bridge)
            m_targets.emplace(*m_bridge, m_plan);
    }

    Result<void> run()
    {
        Inherited top;
        top.groupBy = m_source.root.groupBy.value_or(QStringList());
        top = top.under(m_source.root);
        if (isBridgeReceiver(top.receiver))
            addPolicy(m_source.root, top, {},
                      ImportRoutes::tr("The root route's receiver gets every alert no other "
                                       "route takes; AlertDesk sends every alert to it."));
        walkChildren(m_source.root, top);
        return m_error ? Result<void>(*m_error) : Result<void>();
    }

private:
    void note(const SourcePlace& place, const QString& message)
    {
        m_plan.report.add(place.file, place.line, place.path, message);
    }

    bool isBridgeReceiver(const QString& name) const
    {
        const auto* receiver = m_source.receiver(name);
        if (!receiver)
            return false;
        for (const auto& webhook : receiver->webhooks) {
            if (!bridgeTargetOf(webhook.url).isEmpty())
                return true;
        }
        return false;
    }

    // AlertDesk's export: continue, no matchers, a receiver with no configs at all; children that are leaves with
    // one receiver and the same timing and intervals, each not continuing.
    bool isExportedPolicyNode(const Route& route, const Inherited& here) const
    {
        const auto* own = m_source.receiver(here.receiver);
        if (!route.continueMatching || !route.matchers.isEmpty() || route.routes.isEmpty() || !own ||
            !own->webhooks.isEmpty() || !own->otherKinds.isEmpty())
            return false;
        const Inherited first = here.under(route.routes.first());
        for (const Route& child : route.routes) {
            const Inherited next = here.under(child);
            if (!child.routes.isEmpty() || child.continueMatching || next.receiver != first.receiver ||
                next.groupBy != first.groupBy || next.groupWait != first.groupWait ||
                next.groupInterval != first.groupInterval || next.repeatInterval != first.repeatInterval ||
                child.activeTimeIntervals != route.routes.first().activeTimeIntervals ||
                child.muteTimeIntervals != route.routes.first().muteTimeIntervals)
                return false;
        }
        return isBridgeReceiver(first.receiver);
    }

    void walkChildren(const Route& parent, const Inherited& here)
    {
        for (qsizetype i = 0; i < parent.routes.size() && !m_error; ++i) {
            const Route& route = parent.routes.at(i);
            const Inherited next = here.under(route);
            QString shadowNote;
            for (qsizetype j = 0; j < i; ++j) {
                const Route& earlier = parent.routes.at(j);
                if (!earlier.continueMatching && !disjoint(earlier.matchers, route.matchers)) {
                    shadowNote = ImportRoutes::tr("In Alertmanager, alerts that also match the earlier route %1 (it "
                                                  "has no continue: true) never reach this route; in AlertDesk every "
                                                  "matching policy notifies, so such alerts now reach both.")
                                     .arg(earlier.place.path);
                    break;
                }
            }
            if (isExportedPolicyNode(route, next)) {
                QList<QList<AlertmanagerSource::Matcher>> rules;
                for (const Route& child : route.routes)
                    rules.append(here.matchers + child.matchers);
                addPolicy(route.routes.first(), next.under(route.routes.first()), rules, shadowNote, route.commentName);
                continue;
            }
            if (isBridgeReceiver(next.receiver)) {
                QString why = shadowNote;
                if (!route.routes.isEmpty())
                    why += (why.isEmpty() ? QString() : QStringLiteral(" ")) +
                           ImportRoutes::tr("Alertmanager sends this route only the alerts none of its child routes "
                                            "take; in AlertDesk the policy gets them all.");
                addPolicy(route, next, {next.matchers}, why);
            } else if (const auto* receiver = m_source.receiver(next.receiver);
                       receiver && route.receiver == next.receiver) {
                noteUnmappedReceiver(route, *receiver);
            }
            walkChildren(route, next);
        }
    }

    void noteUnmappedReceiver(const Route& route, const AlertmanagerSource::Receiver& receiver)
    {
        if (receiver.otherKinds.isEmpty() && receiver.webhooks.isEmpty() && route.routes.isEmpty())
            note(route.place, ImportRoutes::tr("The route sends to receiver \"%1\", which has no configurations: its "
                                               "alerts go nowhere, so there is nothing to import.")
                                  .arg(receiver.name));
        if (!receiver.otherKinds.isEmpty())
            note(route.place, ImportRoutes::tr("The route sends to receiver \"%1\" (%2); AlertDesk delivers to "
                                               "DingTalk only, so this route is not imported.")
                                  .arg(receiver.name, receiver.otherKinds.join(QStringLiteral(", "))));
        for (const auto& webhook : receiver.webhooks)
            note(webhook.place,
                 ImportRoutes::tr("The webhook %1 is not a DingTalk bridge target "
                                  "(.../dingtalk/<target>/send); routes to it are not imported.")
                     .arg(QUrl(webhook.url).adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString()));
    }

    QString uniquePolicyName(QString name)
    {
        const QString base = name;
        for (int n = 2; m_policyNames.contains(nameKey(name)); ++n)
            name = QStringLiteral("%1 %2").arg(base).arg(n);
        m_policyNames.insert(nameKey(name));
        return name;
    }

    // A route (or an exported policy's first child) and its rules as matcher lists; `extra` is a report sentence.
    void addPolicy(const Route& route, const Inherited& here, const QList<QList<AlertmanagerSource::Matcher>>& rules,
                   const QString& extra, const QString& exportedName = {});
    void setMessage(NotificationPolicy& policy, const QList<const BridgeSource::Target*>& targets,
                    const AlertmanagerSource::Receiver& receiver);

    const AlertmanagerSource& m_source;
    const std::optional<BridgeSource>& m_bridge;
    ImportPlan& m_plan;
    std::optional<ImportTargets> m_targets;
    std::optional<Error> m_error;
    QSet<QString> m_policyNames;                ///< nameKey()s of the planned policies
    QHash<QString, QString> m_checkedTemplates; ///< template text -> compile error ("" = fine)
};

void Planner::addPolicy(const Route& route, const Inherited& here,
                        const QList<QList<AlertmanagerSource::Matcher>>& rules, const QString& extra,
                        const QString& exportedName)
{
    const auto* receiver = m_source.receiver(here.receiver);
    NotificationPolicy policy;
    policy.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString name = receiver->name;
    const bool exported = name.startsWith(QLatin1String("alertdesk-"));
    if (exported)
        name.remove(0, int(qstrlen("alertdesk-")));
    bool matchesAll = false;
    for (const auto& matchers : rules) {
        MatchRule rule;
        for (const auto& matcher : matchers) {
            QString why;
            const auto condition = importmatchers::toCondition(matcher, &why);
            if (!condition) {
                note(matcher.place, ImportRoutes::tr("The matcher %1%2\"%3\" cannot be held by AlertDesk (%4); the "
                                                     "route is not imported.")
                                        .arg(matcher.label, matcher.op, matcher.value, why));
                return;
            }
            rule.conditions.append(*condition);
        }
        matchesAll = matchesAll || rule.conditions.isEmpty();
        if (!rule.conditions.isEmpty())
            policy.rules.append(rule);
    }
    if (matchesAll) // a rule without conditions matches every alert, as no rules do
        policy.rules.clear();
    policy.groupBy = here.groupBy;
    policy.groupWait = here.groupWait;
    policy.groupInterval = here.groupInterval;
    policy.repeatInterval = here.repeatInterval;
    if (!extra.isEmpty())
        note(route.place, extra);
    if (route.activeTimeIntervals.size() == 1) {
        const auto* interval = m_source.timeInterval(route.activeTimeIntervals.first());
        if (interval->window)
            policy.window = interval->window;
        else
            note(route.place, ImportRoutes::tr("The active time interval \"%1\" is not a notification window: %2 "
                                               "The policy is imported without a window (it notifies at all times).")
                                  .arg(interval->name, interval->whyNoWindow));
    } else if (route.activeTimeIntervals.size() > 1) {
        note(route.place, ImportRoutes::tr("The route is active during %1 time intervals; a policy has one "
                                           "notification window. The policy is imported without a window.")
                              .arg(route.activeTimeIntervals.size()));
    }
    if (!route.muteTimeIntervals.isEmpty())
        note(route.place, ImportRoutes::tr("Mute time intervals (%1) are not imported: AlertDesk policies have only "
                                           "a notification window. Use a silence in Alertmanager instead.")
                              .arg(route.muteTimeIntervals.join(QStringLiteral(", "))));

    QList<const BridgeSource::Target*> targets;
    bool anyResolved = false;
    bool allResolved = true;
    for (const auto& webhook : receiver->webhooks) {
        const QString targetName = bridgeTargetOf(webhook.url);
        if (targetName.isEmpty()) {
            note(webhook.place,
                 ImportRoutes::tr("The webhook %1 is not a DingTalk bridge target; AlertDesk does not "
                                  "import it.")
                     .arg(QUrl(webhook.url).adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString()));
            continue;
        }
        if (!m_bridge) {
            note(webhook.place, ImportRoutes::tr("The webhook goes to bridge target \"%1\", but no bridge "
                                                 "configuration was given (--bridge-config); the route is not "
                                                 "imported.")
                                    .arg(targetName));
            continue;
        }
        const auto* target = m_bridge->target(targetName);
        if (!target) {
            m_error = Error::invalid(webhook.place.path,
                                     ImportNote{webhook.place.file, webhook.place.line, webhook.place.path,
                                                ImportRoutes::tr("The webhook goes to bridge target \"%1\", which the "
                                                                 "bridge configuration does not define.")
                                                    .arg(targetName)}
                                         .text());
            return;
        }
        if (exported && targetName.startsWith(name + u'_'))
            m_targets->suggestName(targetName, targetName.mid(name.size() + 1));
        targets.append(target);
        anyResolved = anyResolved || webhook.sendResolved;
        allResolved = allResolved && webhook.sendResolved;
        const Recipient recipient{Recipient::Kind::Robot, m_targets->robotFor(targetName)};
        if (!policy.recipients.contains(recipient))
            policy.recipients.append(recipient);
    }
    if (targets.isEmpty())
        return;
    policy.name = uniquePolicyName(exportedName.isEmpty() ? name : exportedName);
    policy.sendResolved = anyResolved;
    if (anyResolved != allResolved)
        note(receiver->place, ImportRoutes::tr("Some webhooks of receiver \"%1\" send resolved notices and some do "
                                               "not; the policy sends them.")
                                  .arg(receiver->name));
    setMessage(policy, targets, *receiver);
    if (const Problems problems = validatePolicy(policy); !problems.isEmpty()) {
        note(route.place, ImportRoutes::tr("The route cannot become a policy: %1").arg(problems.first().message));
        return;
    }
    m_plan.policies.append(policy);
}

void Planner::setMessage(NotificationPolicy& policy, const QList<const BridgeSource::Target*>& targets,
                         const AlertmanagerSource::Receiver& receiver)
{
    const BridgeSource::Target& first = *targets.first();
    for (const auto* target : targets) {
        if (target->mentionAll != first.mentionAll || target->mobiles != first.mobiles ||
            target->title != first.title || target->text != first.text) {
            note(receiver.place, ImportRoutes::tr("The bridge targets of receiver \"%1\" differ in mentions or "
                                                  "templates; the policy takes those of target %2.")
                                     .arg(receiver.name, first.name));
            break;
        }
    }
    if (first.mentionAll) {
        policy.mention = Mention::All;
    } else if (!first.mobiles.isEmpty()) {
        const QStringList contacts = m_targets->contactsFor(first.mobiles, first.place);
        for (const QString& uuid : contacts)
            policy.recipients.append({Recipient::Kind::Contact, uuid});
        if (!contacts.isEmpty())
            policy.mention = Mention::Recipients;
    }
    const auto pick = [&](const std::optional<QString>& own, const std::optional<QString>& fallback, QString& into) {
        const std::optional<QString> text = own ? own : fallback;
        if (!text) {
            note(first.place, ImportRoutes::tr("Target %1 uses the bridge's built-in template, which AlertDesk does "
                                               "not import; the policy uses AlertDesk's default template. Preview it "
                                               "before exporting.")
                                  .arg(first.name));
            return;
        }
        QString why;
        if (const auto resolved = importtemplates::resolve(*text, m_bridge->defines, &why, &m_checkedTemplates))
            into = *resolved;
        else
            note(first.place, ImportRoutes::tr("The template of target %1 is not imported: %2 The policy uses "
                                               "AlertDesk's default template.")
                                  .arg(first.name, why));
    };
    pick(first.title, m_bridge->defaultTitle, policy.message.titleTemplate);
    if (!policy.message.titleTemplate.isEmpty() || first.text || m_bridge->defaultText)
        pick(first.text, m_bridge->defaultText, policy.message.textTemplate);
    // AlertDesk's export appends the @mobiles a text lacks, and writes its default templates for empty ones: undo
    // both, so that exporting again writes the same.
    QStringList mentions;
    for (const QString& mobile : first.mobiles)
        mentions.append(u'@' + mobile.trimmed());
    QString& text = policy.message.textTemplate;
    const QString suffix = mentions.join(u' ');
    if (!mentions.isEmpty() && text == suffix)
        text.clear();
    else if (!mentions.isEmpty() && text.endsWith(QStringLiteral("\n\n") + suffix))
        text.chop(suffix.size() + 2);
    if (policy.message.titleTemplate == defaultTitleTemplate(policy.message.type))
        policy.message.titleTemplate.clear();
    if (text == defaultTextTemplate(policy.message.type))
        text.clear();
}

} // namespace

Result<void> ImportRoutes::plan(const AlertmanagerSource& source, const std::optional<BridgeSource>& bridge,
                                ImportPlan& plan)
{
    return Planner(source, bridge, plan).run();
}

} // namespace alertdesk
