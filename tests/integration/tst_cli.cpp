// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// alertdeskctl end to end: the real binary through QProcess, on real SQLite files, with the real keychain of the
// private D-Bus session `./packaging/dev.sh test` runs the suite in.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kToken = QStringLiteral("5f3e8c1a9b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a3c5e7b9d0f");
const QString kSecret = QStringLiteral("SEC8d4f6a2c9e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run ctl(const QStringList& arguments, const QByteArray& input = {}, const QProcessEnvironment& environment = {})
    {
        QProcess process;
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ALERTDESKCTL_PATH), QStringList{QStringLiteral("--db"), m_db} + arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonValue json(const QStringList& arguments)
    {
        const Run run = ctl(QStringList{QStringLiteral("--json")} + arguments);
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    QString webhook() const { return QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=") + kToken; }

    void addSignedRobot(const QString& name)
    {
        const Run run =
            ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"), name,
                 QStringLiteral("--webhook"), webhook(), QStringLiteral("--keyword"), QStringLiteral("Alarm"),
                 QStringLiteral("--keyword"), QStringLiteral("Dispatch"), QStringLiteral("--ip"),
                 QStringLiteral("1.2.3.0/24"), QStringLiteral("--secret-stdin"), QStringLiteral("--accept-terms")},
                kSecret.toUtf8());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
    }

private slots:
    void init()
    {
        static int counter = 0;
        m_db = m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++counter));
    }

    void versionAndHelp()
    {
        QCOMPARE(ctl({QStringLiteral("--version")}).out.trimmed(), QStringLiteral("alertdeskctl " ALERTDESK_VERSION));
        const Run help = ctl({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* entity : {"robot", "contact", "group", "policy"})
            QVERIFY2(help.out.contains(QLatin1String(entity)), entity);
        for (const char* entity : {"robot", "contact", "group", "policy"}) {
            for (const char* verb : {"add", "list", "show", "edit", "remove"}) {
                const Run verbHelp = ctl({QLatin1String(entity), QLatin1String(verb), QStringLiteral("--help")});
                QCOMPARE(verbHelp.exitCode, 0);
                QVERIFY2(
                    verbHelp.out.startsWith(
                        QStringLiteral("Usage: alertdeskctl %1 %2").arg(QLatin1String(entity), QLatin1String(verb))),
                    qPrintable(verbHelp.out));
            }
        }
        QVERIFY(ctl({QStringLiteral("robot"), QStringLiteral("copy-webhook"), QStringLiteral("--help")})
                    .out.contains(QStringLiteral("access token")));
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 1);
        QCOMPARE(ctl({QStringLiteral("robot"), QStringLiteral("frobnicate")}).exitCode, 1);
    }

    void robotRoundTrip()
    {
        addSignedRobot(QStringLiteral("ops"));
        const QJsonArray robots = json({QStringLiteral("robot"), QStringLiteral("list")}).toArray();
        QCOMPARE(robots.size(), 1);
        const QJsonObject robot = robots.first().toObject();
        QCOMPARE(robot.value(QStringLiteral("name")).toString(), QStringLiteral("ops"));
        QCOMPARE(robot.value(QStringLiteral("keywords")).toArray(),
                 QJsonArray({QStringLiteral("Alarm"), QStringLiteral("Dispatch")}));
        QCOMPARE(robot.value(QStringLiteral("ipRanges")).toArray(), QJsonArray({QStringLiteral("1.2.3.0/24")}));
        QCOMPARE(robot.value(QStringLiteral("signing")).toBool(), true);
        QCOMPARE(robot.value(QStringLiteral("endpoint")).toString(),
                 QStringLiteral("https://oapi.dingtalk.com/robot/send"));
        QVERIFY(!robot.value(QStringLiteral("termsAcceptedAt")).isNull());

        const Run copy = ctl({QStringLiteral("robot"), QStringLiteral("copy-webhook"), QStringLiteral("ops")});
        QCOMPARE(copy.exitCode, 0);
        QCOMPARE(copy.out.trimmed(), webhook());

        const Run edit = ctl({QStringLiteral("robot"), QStringLiteral("edit"), QStringLiteral("ops"),
                              QStringLiteral("--name"), QStringLiteral("ops-cn"), QStringLiteral("--keywords-preset"),
                              QStringLiteral("arms-api"), QStringLiteral("--no-signing"), QStringLiteral("--no-ips")});
        QCOMPARE(edit.exitCode, 0);
        QVERIFY2(edit.err.contains(QStringLiteral("Alarm")), qPrintable(edit.err)); // ARMS keywords now missing
        const QJsonObject edited =
            json({QStringLiteral("robot"), QStringLiteral("show"), QStringLiteral("OPS-CN")}).toObject();
        QCOMPARE(edited.value(QStringLiteral("keywords")).toArray(), QJsonArray({QStringLiteral("告警")}));
        QCOMPARE(edited.value(QStringLiteral("signing")).toBool(), false);
        QCOMPARE(edited.value(QStringLiteral("ipRanges")).toArray(), QJsonArray());

        const Run show = ctl({QStringLiteral("robot"), QStringLiteral("show"), QStringLiteral("ops-cn")});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QStringLiteral("告警")));
        QVERIFY(!show.out.contains(kToken));

        QCOMPARE(ctl({QStringLiteral("robot"), QStringLiteral("remove"), QStringLiteral("ops-cn")}).exitCode, 0);
        QCOMPARE(json({QStringLiteral("robot"), QStringLiteral("list")}).toArray().size(), 0);
        const Run gone = ctl({QStringLiteral("robot"), QStringLiteral("copy-webhook"), QStringLiteral("ops-cn")});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY(!gone.err.isEmpty());
    }

    void secretsStayOutOfTheDatabase()
    {
        addSignedRobot(QStringLiteral("signed"));
        QByteArray everything;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile file(m_db + suffix);
            if (file.open(QIODevice::ReadOnly))
                everything += file.readAll();
        }
        QVERIFY(everything.size() > 0);
        QVERIFY(!everything.contains(kToken.toUtf8()));
        QVERIFY(!everything.contains(kSecret.toUtf8()));
        QVERIFY(!everything.contains(kToken.left(16).toUtf8()));
        QVERIFY(!everything.contains(kSecret.mid(3, 16).toUtf8()));
        // ...and both are in the keychain, as the keychain itself reports (not through AlertDesk).
        const QJsonObject robot =
            json({QStringLiteral("robot"), QStringLiteral("show"), QStringLiteral("signed")}).toObject();
        const QString uuid = robot.value(QStringLiteral("uuid")).toString();
        QVERIFY(!uuid.isEmpty());
        for (const auto& [key, expected] : {std::pair{QStringLiteral("robot/%1/access-token").arg(uuid), kToken},
                                            std::pair{QStringLiteral("robot/%1/sign-secret").arg(uuid), kSecret}}) {
            QProcess lookup;
            lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                         QStringLiteral("AlertDesk"), QStringLiteral("user"), key});
            QVERIFY(lookup.waitForFinished());
            QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), expected);
        }
    }

    void secretsComeOnlyFromStdin()
    {
        const Run run = ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("x"), QStringLiteral("--webhook"), webhook(), QStringLiteral("--secret"),
                             kSecret, QStringLiteral("--accept-terms")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.contains(kSecret));
        // The webhook, token included, can come on stdin too; then the secret on the next line.
        const Run piped =
            ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("piped"),
                 QStringLiteral("--webhook-stdin"), QStringLiteral("--secret-stdin"), QStringLiteral("--accept-terms")},
                (webhook() + QLatin1Char('\n') + kSecret + QLatin1Char('\n')).toUtf8());
        QCOMPARE(piped.exitCode, 0);
        QVERIFY(!piped.out.contains(kSecret) && !piped.out.contains(kToken));
        QCOMPARE(ctl({QStringLiteral("robot"), QStringLiteral("copy-webhook"), QStringLiteral("piped")}).out.trimmed(),
                 webhook());
    }

    void validationErrorsNameTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        const QStringList robot{QStringLiteral("robot"), QStringLiteral("add"),       QStringLiteral("--name"),
                                QStringLiteral("r"),     QStringLiteral("--webhook"), webhook()};
        QTest::addRow("no terms") << robot + QStringList{QStringLiteral("--keyword"), QStringLiteral("Alarm")}
                                  << QStringLiteral("--accept-terms");
        QTest::addRow("no security") << robot + QStringList{QStringLiteral("--accept-terms")} << QString();
        QTest::addRow("ipv6") << robot + QStringList{QStringLiteral("--ip"), QStringLiteral("2001:db8::/32"),
                                                     QStringLiteral("--accept-terms")}
                              << QStringLiteral("--ip");
        QTest::addRow("no token")
            << QStringList{QStringLiteral("robot"),         QStringLiteral("add"),
                           QStringLiteral("--name"),        QStringLiteral("r"),
                           QStringLiteral("--webhook"),     QStringLiteral("https://oapi.dingtalk.com/robot/send"),
                           QStringLiteral("--keyword"),     QStringLiteral("Alarm"),
                           QStringLiteral("--accept-terms")}
            << QString();
        QTest::addRow("bad phone") << QStringList{QStringLiteral("contact"), QStringLiteral("add"),
                                                  QStringLiteral("--name"),  QStringLiteral("c"),
                                                  QStringLiteral("--phone"), QStringLiteral("138 0013")}
                                   << QStringLiteral("--phone");
        QTest::addRow("zero duration") << QStringList{QStringLiteral("policy"),       QStringLiteral("add"),
                                                      QStringLiteral("--name"),       QStringLiteral("p"),
                                                      QStringLiteral("--group-wait"), QStringLiteral("0s")}
                                       << QStringLiteral("--group-wait");
        QTest::addRow("bad rule") << QStringList{QStringLiteral("policy"),  QStringLiteral("add"),
                                                 QStringLiteral("--name"),  QStringLiteral("p"),
                                                 QStringLiteral("--match"), QStringLiteral("severity")}
                                  << QStringLiteral("--match");
        QTest::addRow("unknown time zone")
            << QStringList{QStringLiteral("policy"),   QStringLiteral("add"),
                           QStringLiteral("--name"),   QStringLiteral("p"),
                           QStringLiteral("--window"), QStringLiteral("mon-fri 09:00-18:00 Mars/Olympus")}
            << QStringLiteral("--window");
        QTest::addRow("unknown recipient")
            << QStringList{QStringLiteral("policy"), QStringLiteral("add"),         QStringLiteral("--name"),
                           QStringLiteral("p"),      QStringLiteral("--recipient"), QStringLiteral("contact:nobody")}
            << QStringLiteral("--recipient");
    }

    void validationErrorsNameTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        const Run run = ctl(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("error: ") + option), qPrintable(run.err));
        QVERIFY2(run.err.size() > 40, qPrintable(run.err)); // a sentence, not a code
    }

    void contactsGroupsAndPoliciesRoundTrip()
    {
        addSignedRobot(QStringLiteral("ops"));
        QCOMPARE(ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Zhang San"), QStringLiteral("--phone"), QStringLiteral("+86-13800138000"),
                      QStringLiteral("--email"), QStringLiteral("zhang@example.com"), QStringLiteral("--user-id"),
                      QStringLiteral("zhangsan"), QStringLiteral("--robot"), QStringLiteral("ops")})
                     .exitCode,
                 0);
        // Linking by pasting the webhook finds the same robot through the keychain.
        QCOMPARE(
            ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Li Si"),
                 QStringLiteral("--webhook"), QStringLiteral("  ") + webhook() + QStringLiteral("\n")})
                .exitCode,
            0);
        const QJsonObject li =
            json({QStringLiteral("contact"), QStringLiteral("show"), QStringLiteral("li si")}).toObject();
        QCOMPARE(li.value(QStringLiteral("robot")).toString(), QStringLiteral("ops"));

        QCOMPARE(
            ctl({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("oncall"),
                 QStringLiteral("--description"), QStringLiteral("值班"), QStringLiteral("--member"),
                 QStringLiteral("Zhang San"), QStringLiteral("--member"), QStringLiteral("Li Si")})
                .exitCode,
            0);
        const QJsonObject group =
            json({QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("oncall")}).toObject();
        QCOMPARE(group.value(QStringLiteral("members")).toArray(),
                 QJsonArray({QStringLiteral("Li Si"), QStringLiteral("Zhang San")})); // ordered by name

        QFile title(m_dir.filePath(QStringLiteral("title.tmpl")));
        QVERIFY(title.open(QIODevice::WriteOnly));
        title.write("Alarm {{ .CommonLabels.alertname }}");
        title.close();
        const Run policy = ctl({QStringLiteral("policy"),
                                QStringLiteral("add"),
                                QStringLiteral("--name"),
                                QStringLiteral("critical"),
                                QStringLiteral("--recipient"),
                                QStringLiteral("group:oncall"),
                                QStringLiteral("--recipient"),
                                QStringLiteral("robot:ops"),
                                QStringLiteral("--match"),
                                QStringLiteral("severity=critical,team in db|web"),
                                QStringLiteral("--match"),
                                QStringLiteral("alertname=~Disk.*"),
                                QStringLiteral("--group-by"),
                                QStringLiteral("alertname,cluster"),
                                QStringLiteral("--group-wait"),
                                QStringLiteral("1m"),
                                QStringLiteral("--group-interval"),
                                QStringLiteral("10m"),
                                QStringLiteral("--repeat-interval"),
                                QStringLiteral("1h30m"),
                                QStringLiteral("--window"),
                                QStringLiteral("mon-fri 09:00-18:00 Asia/Shanghai"),
                                QStringLiteral("--no-resolved"),
                                QStringLiteral("--msgtype"),
                                QStringLiteral("text"),
                                QStringLiteral("--title-template"),
                                title.fileName(),
                                QStringLiteral("--mention"),
                                QStringLiteral("recipients"),
                                QStringLiteral("--dialect"),
                                QStringLiteral("alertmanager")});
        QCOMPARE(policy.err, QString());
        QCOMPARE(policy.exitCode, 0);
        const QJsonObject shown =
            json({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("critical")}).toObject();
        QCOMPARE(shown.value(QStringLiteral("groupBy")).toArray(),
                 QJsonArray({QStringLiteral("alertname"), QStringLiteral("cluster")}));
        QCOMPARE(shown.value(QStringLiteral("groupWait")).toString(), QStringLiteral("1m"));
        QCOMPARE(shown.value(QStringLiteral("groupInterval")).toString(), QStringLiteral("10m"));
        QCOMPARE(shown.value(QStringLiteral("repeatInterval")).toString(), QStringLiteral("1h30m"));
        QCOMPARE(shown.value(QStringLiteral("sendResolved")).toBool(), false);
        QCOMPARE(shown.value(QStringLiteral("mention")).toString(), QStringLiteral("recipients"));
        QCOMPARE(shown.value(QStringLiteral("window")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("mon-fri 09:00-18:00 Asia/Shanghai"));
        const QJsonObject message = shown.value(QStringLiteral("message")).toObject();
        QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QCOMPARE(message.value(QStringLiteral("dialect")).toString(), QStringLiteral("alertmanager"));
        QCOMPARE(message.value(QStringLiteral("titleTemplate")).toString(),
                 QStringLiteral("Alarm {{ .CommonLabels.alertname }}"));
        const QJsonArray rules = shown.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(1)
                     .toObject()
                     .value(QStringLiteral("conditions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("operator")),
                 QStringLiteral("re"));
        const QJsonArray recipients = shown.value(QStringLiteral("recipients")).toArray();
        QCOMPARE(recipients.size(), 2);
        QCOMPARE(recipients.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("oncall"));

        // Edit, then remove with the usage check.
        QCOMPARE(ctl({QStringLiteral("policy"), QStringLiteral("edit"), QStringLiteral("critical"),
                      QStringLiteral("--no-match"), QStringLiteral("--no-window"), QStringLiteral("--resolved"),
                      QStringLiteral("--disable")})
                     .exitCode,
                 0);
        const QJsonObject edited =
            json({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("critical")}).toObject();
        QCOMPARE(edited.value(QStringLiteral("rules")).toArray().size(), 0);
        QVERIFY(edited.value(QStringLiteral("window")).isNull());
        QCOMPARE(edited.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(edited.value(QStringLiteral("sendResolved")).toBool(), true);

        const Run refused = ctl({QStringLiteral("group"), QStringLiteral("remove"), QStringLiteral("oncall")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("critical")), qPrintable(refused.err));
        QCOMPARE(ctl({QStringLiteral("group"), QStringLiteral("remove"), QStringLiteral("oncall"),
                      QStringLiteral("--force")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("contact"), QStringLiteral("edit"), QStringLiteral("Li Si"),
                      QStringLiteral("--no-robot"), QStringLiteral("--phone"), QStringLiteral("+852-12345678")})
                     .exitCode,
                 0);
        QVERIFY(json({QStringLiteral("contact"), QStringLiteral("show"), QStringLiteral("Li Si")})
                    .toObject()
                    .value(QStringLiteral("robot"))
                    .isNull());
        QCOMPARE(ctl({QStringLiteral("contact"), QStringLiteral("remove"), QStringLiteral("Li Si")}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("policy"), QStringLiteral("remove"), QStringLiteral("critical")}).exitCode, 0);
        QCOMPARE(json({QStringLiteral("policy"), QStringLiteral("list")}).toArray().size(), 0);
        QCOMPARE(json({QStringLiteral("contact"), QStringLiteral("list")}).toArray().size(), 1);
    }

    void duplicateNamesAreConflicts()
    {
        QCOMPARE(
            ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Wang")})
                .exitCode,
            0);
        const Run again =
            ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("wang")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.startsWith(QStringLiteral("error: --name")));
    }

    void storageErrorsExitWith2()
    {
        QFile garbage(m_db);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        const Run run = ctl({QStringLiteral("robot"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(m_db));
    }

    void environmentVariableChoosesTheWorkspace()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ALERTDESK_DB"), m_db);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ALERTDESKCTL_PATH), {QStringLiteral("contact"), QStringLiteral("add"),
                                                          QStringLiteral("--name"), QStringLiteral("env")});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(m_db));
        QCOMPARE(json({QStringLiteral("contact"), QStringLiteral("list")}).toArray().size(), 1);
    }

    void keychainErrorsExitWith3()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const Run run = ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("nokeychain"), QStringLiteral("--webhook"), webhook(),
                             QStringLiteral("--keyword"), QStringLiteral("Alarm"), QStringLiteral("--accept-terms")},
                            {}, environment);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(run.err));
        QCOMPARE(json({QStringLiteral("robot"), QStringLiteral("list")}).toArray().size(), 0); // nothing half-saved
    }

    void doesNotLinkQtGui()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(ALERTDESKCTL_PATH)});
        QVERIFY(ldd.waitForFinished());
        const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY(libraries.contains(QStringLiteral("libQt6Core")));
        QVERIFY(!libraries.contains(QStringLiteral("libQt6Gui")));
        QVERIFY(!libraries.contains(QStringLiteral("libQt6Widgets")));
    }

    void followsTheSystemLanguage()
    {
        // Qt reads LANGUAGE / LC_ALL / LANG itself, so no zh_CN locale needs to be generated for this.
        QProcessEnvironment chinese = QProcessEnvironment::systemEnvironment();
        chinese.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        chinese.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        chinese.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
        const Run run = ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("c"), QStringLiteral("--phone"), QStringLiteral("138 0013")},
                            {}, chinese);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("错误：--phone: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("手机号")), qPrintable(run.err));
        const Run help = ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--help")}, {}, chinese);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("alertdeskctl robot add")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("自定义关键词")), qPrintable(help.out));

        QProcessEnvironment english = QProcessEnvironment::systemEnvironment();
        english.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        english.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        english.insert(QStringLiteral("LANGUAGE"), QString());
        const Run same = ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("c"), QStringLiteral("--phone"), QStringLiteral("138 0013")},
                             {}, english);
        QVERIFY2(same.err.startsWith(QStringLiteral("error: --phone: Phone number")), qPrintable(same.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
