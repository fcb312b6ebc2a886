// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/exportdirectory.h"

#include "export/exportoptions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>
#include <vector>

namespace alertdesk {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions readable = ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther;

Error writeError(const QString& path, const QString& reason)
{
    return Error::storage(Export::tr("Could not write %1: %2. Nothing was exported; check the directory and "
                                     "try again.")
                              .arg(QDir::toNativeSeparators(path), reason));
}

// Creates the directories `dir` needs, remembering those it made (deepest last) so that a failure can remove them.
bool makeDirectories(const QString& dir, QStringList& created)
{
    QStringList missing;
    for (QString at = QDir::cleanPath(dir); !QFileInfo::exists(at); at = QFileInfo(at).path())
        missing.prepend(at);
    for (const QString& path : missing) {
        if (!QDir().mkdir(path))
            return false;
        created.append(path);
    }
    return true;
}

void removeCreated(const QStringList& created)
{
    for (auto it = created.crbegin(); it != created.crend(); ++it)
        QDir().rmdir(*it);
}

} // namespace

Result<void> ExportDirectory::write(const QList<ExportFile>& files) const
{
    QStringList created;
    std::vector<std::unique_ptr<QSaveFile>> pending;
    const auto fail = [&](const Error& error) -> Result<void> {
        for (auto& file : pending)
            file->cancelWriting();
        pending.clear(); // the temporary files go away here, before their directories
        removeCreated(created);
        return error;
    };
    for (const ExportFile& file : files) {
        const QString path = QDir(m_path).filePath(file.path);
        if (!makeDirectories(QFileInfo(path).path(), created))
            return fail(writeError(QFileInfo(path).path(), Export::tr("the directory cannot be created")));
        auto save = std::make_unique<QSaveFile>(path);
        // The temporary file takes these permissions from the start, so a secret is never readable by others,
        // not even for a moment.
        if (!save->open(QIODevice::WriteOnly))
            return fail(writeError(path, save->errorString()));
        if (!save->setPermissions(file.holdsSecrets ? ownerOnly : readable))
            return fail(writeError(path, save->errorString()));
        if (save->write(file.bytes) != file.bytes.size())
            return fail(writeError(path, save->errorString()));
        pending.push_back(std::move(save));
    }
    // Everything is on disk; moving into place is a rename per file.
    for (auto& file : pending) {
        if (!file->commit())
            return fail(writeError(file->fileName(), file->errorString()));
    }
    return {};
}

std::optional<QByteArray> ExportDirectory::existing(const QString& relativePath) const
{
    QFile file(QDir(m_path).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace alertdesk
