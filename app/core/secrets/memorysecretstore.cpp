// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "secrets/memorysecretstore.h"

#include <QMetaObject>

namespace alertdesk {

namespace {

SecretStore::Outcome unavailable()
{
    return {SecretStore::Status::NoKeychain,
            {},
            MemorySecretStore::tr("No keychain is available (the test keychain is switched off). AlertDesk keeps robot "
                                  "tokens and signing secrets only in the system keychain.")};
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{}

void MemorySecretStore::read(const QString& key, QObject* context, Callback done)
{
    if (m_unavailable) {
        deliver(context, std::move(done), unavailable());
        return;
    }
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.cend()) {
        deliver(context, std::move(done),
                {Status::NotFound, {}, tr("No secret is stored in the keychain under \"%1\".").arg(key)});
        return;
    }
    deliver(context, std::move(done), {Status::Ok, found.value(), {}});
}

void MemorySecretStore::write(const QString& key, const QString& value, QObject* context, Callback done)
{
    if (m_unavailable) {
        deliver(context, std::move(done), unavailable());
        return;
    }
    m_secrets.insert(key, value);
    deliver(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback done)
{
    if (m_unavailable) {
        deliver(context, std::move(done), unavailable());
        return;
    }
    m_secrets.remove(key);
    deliver(context, std::move(done), {});
}

void MemorySecretStore::checkAvailable(QObject* context, Callback done)
{
    deliver(context, std::move(done), m_unavailable ? unavailable() : Outcome{});
}

QString MemorySecretStore::backendName() const
{
    return tr("memory (tests)");
}

void MemorySecretStore::deliver(QObject* context, Callback done, Outcome outcome)
{
    Q_ASSERT_X(context, "MemorySecretStore", "a context object is required");
    // Queued on the context, like the real keychain's answer: never synchronous, dropped if the context is destroyed
    // before the event loop gets to it.
    QMetaObject::invokeMethod(
        context ? context : this, [done = std::move(done), outcome = std::move(outcome)] { done(outcome); },
        Qt::QueuedConnection);
}

} // namespace alertdesk
