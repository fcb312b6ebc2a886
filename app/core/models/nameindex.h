// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace alertdesk {

/// The names of one repository's records by uuid, kept current from its signals, so a table can show "ops" for a
/// contact's robot and follow a rename without reading every record again. changed() comes after the index has
/// taken the change in, so a model connected to it always reads the new name.
class NameIndex : public QObject {
    Q_OBJECT
public:
    /// `Repository` is one of the storage repositories: all(), find(uuid), and added/updated/removed(uuid).
    template <typename Repository>
    NameIndex(Repository& repository, QObject* parent)
        : QObject(parent)
        , m_find([&repository](const QString& uuid) -> std::optional<QString> {
            const auto found = repository.find(uuid);
            return found ? std::optional<QString>(found->name) : std::nullopt;
        })
    {
        if (const auto all = repository.all()) {
            for (const auto& record : all.value())
                m_names.insert(record.uuid, record.name);
        }
        connect(&repository, &Repository::added, this, &NameIndex::reread);
        connect(&repository, &Repository::updated, this, &NameIndex::reread);
        connect(&repository, &Repository::removed, this, &NameIndex::forget);
    }

    /// The name, or an empty string when there is no such record.
    QString name(const QString& uuid) const { return m_names.value(uuid); }
    bool contains(const QString& uuid) const { return m_names.contains(uuid); }

signals:
    void added(const QString& uuid);
    void renamed(const QString& uuid);
    void removed(const QString& uuid);

private:
    void reread(const QString& uuid);
    void forget(const QString& uuid);

    std::function<std::optional<QString>(const QString&)> m_find;
    QHash<QString, QString> m_names;
};

} // namespace alertdesk
