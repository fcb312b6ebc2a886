// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace alertdesk {

/// A person alerts are for: how to @mention them in DingTalk and which robot (their "DingTalk chatbot") reaches them.
struct Contact {
    QString uuid;
    QString name;  ///< unique ignoring case
    QString phone; ///< digits, optional "+CC-" prefix ("+852-12345678"); used for @mentions
    QString email;
    QString userId;    ///< DingTalk user id, for atUserIds
    QString robotUuid; ///< the contact's DingTalk chatbot; empty = none
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Contact&, const Contact&) = default;
};

/// A named set of contacts; members are kept ordered by name.
struct ContactGroup {
    QString uuid;
    QString name; ///< unique ignoring case
    QString description;
    QList<QString> memberUuids;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const ContactGroup&, const ContactGroup&) = default;
};

} // namespace alertdesk
