// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "secrets/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define ALERTDESK_KEYCHAIN_OVER_DBUS 1
// QtDBus comes with qt6keychain (its imported target links Qt6::DBus on these platforms); QtKeychain talks D-Bus here.
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>
#endif

namespace alertdesk {

namespace {

using Status = SecretStore::Status;
using Outcome = SecretStore::Outcome;
using Callback = SecretStore::Callback;

enum class Operation { Read, Write, Remove, Check };

/// The last sentence of a failure message: what did (not) happen to the operator's data.
QString consequence(Operation operation)
{
    switch (operation) {
    case Operation::Write:
        return KeychainSecretStore::tr("Nothing was saved.");
    case Operation::Remove:
        return KeychainSecretStore::tr("Nothing was deleted.");
    case Operation::Read:
    case Operation::Check:
        break;
    }
    return {};
}

QString withConsequence(const QString& sentence, Operation operation)
{
    const QString tail = consequence(operation);
    return tail.isEmpty() ? sentence : sentence + QLatin1Char(' ') + tail;
}

Outcome noKeychain(const QString& detail, Operation operation)
{
    return {
        Status::NoKeychain,
        {},
        withConsequence(KeychainSecretStore::tr("No keychain is available (%1). AlertDesk keeps robot tokens and "
                                                "signing secrets only in the system keychain: start GNOME Keyring / "
                                                "KWallet (a Secret Service provider) and try again.")
                            .arg(detail),
                        operation)};
}

Outcome accessDenied(const QString& detail, Operation operation)
{
    return {Status::AccessDenied,
            {},
            withConsequence(KeychainSecretStore::tr("The keychain refused access (%1). Unlock the keyring, or allow "
                                                    "AlertDesk to use it when asked, and try again.")
                                .arg(detail),
                            operation)};
}

Outcome failed(const QString& detail, Operation operation)
{
    return {Status::Failed,
            {},
            withConsequence(KeychainSecretStore::tr("The keychain could not complete the request (%1).").arg(detail),
                            operation)};
}

/// QtKeychain's verdict, mapped. OtherError is left as Failed here; on D-Bus platforms it is looked at once more
/// (see `finishOverDBus`), because QtKeychain's libsecret backend reports "no Secret Service" as OtherError.
Outcome map(QKeychain::Job* job, Operation operation, const QString& key)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            return {Status::Ok, static_cast<QKeychain::ReadPasswordJob*>(job)->textData(), {}};
        return {};
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove || operation == Operation::Check)
            return {};
        return {Status::NotFound,
                {},
                KeychainSecretStore::tr("No secret is stored in the keychain under \"%1\".").arg(key)};
    case QKeychain::NoBackendAvailable:
        return noKeychain(detail, operation);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return accessDenied(detail, operation);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return failed(detail, operation);
}

#ifdef ALERTDESK_KEYCHAIN_OVER_DBUS
/// The D-Bus names QtKeychain can store secrets through on this platform.
bool keychainServiceOnBus(const QStringList& names)
{
    return names.contains(QStringLiteral("org.freedesktop.secrets")) ||
           names.contains(QStringLiteral("org.kde.kwalletd6")) || names.contains(QStringLiteral("org.kde.kwalletd5")) ||
           names.contains(QStringLiteral("org.kde.kwalletd"));
}

/// QtKeychain's libsecret backend turns every GLib error that is not a Secret Service error into OtherError, so
/// "there is no session bus" and "nobody provides org.freedesktop.secrets" arrive as OtherError with a GLib message.
/// Those are the "no keychain" case: ask the bus (asynchronously) whether a keychain service is there at all.
void finishOverDBus(Outcome outcome, QKeychain::Error error, const QString& detail, Operation operation,
                    QObject* context, const Callback& done)
{
    if (error != QKeychain::OtherError) {
        done(outcome);
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(noKeychain(detail, operation));
        return;
    }
    const QDBusMessage listNames =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                       QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListNames"));
    // Parented to the context: if it goes away, so does the question and the callback with it.
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(listNames), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [outcome = std::move(outcome), detail, operation, done](QDBusPendingCallWatcher* call) {
                         call->deleteLater();
                         const QDBusPendingReply<QStringList> reply = *call;
                         if (reply.isError() || !keychainServiceOnBus(reply.value()))
                             done(noKeychain(detail, operation));
                         else
                             done(outcome);
                     });
}
#endif

/// Starts `job` (already configured) and delivers its mapped outcome to `done`, only while `context` lives.
/// Jobs have no parent on purpose: QtKeychain's backends call back into the job from GLib/D-Bus callbacks, so a job
/// must never be deleted before it finishes; autoDelete removes it afterwards.
void run(QKeychain::Job* job, Operation operation, QObject* context, Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    const QString key = job->key();
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [operation, key, context, done = std::move(done)](QKeychain::Job* finished) {
                         Outcome outcome = map(finished, operation, key);
#ifdef ALERTDESK_KEYCHAIN_OVER_DBUS
                         finishOverDBus(std::move(outcome), finished->error(), finished->errorString(), operation,
                                        context, done);
#else
                         Q_UNUSED(context)
                         done(outcome);
#endif
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    Q_ASSERT_X(context, "KeychainSecretStore::read", "a context object is required");
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, Operation::Read, context ? context : this, std::move(done));
}

void KeychainSecretStore::write(const QString& key, const QString& value, QObject* context, Callback done)
{
    Q_ASSERT_X(context, "KeychainSecretStore::write", "a context object is required");
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    run(job, Operation::Write, context ? context : this, std::move(done));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    Q_ASSERT_X(context, "KeychainSecretStore::remove", "a context object is required");
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, Operation::Remove, context ? context : this, std::move(done));
}

void KeychainSecretStore::checkAvailable(QObject* context, Callback done)
{
    Q_ASSERT_X(context, "KeychainSecretStore::checkAvailable", "a context object is required");
    // Reading a key nobody writes goes the whole way (bus, service, collection) without prompting to create anything.
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(QStringLiteral("availability-probe"));
    run(job, Operation::Check, context ? context : this, std::move(done));
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_DARWIN)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service (GNOME Keyring, KWallet)");
#endif
}

} // namespace alertdesk
