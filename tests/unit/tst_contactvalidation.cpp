// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "domain/validation.h"
#include "problems.h"

#include <QTest>

using namespace alertdesk;
using namespace alertdesk::test;

namespace {

Contact validContact()
{
    Contact contact;
    contact.uuid = QStringLiteral("0b6e2f4a-1c3d-4e5f-8a9b-7c6d5e4f3a2b");
    contact.name = QStringLiteral("Zhang Wei");
    contact.phone = QStringLiteral("+86-13800138000");
    contact.email = QStringLiteral("zhang.wei@example.com");
    contact.userId = QStringLiteral("manager4521");
    return contact;
}

ContactGroup validGroup()
{
    ContactGroup group;
    group.uuid = QStringLiteral("7d1e9c2b-3a4f-4b5c-9d6e-1f2a3b4c5d6e");
    group.name = QStringLiteral("DBA on call");
    group.description = QStringLiteral("Database administrators, weekly rotation");
    group.memberUuids = {QStringLiteral("c1"), QStringLiteral("c2")};
    return group;
}

} // namespace

class TestContactValidation : public QObject {
    Q_OBJECT

private slots:
    void validContactHasNoProblems()
    {
        QCOMPARE(fields(validateContact(validContact())), QStringList());
        Contact minimal;
        minimal.name = QStringLiteral("Li Na");
        QCOMPARE(fields(validateContact(minimal)), QStringList());
    }

    void name_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("latin") << QStringLiteral("Zhang Wei") << true;
        QTest::addRow("chinese") << QStringLiteral("张伟") << true;
        QTest::addRow("64") << QString(64, u'z') << true;
        QTest::addRow("65") << QString(65, u'z') << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("blank") << QStringLiteral(" \t ") << false;
        QTest::addRow("untrimmed") << QStringLiteral(" Zhang Wei") << false;
    }

    void name()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        Contact contact = validContact();
        contact.name = name;
        QCOMPARE(fields(validateContact(contact)), valid ? QStringList() : QStringList{QStringLiteral("name")});
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("none") << QString() << true << QString();
        QTest::addRow("mainland mobile") << QStringLiteral("13800138000") << true << QString();
        QTest::addRow("+86") << QStringLiteral("+86-13800138000") << true << QString();
        QTest::addRow("+852") << QStringLiteral("+852-12345678") << true << QString();
        QTest::addRow("+1") << QStringLiteral("+1-5551234567") << true << QString();
        QTest::addRow("four-digit code") << QStringLiteral("+1684-6331234") << true << QString();
        QTest::addRow("five digits") << QStringLiteral("12345") << true << QString();
        QTest::addRow("twenty digits") << QString(20, u'9') << true << QString();
        QTest::addRow("four digits") << QStringLiteral("1234") << false << QStringLiteral("+CC-");
        QTest::addRow("twenty-one digits") << QString(21, u'9') << false << QStringLiteral("+CC-");
        QTest::addRow("space after code") << QStringLiteral("+86 13800138000") << false << QStringLiteral("spaces");
        QTest::addRow("spaces in number") << QStringLiteral("138 0013 8000") << false << QStringLiteral("spaces");
        QTest::addRow("trailing space") << QStringLiteral("13800138000 ") << false << QStringLiteral("spaces");
        QTest::addRow("code without dash") << QStringLiteral("+8613800138000") << false << QStringLiteral("dash");
        QTest::addRow("five-digit code") << QStringLiteral("+12345-1234567") << false << QStringLiteral("+CC-");
        QTest::addRow("code without plus") << QStringLiteral("86-13800138000") << false << QStringLiteral("+CC-");
        QTest::addRow("empty code") << QStringLiteral("+-13800138000") << false << QStringLiteral("+CC-");
        QTest::addRow("dashes in number") << QStringLiteral("138-0013-8000") << false << QStringLiteral("+CC-");
        QTest::addRow("letters") << QStringLiteral("1380013800O") << false << QStringLiteral("+CC-");
        QTest::addRow("brackets") << QStringLiteral("(010)12345678") << false << QStringLiteral("+CC-");
        QTest::addRow("full-width digits")
            << QStringLiteral("１３８００１３８０００") << false << QStringLiteral("+CC-");
    }

    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QFETCH(QString, messagePart);
        Contact contact = validContact();
        contact.phone = phone;
        const Problems problems = validateContact(contact);
        QCOMPARE(fields(problems), valid ? QStringList() : QStringList{QStringLiteral("phone")});
        if (!valid) {
            QVERIFY2(problems.constFirst().message.contains(messagePart), qPrintable(problems.constFirst().message));
            QVERIFY2(problems.constFirst().message.contains(u'"' + phone + u'"'),
                     qPrintable(problems.constFirst().message));
            QVERIFY(checkPhone(phone).has_value());
        }
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::addRow("none") << QString() << true;
        QTest::addRow("plain") << QStringLiteral("ops@example.com") << true;
        QTest::addRow("subdomain and plus") << QStringLiteral("zhang.wei+alerts@mail.example.com.cn") << true;
        QTest::addRow("no at") << QStringLiteral("ops.example.com") << false;
        QTest::addRow("two ats") << QStringLiteral("ops@team@example.com") << false;
        QTest::addRow("no dot in domain") << QStringLiteral("ops@localhost") << false;
        QTest::addRow("empty local part") << QStringLiteral("@example.com") << false;
        QTest::addRow("domain starts with dot") << QStringLiteral("ops@.example.com") << false;
        QTest::addRow("domain ends with dot") << QStringLiteral("ops@example.") << false;
        QTest::addRow("space") << QStringLiteral("ops @example.com") << false;
        QTest::addRow("trailing space") << QStringLiteral("ops@example.com ") << false;
    }

    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        Contact contact = validContact();
        contact.email = email;
        QCOMPARE(fields(validateContact(contact)), valid ? QStringList() : QStringList{QStringLiteral("email")});
    }

    void userId_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<bool>("valid");
        QTest::addRow("none") << QString() << true;
        QTest::addRow("plain") << QStringLiteral("manager4521") << true;
        QTest::addRow("64") << QString(64, u'u') << true;
        QTest::addRow("65") << QString(65, u'u') << false;
        QTest::addRow("space") << QStringLiteral("manager 4521") << false;
        QTest::addRow("line break") << QStringLiteral("manager4521\n") << false;
    }

    void userId()
    {
        QFETCH(QString, userId);
        QFETCH(bool, valid);
        Contact contact = validContact();
        contact.userId = userId;
        QCOMPARE(fields(validateContact(contact)), valid ? QStringList() : QStringList{QStringLiteral("userId")});
    }

    void notes()
    {
        Contact contact = validContact();
        contact.notes = QString(2000, u'n');
        QCOMPARE(fields(validateContact(contact)), QStringList());
        contact.notes += u'n';
        QCOMPARE(fields(validateContact(contact)), QStringList{QStringLiteral("notes")});
    }

    void everyContactProblemAtOnce()
    {
        Contact contact;
        contact.phone = QStringLiteral("+86 138");
        contact.email = QStringLiteral("nobody");
        contact.userId = QStringLiteral("a b");
        QCOMPARE(fields(validateContact(contact)), (QStringList{QStringLiteral("name"), QStringLiteral("phone"),
                                                                QStringLiteral("email"), QStringLiteral("userId")}));
    }

    void group_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("descriptionLength");
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<QStringList>("expectedFields");
        const QString name = QStringLiteral("DBA on call");
        const QStringList two{QStringLiteral("c1"), QStringLiteral("c2")};
        QTest::addRow("valid") << name << 40 << two << QStringList();
        QTest::addRow("no members") << name << 0 << QStringList() << QStringList();
        QTest::addRow("description of 500") << name << 500 << two << QStringList();
        QTest::addRow("description of 501") << name << 501 << two << QStringList{QStringLiteral("description")};
        QTest::addRow("empty name") << QString() << 0 << two << QStringList{QStringLiteral("name")};
        QTest::addRow("untrimmed name") << QStringLiteral("DBA ") << 0 << two << QStringList{QStringLiteral("name")};
        QTest::addRow("65-character name") << QString(65, u'g') << 0 << two << QStringList{QStringLiteral("name")};
        QTest::addRow("duplicate member")
            << name << 0 << QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c1")}
            << QStringList{QStringLiteral("members")};
        QTest::addRow("empty member id") << name << 0 << QStringList{QStringLiteral("c1"), QString()}
                                         << QStringList{QStringLiteral("members")};
    }

    void group()
    {
        QFETCH(QString, name);
        QFETCH(int, descriptionLength);
        QFETCH(QStringList, members);
        QFETCH(QStringList, expectedFields);
        ContactGroup group = validGroup();
        group.name = name;
        group.description = QString(descriptionLength, u'd');
        group.memberUuids = members;
        QCOMPARE(fields(validateContactGroup(group)), expectedFields);
    }
};

QTEST_GUILESS_MAIN(TestContactValidation)
#include "tst_contactvalidation.moc"
