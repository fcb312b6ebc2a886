// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/bundlewriter.h"

#include "domain/domainjson.h"
#include "export/workspacesnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alertdesk {

namespace {

// QJsonObject sorts its keys; the bundle's top level has a fixed order ("warning" first), so it is put together
// here from indented pieces.
QByteArray indented(const QJsonValue& value)
{
    QByteArray text;
    if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else if (value.isObject())
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else
        text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    // One level down: every line but the first moves right by four spaces. JSON text has no line breaks inside
    // strings, so every '\n' is one between lines. One pass into one buffer (the text is megabytes).
    text = std::move(text).trimmed();
    QByteArray moved;
    moved.reserve(text.size() + 4 * text.count('\n'));
    qsizetype from = 0;
    for (qsizetype at = text.indexOf('\n'); at >= 0; from = at + 1, at = text.indexOf('\n', from)) {
        moved.append(text.constData() + from, at + 1 - from);
        moved.append("    ", 4);
    }
    moved.append(text.constData() + from, text.size() - from);
    return moved;
}

template <typename T> QJsonArray toArray(const QList<T>& values)
{
    QJsonArray array;
    for (const T& value : values)
        array.append(toJson(value));
    return array;
}

} // namespace

ExportFile BundleWriter::write(const WorkspaceSnapshot& snapshot, bool withSecrets)
{
    QList<std::pair<const char*, QJsonValue>> members;
    if (withSecrets)
        members.append({"warning", warning()});
    members.append({"format", QStringLiteral("alertdesk-bundle")});
    members.append({"version", 1});
    members.append({"withSecrets", withSecrets});
    members.append({"robots", toArray(snapshot.robots)});
    members.append({"contacts", toArray(snapshot.contacts)});
    members.append({"groups", toArray(snapshot.groups)});
    members.append({"policies", toArray(snapshot.policies)});
    if (withSecrets) {
        QJsonObject secrets;
        for (const Robot& robot : snapshot.robots) {
            const RobotSecrets secret = snapshot.secrets.value(robot.uuid);
            secrets.insert(robot.uuid, QJsonObject{{QStringLiteral("accessToken"), secret.accessToken},
                                                   {QStringLiteral("signSecret"), secret.signSecret}});
        }
        members.append({"secrets", secrets});
    }
    QByteArray text = "{\n";
    for (qsizetype i = 0; i < members.size(); ++i) {
        text += "    \"" + QByteArray(members[i].first) + "\": " + indented(members[i].second);
        text += i + 1 < members.size() ? ",\n" : "\n";
    }
    text += "}\n";
    return {fileName(), text, withSecrets};
}

} // namespace alertdesk
