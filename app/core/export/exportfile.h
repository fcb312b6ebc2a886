// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/bridgecheck.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace alertdesk {

/// One file of an export, before it is written: its path below the export directory ("dingtalk/config.yml"), its
/// bytes, and whether it holds secrets (then it is written with mode 0600).
struct ExportFile {
    QString path;
    QByteArray bytes;
    bool holdsSecrets = false;
};

/// What an export made: the files, and what the operator should know about them.
struct ExportResult {
    QList<ExportFile> files;
    QStringList policiesWithoutRobots;     ///< names of enabled policies whose alerts reach no robot
    QStringList warnings;                  ///< sentences, including one per policy without robots
    int policies = 0;                      ///< enabled policies exported
    int targets = 0;                       ///< bridge targets (policy, robot)
    int robots = 0;                        ///< robots reached
    QList<BridgeTargetCheck> bridgeChecks; ///< each bridge target rendered on sample alerts, as the bridge would

    const ExportFile* file(const QString& path) const
    {
        for (const ExportFile& f : files) {
            if (f.path == path)
                return &f;
        }
        return nullptr;
    }
};

} // namespace alertdesk
