// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// tst_template_oracle's cases (the sets of tests/oracle/README.md in their time zones) and how it reports a mismatch.
// Included by tst_template_oracle.cpp only.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

namespace {

const QString kTemplatesDir = QStringLiteral(ALERTDESK_TEST_DATA_DIR "/templates");
/// The servers' time zones every set runs in: UTC, one without daylight saving whose offset the payloads use
/// (+08:00 prints CST there), and one with daylight saving (EST/EDT, both in the payloads).
const QStringList kZones{QStringLiteral("UTC"), QStringLiteral("Asia/Shanghai"), QStringLiteral("America/New_York")};

struct Case {
    QString templatePath;
    QString payloadPath;
    QString dialect;
    QString define;
    QString timeZone = QStringLiteral("UTC");

    QStringList arguments() const
    {
        QStringList args{QStringLiteral("--template"), templatePath, QStringLiteral("--alerts"),    payloadPath,
                         QStringLiteral("--dialect"),  dialect,      QStringLiteral("--time-zone"), timeZone};
        if (!define.isEmpty())
            args << QStringLiteral("--define") << define;
        return args;
    }

    QString label() const
    {
        QString text = QFileInfo(templatePath).fileName() + QLatin1Char(' ') + QFileInfo(payloadPath).fileName() +
                       QLatin1Char(' ') + dialect + QLatin1Char(' ') + timeZone;
        if (!define.isEmpty())
            text += QStringLiteral(" define=") + define;
        return text;
    }
};

// Each case in each zone.
QList<Case> inEveryZone(const QList<Case>& cases)
{
    QList<Case> out;
    for (const QString& zone : kZones) {
        for (Case c : cases) {
            c.timeZone = zone;
            out.append(c);
        }
    }
    return out;
}

// Case i in zone i % 3: the set sees every zone, each case runs once.
QList<Case> inRotatingZones(QList<Case> cases)
{
    for (qsizetype i = 0; i < cases.size(); ++i)
        cases[i].timeZone = kZones.at(i % kZones.size());
    return cases;
}

struct Run {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Reads a MANIFEST ("TEMPLATE DIALECTS [DEFINE]", DIALECTS = alertmanager | dingtalk-bridge | both) and crosses it
// with the payloads. Generated manifests name their payload instead: "TEMPLATE PAYLOAD DIALECT [DEFINE]".
QList<Case> readManifest(const QString& dir, const QStringList& payloads, bool generated = false)
{
    QList<Case> cases;
    QFile file(dir + QStringLiteral("/MANIFEST"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(file.fileName()));
        return cases;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.isEmpty() || fields.first().startsWith(QLatin1Char('#')))
            continue;
        if (generated) {
            cases.append({dir + QLatin1Char('/') + fields.value(0), dir + QLatin1Char('/') + fields.value(1),
                          fields.value(2), fields.value(3)});
            continue;
        }
        QStringList dialects{fields.value(1)};
        if (dialects.first() == QLatin1String("both"))
            dialects = {QStringLiteral("alertmanager"), QStringLiteral("dingtalk-bridge")};
        for (const QString& dialect : std::as_const(dialects))
            for (const QString& payload : payloads)
                cases.append({dir + QLatin1Char('/') + fields.value(0), payload, dialect, fields.value(2)});
    }
    return cases;
}

const QString kZonesPayload = QStringLiteral(ALERTDESK_TEST_DATA_DIR "/payloads/zones.json");

// The shipped payloads plus tests/data/payloads/zones.json (offsets of New York's EST/EDT on both sides of its
// transitions, Berlin's, +00:00, instants before Shanghai's first transition and after New York's last).
QStringList shippedPayloads()
{
    const QDir dir(QStringLiteral(ALERTDESK_PAYLOADS_DIR));
    QStringList paths;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        paths << dir.filePath(name);
    return paths << kZonesPayload;
}

QList<Case> corpusCases()
{
    // 7 payloads per template and dialect: each template runs in every zone.
    return inRotatingZones(readManifest(kTemplatesDir, shippedPayloads()));
}
QList<Case> probeCases()
{
    return inEveryZone(readManifest(kTemplatesDir + QStringLiteral("/probes"), shippedPayloads()));
}
QList<Case> generatedCases()
{
    return inRotatingZones(readManifest(QStringLiteral(ALERTDESK_ORACLE_GENERATED_DIR), {}, true));
}
QList<Case> errorCases()
{
    const QString payloads = QStringLiteral(ALERTDESK_PAYLOADS_DIR);
    return inRotatingZones(readManifest(kTemplatesDir + QStringLiteral("/errors"),
                                        {payloads + QStringLiteral("/mixed-several.json"),
                                         payloads + QStringLiteral("/sparse-labels.json"), kZonesPayload}));
}

QString printable(const QByteArray& bytes)
{
    QString text;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\\')
            text += QStringLiteral("\\\\");
        else if (c == '\n')
            text += QStringLiteral("\\n");
        else if (c == '\t')
            text += QStringLiteral("\\t");
        else if (u < 0x20 || u == 0x7f)
            text += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            text += QLatin1Char(c); // bytes >= 0x80 are shown by fromUtf8 below
    }
    return QString::fromUtf8(text.toLatin1());
}

QByteArray firstLine(const QByteArray& text)
{
    const qsizetype end = text.indexOf('\n');
    return end < 0 ? text : text.left(end);
}

// The first line where the two outputs differ, with its number, and the sizes.
QString minimalDiff(const QByteArray& expected, const QByteArray& actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    qsizetype line = 0;
    while (line < a.size() && line < b.size() && a.at(line) == b.at(line))
        ++line;
    return QStringLiteral("  first difference at line %1 (go %2 bytes, alertdeskctl %3 bytes)\n"
                          "  go:           %4\n"
                          "  alertdeskctl: %5\n")
        .arg(line + 1)
        .arg(expected.size())
        .arg(actual.size())
        .arg(line < a.size() ? printable(a.at(line)) : QStringLiteral("<end of output>"),
             line < b.size() ? printable(b.at(line)) : QStringLiteral("<end of output>"));
}

} // namespace
