// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "demo/demodata.h"

#include "domain/contact.h"
#include "domain/notificationpolicy.h"
#include "domain/robot.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <QStringList>
#include <QTimeZone>

namespace alertdesk {

namespace {

// Word lists the names are made of. Combined by index arithmetic, so the same sizes always give the same data.
const QStringList& teams()
{
    static const QStringList list{
        QStringLiteral("Payments"), QStringLiteral("Checkout"), QStringLiteral("Search"),
        QStringLiteral("Database"), QStringLiteral("Platform"), QStringLiteral("Network"),
        QStringLiteral("支付"),     QStringLiteral("订单"),     QStringLiteral("风控"),
        QStringLiteral("数据库"),   QStringLiteral("基础架构"), QStringLiteral("Mobile API"),
    };
    return list;
}

const QStringList& environments()
{
    static const QStringList list{QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("生产"),
                                  QStringLiteral("dev")};
    return list;
}

const QStringList& surnames()
{
    static const QStringList list{
        QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"), QStringLiteral("陈"),
        QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄"), QStringLiteral("周"), QStringLiteral("吴")};
    return list;
}

const QStringList& givenNames()
{
    static const QStringList list{QStringLiteral("伟"),   QStringLiteral("芳"),   QStringLiteral("娜"),
                                  QStringLiteral("敏"),   QStringLiteral("静"),   QStringLiteral("磊"),
                                  QStringLiteral("洋"),   QStringLiteral("婷"),   QStringLiteral("杰"),
                                  QStringLiteral("晓明"), QStringLiteral("建国"), QStringLiteral("雪")};
    return list;
}

const QStringList& englishNames()
{
    static const QStringList list{QStringLiteral("Alex Chen"),  QStringLiteral("Maria Lopez"),
                                  QStringLiteral("Sam Taylor"), QStringLiteral("Priya Nair"),
                                  QStringLiteral("Tom Becker"), QStringLiteral("Yuki Sato"),
                                  QStringLiteral("Lena Wolf"),  QStringLiteral("Omar Haddad")};
    return list;
}

const QStringList& services()
{
    static const QStringList list{QStringLiteral("payment-gateway"), QStringLiteral("order-service"),
                                  QStringLiteral("search-api"),      QStringLiteral("mysql"),
                                  QStringLiteral("redis"),           QStringLiteral("kafka"),
                                  QStringLiteral("ingress-nginx"),   QStringLiteral("user-center")};
    return list;
}

template <typename T> const T& pick(const QList<T>& list, int index)
{
    return list.at(index % list.size());
}

/// "<base>" for the first round through a word list, "<base> 2", "<base> 3" ... after that: unique names.
QString numbered(const QString& base, int index, int listSize)
{
    const int round = index / listSize;
    return round == 0 ? base : QStringLiteral("%1 %2").arg(base).arg(round + 1);
}

Robot demoRobot(int i)
{
    const int combos = int(teams().size() * environments().size());
    Robot robot;
    robot.name = numbered(QStringLiteral("%1 %2").arg(pick(teams(), i), pick(environments(), i / int(teams().size()))),
                          i, combos);
    robot.keywords = armsKeywords();
    if (i % 3 == 1)
        robot.keywords.append(QStringLiteral("告警"));
    if (i % 4 == 2)
        robot.ipRanges = {QStringLiteral("10.%1.0.0/16").arg(i % 250), QStringLiteral("203.0.113.%1").arg(i % 250)};
    robot.termsAcceptedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc()).addSecs(qint64(i) * 3600);
    robot.enabled = i % 17 != 16;
    robot.notes = DemoData::tr("Demo robot: paste its webhook URL to send test alerts.");
    return robot;
}

Contact demoContact(int i, const QList<Robot>& robots)
{
    const int englishEvery = 5;
    Contact contact;
    if (i % englishEvery == englishEvery - 1) {
        contact.name = numbered(pick(englishNames(), i / englishEvery), i / englishEvery, int(englishNames().size()));
        contact.email =
            QStringLiteral("%1.%2@example.com").arg(contact.name.section(QLatin1Char(' '), 0, 0).toLower()).arg(i);
    } else {
        const int combos = int(surnames().size() * givenNames().size());
        const QString base = pick(surnames(), i) + pick(givenNames(), i / int(surnames().size()));
        contact.name = numbered(base, i, combos);
        contact.email = QStringLiteral("oncall%1@example.cn").arg(i);
    }
    contact.phone =
        i % 9 == 4 ? QStringLiteral("+852-%1").arg(51000000 + i) : QStringLiteral("%1").arg(13800000000LL + i);
    contact.userId = QStringLiteral("dt%1").arg(100000 + i);
    if (!robots.isEmpty() && i % 6 != 5)
        contact.robotUuid = pick(robots, i).uuid;
    return contact;
}

ContactGroup demoGroup(int g, const QList<Contact>& contacts, int groupCount)
{
    ContactGroup group;
    group.name = numbered(DemoData::tr("%1 on-call").arg(pick(teams(), g)), g, int(teams().size()));
    group.description = DemoData::tr("Who is paged for %1 alerts.").arg(pick(teams(), g));
    for (int c = g; c < contacts.size() && group.memberUuids.size() < 8; c += groupCount)
        group.memberUuids.append(contacts.at(c).uuid);
    return group;
}

NotificationPolicy demoPolicy(int p, const QList<Robot>& robots, const QList<Contact>& contacts,
                              const QList<ContactGroup>& groups)
{
    static const QStringList severities{QStringLiteral("critical"), QStringLiteral("warning"), QStringLiteral("info")};
    const QString& service = pick(services(), p);
    NotificationPolicy policy;
    const int combos = int(services().size() * severities.size());
    policy.name =
        numbered(QStringLiteral("%1 %2").arg(service, pick(severities, p / int(services().size()))), p, combos);
    policy.description = DemoData::tr("Demo policy for %1.").arg(service);
    MatchRule rule;
    rule.conditions.append({QStringLiteral("service"), MatchOperator::Eq, {service}});
    rule.conditions.append({QStringLiteral("severity"), p % 2 ? MatchOperator::In : MatchOperator::Eq,
                            p % 2 ? QStringList{QStringLiteral("critical"), QStringLiteral("warning")}
                                  : QStringList{pick(severities, p / int(services().size()))}});
    policy.rules.append(rule);
    if (p % 5 == 0) {
        MatchRule second;
        second.conditions.append({QStringLiteral("alertname"), MatchOperator::Re, {QStringLiteral("(Disk|Node).*")}});
        second.conditions.append({QStringLiteral("env"), MatchOperator::Neq, {QStringLiteral("dev")}});
        policy.rules.append(second);
    }
    if (!groups.isEmpty() && p % 3 == 0)
        policy.recipients.append({Recipient::Kind::Group, pick(groups, p).uuid});
    else if (!contacts.isEmpty() && p % 3 == 1)
        policy.recipients.append({Recipient::Kind::Contact, pick(contacts, p).uuid});
    else if (!robots.isEmpty())
        policy.recipients.append({Recipient::Kind::Robot, pick(robots, p).uuid});
    policy.groupBy = {QStringLiteral("alertname"), QStringLiteral("service")};
    if (p % 4 == 3) {
        policy.window = NotificationWindow{{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday},
                                           QTime(9, 0),
                                           QTime(18, 0),
                                           QStringLiteral("Asia/Shanghai")};
    }
    policy.mention = p % 3 == 0 ? Mention::Recipients : Mention::None;
    policy.enabled = p % 11 != 10;
    return policy;
}

} // namespace

Result<void> DemoData::check(const DemoSizes& sizes)
{
    const auto outOfRange = [](int value, int max) { return value < 0 || value > max; };
    if (outOfRange(sizes.robots, DemoSizes::maxRobots))
        return Error::invalid(QStringLiteral("robots"),
                              tr("The number of demo robots must be between 0 and %1.").arg(DemoSizes::maxRobots));
    if (outOfRange(sizes.contacts, DemoSizes::maxContacts))
        return Error::invalid(QStringLiteral("contacts"),
                              tr("The number of demo contacts must be between 0 and %1.").arg(DemoSizes::maxContacts));
    if (outOfRange(sizes.policies, DemoSizes::maxPolicies))
        return Error::invalid(QStringLiteral("policies"),
                              tr("The number of demo policies must be between 0 and %1.").arg(DemoSizes::maxPolicies));
    return {};
}

Result<DemoCounts> DemoData::fill(Workspace& workspace, const DemoSizes& sizes)
{
    if (auto valid = check(sizes); !valid)
        return valid.error();
    DemoCounts counts;
    QList<Robot> robots;
    QList<Contact> contacts;
    QList<ContactGroup> groups;
    Result<void> done = workspace.database().transaction([&]() -> Result<void> {
        for (int i = 0; i < sizes.robots; ++i) {
            auto robot = workspace.robots().add(demoRobot(i));
            if (!robot)
                return robot.error();
            robots.append(*robot);
        }
        for (int i = 0; i < sizes.contacts; ++i) {
            auto contact = workspace.contacts().add(demoContact(i, robots));
            if (!contact)
                return contact.error();
            contacts.append(*contact);
        }
        const int groupCount = contacts.isEmpty() ? 0 : qMax(1, qMin(int(contacts.size()) / 8, 200));
        for (int g = 0; g < groupCount; ++g) {
            auto group = workspace.groups().add(demoGroup(g, contacts, groupCount));
            if (!group)
                return group.error();
            groups.append(*group);
        }
        for (int p = 0; p < sizes.policies; ++p) {
            auto policy = workspace.policies().add(demoPolicy(p, robots, contacts, groups));
            if (!policy)
                return policy.error();
            ++counts.policies;
        }
        return {};
    });
    if (!done)
        return done.error();
    counts.robots = int(robots.size());
    counts.contacts = int(contacts.size());
    counts.groups = int(groups.size());
    return counts;
}

} // namespace alertdesk
