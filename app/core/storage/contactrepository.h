// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "result.h"
#include "storage/usage.h"

#include <QList>
#include <QObject>
#include <functional>

namespace alertdesk {

class Database;

/// A contact as the contacts table lists it: what its row shows, read without the rest of the record.
struct ContactListing {
    QString uuid;
    QString name;
    QString phone;
    QString email;
    QString robotUuid;  ///< empty: no DingTalk chatbot
    QStringList groups; ///< the names of the groups it belongs to, by name
};

/// The only code that reads and writes contacts. Every write validates the value (domain/validation.h), checks
/// what only the workspace knows (unique names, references that must exist) and runs in one transaction. Names are
/// compared ignoring case. Lists come ordered by name. Signals tell models what changed.
class ContactRepository : public QObject {
    Q_OBJECT
public:
    explicit ContactRepository(Database& database, QObject* parent = nullptr);

    Result<QList<Contact>> all() const;
    Result<qsizetype> count() const;                       ///< without reading the rows
    Result<Contact> find(const QString& uuid) const;       ///< NotFound when there is none
    Result<Contact> findByName(const QString& name) const; ///< ignoring case and surrounding space
    /// Assigns a uuid when empty, stamps created/updated times, returns the value as stored.
    Result<Contact> add(Contact value);
    /// Replaces the stored value with the same uuid; stamps updated time.
    Result<Contact> update(Contact value);
    Result<void> remove(const QString& uuid);
    Result<Usage> usage(const QString& uuid) const;

    using ListingVisitor = std::function<void(const ContactListing&)>;
    /// Passes every contact's listing to `visit`, by name, one at a time (100,000 contacts are never all in memory
    /// as records).
    Result<void> listAll(const ListingVisitor& visit) const;
    /// The listing of the contact with `uuid` (nothing when there is none).
    Result<void> listOne(const QString& uuid, const ListingVisitor& visit) const;
    /// The listings of the contacts whose DingTalk chatbot is the robot `robotUuid` (empty: of those without one).
    Result<void> listOfRobot(const QString& robotUuid, const ListingVisitor& visit) const;

signals:
    void added(const QString& uuid);
    void updated(const QString& uuid);
    void removed(const QString& uuid);

private:
    Result<Contact> save(Contact value, bool insert); ///< validates, checks the workspace, writes, signals
    Result<void> list(const QString& where, const QVariantList& values, const ListingVisitor& visit) const;
    Database& m_db;
};

} // namespace alertdesk
