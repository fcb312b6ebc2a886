// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "secrets/robotkeychain.h"

namespace alertdesk {

void RobotKeychain::read(bool signing, QObject* context, std::function<void(Stored)> done) const
{
    QPointer<SecretStore> store = m_store;
    const QString secret = secretKey();
    store->read(tokenKey(), context, [store, secret, signing, context, done](const SecretStore::Outcome& token) {
        Stored stored{token, std::nullopt};
        if (!token.ok() || !signing || !store)
            return done(stored);
        store->read(secret, context, [stored, done](const SecretStore::Outcome& outcome) mutable {
            stored.secret = outcome;
            done(stored);
        });
    });
}

void RobotKeychain::write(const RobotSecrets& secrets, bool signing, QObject* context, SecretStore::Callback done) const
{
    QPointer<SecretStore> store = m_store;
    const QString secretKey = this->secretKey();
    store->write(tokenKey(), secrets.accessToken, context,
                 [store, secretKey, secrets, signing, context, done](const SecretStore::Outcome& outcome) {
                     if (!outcome.ok() || !signing || !store)
                         return done(outcome);
                     store->write(secretKey, secrets.signSecret, context, done);
                 });
}

void RobotKeychain::remove(QObject* context, SecretStore::Callback done) const
{
    QPointer<SecretStore> store = m_store;
    const QString secretKey = this->secretKey();
    store->remove(tokenKey(), context, [store, secretKey, context, done](const SecretStore::Outcome& outcome) {
        if (!outcome.ok() || !store)
            return done(outcome);
        store->remove(secretKey, context, done);
    });
}

} // namespace alertdesk
