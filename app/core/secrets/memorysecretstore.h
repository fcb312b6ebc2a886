// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "secrets/secretstore.h"

#include <QHash>

namespace alertdesk {

/// An in-process SecretStore for unit tests of other code. Callbacks are still delivered asynchronously (queued), like
/// the real keychain, so code under test cannot come to rely on synchronous answers. `setUnavailable()` simulates a
/// machine without a keychain.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    void checkAvailable(QObject* context, Callback done) override;
    QString backendName() const override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    const QHash<QString, QString>& contents() const { return m_secrets; }

private:
    void deliver(QObject* context, Callback done, Outcome outcome);
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace alertdesk
