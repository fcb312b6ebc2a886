// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "secrets/memorysecretstore.h"

#include <QTest>
#include <functional>
#include <memory>
#include <optional>

using namespace alertdesk;
using Status = SecretStore::Status;
using Outcome = SecretStore::Outcome;
using Callback = SecretStore::Callback;

class TestMemorySecretStore : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MemorySecretStore> m_store;

    /// Runs one operation and waits for its answer, checking that the answer did not come synchronously.
    std::optional<Outcome> await(const std::function<void(QObject*, Callback)>& start)
    {
        QObject context;
        std::optional<Outcome> result;
        start(&context, [&result](const Outcome& outcome) { result = outcome; });
        if (result) {
            QTest::qFail("the callback ran before the operation returned", __FILE__, __LINE__);
            return std::nullopt;
        }
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 5000);
        return result;
    }
    std::optional<Outcome> write(const QString& key, const QString& value)
    {
        return await([&](QObject* c, Callback d) { m_store->write(key, value, c, std::move(d)); });
    }
    std::optional<Outcome> read(const QString& key)
    {
        return await([&](QObject* c, Callback d) { m_store->read(key, c, std::move(d)); });
    }
    std::optional<Outcome> remove(const QString& key)
    {
        return await([&](QObject* c, Callback d) { m_store->remove(key, c, std::move(d)); });
    }
    std::optional<Outcome> check()
    {
        return await([&](QObject* c, Callback d) { m_store->checkAvailable(c, std::move(d)); });
    }

private slots:
    void init() { m_store = std::make_unique<MemorySecretStore>(); }

    void backendName() { QCOMPARE(m_store->backendName(), QStringLiteral("memory (tests)")); }

    void checkAvailableIsOk()
    {
        const auto outcome = check();
        QVERIFY(outcome);
        QCOMPARE(outcome->status, Status::Ok);
    }

    void storeAndReadBack_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addRow("access token") << QStringLiteral("1f2e3d4c5b6a79880f1e2d3c4b5a69788f9e0d1c2b3a4958");
        QTest::addRow("signing secret") << QStringLiteral(
            "SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        QTest::addRow("non-ASCII") << QStringLiteral("告警 Ünïcödé 🔔");
    }
    void storeAndReadBack()
    {
        QFETCH(QString, value);
        const auto written = write(QStringLiteral("robot/a/access-token"), value);
        QVERIFY(written && written->ok());
        const auto readBack = read(QStringLiteral("robot/a/access-token"));
        QVERIFY(readBack && readBack->ok());
        QCOMPARE(readBack->value, value);
        QCOMPARE(m_store->contents().value(QStringLiteral("robot/a/access-token")), value);
    }

    void replaceReadsNewValue()
    {
        QVERIFY(write(QStringLiteral("k"), QStringLiteral("old"))->ok());
        QVERIFY(write(QStringLiteral("k"), QStringLiteral("new"))->ok());
        QCOMPARE(read(QStringLiteral("k"))->value, QStringLiteral("new"));
        QCOMPARE(m_store->contents().size(), 1);
    }

    void removeThenReadIsNotFound()
    {
        QVERIFY(write(QStringLiteral("k"), QStringLiteral("v"))->ok());
        QVERIFY(remove(QStringLiteral("k"))->ok());
        const auto readBack = read(QStringLiteral("k"));
        QVERIFY(readBack);
        QCOMPARE(readBack->status, Status::NotFound);
        QVERIFY(readBack->value.isEmpty());
        QVERIFY(!readBack->message.isEmpty());
        QVERIFY(m_store->contents().isEmpty());
    }

    void removeMissingIsOk()
    {
        const auto removed = remove(QStringLiteral("never-written"));
        QVERIFY(removed);
        QCOMPARE(removed->status, Status::Ok);
    }

    void keysDoNotMix()
    {
        QVERIFY(write(QStringLiteral("robot/a/access-token"), QStringLiteral("a"))->ok());
        QVERIFY(write(QStringLiteral("robot/b/access-token"), QStringLiteral("b"))->ok());
        QVERIFY(remove(QStringLiteral("robot/a/access-token"))->ok());
        QCOMPARE(read(QStringLiteral("robot/a/access-token"))->status, Status::NotFound);
        QCOMPARE(read(QStringLiteral("robot/b/access-token"))->value, QStringLiteral("b"));
    }

    void unavailableSaysNoKeychainForEverything()
    {
        QVERIFY(write(QStringLiteral("k"), QStringLiteral("before"))->ok());
        m_store->setUnavailable(true);
        const QList<std::optional<Outcome>> outcomes = {
            check(), read(QStringLiteral("k")), write(QStringLiteral("k"), QStringLiteral("after")),
            write(QStringLiteral("other"), QStringLiteral("after")), remove(QStringLiteral("k"))};
        for (const auto& outcome : outcomes) {
            QVERIFY(outcome);
            QCOMPARE(outcome->status, Status::NoKeychain);
            QVERIFY(outcome->value.isEmpty());
            QVERIFY(!outcome->message.isEmpty());
        }
        // Nothing changed while it was unavailable, and it works again afterwards.
        QCOMPARE(m_store->contents().size(), 1);
        QCOMPARE(m_store->contents().value(QStringLiteral("k")), QStringLiteral("before"));
        m_store->setUnavailable(false);
        QCOMPARE(read(QStringLiteral("k"))->value, QStringLiteral("before"));
    }

    void callbackDroppedWhenContextDestroyed()
    {
        bool called = false;
        auto* doomed = new QObject;
        m_store->write(QStringLiteral("k"), QStringLiteral("v"), doomed, [&called](const Outcome&) { called = true; });
        m_store->read(QStringLiteral("k"), doomed, [&called](const Outcome&) { called = true; });
        delete doomed;
        // Answers are queued in order, so once a later one has arrived the earlier ones would have too.
        QVERIFY(check());
        QVERIFY(!called);
        QCOMPARE(m_store->contents().value(QStringLiteral("k")), QStringLiteral("v"));
    }

    void answersArriveInOrder()
    {
        QObject context;
        QStringList order;
        m_store->write(QStringLiteral("k"), QStringLiteral("v"), &context,
                       [&order](const Outcome&) { order << QStringLiteral("write"); });
        m_store->read(QStringLiteral("k"), &context, [&order](const Outcome& o) { order << o.value; });
        m_store->remove(QStringLiteral("k"), &context, [&order](const Outcome&) { order << QStringLiteral("remove"); });
        QVERIFY(order.isEmpty());
        QTRY_COMPARE(order, QStringList({QStringLiteral("write"), QStringLiteral("v"), QStringLiteral("remove")}));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
