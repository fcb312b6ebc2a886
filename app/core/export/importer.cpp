// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/importer.h"

#include "domain/validation.h"
#include "export/bundlereader.h"
#include "export/importalertmanagerfile.h"
#include "export/importbridgefile.h"
#include "export/importroutes.h"
#include "secrets/robotkeychain.h"
#include "secrets/secretstore.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "templating/policytemplates.h"
#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSet>
#include <memory>

namespace alertdesk {

namespace {

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("file"),
                              Importer::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return file.readAll();
}

// Names taken in the workspace (or earlier in the plan), for one kind of record.
template <typename Entry, typename Repository, typename Access>
Result<void> resolveNames(const Repository& repository, QList<Entry>& records, Access access, const QString& kind,
                          bool rename, ImportReport& report)
{
    auto existing = repository.all();
    if (!existing)
        return existing.error();
    QSet<QString> taken;
    for (const auto& record : existing.value())
        taken.insert(nameKey(record.name));
    QStringList conflicts;
    for (auto& entry : records) {
        auto& record = access(entry);
        if (!taken.contains(nameKey(record.name))) {
            taken.insert(nameKey(record.name));
            continue;
        }
        if (!rename) {
            conflicts.append(record.name);
            continue;
        }
        const QString original = record.name;
        for (int n = 1; taken.contains(nameKey(record.name)); ++n)
            record.name = n == 1 ? Importer::tr("%1 (imported)").arg(original)
                                 : Importer::tr("%1 (imported %2)").arg(original).arg(n);
        taken.insert(nameKey(record.name));
        report.add(QString(), 0, QString(),
                   Importer::tr("The workspace already has a %1 named \"%2\"; the imported one is named \"%3\".")
                       .arg(kind, original, record.name));
    }
    if (!conflicts.isEmpty())
        return Error::conflict(
            QStringLiteral("name"),
            Importer::tr("The workspace already has a %1 named %2. Nothing was imported: rename or "
                         "remove them first, or import with --rename (in the dialog: \"Rename imported "
                         "records whose name is taken\").")
                .arg(kind, QStringLiteral("\"") + conflicts.join(QStringLiteral("\", \"")) + QStringLiteral("\"")));
    return {};
}

constexpr auto itself = [](auto& record) -> auto&
{
    return record;
};
constexpr auto robotOf = [](ImportPlan::PlannedRobot& planned) -> Robot& { return planned.robot; };

Result<void> writeRecords(Workspace& workspace, const ImportPlan& plan)
{
    return workspace.database().transaction([&]() -> Result<void> {
        for (const auto& planned : plan.robots) {
            if (auto added = workspace.robots().add(planned.robot); !added)
                return added.error();
        }
        for (const Contact& contact : plan.contacts) {
            if (auto added = workspace.contacts().add(contact); !added)
                return added.error();
        }
        for (const ContactGroup& group : plan.groups) {
            if (auto added = workspace.groups().add(group); !added)
                return added.error();
        }
        for (const NotificationPolicy& policy : plan.policies) {
            if (auto added = workspace.policies().add(policy); !added)
                return added.error();
        }
        return {};
    });
}

struct SecretWrite {
    QString key;
    QString value;
};

// Removes `keys` one after the other, whatever each answers, then calls `then`.
void removeKeys(SecretStore& store, QStringList keys, QObject* context, std::function<void()> then)
{
    if (keys.isEmpty())
        return then();
    const QString key = keys.takeFirst();
    QPointer<SecretStore> guard(&store);
    store.remove(key, context, [guard, keys, context, then](const SecretStore::Outcome&) {
        if (!guard)
            return then();
        removeKeys(*guard, keys, context, then);
    });
}

} // namespace

Result<ImportPlan> Importer::readAlertmanager(const QString& alertmanagerPath, const QString& bridgeConfigPath)
{
    ImportPlan plan;
    const auto alertmanagerBytes = readFile(alertmanagerPath);
    if (!alertmanagerBytes)
        return alertmanagerBytes.error();
    auto source = readAlertmanagerFile(QFileInfo(alertmanagerPath).fileName(), alertmanagerBytes.value(), plan.report);
    if (!source)
        return source.error();
    std::optional<BridgeSource> bridge;
    if (!bridgeConfigPath.isEmpty()) {
        const auto bridgeBytes = readFile(bridgeConfigPath);
        if (!bridgeBytes)
            return bridgeBytes.error();
        auto read = readBridgeFile(bridgeConfigPath, bridgeBytes.value(), plan.report);
        if (!read)
            return read.error();
        bridge = std::move(read).value();
    }
    if (auto planned = ImportRoutes::plan(source.value(), bridge, plan); !planned)
        return planned.error();
    return plan;
}

Result<ImportPlan> Importer::readBundle(const QString& path)
{
    const auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return BundleReader::read(path, bytes.value());
}

Result<void> Importer::prepare(const Workspace& workspace, ImportPlan& plan, const Options& options)
{
    const bool rename = options.renameConflicts;
    if (auto done = resolveNames(workspace.robots(), plan.robots, robotOf, tr("robot"), rename, plan.report); !done)
        return done;
    if (auto done = resolveNames(workspace.contacts(), plan.contacts, itself, tr("contact"), rename, plan.report);
        !done)
        return done;
    if (auto done = resolveNames(workspace.groups(), plan.groups, itself, tr("contact group"), rename, plan.report);
        !done)
        return done;
    if (auto done = resolveNames(workspace.policies(), plan.policies, itself, tr("policy"), rename, plan.report); !done)
        return done;
    if (plan.needsTermsAcceptance()) {
        if (!options.acceptTerms)
            return Error::invalid(QStringLiteral("terms"),
                                  tr("The import creates robots, and the source does not record that DingTalk's "
                                     "Custom Robot Service Terms were accepted for them. Read the terms and accept "
                                     "them (--accept-terms, or the check box in the dialog) to import."));
        for (auto& planned : plan.robots) {
            if (!planned.robot.termsAcceptedAt.isValid())
                planned.robot.termsAcceptedAt = workspace.database().now();
        }
    }
    for (const auto& planned : plan.robots) {
        Problems problems = validateRobot(planned.robot);
        if (planned.secrets)
            problems += validateRobotSecrets(planned.robot, *planned.secrets);
        if (!problems.isEmpty())
            return Error::invalid(problems.first().field,
                                  tr("Robot \"%1\": %2").arg(planned.robot.name, problems.first().message));
    }
    for (const auto& policy : plan.policies) {
        if (const Problems problems = validatePolicyToSave(policy); !problems.isEmpty())
            return Error::invalid(problems.first().field,
                                  tr("Policy \"%1\": %2").arg(policy.name, problems.first().message));
    }
    return {};
}

void Importer::apply(Workspace& workspace, ImportPlan plan, const Options& options, QObject* context,
                     std::function<void(Result<ImportPlan>)> done)
{
    if (auto prepared = prepare(workspace, plan, options); !prepared)
        return done(prepared.error());
    QList<SecretWrite> writes;
    for (const auto& planned : plan.robots) {
        if (!planned.secrets)
            continue;
        writes.append({RobotKeychain::tokenKey(planned.robot.uuid), planned.secrets->accessToken});
        if (planned.robot.signing)
            writes.append({RobotKeychain::secretKey(planned.robot.uuid), planned.secrets->signSecret});
    }
    // The chain of keychain writes: each answer starts the next write; the last one writes the records. Only the
    // callbacks in flight own the chain (the step itself holds a weak reference), so it goes away when it ends.
    QPointer<Workspace> self(&workspace);
    auto written = std::make_shared<QStringList>();
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    std::weak_ptr<std::function<void(qsizetype)>> weakStep = step;
    *step = [self, writes, written, weakStep, plan, context, done](qsizetype index) {
        if (!self)
            return;
        const auto undo = [self, written, context](std::function<void()> then) {
            if (!self)
                return then();
            removeKeys(self->secrets(), *written, context, then);
        };
        if (index == writes.size()) {
            if (auto stored = writeRecords(*self, plan); !stored)
                return undo([done, stored] { done(stored.error()); });
            return done(plan);
        }
        const SecretWrite& write = writes.at(index);
        self->secrets().write(
            write.key, write.value, context,
            [next = weakStep.lock(), written, key = write.key, index, undo, done](const SecretStore::Outcome& outcome) {
                if (!outcome.ok()) {
                    return undo([done, outcome] {
                        done(Error::keychain(Importer::tr("Nothing was imported: the keychain could not store a "
                                                          "robot's secret. %1")
                                                 .arg(outcome.message)));
                    });
                }
                written->append(key);
                (*next)(index + 1);
            });
    };
    (*step)(0);
}

} // namespace alertdesk
