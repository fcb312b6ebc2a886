// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/exporter.h"

#include "export/alertmanagerwriter.h"
#include "export/bridgecheck.h"
#include "export/bridgeurl.h"
#include "export/bridgewriter.h"
#include "export/bundlewriter.h"
#include "export/exportplan.h"
#include "export/secretsenvwriter.h"
#include "export/workspacesnapshot.h"
#include "workspace.h"

#include <QDir>
#include <QPointer>
#include <future>
#include <memory>

namespace alertdesk {

namespace {

bool inlineFiles(const ExportOptions& options)
{
    return options.secrets == ExportOptions::SecretsMode::Inline &&
           (options.parts & (ExportOptions::Alertmanager | ExportOptions::Bridge));
}

// The robots whose secrets the export writes: every robot for a bundle with secrets, else those the targets reach.
QStringList robotsNeedingSecrets(const WorkspaceSnapshot& snapshot, const ExportOptions& options)
{
    QStringList uuids;
    if ((options.parts & ExportOptions::Bundle) && options.bundleWithSecrets) {
        for (const Robot& robot : snapshot.robots)
            uuids.append(robot.uuid);
        return uuids;
    }
    if (inlineFiles(options)) {
        const ExportPlan plan = ExportPlan::make(snapshot);
        for (const Robot* robot : plan.robots)
            uuids.append(robot->uuid);
    }
    return uuids;
}

// Reads the secrets one robot after the other (the keychain serialises them anyway), then hands over the snapshot.
struct SecretsReader {
    Workspace& workspace;
    std::shared_ptr<WorkspaceSnapshot> snapshot;
    QStringList pending;
    QPointer<QObject> context;
    std::function<void(Result<void>)> done;

    static void next(std::shared_ptr<SecretsReader> self)
    {
        if (self->pending.isEmpty()) {
            self->done({});
            return;
        }
        const QString uuid = self->pending.takeFirst();
        self->workspace.robotSecrets(uuid, self->context, [self, uuid](Result<RobotSecrets> secrets) {
            if (!secrets) {
                self->done(secrets.error());
                return;
            }
            self->snapshot->secrets.insert(uuid, secrets.value());
            next(self);
        });
    }
};

} // namespace

bool Exporter::needsSecrets(const ExportOptions& options)
{
    return inlineFiles(options) || ((options.parts & ExportOptions::Bundle) && options.bundleWithSecrets);
}

Result<ExportResult> Exporter::make(const WorkspaceSnapshot& snapshot, const ExportOptions& options)
{
    if (options.parts == 0 || (options.parts & ~ExportOptions::AllParts))
        return Error::invalid(QStringLiteral("only"),
                              Export::tr("Pick what to export: alertmanager, bridge or bundle."));
    const QUrl& bridge = options.bridgeUrl;
    if (!bridge.isValid() || (bridge.scheme() != QLatin1String("http") && bridge.scheme() != QLatin1String("https")) ||
        bridge.host().isEmpty() || bridge.hasQuery() || bridge.hasFragment())
        return Error::invalid(QStringLiteral("bridge-url"),
                              Export::tr("The bridge URL must be an http or https address without a query, such as "
                                         "http://127.0.0.1:8060."));

    if (!QDir::isAbsolutePath(options.bridgeDir) || options.bridgeDir.contains(QLatin1Char('\n')))
        return Error::invalid(QStringLiteral("bridge-dir"),
                              Export::tr("The bridge folder must be an absolute path on the server, such as %1.")
                                  .arg(ExportOptions::defaultBridgeDir()));

    const ExportPlan plan = ExportPlan::make(snapshot);
    ExportResult result;
    result.policies = int(plan.policies.size());
    result.robots = int(plan.robots.size());
    for (const ExportedPolicy& exported : plan.policies)
        result.targets += int(exported.targets.size());
    result.policiesWithoutRobots = plan.policiesWithoutRobots;
    result.warnings = plan.warnings;
    if (BridgeUrl(options).hasPassword() && (options.parts & ExportOptions::Alertmanager) &&
        options.alertmanagerVersion == ExportOptions::AlertmanagerVersion::V0_25 &&
        options.secrets == ExportOptions::SecretsMode::Inline)
        result.warnings.append(Export::tr("The bridge password is written into alertmanager.yml; Alertmanager 0.26 "
                                          "and newer can read the URLs from files instead (--alertmanager-version "
                                          "0.26)."));

    // The bundle (every record as JSON) takes about as long as the YAML files and reads nothing but the snapshot
    // (which outlives this call), so it is made on a second core meanwhile. Same bytes, same order of files.
    std::future<ExportFile> bundle;
    if (options.parts & ExportOptions::Bundle)
        bundle = std::async(std::launch::async, [&snapshot, withSecrets = options.bundleWithSecrets] {
            return BundleWriter::write(snapshot, withSecrets);
        });
    if (options.parts & ExportOptions::Alertmanager)
        result.files += AlertmanagerWriter::write(plan, options);
    if (options.parts & ExportOptions::Bridge) {
        // Never write a bridge configuration the bridge cannot load or run (bridgecheck.h).
        QString fileProblem;
        result.bridgeChecks =
            BridgeCheck::run(plan, BridgeWriter::templates(plan), options.serversTimeZone, &fileProblem);
        if (auto verdict = BridgeCheck::verdict(result.bridgeChecks, fileProblem); !verdict) {
            if (bundle.valid())
                bundle.wait();
            return verdict.error();
        }
        result.files += BridgeWriter::write(plan, options, snapshot.secrets);
    }
    if (options.secrets == ExportOptions::SecretsMode::Placeholders &&
        ((options.parts & ExportOptions::Bridge) ||
         ((options.parts & ExportOptions::Alertmanager) && BridgeUrl(options).hasPassword())))
        result.files.append(SecretsEnvWriter::write(plan, options));
    if (bundle.valid())
        result.files.append(bundle.get());
    return result;
}

void Exporter::run(Workspace& workspace, const ExportOptions& options, QObject* context, Done done)
{
    auto snapshot = WorkspaceSnapshot::read(workspace);
    if (!snapshot) {
        QMetaObject::invokeMethod(
            context, [done, error = snapshot.error()] { done(error); }, Qt::QueuedConnection);
        return;
    }
    auto shared = std::make_shared<WorkspaceSnapshot>(std::move(snapshot).value());
    auto reader = std::make_shared<SecretsReader>(SecretsReader{workspace, shared, {}, context, {}});
    reader->pending = robotsNeedingSecrets(*shared, options);
    reader->done = [shared, options, done](Result<void> read) {
        if (!read) {
            done(read.error());
            return;
        }
        done(make(*shared, options));
    };
    // Always answer later, as every asynchronous call of core does.
    QMetaObject::invokeMethod(
        context, [reader] { SecretsReader::next(reader); }, Qt::QueuedConnection);
}

} // namespace alertdesk
