// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/bundlereader.h"

#include "domain/domainjson.h"
#include "domain/policytext.h"
#include "domain/validation.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace alertdesk {

namespace {

class Reading {
public:
    explicit Reading(QString file)
        : m_file(std::move(file))
    {}

    Error error(const QString& path, const QString& message, int line = 0) const
    {
        return Error::invalid(path, ImportNote{m_file, line, path, message}.text());
    }

    QString fresh(const QString& kind, const QString& old)
    {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_uuids[kind].insert(old, uuid);
        return uuid;
    }
    /// The new uuid of a record of `kind` the bundle holds; empty when it holds none with that uuid.
    QString mapped(const QString& kind, const QString& old) const { return m_uuids.value(kind).value(old); }

    /// Reads the array `key` with `read` (one record from its object and path), in order.
    template <typename T, typename Read>
    Result<QList<T>> records(const QJsonObject& root, const QString& key, Read read) const
    {
        const QJsonValue value = root.value(key);
        if (value.isUndefined())
            return QList<T>();
        if (!value.isArray())
            return error(key, BundleReader::tr("Expected a list."));
        QList<T> list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!array.at(i).isObject())
                return error(path, BundleReader::tr("Expected an object."));
            auto record = read(array.at(i).toObject(), path);
            if (!record) // its message names the path already
                return Error::invalid(record.error().field,
                                      ImportNote{m_file, 0, QString(), record.error().message}.text());
            list.append(std::move(record).value());
        }
        return list;
    }

    QString m_file;

private:
    QHash<QString, QHash<QString, QString>> m_uuids;
};

int lineAt(const QByteArray& bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

std::optional<Error> firstProblem(const Reading& reading, const QString& path, const Problems& problems)
{
    if (problems.isEmpty())
        return std::nullopt;
    return reading.error(path + u'.' + problems.first().field, problems.first().message);
}

} // namespace

Result<ImportPlan> BundleReader::read(const QString& file, const QByteArray& bytes)
{
    Reading reading(QFileInfo(file).fileName());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reading.error(QString(),
                             tr("This is not valid JSON (%1); the bundle may be truncated or edited by hand.")
                                 .arg(parseError.errorString()),
                             lineAt(bytes, parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String("alertdesk-bundle"))
        return reading.error(QStringLiteral("format"),
                             tr("This is not an AlertDesk bundle (its \"format\" is not \"alertdesk-bundle\")."));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != 1.0)
        return reading.error(QStringLiteral("version"),
                             version.isDouble() && version.toDouble() > 1.0
                                 ? tr("The bundle is version %1, made by a newer AlertDesk; this one reads version 1. "
                                      "Update AlertDesk to import it.")
                                       .arg(version.toDouble())
                                 : tr("The bundle's version is missing or not a number; this AlertDesk reads version "
                                      "1."));

    auto robots = reading.records<Robot>(root, QStringLiteral("robots"), robotFromJson);
    if (!robots)
        return robots.error();
    auto contacts = reading.records<Contact>(root, QStringLiteral("contacts"), contactFromJson);
    if (!contacts)
        return contacts.error();
    auto groups = reading.records<ContactGroup>(root, QStringLiteral("groups"), contactGroupFromJson);
    if (!groups)
        return groups.error();
    auto policies = reading.records<NotificationPolicy>(root, QStringLiteral("policies"), policyFromJson);
    if (!policies)
        return policies.error();
    const QJsonValue secretsValue = root.value(QStringLiteral("secrets"));
    if (!secretsValue.isUndefined() && !secretsValue.isObject())
        return reading.error(QStringLiteral("secrets"), tr("Expected an object of secrets by robot id."));
    const QJsonObject secrets = secretsValue.toObject();

    ImportPlan plan;
    // Fresh uuids first, so that references can be followed in any order.
    QList<QString> robotOld;
    for (Robot& robot : robots.value()) {
        robotOld.append(robot.uuid);
        robot.uuid = reading.fresh(QStringLiteral("robot"), robot.uuid);
    }
    for (Contact& contact : contacts.value())
        contact.uuid = reading.fresh(QStringLiteral("contact"), contact.uuid);
    for (ContactGroup& group : groups.value())
        group.uuid = reading.fresh(QStringLiteral("group"), group.uuid);
    for (NotificationPolicy& policy : policies.value())
        policy.uuid = reading.fresh(QStringLiteral("policy"), policy.uuid);

    const auto dangling = [&](const QString& path, const QString& kind, const QString& uuid) {
        return reading.error(path, tr("It refers to %1 %2, which the bundle does not contain.").arg(kind, uuid));
    };
    for (qsizetype i = 0; i < robots->size(); ++i) {
        ImportPlan::PlannedRobot planned{robots->at(i), std::nullopt, tr("bundle")};
        const QString path = QStringLiteral("robots[%1]").arg(i);
        const QString oldUuid = robotOld.at(i);
        if (const QJsonValue entry = secrets.value(oldUuid); entry.isObject()) {
            const QJsonObject object = entry.toObject();
            planned.secrets = RobotSecrets{object.value(QStringLiteral("accessToken")).toString(),
                                           object.value(QStringLiteral("signSecret")).toString()};
            if (auto problem = firstProblem(reading, path, validateRobotSecrets(planned.robot, *planned.secrets)))
                return reading.error(QStringLiteral("secrets.") + oldUuid, problem->message);
        } else {
            plan.report.add(
                reading.m_file, 0, path,
                tr("The bundle holds no access token for robot \"%1\"; it is imported without one. Paste "
                   "its webhook again: alertdeskctl robot edit \"%1\" --webhook-stdin%2, or Edit in the "
                   "Robots page.")
                    .arg(planned.robot.name, planned.robot.signing ? QStringLiteral(" --secret-stdin") : QString()));
        }
        const QJsonObject object = root.value(QStringLiteral("robots")).toArray().at(i).toObject();
        if (object.value(QStringLiteral("hasAvatar")).toBool() && planned.robot.avatar.isEmpty())
            plan.report.add(reading.m_file, 0, path,
                            tr("The bundle does not carry the picture of robot \"%1\"; set it again if you want it.")
                                .arg(planned.robot.name));
        if (auto problem = firstProblem(reading, path, validateRobot(planned.robot));
            problem && problem->field != path + QStringLiteral(".terms"))
            return *problem;
        plan.robots.append(planned);
    }
    for (qsizetype i = 0; i < contacts->size(); ++i) {
        Contact contact = contacts->at(i);
        const QString path = QStringLiteral("contacts[%1]").arg(i);
        if (!contact.robotUuid.isEmpty()) {
            const QString robot = reading.mapped(QStringLiteral("robot"), contact.robotUuid);
            if (robot.isEmpty())
                return dangling(path + QStringLiteral(".robotUuid"), QStringLiteral("robot"), contact.robotUuid);
            contact.robotUuid = robot;
        }
        if (auto problem = firstProblem(reading, path, validateContact(contact)))
            return *problem;
        plan.contacts.append(contact);
    }
    for (qsizetype i = 0; i < groups->size(); ++i) {
        ContactGroup group = groups->at(i);
        const QString path = QStringLiteral("groups[%1]").arg(i);
        for (qsizetype m = 0; m < group.memberUuids.size(); ++m) {
            const QString member = reading.mapped(QStringLiteral("contact"), group.memberUuids.at(m));
            if (member.isEmpty())
                return dangling(QStringLiteral("%1.memberUuids[%2]").arg(path).arg(m), QStringLiteral("contact"),
                                group.memberUuids.at(m));
            group.memberUuids[m] = member;
        }
        if (auto problem = firstProblem(reading, path, validateContactGroup(group)))
            return *problem;
        plan.groups.append(group);
    }
    for (qsizetype i = 0; i < policies->size(); ++i) {
        NotificationPolicy policy = policies->at(i);
        const QString path = QStringLiteral("policies[%1]").arg(i);
        for (qsizetype r = 0; r < policy.recipients.size(); ++r) {
            Recipient& recipient = policy.recipients[r];
            const QString kind = recipientKindName(recipient.kind);
            const QString mapped = reading.mapped(kind, recipient.uuid);
            if (mapped.isEmpty())
                return dangling(QStringLiteral("%1.recipients[%2]").arg(path).arg(r), kind, recipient.uuid);
            recipient.uuid = mapped;
        }
        if (auto problem = firstProblem(reading, path, validatePolicy(policy)))
            return *problem;
        plan.policies.append(policy);
    }
    return plan;
}

} // namespace alertdesk
