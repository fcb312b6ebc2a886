// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/robot.h"
#include "secrets/secretstore.h"

#include <QPointer>
#include <functional>
#include <optional>

namespace alertdesk {

/// One robot's entries in the keychain, and the only code that names them (domain.md: service "AlertDesk", keys
/// robot/<id>/access-token and robot/<id>/sign-secret): the workspace, import, export, sending and alertdeskctl all go
/// through it. Asynchronous like SecretStore; every callback runs later, while `context` lives.
class RobotKeychain {
public:
    RobotKeychain(SecretStore& store, QString robotUuid)
        : m_store(&store)
        , m_uuid(std::move(robotUuid))
    {}

    static QString tokenKey(const QString& robotUuid) { return QStringLiteral("robot/%1/access-token").arg(robotUuid); }
    static QString secretKey(const QString& robotUuid) { return QStringLiteral("robot/%1/sign-secret").arg(robotUuid); }
    QString tokenKey() const { return tokenKey(m_uuid); }
    QString secretKey() const { return secretKey(m_uuid); }

    /// What the keychain holds for the robot, read once: the token's outcome and, for a signing robot, the secret's.
    struct Stored {
        SecretStore::Outcome token;
        std::optional<SecretStore::Outcome> secret; ///< only read when the robot signs
        /// The values (empty where not found or not read).
        RobotSecrets values() const
        {
            return {token.ok() ? token.value : QString(), secret && secret->ok() ? secret->value : QString()};
        }
        /// "Is the signing secret stored": yes, no (NotFound), or std::nullopt when it could not be told (not signing,
        /// or the keychain failed).
        std::optional<bool> signSecretStored() const
        {
            if (!secret)
                return std::nullopt;
            if (secret->ok())
                return true;
            if (secret->status == SecretStore::Status::NotFound)
                return false;
            return std::nullopt;
        }
        /// The first failure other than a missing signing secret (a missing token counts), if any.
        std::optional<SecretStore::Outcome> failure() const
        {
            if (!token.ok())
                return token;
            if (secret && !secret->ok() && secret->status != SecretStore::Status::NotFound)
                return *secret;
            return std::nullopt;
        }
    };

    /// Reads the token, then (when `signing`) the secret; the secret is not read when the token failed.
    void read(bool signing, QObject* context, std::function<void(Stored)> done) const;
    /// Writes the token, then (when `signing`) the secret; the first failure ends it.
    void write(const RobotSecrets& secrets, bool signing, QObject* context, SecretStore::Callback done) const;
    /// Removes both entries (removing what is not there succeeds); the first failure ends it.
    void remove(QObject* context, SecretStore::Callback done) const;

private:
    QPointer<SecretStore> m_store;
    QString m_uuid;
};

} // namespace alertdesk
