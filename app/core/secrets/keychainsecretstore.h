// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "secrets/secretstore.h"

namespace alertdesk {

/// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
/// Service name "AlertDesk"; QtKeychain's insecure plaintext fallback is always off. QtKeychain's errors are mapped
/// onto SecretStore::Status with a sentence that says what to do.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("AlertDesk"), QObject* parent = nullptr);

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    void checkAvailable(QObject* context, Callback done) override;
    QString backendName() const override;

private:
    QString m_service;
};

} // namespace alertdesk
