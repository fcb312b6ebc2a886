// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/exportfile.h"
#include "result.h"

#include <QString>

namespace alertdesk {

/// The directory an export goes to. write() is all or nothing: every file is first written next to its place
/// (QSaveFile), and only when all of them are complete are they moved into place; on a failure nothing of the export
/// is left behind (directories it created are removed again). Files holding secrets are created with mode 0600.
class ExportDirectory {
public:
    explicit ExportDirectory(QString path)
        : m_path(std::move(path))
    {}
    Result<void> write(const QList<ExportFile>& files) const;
    /// What the directory holds at `relativePath` now; std::nullopt when there is no such file.
    std::optional<QByteArray> existing(const QString& relativePath) const;
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace alertdesk
