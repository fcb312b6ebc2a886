// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/robotrepository.h"

#include "domain/validation.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QUuid>

namespace alertdesk {

namespace {

Result<QStringList> childTexts(const QSqlDatabase& db, const QString& table, const QString& column, const QString& uuid,
                               const QString& doing)
{
    return sql::strings(db,
                        QStringLiteral("SELECT %1 FROM %2 WHERE robot_uuid = ? ORDER BY position").arg(column, table),
                        {uuid}, doing);
}

Result<QList<Robot>> loadRobots(const QSqlDatabase& db, const QString& where, const QVariantList& values,
                                const QString& doing)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT uuid, name, avatar, endpoint, signing, terms_accepted_at, enabled, "
                                         "notes, created_at, updated_at FROM robots ") +
                              where + QStringLiteral(" ORDER BY name_key"),
                          values, doing);
    if (!query)
        return query.error();
    QList<Robot> robots;
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        Robot robot;
        robot.uuid = rows.value(0).toString();
        robot.name = rows.value(1).toString();
        robot.avatar = rows.value(2).toByteArray();
        robot.endpoint = QUrl::fromEncoded(rows.value(3).toString().toUtf8());
        robot.signing = rows.value(4).toInt() != 0;
        robot.termsAcceptedAt = sql::timeFrom(rows.value(5));
        robot.enabled = rows.value(6).toInt() != 0;
        robot.notes = rows.value(7).toString();
        robot.createdAt = sql::timeFrom(rows.value(8));
        robot.updatedAt = sql::timeFrom(rows.value(9));
        robots.append(robot);
    }
    for (Robot& robot : robots) {
        auto keywords = childTexts(db, QStringLiteral("robot_keywords"), QStringLiteral("keyword"), robot.uuid, doing);
        if (!keywords)
            return keywords.error();
        auto ranges = childTexts(db, QStringLiteral("robot_ip_ranges"), QStringLiteral("ip_range"), robot.uuid, doing);
        if (!ranges)
            return ranges.error();
        robot.keywords = keywords.value();
        robot.ipRanges = ranges.value();
    }
    return robots;
}

Result<void> writeRobot(const QSqlDatabase& db, const Robot& robot, bool insert, const QString& doing)
{
    const QVariantList fields = {robot.name,
                                 nameKey(robot.name),
                                 robot.avatar.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                        : QVariant(robot.avatar),
                                 QString::fromUtf8(robot.endpoint.toEncoded()),
                                 sql::flag(robot.signing),
                                 sql::timeValue(robot.termsAcceptedAt),
                                 sql::flag(robot.enabled),
                                 sql::text(robot.notes),
                                 sql::timeValue(robot.createdAt),
                                 sql::timeValue(robot.updatedAt),
                                 robot.uuid};
    const QString statement =
        insert
            ? QStringLiteral("INSERT INTO robots (name, name_key, avatar, endpoint, signing, terms_accepted_at, "
                             "enabled, notes, created_at, updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            : QStringLiteral("UPDATE robots SET name = ?, name_key = ?, avatar = ?, endpoint = ?, signing = ?, "
                             "terms_accepted_at = ?, enabled = ?, notes = ?, created_at = ?, updated_at = ? "
                             "WHERE uuid = ?");
    Result<void> written = sql::exec(db, statement, fields, doing);

    QList<QVariantList> keywords;
    for (qsizetype i = 0; i < robot.keywords.size(); ++i)
        keywords.append({robot.uuid, i, robot.keywords.at(i)});
    QList<QVariantList> ranges;
    for (qsizetype i = 0; i < robot.ipRanges.size(); ++i)
        ranges.append({robot.uuid, i, robot.ipRanges.at(i)});
    if (written)
        written = sql::exec(db, QStringLiteral("DELETE FROM robot_keywords WHERE robot_uuid = ?"), {robot.uuid}, doing);
    if (written)
        written =
            sql::exec(db, QStringLiteral("DELETE FROM robot_ip_ranges WHERE robot_uuid = ?"), {robot.uuid}, doing);
    if (written)
        written = sql::runEach(
            db, QStringLiteral("INSERT INTO robot_keywords (robot_uuid, position, keyword) VALUES (?, ?, ?)"), keywords,
            doing);
    if (written)
        written = sql::runEach(
            db, QStringLiteral("INSERT INTO robot_ip_ranges (robot_uuid, position, ip_range) VALUES (?, ?, ?)"), ranges,
            doing);
    return written;
}

} // namespace

RobotRepository::RobotRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<Robot>> RobotRepository::all() const
{
    return loadRobots(m_db.connection(), {}, {}, tr("read the robots"));
}

Result<Robot> RobotRepository::find(const QString& uuid) const
{
    auto found = loadRobots(m_db.connection(), QStringLiteral("WHERE uuid = ?"), {uuid}, tr("read the robot"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no robot with id %1; it may have been deleted.").arg(uuid));
    return found->first();
}

Result<Robot> RobotRepository::findByName(const QString& name) const
{
    auto found =
        loadRobots(m_db.connection(), QStringLiteral("WHERE name_key = ?"), {nameKey(name)}, tr("read the robot"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no robot named \"%1\".").arg(name.trimmed()));
    return found->first();
}

Result<Robot> RobotRepository::add(Robot value)
{
    value.name = value.name.trimmed();
    if (value.uuid.isEmpty())
        value.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    value.createdAt = value.updatedAt = m_db.now();
    return save(std::move(value), true);
}

Result<Robot> RobotRepository::update(Robot value)
{
    auto stored = find(value.uuid);
    if (!stored)
        return stored.error();
    value.name = value.name.trimmed();
    value.createdAt = stored->createdAt;
    value.updatedAt = m_db.now();
    return save(std::move(value), false);
}

Result<Robot> RobotRepository::save(Robot value, bool insert)
{
    const Problems problems = validateRobot(value);
    if (!problems.isEmpty())
        return problems.first();
    const Error nameTaken = Error::conflict(
        QStringLiteral("name"), tr("A robot named \"%1\" already exists; pick another name.").arg(value.name));
    const QString doing = tr("save robot \"%1\"").arg(value.name);
    const QSqlDatabase db = m_db.connection();
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        auto owner = sql::uuidByNameKey(db, QStringLiteral("robots"), nameKey(value.name), doing);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty() && owner.value() != value.uuid)
            return nameTaken;
        if (insert) {
            auto taken = sql::exists(db, QStringLiteral("robots"), value.uuid, doing);
            if (!taken)
                return taken.error();
            if (taken.value())
                return Error::conflict(QStringLiteral("uuid"),
                                       tr("A robot with id %1 already exists; add it without an id.").arg(value.uuid));
        }
        return writeRobot(db, value, insert, doing);
    });
    if (!done)
        return done.error().kind == Error::Kind::Conflict && done.error().field == QStringLiteral("name")
                   ? nameTaken
                   : done.error();
    if (insert)
        emit added(value.uuid);
    else
        emit updated(value.uuid);
    return value;
}

Result<void> RobotRepository::remove(const QString& uuid)
{
    const QSqlDatabase db = m_db.connection();
    const QString doing = tr("delete the robot");
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        auto found = sql::exists(db, QStringLiteral("robots"), uuid, doing);
        if (!found)
            return found.error();
        if (!found.value())
            return Error::notFound(tr("There is no robot with id %1; it may have been deleted already.").arg(uuid));
        return sql::exec(db, QStringLiteral("DELETE FROM robots WHERE uuid = ?"), {uuid}, doing);
    });
    if (!done)
        return done;
    emit removed(uuid);
    return {};
}

Result<Usage> RobotRepository::usage(const QString& uuid) const
{
    const QSqlDatabase db = m_db.connection();
    const QString doing = tr("find where the robot is used");
    auto found = sql::exists(db, QStringLiteral("robots"), uuid, doing);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("There is no robot with id %1; it may have been deleted.").arg(uuid));
    auto contacts = sql::strings(db, QStringLiteral("SELECT name FROM contacts WHERE robot_uuid = ? ORDER BY name_key"),
                                 {uuid}, doing);
    if (!contacts)
        return contacts.error();
    auto policies = sql::strings(db,
                                 QStringLiteral("SELECT name FROM policies WHERE uuid IN (SELECT policy_uuid FROM "
                                                "policy_recipients WHERE robot_uuid = ?) ORDER BY name_key"),
                                 {uuid}, doing);
    if (!policies)
        return policies.error();
    Usage usage;
    usage.contacts = contacts.value();
    usage.policies = policies.value();
    return usage;
}

} // namespace alertdesk
