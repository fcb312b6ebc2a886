// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/importplan.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace alertdesk {

/// Reads a workspace bundle (`alertdesk-bundle.json`, format "alertdesk-bundle" version 1: robots, contacts, groups
/// and policies as domain/domainjson.h writes them, optionally "secrets" by robot uuid) into an import plan. Every
/// record gets a fresh uuid and the references between them follow (so a bundle can be imported next to the records
/// it was made from, under other names, and the keychain entries it writes never touch existing ones). Broken JSON,
/// another format or version, a malformed record, a reference to a record the bundle lacks or a record that breaks a
/// domain rule are errors naming the file, the line (for JSON syntax) and the path ("policies[3].recipients[0]").
/// Robots whose secrets the bundle does not hold are planned without them, with a report note on how to paste them.
class BundleReader {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::BundleReader)
public:
    static Result<ImportPlan> read(const QString& file, const QByteArray& bytes);
};

} // namespace alertdesk
