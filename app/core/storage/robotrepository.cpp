// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "storage/robotrepository.h"

#include "domain/validation.h"
#include "storage/namedrecords.h"
#include "storage/sqlhelpers.h"

namespace alertdesk {

namespace {

// The texts of one child table (keywords, IP ranges) of the robots `where` picks, by robot.
Result<QHash<QString, QStringList>> childTexts(const QSqlDatabase& db, const QString& table, const QString& column,
                                               const QString& where, const QVariantList& values, const QString& doing)
{
    return sql::textsByOwner(db,
                             QStringLiteral("SELECT robot_uuid, %1 FROM %2").arg(column, table) +
                                 sql::childrenOf(QLatin1String("robot_uuid"), QStringLiteral("robots"), where) +
                                 QStringLiteral(" ORDER BY robot_uuid, position"),
                             values, doing);
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
    if (auto done = sql::finished(rows, doing); !done)
        return done.error();
    if (robots.isEmpty())
        return robots;
    auto keywords = childTexts(db, QStringLiteral("robot_keywords"), QStringLiteral("keyword"), where, values, doing);
    if (!keywords)
        return keywords.error();
    auto ranges = childTexts(db, QStringLiteral("robot_ip_ranges"), QStringLiteral("ip_range"), where, values, doing);
    if (!ranges)
        return ranges.error();
    for (Robot& robot : robots) {
        robot.keywords = keywords->value(robot.uuid);
        robot.ipRanges = ranges->value(robot.uuid);
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

sql::NamedRecords<Robot> robots(Database& db)
{
    return {db,
            QStringLiteral("robots"),
            {
                .readAll = RobotRepository::tr("read the robots"),
                .readOne = RobotRepository::tr("read the robot"),
                .noSuchId = RobotRepository::tr("There is no robot with id %1; it may have been deleted."),
                .noSuchName = RobotRepository::tr("There is no robot named \"%1\"."),
                .nameTaken = RobotRepository::tr("A robot named \"%1\" already exists; pick another name."),
                .idTaken = RobotRepository::tr("A robot with id %1 already exists; add it without an id."),
                .saving = RobotRepository::tr("save robot \"%1\""),
                .removing = RobotRepository::tr("delete the robot"),
                .goneAlready = RobotRepository::tr("There is no robot with id %1; it may have been deleted already."),
                .findingUsage = RobotRepository::tr("find where the robot is used"),
            },
            loadRobots,
            validateRobot,
            writeRobot};
}

} // namespace

RobotRepository::RobotRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<Robot>> RobotRepository::all() const
{
    return robots(m_db).all();
}

Result<qsizetype> RobotRepository::count() const
{
    return robots(m_db).count();
}

Result<Robot> RobotRepository::find(const QString& uuid) const
{
    return robots(m_db).find(uuid);
}

Result<Robot> RobotRepository::findByName(const QString& name) const
{
    return robots(m_db).findByName(name);
}

Result<Robot> RobotRepository::add(Robot value)
{
    return save(std::move(value), true);
}

Result<Robot> RobotRepository::update(Robot value)
{
    return save(std::move(value), false);
}

Result<Robot> RobotRepository::save(Robot value, bool insert)
{
    auto saved = robots(m_db).save(std::move(value), insert);
    if (saved)
        insert ? emit added(saved->uuid) : emit updated(saved->uuid);
    return saved;
}

Result<void> RobotRepository::remove(const QString& uuid)
{
    auto done = robots(m_db).remove(uuid);
    if (done)
        emit removed(uuid);
    return done;
}

Result<Usage> RobotRepository::usage(const QString& uuid) const
{
    return robots(m_db).usage(
        uuid, {{&Usage::contacts, QStringLiteral("SELECT name FROM contacts WHERE robot_uuid = ? ORDER BY name_key")},
               {&Usage::policies, sql::policiesSendingTo(QLatin1String("robot_uuid"))}});
}

} // namespace alertdesk
