// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace alertdesk {

/// Where robot access tokens and signing secrets live, and nowhere else. Every operation is asynchronous: the callback
/// runs later, on the event loop of the thread that asked, and only while `context` is alive (it is dropped otherwise).
/// Implementations never fall back to plaintext storage.
class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,     ///< no secret under that key (reading or deleting)
        NoKeychain,   ///< no keychain service is reachable (no Secret Service on D-Bus, locked and cannot unlock)
        AccessDenied, ///< the keychain refused: the operator declined, or the collection is locked
        Failed,       ///< anything else; `message` says what
    };
    struct Outcome {
        Status status = Status::Ok;
        QString value;   ///< the secret, for a successful read
        QString message; ///< a translated sentence when status != Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Outcome&)>;

    explicit SecretStore(QObject* parent = nullptr)
        : QObject(parent)
    {}
    ~SecretStore() override = default;

    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QString& value, QObject* context, Callback done) = 0;
    /// Deleting a key that does not exist succeeds (the goal, "no secret under this key", holds).
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;
    /// Finds out whether the store can be used right now; Ok or NoKeychain/AccessDenied with the reason.
    virtual void checkAvailable(QObject* context, Callback done) = 0;
    /// For the status bar: "GNOME Keyring / Secret Service", "memory (tests)".
    virtual QString backendName() const = 0;
};

} // namespace alertdesk
