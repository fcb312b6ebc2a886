// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// KeychainSecretStore against the real thing, through QtKeychain and the real D-Bus library. Two modes:
//   tst_keychainsecretstore              a reachable, unlocked Secret Service is REQUIRED (./packaging/dev.sh test runs
//                                        the suite in a private D-Bus session with a throwaway GNOME Keyring); without
//                                        one every test fails, none is skipped.
//   tst_keychainsecretstore noKeychain   NO keychain may be reachable (CTest runs it once without any session bus and
//                                        once on a private bus that has no Secret Service); every operation must say
//                                        NoKeychain and no secret may land in a file under $HOME.
#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace alertdesk;
using Status = SecretStore::Status;
using Outcome = SecretStore::Outcome;
using Callback = SecretStore::Callback;

namespace {

constexpr int AnswerTimeoutMs = 30000; // D-Bus's own default timeout is 25 s

const char* statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return "Ok";
    case Status::NotFound:
        return "NotFound";
    case Status::NoKeychain:
        return "NoKeychain";
    case Status::AccessDenied:
        return "AccessDenied";
    case Status::Failed:
        return "Failed";
    }
    return "?";
}

QByteArray describe(const std::optional<Outcome>& outcome, const char* prefix = "")
{
    QByteArray text(prefix);
    if (!outcome)
        return text + QByteArrayLiteral("no answer");
    text += statusName(outcome->status);
    text += ": ";
    text += outcome->message.toUtf8();
    return text;
}

/// Runs one store operation with a fresh context and waits (event loop, no sleeping) for its answer.
/// `synchronous` is set when the callback ran before the operation returned, which the contract forbids.
std::optional<Outcome> await(const std::function<void(QObject*, Callback)>& start, bool* synchronous = nullptr)
{
    QObject context;
    std::optional<Outcome> result;
    start(&context, [&result](const Outcome& outcome) { result = outcome; });
    if (synchronous && result)
        *synchronous = true;
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, AnswerTimeoutMs);
    return result;
}

QString robotKey(const QString& robot, const char* what)
{
    return QStringLiteral("robot/") + robot + QLatin1Char('/') + QLatin1String(what);
}

QString newRobot()
{
    // Unique per run, so the test never meets entries of an earlier run (or of anyone else) under "AlertDesk".
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString hex64(char seed)
{
    QString out;
    for (int i = 0; i < 64; ++i)
        out += QLatin1Char("0123456789abcdef"[(seed + i * 7) % 16]);
    return out;
}

/// Every file under `root` whose bytes contain `needle` (as UTF-8, UTF-16 or base64).
QStringList filesContaining(const QString& root, const QString& needle)
{
    const QList<QByteArray> forms = {needle.toUtf8(), needle.toUtf8().toBase64(),
                                     QByteArray(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2)};
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray& form : forms) {
            if (bytes.contains(form)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

} // namespace

/// With a real, unlocked Secret Service.
class TestKeychainSecretStore : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<KeychainSecretStore> m_store;
    QStringList m_keysWritten;
    bool m_synchronous = false;

    std::optional<Outcome> write(const QString& key, const QString& value)
    {
        m_keysWritten << key;
        return await([&](QObject* c, Callback d) { m_store->write(key, value, c, std::move(d)); }, &m_synchronous);
    }
    std::optional<Outcome> read(const QString& key)
    {
        return await([&](QObject* c, Callback d) { m_store->read(key, c, std::move(d)); }, &m_synchronous);
    }
    std::optional<Outcome> remove(const QString& key)
    {
        return await([&](QObject* c, Callback d) { m_store->remove(key, c, std::move(d)); }, &m_synchronous);
    }

    /// secret-tool reads the Secret Service through libsecret on its own, not through QtKeychain or our code.
    /// QtKeychain's libsecret backend stores items with schema org.qt.keychain and the attributes
    /// user=<key>, server=<service>, type=plaintext.
    struct Tool {
        int exitCode = -1;
        QByteArray out;
    };
    static Tool secretTool(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("secret-tool"), arguments);
        if (!process.waitForFinished(AnswerTimeoutMs))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
    }
    static Tool lookup(const QString& key)
    {
        return secretTool({QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("AlertDesk"),
                           QStringLiteral("user"), key});
    }
    static Tool search(const QString& key)
    {
        return secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                           QStringLiteral("AlertDesk"), QStringLiteral("user"), key});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool (Debian package libsecret-tools) is needed to check the keyring independently");
        m_store = std::make_unique<KeychainSecretStore>();
        const auto available = await([&](QObject* c, Callback d) { m_store->checkAvailable(c, std::move(d)); });
        QVERIFY2(available && available->ok(),
                 describe(available, "This test needs a reachable, unlocked Secret Service: run it through "
                                     "./packaging/dev.sh test (a private D-Bus session with a throwaway GNOME "
                                     "Keyring). Got ")
                     .constData());
    }

    void cleanup() { QVERIFY2(!m_synchronous, "a callback ran before the operation returned"); }

    void cleanupTestCase()
    {
        for (const QString& key : std::as_const(m_keysWritten))
            remove(key);
    }

    void backendNameIsSecretService() { QVERIFY(m_store->backendName().contains(QStringLiteral("Secret Service"))); }

    void checkAvailableIsOk()
    {
        const auto outcome = await([&](QObject* c, Callback d) { m_store->checkAvailable(c, std::move(d)); });
        QVERIFY2(outcome && outcome->ok(), describe(outcome).constData());
        QVERIFY(outcome->message.isEmpty());
    }

    void storeAndReadBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        const QString robot = newRobot();
        QTest::addRow("access token") << robotKey(robot, "access-token") << hex64(3);
        QTest::addRow("signing secret SEC+64 hex")
            << robotKey(robot, "sign-secret") << (QStringLiteral("SEC") + hex64(5));
        QTest::addRow("non-ASCII") << robotKey(newRobot(), "access-token")
                                   << QStringLiteral("告警 Dispatch — Ünïcödé 🔔 \"quoted\" & = ? # \\ /");
        QTest::addRow("spaces and line break")
            << robotKey(newRobot(), "sign-secret") << QStringLiteral("  leading and trailing  \nsecond line ");
    }
    void storeAndReadBack()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto written = write(key, value);
        QVERIFY2(written && written->ok(), describe(written).constData());
        const auto readBack = read(key);
        QVERIFY2(readBack && readBack->ok(), describe(readBack).constData());
        QCOMPARE(readBack->value, value);

        // Independently of QtKeychain: the item is really in the keyring, with the secret byte for byte.
        const Tool found = lookup(key);
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(QString::fromUtf8(found.out), value);
        const Tool item = search(key);
        QCOMPARE(item.exitCode, 0);
        QVERIFY2(item.out.contains("attribute.server = AlertDesk"), item.out.constData());
        QVERIFY2(item.out.contains(QByteArray("attribute.user = " + key.toUtf8())), item.out.constData());
        QVERIFY2(item.out.contains("attribute.type = plaintext"), item.out.constData());
    }

    void replaceReadsNewValue()
    {
        const QString key = robotKey(newRobot(), "access-token");
        QVERIFY(write(key, QStringLiteral("old-token"))->ok());
        const auto replaced = write(key, QStringLiteral("new-token"));
        QVERIFY2(replaced && replaced->ok(), describe(replaced).constData());
        const auto readBack = read(key);
        QVERIFY2(readBack && readBack->ok(), describe(readBack).constData());
        QCOMPARE(readBack->value, QStringLiteral("new-token"));
        QCOMPARE(QString::fromUtf8(lookup(key).out), QStringLiteral("new-token"));
        // Replaced in place, not a second item next to the first.
        QCOMPARE(search(key).out.count("attribute.user = "), 1);
    }

    void removeThenReadIsNotFound()
    {
        const QString key = robotKey(newRobot(), "sign-secret");
        QVERIFY(write(key, QStringLiteral("SEC") + hex64(1))->ok());
        const auto removed = remove(key);
        QVERIFY2(removed && removed->ok(), describe(removed).constData());
        const auto readBack = read(key);
        QVERIFY2(readBack, "no answer");
        QCOMPARE(readBack->status, Status::NotFound);
        QVERIFY(readBack->value.isEmpty());
        QVERIFY(!readBack->message.isEmpty());
        QVERIFY(lookup(key).out.isEmpty());
    }

    void removeMissingIsOk()
    {
        const auto removed = remove(robotKey(newRobot(), "access-token"));
        QVERIFY2(removed && removed->ok(), describe(removed).constData());
    }

    void readMissingIsNotFound()
    {
        const auto readBack = read(robotKey(newRobot(), "access-token"));
        QVERIFY2(readBack && readBack->status == Status::NotFound, describe(readBack).constData());
    }

    void twoRobotsDoNotMix()
    {
        const QString a = newRobot();
        const QString b = newRobot();
        const QList<std::pair<QString, QString>> entries = {
            {robotKey(a, "access-token"), QStringLiteral("token-of-a")},
            {robotKey(a, "sign-secret"), QStringLiteral("SEC") + hex64(10)},
            {robotKey(b, "access-token"), QStringLiteral("token-of-b")},
            {robotKey(b, "sign-secret"), QStringLiteral("SEC") + hex64(11)},
        };
        for (const auto& [key, value] : entries)
            QVERIFY(write(key, value)->ok());
        for (const auto& [key, value] : entries) {
            const auto readBack = read(key);
            QVERIFY2(readBack && readBack->ok(), describe(readBack).constData());
            QCOMPARE(readBack->value, value);
        }
        // Deleting robot a's secrets leaves robot b's alone.
        QVERIFY(remove(robotKey(a, "access-token"))->ok());
        QVERIFY(remove(robotKey(a, "sign-secret"))->ok());
        QCOMPARE(read(robotKey(a, "access-token"))->status, Status::NotFound);
        QCOMPARE(read(robotKey(a, "sign-secret"))->status, Status::NotFound);
        QCOMPARE(read(robotKey(b, "access-token"))->value, QStringLiteral("token-of-b"));
        QCOMPARE(read(robotKey(b, "sign-secret"))->value, QStringLiteral("SEC") + hex64(11));
    }

    void callbackDroppedWhenContextDestroyed()
    {
        const QString key = robotKey(newRobot(), "access-token");
        m_keysWritten << key;
        bool called = false;
        auto* doomed = new QObject;
        m_store->write(key, QStringLiteral("written-for-a-dead-context"), doomed,
                       [&called](const Outcome&) { called = true; });
        delete doomed;
        // QtKeychain runs its jobs one after another, so once this later read has answered, the write has finished and
        // its callback would have run by now. The value being there proves the write itself went through.
        const auto readBack = read(key);
        QVERIFY2(readBack && readBack->ok(), describe(readBack).constData());
        QCOMPARE(readBack->value, QStringLiteral("written-for-a-dead-context"));
        QVERIFY(!called);
    }

    void storeMayGoAwayBeforeTheAnswer()
    {
        const QString key = robotKey(newRobot(), "sign-secret");
        m_keysWritten << key;
        auto store = std::make_unique<KeychainSecretStore>();
        QObject context;
        std::optional<Outcome> result;
        store->write(key, QStringLiteral("SEC") + hex64(7), &context, [&result](const Outcome& o) { result = o; });
        store.reset();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), AnswerTimeoutMs);
        QVERIFY2(result->ok(), describe(result).constData());
        QCOMPARE(read(key)->value, QStringLiteral("SEC") + hex64(7));
    }
};

/// With no keychain reachable at all.
class TestKeychainSecretStoreWithoutKeychain : public QObject {
    Q_OBJECT

public:
    explicit TestKeychainSecretStoreWithoutKeychain(QString home)
        : m_home(std::move(home))
    {}

private:
    QString m_home;
    KeychainSecretStore m_store;
    const QString m_secret = QStringLiteral("SEC") + hex64(9);

    static void verifyNoKeychain(const std::optional<Outcome>& outcome)
    {
        QVERIFY2(outcome && outcome->status == Status::NoKeychain,
                 describe(outcome, "expected NoKeychain (is a Secret Service reachable after all?), got ").constData());
        QVERIFY(outcome->value.isEmpty());
        QVERIFY2(outcome->message.contains(QStringLiteral("No keychain is available (")), qPrintable(outcome->message));
        QVERIFY2(!outcome->message.contains(QStringLiteral("()")), "QtKeychain's reason is missing from the message");
        QVERIFY2(outcome->message.contains(QStringLiteral("GNOME Keyring")), qPrintable(outcome->message));
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(qEnvironmentVariable("HOME"), m_home);
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                 m_home + QStringLiteral("/.config"));
    }

    // The control for the plaintext checks below: QSettings(service), QtKeychain's insecure fallback store, writes
    // under $HOME, and filesContaining() finds a value written there.
    void plaintextWouldBeFound()
    {
        const QString marker = QStringLiteral("plaintext-marker-") + hex64(2);
        {
            QSettings fallbackStore(QStringLiteral("AlertDesk"));
            fallbackStore.setValue(QStringLiteral("marker"), marker);
            fallbackStore.sync();
            QVERIFY(fallbackStore.fileName().startsWith(m_home));
        }
        const QStringList hits = filesContaining(m_home, marker);
        QCOMPARE(hits.size(), 1);
        QVERIFY(QFile::remove(hits.first()));
        QVERIFY(filesContaining(m_home, marker).isEmpty());
    }

    void checkAvailableSaysNoKeychain()
    {
        const auto outcome = await([&](QObject* c, Callback d) { m_store.checkAvailable(c, std::move(d)); });
        verifyNoKeychain(outcome);
    }

    void writeSaysNoKeychainAndSavesNothing()
    {
        bool synchronous = false;
        const auto outcome =
            await([&](QObject* c,
                      Callback d) { m_store.write(QStringLiteral("robot/x/sign-secret"), m_secret, c, std::move(d)); },
                  &synchronous);
        QVERIFY(!synchronous);
        verifyNoKeychain(outcome);
        QVERIFY2(outcome->message.endsWith(QStringLiteral("Nothing was saved.")), qPrintable(outcome->message));
        const QStringList hits = filesContaining(m_home, m_secret);
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("the secret landed in ") + hits.join(QStringLiteral(", "))));
    }

    void readSaysNoKeychain()
    {
        // Also after the failed write: nothing comes back from some fallback store.
        const auto outcome = await(
            [&](QObject* c, Callback d) { m_store.read(QStringLiteral("robot/x/sign-secret"), c, std::move(d)); });
        verifyNoKeychain(outcome);
    }

    void removeSaysNoKeychain()
    {
        const auto outcome = await(
            [&](QObject* c, Callback d) { m_store.remove(QStringLiteral("robot/x/sign-secret"), c, std::move(d)); });
        verifyNoKeychain(outcome);
    }

    void cleanupTestCase()
    {
        const QStringList hits = filesContaining(m_home, m_secret);
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("the secret landed in ") + hits.join(QStringLiteral(", "))));
    }
};

int main(int argc, char** argv)
{
    const bool noKeychain = argc > 1 && qstrcmp(argv[1], "noKeychain") == 0;
    if (!noKeychain) {
        QCoreApplication app(argc, argv);
        TestKeychainSecretStore test;
        return QTest::qExec(&test, argc, argv);
    }

    // A HOME of our own, set before anything reads it, so that whatever might be written in plaintext can be found.
    QTemporaryDir home;
    if (!home.isValid())
        qFatal("cannot create a temporary HOME");
    for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qunsetenv(name);
    qputenv("HOME", QFile::encodeName(home.path()));

    std::vector<char*> arguments(argv, argv + argc);
    arguments.erase(arguments.begin() + 1);
    int count = static_cast<int>(arguments.size());
    QCoreApplication app(count, arguments.data());
    TestKeychainSecretStoreWithoutKeychain test(home.path());
    return QTest::qExec(&test, count, arguments.data());
}

#include "tst_keychainsecretstore.moc"
