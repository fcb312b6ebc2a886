// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Differential tests of the template engine against the Go oracle (tests/oracle/README.md): `alertdeskctl render` and
// the oracle run on the same (template, payload, dialect[, define]) and must print byte-identical text with the same
// exit status. One test function per set of templates.md / issue 4:
//   corpus         a. tests/data/templates/MANIFEST x every payload in resources/payloads
//   payloads       b. tests/data/templates/probes/MANIFEST (dumps of every field) x every shipped payload
//   generated      c. the seeded generator's cases (tests/oracle/gen, written into the build tree)
//   errors         d. tests/data/templates/errors/MANIFEST: both fail with exit status 1, nothing on stdout
//   errorMessages  d, stricter: the first line of stderr is Go's, byte for byte
// plus oracleSelfCheck, which checks the oracle and the data themselves and does not run alertdeskctl.
// Every set runs in the three servers' time zones of kZones (--time-zone on both sides: Go's Local): payloads and
// clockFunctions run each case in each zone; corpus, generated, errors and errorMessages run case i in zone i % 3
// (each set sees every zone, and each corpus template every zone, over its 7 payloads) so the suite keeps its running
// time.
// Each set prints "<set>: N of N identical"; mismatches go to ALERTDESK_ORACLE_DIFF_DIR/<set>.txt with a minimal diff.
// Which sets CTest enforces is decided in tests/oracle/CMakeLists.txt (command-line function names).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

#include "tst_template_oracle_cases.h"

class TestTemplateOracle : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_fixedNow; ///< ALERTDESK_TEMPLATE_NOW for both sides, when set

    QProcessEnvironment environment(const QString& tz = QStringLiteral("UTC")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), tz);
        if (m_fixedNow.isEmpty())
            env.remove(QStringLiteral("ALERTDESK_TEMPLATE_NOW"));
        else
            env.insert(QStringLiteral("ALERTDESK_TEMPLATE_NOW"), m_fixedNow);
        // render needs no workspace; should alertdeskctl open one anyway, it is a throwaway file
        env.insert(QStringLiteral("ALERTDESK_DB"), m_dir.filePath(QStringLiteral("workspace.sqlite")));
        return env;
    }

    static void start(QProcess& process, const QString& program, const QStringList& arguments,
                      const QProcessEnvironment& env)
    {
        process.setProcessEnvironment(env);
        process.start(program, arguments);
    }

    static Run finish(QProcess& process)
    {
        Run run;
        if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            run.err = "did not run or did not finish: " + process.errorString().toUtf8();
            return run;
        }
        run.finished = process.exitStatus() == QProcess::NormalExit;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    Run oracle(const Case& c, const QStringList& extra = {}, const QString& tz = QStringLiteral("UTC"))
    {
        QProcess process;
        start(process, QStringLiteral(ALERTDESK_ORACLE_PATH), c.arguments() + extra, environment(tz));
        return finish(process);
    }

    // Runs the oracle and alertdeskctl side by side on every case; `same` judges a pair.
    void differential(const QString& set, const QList<Case>& cases,
                      const std::function<bool(const Run& go, const Run& ours)>& same)
    {
        QVERIFY2(!cases.isEmpty(), "no cases");
        QDir().mkpath(QStringLiteral(ALERTDESK_ORACLE_DIFF_DIR));
        QFile diffs(QStringLiteral(ALERTDESK_ORACLE_DIFF_DIR "/") + set + QStringLiteral(".txt"));
        QVERIFY(diffs.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QProcessEnvironment env = environment();
        int identical = 0;
        QStringList shown;
        for (const Case& c : cases) {
            QProcess goProcess;
            QProcess ourProcess;
            start(goProcess, QStringLiteral(ALERTDESK_ORACLE_PATH), c.arguments(), env);
            start(ourProcess, QStringLiteral(ALERTDESKCTL_PATH), QStringList{QStringLiteral("render")} + c.arguments(),
                  env);
            const Run go = finish(goProcess);
            const Run ours = finish(ourProcess);
            if (same(go, ours)) {
                ++identical;
                continue;
            }
            QString report = QStringLiteral("== %1\n  oracle %2\n  go exit %3, alertdeskctl exit %4\n")
                                 .arg(c.label(), c.arguments().join(QLatin1Char(' ')))
                                 .arg(go.finished ? go.exitCode : -1)
                                 .arg(ours.finished ? ours.exitCode : -1);
            if (go.out != ours.out)
                report += minimalDiff(go.out, ours.out);
            if (firstLine(go.err) != firstLine(ours.err))
                report += QStringLiteral("  go stderr:           %1\n  alertdeskctl stderr: %2\n")
                              .arg(printable(firstLine(go.err)), printable(firstLine(ours.err)));
            diffs.write(report.toUtf8());
            if (shown.size() < 5)
                shown << report;
        }
        const QString summary = QStringLiteral("%1: %2 of %3 identical").arg(set).arg(identical).arg(cases.size());
        diffs.write((summary + QLatin1Char('\n')).toUtf8());
        qInfo().noquote() << summary;
        for (const QString& report : std::as_const(shown))
            qInfo().noquote() << report;
        QVERIFY2(identical == cases.size(),
                 qPrintable(summary + QStringLiteral("; every mismatch is in ") + diffs.fileName()));
    }

    static bool sameRender(const Run& go, const Run& ours)
    {
        return go.finished && ours.finished && go.exitCode == ours.exitCode && go.out == ours.out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(ALERTDESK_ORACLE_PATH)).isExecutable(), "the oracle is not built");
        QVERIFY2(QFileInfo(QStringLiteral(ALERTDESKCTL_PATH)).isExecutable(), "alertdeskctl is not built");
    }

    // The oracle and the data, without alertdeskctl: every valid case renders (exit 0, nothing on stderr), every
    // error case fails with a Go template error, renders do not depend on TZ or --repeat, and a few known answers.
    void oracleSelfCheck()
    {
        QList<Case> valid = corpusCases() + probeCases();
        QVERIFY2(valid.size() >= 40 * 7, "the corpus has fewer than 40 templates");
        const QList<Case> generated = generatedCases();
        QVERIFY2(generated.size() >= 2000, "fewer than 2000 generated cases");
        valid += generated;
        int failures = 0;
        for (const Case& c : std::as_const(valid)) {
            const Run run = oracle(c);
            if (!run.finished || run.exitCode != 0 || !run.err.isEmpty()) {
                if (++failures <= 5)
                    qWarning().noquote() << "oracle fails on a valid case:" << c.label() << run.err;
            }
        }
        QCOMPARE(failures, 0);

        for (const Case& c : errorCases()) {
            const Run run = oracle(c);
            QVERIFY2(run.finished && run.exitCode == 1, qPrintable(c.label()));
            QVERIFY2(run.out.isEmpty(), qPrintable(c.label()));
            QVERIFY2(run.err.startsWith("template: "),
                     qPrintable(c.label() + QLatin1Char(' ') + QString::fromUtf8(run.err)));
        }

        // Deterministic: the same output again, under another TZ (the oracle's --time-zone, not TZ, is the servers'
        // zone), and as the last of several renders.
        for (qsizetype i = 0; i < valid.size(); i += 97) {
            const Case& c = valid.at(i);
            const Run first = oracle(c);
            QCOMPARE(oracle(c, {}, QStringLiteral("Asia/Shanghai")).out, first.out);
            QCOMPARE(oracle(c, {}, QStringLiteral("Europe/Berlin")).out, first.out);
            QCOMPARE(oracle(c, {QStringLiteral("--repeat"), QStringLiteral("3")}).out, first.out);
        }

        // Known answers, worked out by hand from the payloads.
        const QString payloads = QStringLiteral(ALERTDESK_PAYLOADS_DIR);
        const auto render = [&](const QByteArray& text, const QString& payload, const QString& dialect,
                                const QString& zone = QStringLiteral("UTC"),
                                const QStringList& extra = {}) -> QByteArray {
            QFile file(m_dir.filePath(QStringLiteral("known.tmpl")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return QByteArray("cannot write");
            file.write(text);
            file.close();
            const QString path = payload.contains(QLatin1Char('/')) ? payload : payloads + QLatin1Char('/') + payload;
            const Run run = oracle({file.fileName(), path, dialect, {}, zone}, extra);
            return QByteArray(run.out).append(run.err);
        };
        const QString am = QStringLiteral("alertmanager");
        const QString bridge = QStringLiteral("dingtalk-bridge");
        QCOMPARE(render("{{ range .Alerts }}{{ (.StartsAt.Add 28800e9).Format \"2006-01-02 15:04:05\" }}|{{ .StartsAt "
                        "}}|{{ .EndsAt }}{{ end }}",
                        QStringLiteral("firing-one.json"), am),
                 QByteArray("2024-03-18 17:42:17|2024-03-18 09:42:17.512 +0000 UTC|0001-01-01 00:00:00 +0000 UTC"));
        QCOMPARE(render("{{ (index .Alerts 0).StartsAt }} {{ printf \"%T\" . }}", QStringLiteral("chinese.json"), am),
                 QByteArray("2024-03-18 14:30:00 +0800 +0800 *template.Data"));
        QCOMPARE(render("{{ printf \"%T\" . }} {{ .AtMobiles }}", QStringLiteral("twenty-alerts.json"), bridge,
                        kZones[1], {QStringLiteral("--mention-mobiles"), QStringLiteral("1,2")}),
                 QByteArray("*models.WebhookMessage [13800138000 13900139000 1 2]"));
        // Neither server's data has GroupKey.
        QCOMPARE(render("{{ .GroupKey }}", QStringLiteral("firing-one.json"), bridge),
                 QByteArray("template: known.tmpl:1:3: executing \"known.tmpl\" at <.GroupKey>: can't evaluate field "
                            "GroupKey in type *models.WebhookMessage\n"));
        QCOMPARE(render("{{ .GroupKey }}", QStringLiteral("firing-one.json"), am),
                 QByteArray("template: known.tmpl:1:3: executing \"known.tmpl\" at <.GroupKey>: can't evaluate field "
                            "GroupKey in type *template.Data\n"));
        // The servers' zone is Local: +08:00 is CST in Shanghai, a fixed unnamed zone elsewhere; .Local of the zero
        // time is Shanghai's local mean time.
        const QByteArray zoneProbe = "{{ (index .Alerts 0).StartsAt }}|{{ (index .Alerts 0).EndsAt.Local }}";
        QCOMPARE(render(zoneProbe, QStringLiteral("chinese.json"), bridge, kZones[1]),
                 QByteArray("2024-03-18 14:30:00 +0800 CST|0001-01-01 08:05:43 +0805 LMT"));
        QCOMPARE(render(zoneProbe, QStringLiteral("chinese.json"), am, kZones[2]),
                 QByteArray("2024-03-18 14:30:00 +0800 +0800|0000-12-31 19:03:58 -0456 LMT"));
        QCOMPARE(render("{{ range .Alerts }}{{ .StartsAt.Format \"15:04 MST\" }} {{ end }}", kZonesPayload, bridge,
                        kZones[2])
                     .left(42),
                 QByteArray("01:59 EST 03:00 EDT 01:30 EST 09:00 -0500 "));
        QCOMPARE(render("{{ .CommonLabels.SortedPairs.Names }} {{ title \"hELLO wORLD\" }}",
                        QStringLiteral("firing-one.json"), am),
                 QByteArray("[alertname instance job severity team] Hello World"));
        QCOMPARE(render("{{ title \"hELLO wORLD\" }} {{ markdown \"a_b*c\" }} {{ .AtMobiles }}",
                        QStringLiteral("firing-one.json"), bridge),
                 QByteArray("HELLO WORLD a\\_b\\*c []"));
        QCOMPARE(render("{{ .Nope }}", QStringLiteral("firing-one.json"), bridge),
                 QByteArray("template: known.tmpl:1:3: executing \"known.tmpl\" at <.Nope>: can't evaluate field Nope "
                            "in type *models.WebhookMessage\n"));
    }

    void corpus() { differential(QStringLiteral("corpus"), corpusCases(), sameRender); }
    void payloads() { differential(QStringLiteral("payloads"), probeCases(), sameRender); }
    void generated() { differential(QStringLiteral("generated"), generatedCases(), sameRender); }

    /// now, ago, date and dateInZone read the clock: both sides get the same fixed "now", every shipped payload.
    void clockFunctions()
    {
        m_fixedNow = QStringLiteral("2026-11-24T09:30:15.6+08:00");
        QList<Case> cases;
        for (const QString& payload : shippedPayloads())
            cases.append({kTemplatesDir + QStringLiteral("/clock/bridge-clock.tmpl"),
                          payload,
                          QStringLiteral("dingtalk-bridge"),
                          {}});
        cases = inEveryZone(cases);
        differential(QStringLiteral("clockFunctions"), cases, sameRender);
        m_fixedNow.clear();
    }

    void errors()
    {
        differential(QStringLiteral("errors"), errorCases(), [](const Run& go, const Run& ours) {
            return go.finished && ours.finished && go.exitCode == 1 && ours.exitCode == 1 && ours.out.isEmpty();
        });
    }

    void errorMessages()
    {
        differential(QStringLiteral("errorMessages"), errorCases(), [](const Run& go, const Run& ours) {
            return go.finished && ours.finished && go.exitCode == 1 && ours.exitCode == 1 && ours.out.isEmpty() &&
                   firstLine(go.err) == firstLine(ours.err);
        });
    }
};

QTEST_GUILESS_MAIN(TestTemplateOracle)
#include "tst_template_oracle.moc"
