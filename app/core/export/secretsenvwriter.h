// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/exportfile.h"
#include "export/exportoptions.h"

namespace alertdesk {

struct ExportPlan;

/// Writes secrets.env.example: every placeholder a placeholder-mode export uses (the robots' tokens and signing
/// secrets, the bridge password), empty, each under a comment naming what it is for, to be filled and fed to
/// `envsubst` (docs/export.md).
class SecretsEnvWriter {
public:
    static ExportFile write(const ExportPlan& plan, const ExportOptions& options);
    static QString fileName() { return QStringLiteral("secrets.env.example"); }
};

} // namespace alertdesk
