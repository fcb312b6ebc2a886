// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "workspace.h"

#include "dingtalk/dingtalkclient.h"
#include "dingtalk/ratebudget.h"
#include "dingtalk/webhookurl.h"
#include "domain/validation.h"
#include "secrets/robotkeychain.h"
#include "secrets/secretstore.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "storage/sendslotrepository.h"
#include "storage/settingsrepository.h"
#include "storage/testsendrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>
#include <QUuid>

namespace alertdesk {

namespace {

Error keychainError(const SecretStore::Outcome& outcome)
{
    return Error::keychain(outcome.message);
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> database, std::unique_ptr<SecretStore> secrets)
    : m_database(std::move(database))
    , m_secrets(std::move(secrets))
    , m_robots(std::make_unique<RobotRepository>(*m_database))
    , m_contacts(std::make_unique<ContactRepository>(*m_database))
    , m_groups(std::make_unique<ContactGroupRepository>(*m_database))
    , m_policies(std::make_unique<PolicyRepository>(*m_database))
    , m_settings(std::make_unique<SettingsRepository>(*m_database))
    , m_testSends(std::make_unique<TestSendRepository>(*m_database))
    , m_sendSlots(std::make_unique<SendSlotRepository>(*m_database))
    , m_rateBudget(std::make_unique<RateBudget>(*m_sendSlots))
    , m_dingTalk(std::make_unique<DingTalkClient>())
{
    m_secrets->setParent(nullptr);
}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& databasePath, std::unique_ptr<SecretStore> secrets,
                                                   std::chrono::milliseconds lockWait)
{
    auto database = Database::open(databasePath, lockWait);
    if (!database.ok())
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(database).value(), std::move(secrets)));
}

QString Workspace::defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("ALERTDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Not AppDataLocation: that depends on the organisation and application names each main() sets, and the GUI,
    // the CLI and tests must all agree on the one default workspace.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("AlertDesk/alertdesk.sqlite"));
}

Result<void> Workspace::applyProxySetting()
{
    auto setting = m_settings->value(QStringLiteral("proxy"));
    if (!setting)
        return setting.error();
    auto proxy = DingTalkClient::parseProxySetting(setting.value().value_or(QString()));
    if (!proxy)
        return proxy.error();
    m_dingTalk->setProxy(proxy.value());
    return {};
}

void Workspace::addRobot(Robot robot, RobotSecrets secrets, QObject* context, RobotDone done)
{
    robot.name = robot.name.trimmed();
    if (robot.uuid.isEmpty())
        robot.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const Problems problems = validateRobot(robot) + validateRobotSecrets(robot, secrets); !problems.isEmpty())
        return done(problems.first());
    if (auto existing = m_robots->findByName(robot.name); existing.ok())
        return done(Error::conflict(QStringLiteral("name"),
                                    tr("A robot named \"%1\" already exists; pick another name.").arg(robot.name)));

    // Secrets first: a robot row whose token could not be stored would be a robot that cannot send.
    const QString uuid = robot.uuid;
    QPointer<Workspace> self(this);
    auto writeRow = [self, uuid, robot, context, done](const SecretStore::Outcome& outcome) {
        if (!self)
            return;
        if (!outcome.ok())
            return self->removeSecretsThen(uuid, context, [done, outcome] { done(keychainError(outcome)); });
        auto added = self->m_robots->add(robot);
        if (!added.ok())
            return self->removeSecretsThen(uuid, context, [done, added] { done(added.error()); });
        done(added);
    };
    RobotKeychain(*m_secrets, uuid).write(secrets, robot.signing, context, writeRow);
}

void Workspace::updateRobot(Robot robot, SecretsChange change, QObject* context, RobotDone done)
{
    robot.name = robot.name.trimmed();
    auto stored = m_robots->find(robot.uuid);
    if (!stored.ok())
        return done(stored.error());
    if (const Problems problems = validateRobot(robot); !problems.isEmpty())
        return done(problems.first());
    if (robot.signing && !stored->signing && !change.signSecret)
        return done(Error::invalid(QStringLiteral("secret"),
                                   tr("Signing is now on, so AlertDesk needs the robot's signing secret (it starts "
                                      "with SEC); copy it from the robot's security settings in DingTalk.")));
    // Only the secrets being changed are checked; the stored ones were checked when they were stored.
    Problems problems =
        validateRobotSecrets(robot, {change.accessToken.value_or(QString()), change.signSecret.value_or(QString())});
    problems.removeIf([&](const Error& problem) {
        return (problem.field == QLatin1String("accessToken") && !change.accessToken) ||
               (problem.field == QLatin1String("secret") && robot.signing && !change.signSecret);
    });
    if (!problems.isEmpty())
        return done(problems.first());

    // The keychain writes go first; the row is written only when they all succeeded.
    struct Step {
        QString key;
        std::optional<QString> value; // nullopt = remove
    };
    QList<Step> steps;
    if (change.accessToken)
        steps.append({RobotKeychain::tokenKey(robot.uuid), *change.accessToken});
    if (robot.signing && change.signSecret)
        steps.append({RobotKeychain::secretKey(robot.uuid), *change.signSecret});
    if (!robot.signing && stored->signing)
        steps.append({RobotKeychain::secretKey(robot.uuid), std::nullopt});

    QPointer<Workspace> self(this);
    auto runSteps = std::make_shared<std::function<void(qsizetype)>>();
    *runSteps = [self, steps, robot, context, done, runSteps](qsizetype index) {
        if (!self)
            return;
        if (index == steps.size()) {
            done(self->m_robots->update(robot));
            *runSteps = nullptr; // break the self-reference
            return;
        }
        const Step& step = steps.at(index);
        auto next = [runSteps, index, done](const SecretStore::Outcome& outcome) {
            if (!outcome.ok())
                return done(keychainError(outcome));
            (*runSteps)(index + 1);
        };
        if (step.value)
            self->m_secrets->write(step.key, *step.value, context, next);
        else
            self->m_secrets->remove(step.key, context, next);
    };
    (*runSteps)(0);
}

void Workspace::removeRobot(const QString& uuid, QObject* context, Done done)
{
    auto stored = m_robots->find(uuid);
    if (!stored.ok())
        return done(stored.error());
    // Forget the secrets first: a robot row without secrets can be removed again; secrets without a row would be
    // orphans nobody sees.
    QPointer<Workspace> self(this);
    RobotKeychain(*m_secrets, uuid).remove(context, [self, uuid, done](const SecretStore::Outcome& outcome) {
        if (!self)
            return;
        if (!outcome.ok())
            return done(keychainError(outcome));
        done(self->m_robots->remove(uuid));
    });
}

void Workspace::robotSecrets(const QString& uuid, QObject* context, SecretsDone done)
{
    auto stored = m_robots->find(uuid);
    if (!stored.ok())
        return done(stored.error());
    const bool signing = stored->signing;
    const QString name = stored->name;
    auto missing = [name](const QString& what) {
        return Error::keychain(tr("The keychain has no %1 for robot \"%2\". Paste the robot's webhook again "
                                  "(alertdeskctl robot edit, or Edit in the Robots page) to store it.")
                                   .arg(what, name));
    };
    RobotKeychain(*m_secrets, uuid).read(signing, context, [done, missing](const RobotKeychain::Stored& stored) {
        if (stored.token.status == SecretStore::Status::NotFound)
            return done(missing(tr("access token")));
        if (stored.secret && stored.secret->status == SecretStore::Status::NotFound)
            return done(missing(tr("signing secret")));
        if (const auto failure = stored.failure())
            return done(keychainError(*failure));
        done(stored.values());
    });
}

void Workspace::robotWebhook(const QString& uuid, QObject* context, std::function<void(Result<QUrl>)> done)
{
    auto stored = m_robots->find(uuid);
    if (!stored.ok())
        return done(stored.error());
    const QUrl endpoint = stored->endpoint;
    robotSecrets(uuid, context, [endpoint, done](Result<RobotSecrets> secrets) {
        if (!secrets.ok())
            return done(secrets.error());
        done(WebhookUrl::compose(endpoint, secrets->accessToken));
    });
}

void Workspace::removeSecretsThen(const QString& uuid, QObject* context, std::function<void()> then)
{
    // Best effort clean-up after a failed add; the original error is what the operator needs to see.
    RobotKeychain(*m_secrets, uuid).remove(context, [then](const SecretStore::Outcome&) { then(); });
}

} // namespace alertdesk
