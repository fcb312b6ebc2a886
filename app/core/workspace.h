// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/robot.h"
#include "result.h"

#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace alertdesk {

class Database;
class RobotRepository;
class ContactRepository;
class ContactGroupRepository;
class PolicyRepository;
class SecretStore;
class SettingsRepository;
class TestSendRepository;
class SendSlotRepository;
class RateBudget;
class DingTalkClient;

/// The composition root of core: one open workspace file, its repositories and the SecretStore. Each main() (GUI, CLI,
/// a test) builds its own and hands it down by reference; there is no global instance.
///
/// Robots are the one entity split across two stores, so their writes go through here: the SQLite row and the
/// keychain entries are kept in step (secrets are written before the row and removed again when the row cannot be
/// written; a robot that cannot have its secrets stored is not saved at all).
class Workspace : public QObject {
    Q_OBJECT
public:
    ~Workspace() override;

    /// `lockWait`: how long a write waits for another program's lock (Database::scriptLockWait or windowLockWait).
    static Result<std::unique_ptr<Workspace>> open(const QString& databasePath, std::unique_ptr<SecretStore> secrets,
                                                   std::chrono::milliseconds lockWait);
    /// `ALERTDESK_DB` when set, else `<GenericDataLocation>/AlertDesk/alertdesk.sqlite` (~/.local/share/AlertDesk/...).
    static QString defaultDatabasePath();

    Database& database() const { return *m_database; }
    RobotRepository& robots() const { return *m_robots; }
    ContactRepository& contacts() const { return *m_contacts; }
    ContactGroupRepository& groups() const { return *m_groups; }
    PolicyRepository& policies() const { return *m_policies; }
    SecretStore& secrets() const { return *m_secrets; }
    SettingsRepository& settings() const { return *m_settings; }
    /// The history of test sends; its recorded() signal tells views about new ones.
    TestSendRepository& testSends() const { return *m_testSends; }
    /// The 20-messages-a-minute budget per robot, shared through the workspace file with every other program.
    RateBudget& rateBudget() const { return *m_rateBudget; }
    /// The one DingTalk client of this workspace (its proxy follows the workspace's "proxy" setting).
    DingTalkClient& dingTalk() const { return *m_dingTalk; }
    /// Reads the workspace setting "proxy" (DingTalkClient::parseProxySetting) and applies it to dingTalk(). An
    /// unreadable setting is an error with field "proxy"; no setting means the system's proxy configuration.
    Result<void> applyProxySetting();

    using RobotDone = std::function<void(Result<Robot>)>;
    using Done = std::function<void(Result<void>)>;
    using SecretsDone = std::function<void(Result<RobotSecrets>)>;

    /// Validates the robot and its secrets, stores the secrets in the keychain, then the robot.
    void addRobot(Robot robot, RobotSecrets secrets, QObject* context, RobotDone done);
    /// What to change in the keychain on an edit; std::nullopt leaves the stored value alone. Turning signing off
    /// removes the stored signing secret.
    struct SecretsChange {
        std::optional<QString> accessToken;
        std::optional<QString> signSecret;
    };
    void updateRobot(Robot robot, SecretsChange change, QObject* context, RobotDone done);
    /// Removes the robot and its keychain entries.
    void removeRobot(const QString& uuid, QObject* context, Done done);
    /// Reads the robot's token (and secret when signing is on) from the keychain.
    void robotSecrets(const QString& uuid, QObject* context, SecretsDone done);
    /// The full webhook URL with its token, as DingTalk shows it ("Copy webhook").
    void robotWebhook(const QString& uuid, QObject* context, std::function<void(Result<QUrl>)> done);

private:
    Workspace(std::unique_ptr<Database> database, std::unique_ptr<SecretStore> secrets);
    void removeSecretsThen(const QString& uuid, QObject* context, std::function<void()> then);
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<RobotRepository> m_robots;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<ContactGroupRepository> m_groups;
    std::unique_ptr<PolicyRepository> m_policies;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<TestSendRepository> m_testSends;
    std::unique_ptr<SendSlotRepository> m_sendSlots;
    std::unique_ptr<RateBudget> m_rateBudget;
    std::unique_ptr<DingTalkClient> m_dingTalk;
};

} // namespace alertdesk
