// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/bridgecheck.h"

#include "dingtalk/policymessage.h"
#include "export/bridgewriter.h"
#include "export/exportoptions.h"
#include "export/exportplan.h"
#include "export/importtemplates.h"
#include "templating/gotemplate.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace alertdesk {

namespace {

const QString templatesFileName = QStringLiteral("alertdesk.tmpl"); // ParseGlob names a file's template by its base

/// Why the bridge cannot run this one template of a policy (empty when it can): it does not parse with the bridge's
/// functions, it defines templates of its own, or (alertmanager dialect) the bridge would render it otherwise.
QString templateProblem(const QString& policy, const QString& which, const QString& text, TemplateDialect dialect,
                        const QList<TemplateData>& bridgeSamples, const QList<TemplateData>& ownSamples)
{
    if (text.isEmpty())
        return QString();
    auto onBridge = CompiledTemplate::compile(which, text, TemplateDialect::DingTalkBridge);
    if (!onBridge)
        return dialect == TemplateDialect::DingTalkBridge
                   ? Export::tr("Policy \"%1\": its %2 template does not parse: %3")
                         .arg(policy, which, onBridge.error().message)
                   : Export::tr("Policy \"%1\" is written in the alertmanager dialect, and the DingTalk bridge cannot "
                                "run its %2 template: %3. Write it with the bridge's functions (dialect "
                                "dingtalk-bridge: sprig's, plus toUpper, toLower and markdown).")
                         .arg(policy, which, onBridge.error().message);
    if (dialect == TemplateDialect::DingTalkBridge)
        return QString();
    auto own = CompiledTemplate::compile(which, text, dialect);
    for (qsizetype i = 0; own && i < bridgeSamples.size(); ++i) {
        const auto there = onBridge.value()->render(bridgeSamples.at(i));
        const auto here = own.value()->render(ownSamples.at(i));
        if (!there || !here || there.value() != here.value())
            return Export::tr("Policy \"%1\" is written in the alertmanager dialect, and the DingTalk bridge renders "
                              "its %2 template otherwise (its functions are sprig's: title, for one, keeps the rest "
                              "of each word as it is). Switch the policy to the dingtalk-bridge dialect and check its "
                              "preview.")
                .arg(policy, which);
    }
    return QString();
}

/// The defines each policy hoists into the bridge's one set of names (BridgeWriter): a name two policies define
/// differently would have one policy render the other's. The first such clash, as a sentence; empty when none.
QString defineClash(const ExportPlan& plan, QString* policyAtFault)
{
    QHash<QString, std::pair<QString, QString>> seen; // define name -> (policy, source)
    for (const ExportedPolicy& exported : plan.policies) {
        const auto title = importtemplates::splitTopLevelDefines(exported.message.titleTemplate);
        const auto text = importtemplates::splitTopLevelDefines(exported.message.textTemplate);
        for (const auto& [name, source] : title.blocks + text.blocks) {
            const auto it = seen.constFind(name);
            if (it == seen.constEnd()) {
                seen.insert(name, {exported.policy->name, source});
            } else if (it->second != source) {
                *policyAtFault = exported.policy->name;
                return it->first == exported.policy->name
                           ? Export::tr("Policy \"%1\" defines the template \"%2\" twice, differently; the bridge "
                                        "would use only one of them. Keep one.")
                                 .arg(exported.policy->name, name)
                           : Export::tr("Policies \"%1\" and \"%2\" both define the template \"%3\", differently; "
                                        "the bridge keeps one set of template names for every policy, so one of them "
                                        "would render the other's. Rename it in one of them.")
                                 .arg(it->first, exported.policy->name, name);
            }
        }
    }
    return QString();
}

} // namespace

QList<BridgeTargetCheck> BridgeCheck::run(const ExportPlan& plan, const QByteArray& templatesFile,
                                          const QString& serversTimeZone, QString* fileProblem)
{
    // Fixed samples: the check's verdict must not depend on the clock.
    const QDateTime at(QDate(2026, 3, 18), QTime(6, 30), QTimeZone::utc());
    const QList<QByteArray> payloads{builtInTestPayload(at, false), builtInTestPayload(at, true)};

    QList<BridgeTargetCheck> checks;
    fileProblem->clear();
    auto set = CompiledTemplate::compileUtf8(templatesFileName.toStdString(), templatesFile.toStdString(),
                                             TemplateDialect::DingTalkBridge);
    if (!set)
        *fileProblem = set.error().message;

    QString clashing;
    const QString clash = defineClash(plan, &clashing);
    for (const ExportedPolicy& exported : plan.policies) {
        const QString name = exported.policy->name;
        const DingTalkAt mention =
            exported.policy->mention == Mention::All
                ? DingTalkAt{{}, {}, true}
                : (exported.policy->mention == Mention::Recipients ? DingTalkAt{exported.mobiles, {}, false}
                                                                   : DingTalkAt{});
        const std::optional<DingTalkAt> targetMention = bridgeMentionOf(mention);
        QList<TemplateData> bridgeSamples, ownSamples;
        QString problem = name == clashing ? clash : QString();
        for (const QByteArray& payload : payloads) {
            TemplateContext context{TemplateDialect::DingTalkBridge, serversTimeZone,
                                    targetMention ? targetMention->atMobiles : QStringList()};
            auto data = TemplateData::fromWebhookJson(payload, context);
            context.dialect = exported.message.dialect;
            auto own = TemplateData::fromWebhookJson(payload, context);
            if (!data || !own) {
                problem = (data ? own : data).error().message;
                break;
            }
            bridgeSamples.append(data.value());
            ownSamples.append(own.value());
        }
        if (problem.isEmpty() && bridgeSamples.size() == payloads.size())
            problem = templateProblem(name, QStringLiteral("title"), exported.policy->message.titleTemplate,
                                      exported.message.dialect, bridgeSamples, ownSamples);
        if (problem.isEmpty())
            problem = templateProblem(name, QStringLiteral("text"), exported.policy->message.textTemplate,
                                      exported.message.dialect, bridgeSamples, ownSamples);
        if (exported.targets.isEmpty() && !problem.isEmpty()) // its templates are in the file all the same
            checks.append({QString(), name, false, problem});
        // Every target of a policy runs the same defines with the same mention: the policy is checked once, on its
        // first target's name. The message fields call the policy's defines (config.yml), which ExecuteTextString
        // runs; they must render what the preview renders (renderPolicyMessage), sample for sample.
        if (problem.isEmpty() && !set)
            problem = Export::tr("The bridge's template file does not load: %1").arg(*fileProblem);
        const QString first = exported.targets.isEmpty() ? QString() : exported.targets.first().name;
        for (qsizetype i = 0; problem.isEmpty() && !first.isEmpty() && i < bridgeSamples.size(); ++i) {
            const auto title = set.value()->render(bridgeSamples.at(i), exported.titleDefine());
            const auto text = set.value()->render(bridgeSamples.at(i), exported.textDefine());
            if (!title || !text) {
                problem = Export::tr("Policy \"%1\" (bridge target %2) fails on a sample alert: %3")
                              .arg(name, first, (title ? text : title).error().message);
                break;
            }
            const auto previewed = exported.message.dialect == TemplateDialect::DingTalkBridge
                                       ? renderPolicyMessage(*exported.policy, payloads.at(i), mention, serversTimeZone)
                                       : Result<DingTalkMessage>(DingTalkMessage::bridgeMarkdown(
                                             title.value(), text.value(), targetMention));
            if (!previewed || previewed->title() != title.value() || previewed->text() != text.value())
                problem = Export::tr("Policy \"%1\" (bridge target %2) would not send what its preview shows: the "
                                     "exported templates render otherwise on a sample alert. Please report this as a "
                                     "bug of AlertDesk.")
                              .arg(name, first);
        }
        for (const ExportTarget& target : exported.targets)
            checks.append({target.name, name, problem.isEmpty(), problem});
    }
    return checks;
}

Result<void> BridgeCheck::verdict(const QList<BridgeTargetCheck>& checks, const QString& fileProblem)
{
    for (const BridgeTargetCheck& check : checks) {
        if (!check.ok)
            return Error::invalid(QStringLiteral("bridge"),
                                  Export::tr("Nothing was written: the DingTalk bridge could not run this "
                                             "configuration. %1")
                                      .arg(check.problem));
    }
    if (!fileProblem.isEmpty())
        return Error::invalid(QStringLiteral("bridge"),
                              Export::tr("Nothing was written: the DingTalk bridge would refuse to start, its "
                                         "template file does not load: %1")
                                  .arg(fileProblem));
    return {};
}

} // namespace alertdesk
