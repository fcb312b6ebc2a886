// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Import then export gives an equivalent configuration. For each varied workspace of the export tests:
// 1. export (secrets inline) -> import alertmanager.yml + dingtalk/config.yml into an empty workspace -> export again:
//    the real `amtool config routes test` sends sample label sets to the same policies, whose bridge targets reach
//    the same webhooks with the same mentions and the same title and text templates;
// 2. export the bundle (with secrets) -> import it into an empty workspace -> export the bundle again: the same
//    bundle, apart from uuids and the times records were stored.
#include "export/importer.h"
#include "export/workspacesnapshot.h"
#include "tst_exportfixtures.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace alertdesk;
using namespace alertdesk::test;
using namespace alertdesk::test::exportfixtures;

namespace {

const QString amtool = QStringLiteral("/usr/bin/amtool");

bool writeFiles(const ExportResult& result, const QString& dir)
{
    for (const ExportFile& file : result.files) {
        const QString path = QDir(dir).filePath(file.path);
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size())
            return false;
    }
    return true;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<ImportPlan> applyAndWait(Workspace& workspace, const ImportPlan& plan)
{
    Importer::Options options;
    options.acceptTerms = true;
    std::optional<Result<ImportPlan>> answer;
    QObject context;
    Importer::apply(workspace, plan, options, &context, [&](Result<ImportPlan> result) { answer.emplace(result); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return Error::storage(QStringLiteral("no answer"));
    return *answer;
}

/// What an exported directory does with alerts, in terms that do not depend on uuids or slugs.
class Exported {
public:
    explicit Exported(QString dir)
        : m_dir(std::move(dir))
    {
        // Receiver "alertdesk-<slug>" -> policy name, from the templates file's comments.
        static const QRegularExpression policy(QStringLiteral(
            "\\{\\{/\\* policy \"(.*)\" \\*/\\}\\}\\n\\{\\{ define \"alertdesk\\.(.+)\\.title\" \\}\\}"));
        const QString templates = QString::fromUtf8(readAll(path(QStringLiteral("dingtalk/templates/alertdesk.tmpl"))));
        for (auto it = policy.globalMatch(templates); it.hasNext();) {
            const auto match = it.next();
            m_policyOfSlug.insert(match.captured(2), match.captured(1));
        }
        m_alertmanager = YAML::LoadFile(path(QStringLiteral("alertmanager.yml")).toStdString());
        m_bridge = YAML::LoadFile(path(QStringLiteral("dingtalk/config.yml")).toStdString());
        m_defines = QString::fromUtf8(readAll(path(QStringLiteral("dingtalk/templates/alertdesk.tmpl"))));
    }

    QString path(const QString& name) const { return QDir(m_dir).filePath(name); }

    /// "policy: target webhook + mention + templates; ..." for the receivers amtool picks for `labels`.
    QString routing(const QStringList& labels) const
    {
        QProcess process;
        process.start(amtool, QStringList{QStringLiteral("config"), QStringLiteral("routes"), QStringLiteral("test"),
                                          QStringLiteral("--config.file=") + path(QStringLiteral("alertmanager.yml"))} +
                                  labels);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QStringLiteral("amtool failed: ") + QString::fromUtf8(process.readAllStandardError());
        QStringList result;
        const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        for (const QString& receiver : out.split(u',')) {
            // A receiver without webhooks (a policy reaching no robot) notifies nobody, like the blackhole.
            const QString description = describeReceiver(receiver);
            if (receiver != QLatin1String("alertdesk-blackhole") && !description.contains(QLatin1String(" -> [] ")))
                result.append(description);
        }
        result.sort();
        return result.join(QStringLiteral("; "));
    }

    /// Every policy's description, sorted: all that the exported files say about it, without names of our own.
    QString allPolicies(const QStringList& except = {}) const
    {
        QStringList all;
        for (const auto& receiver : m_alertmanager["receivers"]) {
            const QString name = QString::fromStdString(receiver["name"].as<std::string>());
            const QString description = describeReceiver(name);
            if (name != QLatin1String("alertdesk-blackhole") &&
                !except.contains(description.section(QStringLiteral(" -> "), 0, 0)))
                all.append(description);
        }
        all.sort();
        return all.join(u'\n');
    }

private:
    QString define(const QString& name) const
    {
        const QString start = QStringLiteral("{{ define \"%1\" }}").arg(name);
        const qsizetype at = m_defines.indexOf(start);
        if (at < 0)
            return QStringLiteral("<no define %1>").arg(name);
        const qsizetype end = m_defines.indexOf(QStringLiteral("{{ end }}\n{{"), at);
        return m_defines.mid(at + start.size(), end < 0 ? -1 : end - at - start.size());
    }

    QString describeReceiver(const QString& receiver) const
    {
        const QString slug = receiver.mid(int(qstrlen("alertdesk-")));
        QStringList targets;
        for (const auto& node : m_alertmanager["receivers"]) {
            if (QString::fromStdString(node["name"].as<std::string>()) != receiver || !node["webhook_configs"])
                continue;
            for (const auto& webhook : node["webhook_configs"]) {
                const QString url = QString::fromStdString(webhook["url"].as<std::string>());
                const QString target = url.section(u'/', -2, -2);
                const YAML::Node t = m_bridge["targets"][target.toStdString()];
                YAML::Emitter mention;
                mention << YAML::Flow << t["mention"];
                targets.append(QStringLiteral("%1 secret=%2 mention=%3 resolved=%4")
                                   .arg(QString::fromStdString(t["url"].as<std::string>()),
                                        QString::fromStdString(t["secret"].as<std::string>("")),
                                        QString::fromUtf8(mention.c_str()),
                                        QString::fromStdString(webhook["send_resolved"].as<std::string>())));
            }
        }
        targets.sort();
        return QStringLiteral("%1 -> [%2] title=%3 text=%4")
            .arg(m_policyOfSlug.value(slug, QStringLiteral("?") + slug), targets.join(QStringLiteral(", ")),
                 define(QStringLiteral("alertdesk.%1.title").arg(slug)),
                 define(QStringLiteral("alertdesk.%1.text").arg(slug)));
    }

    QString m_dir;
    QHash<QString, QString> m_policyOfSlug;
    YAML::Node m_alertmanager;
    YAML::Node m_bridge;
    QString m_defines;
};

QList<QStringList> sampleLabelSets()
{
    const auto set = [](std::initializer_list<const char*> labels) {
        QStringList list{QStringLiteral("alertname=Sample")};
        for (const char* label : labels)
            list.append(QString::fromUtf8(label));
        return list;
    };
    return {set({}),
            set({"severity=critical"}),
            set({"team=db", "env=prod"}),
            set({"team=db", "env=dev"}),
            set({"severity=critical", "team=db", "env=prod"}),
            set({"service=订单服务"}),
            set({"team=数据库"}),
            set({"pick=a.b"}),
            set({"pick=axb"}),
            set({"skip=}"}),
            set({"regex=db-12.prod"}),
            set({"slash=other"}),
            set({"multi=line1"})};
}

/// A bundle without what changes on the way in: uuids become the names they stand for, stored times go.
QJsonObject normalizedBundle(const QByteArray& bytes)
{
    QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
    QHash<QString, QString> names;
    for (const char* kind : {"robots", "contacts", "groups", "policies"}) {
        for (const QJsonValue& record : bundle.value(QLatin1String(kind)).toArray())
            names.insert(record[QLatin1String("uuid")].toString(), record[QLatin1String("name")].toString());
    }
    const auto rename = [&](QJsonValue value) -> QJsonValue {
        return value.isString() ? QJsonValue(names.value(value.toString(), QStringLiteral("?"))) : value;
    };
    for (const char* kind : {"robots", "contacts", "groups", "policies"}) {
        QJsonArray records;
        for (const QJsonValue& value : bundle.value(QLatin1String(kind)).toArray()) {
            QJsonObject record = value.toObject();
            record.remove(QStringLiteral("uuid"));
            record.remove(QStringLiteral("createdAt"));
            record.remove(QStringLiteral("updatedAt"));
            if (record.contains(QStringLiteral("robotUuid")))
                record.insert(QStringLiteral("robotUuid"), rename(record.value(QStringLiteral("robotUuid"))));
            if (record.contains(QStringLiteral("memberUuids"))) {
                QJsonArray members;
                for (const QJsonValue& member : record.value(QStringLiteral("memberUuids")).toArray())
                    members.append(rename(member));
                record.insert(QStringLiteral("memberUuids"), members);
            }
            if (record.contains(QStringLiteral("recipients"))) {
                QJsonArray recipients;
                for (const QJsonValue& recipient : record.value(QStringLiteral("recipients")).toArray()) {
                    QJsonObject object = recipient.toObject();
                    object.insert(QStringLiteral("uuid"), rename(object.value(QStringLiteral("uuid"))));
                    recipients.append(object);
                }
                record.insert(QStringLiteral("recipients"), recipients);
            }
            records.append(record);
        }
        bundle.insert(QLatin1String(kind), records);
    }
    QJsonObject secrets;
    const QJsonObject stored = bundle.value(QStringLiteral("secrets")).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        secrets.insert(names.value(it.key()), it.value());
    bundle.insert(QStringLiteral("secrets"), secrets);
    return bundle;
}

} // namespace

class TestImportRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(amtool), "amtool is missing: apt-get install prometheus-alertmanager");
    }

    void alertmanagerExportImportExportRoutesTheSame_data()
    {
        QTest::addColumn<int>("fixture");
        const QList<Fixture> fixtures = variedWorkspaces();
        for (int i = 0; i < fixtures.size(); ++i)
            QTest::newRow(fixtures.at(i).name) << i;
    }

    void alertmanagerExportImportExportRoutesTheSame()
    {
        QFETCH(int, fixture);
        TempWorkspace original;
        variedWorkspaces().at(fixture).fill(original);
        ExportOptions options;
        options.secrets = ExportOptions::SecretsMode::Inline;
        QTemporaryDir first;
        QTemporaryDir second;
        auto exported = exportOf(original, options);
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));
        QVERIFY(writeFiles(exported.value(), first.path()));

        auto plan = Importer::readAlertmanager(QDir(first.path()).filePath(QStringLiteral("alertmanager.yml")),
                                               QDir(first.path()).filePath(QStringLiteral("dingtalk/config.yml")));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        // The policies keep their names (from the export's comments).
        for (const NotificationPolicy& policy : original->policies().all().value()) {
            const bool reachesRobot = !exported->policiesWithoutRobots.contains(policy.name);
            const bool imported = std::any_of(plan->policies.cbegin(), plan->policies.cend(),
                                              [&](const NotificationPolicy& p) { return p.name == policy.name; });
            QCOMPARE(imported, policy.enabled && reachesRobot);
        }
        TempWorkspace copy;
        auto applied = applyAndWait(copy.workspace(), plan.value());
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        auto again = exportOf(copy, options);
        QVERIFY(again.ok());
        QVERIFY(writeFiles(again.value(), second.path()));

        const Exported before(first.path());
        const Exported after(second.path());
        // A policy that reaches no robot is exported as a receiver without webhooks: nothing to import.
        const QString expectedPolicies = before.allPolicies({QStringLiteral("nobody reached")});
        if (after.allPolicies() != expectedPolicies) {
            first.setAutoRemove(false);
            second.setAutoRemove(false);
            qWarning().noquote() << "kept for a look:" << first.path() << second.path();
            QCOMPARE(after.allPolicies(), expectedPolicies);
        }
        for (const QStringList& labels : sampleLabelSets()) {
            const QString expected = before.routing(labels);
            QVERIFY2(!expected.startsWith(QLatin1String("amtool failed")), qPrintable(expected));
            QCOMPARE(after.routing(labels), expected);
        }
    }

    void bundleExportImportExportIsTheSame_data() { alertmanagerExportImportExportRoutesTheSame_data(); }

    void bundleExportImportExportIsTheSame()
    {
        QFETCH(int, fixture);
        TempWorkspace original;
        variedWorkspaces().at(fixture).fill(original);
        ExportOptions options;
        options.parts = ExportOptions::Bundle;
        options.bundleWithSecrets = true;
        auto exported = exportOf(original, options);
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));
        QTemporaryDir dir;
        QVERIFY(writeFiles(exported.value(), dir.path()));
        const QString bundlePath = QDir(dir.path()).filePath(QStringLiteral("alertdesk-bundle.json"));

        auto plan = Importer::readBundle(bundlePath);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        TempWorkspace copy;
        auto applied = applyAndWait(copy.workspace(), plan.value());
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        auto again = exportOf(copy, options);
        QVERIFY(again.ok());
        const QJsonObject before = normalizedBundle(readAll(bundlePath));
        const QJsonObject after = normalizedBundle(again->file(QStringLiteral("alertdesk-bundle.json"))->bytes);
        QCOMPARE(QJsonDocument(after).toJson(), QJsonDocument(before).toJson());
    }
};

QTEST_GUILESS_MAIN(TestImportRoundTrip)
#include "tst_importroundtrip.moc"
