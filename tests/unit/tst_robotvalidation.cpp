// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "domain/avatar.h"
#include "domain/validation.h"
#include "problems.h"

#include <QTest>
#include <QtEndian>

using namespace alertdesk;
using namespace alertdesk::test;

namespace {

Robot validRobot()
{
    Robot robot;
    robot.uuid = QStringLiteral("3f1c8f0e-5a55-4b8e-9a4e-0d6c1b2a7e11");
    robot.name = QStringLiteral("Ops alerts");
    robot.keywords = armsKeywords();
    robot.termsAcceptedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    return robot;
}

QByteArray png(quint32 width, quint32 height)
{
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    data += QByteArray("\0\0\0\x0d", 4) + "IHDR";
    char size[8];
    qToBigEndian(width, size);
    qToBigEndian(height, size + 4);
    data += QByteArray(size, 8);
    data += QByteArray("\x08\x06\0\0\0", 5); // bit depth, colour type, compression, filter, interlace
    data += QByteArray("\0\0\0\0", 4);       // CRC (not checked)
    data += QByteArray("\0\0\0\0IEND\xae\x42\x60\x82", 12);
    return data;
}

QByteArray jpeg(quint16 width, quint16 height, quint8 sofMarker = 0xC0)
{
    QByteArray data("\xff\xd8", 2);
    // APP0 (JFIF), 16 bytes long, then DQT-less SOFn straight away: enough for a header reader.
    data += QByteArray("\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);
    data += char(0xff);
    data += char(sofMarker);
    char segment[9] = {0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03, 0x01};
    qToBigEndian(height, segment + 3);
    qToBigEndian(width, segment + 5);
    data += QByteArray(segment, 9);
    data += QByteArray(17 - 9 + 2, '\x11');
    data += QByteArray("\xff\xd9", 2);
    return data;
}

} // namespace

class TestRobotValidation : public QObject {
    Q_OBJECT

private slots:
    void validRobotHasNoProblems()
    {
        const Problems problems = validateRobot(validRobot());
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void everyProblemIsReportedAtOnce()
    {
        Robot robot = validRobot();
        robot.name.clear();
        robot.keywords.clear();
        robot.termsAcceptedAt = QDateTime();
        robot.notes = QString(2001, u'x');
        const QStringList found = fields(validateRobot(robot));
        QCOMPARE(found, (QStringList{QStringLiteral("name"), QStringLiteral("security"), QStringLiteral("terms"),
                                     QStringLiteral("notes")}));
    }

    void name_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("plain") << QStringLiteral("Ops alerts") << true;
        QTest::addRow("one character") << QStringLiteral("x") << true;
        QTest::addRow("64 characters") << QString(64, u'n') << true;
        QTest::addRow("64 CJK characters") << QString(64, QChar(0x544A)) << true;
        QTest::addRow("64 emoji (surrogate pairs)")
            << QString::fromUcs4(QList<char32_t>(64, 0x1F514).constData(), 64) << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("only spaces") << QStringLiteral("   ") << false;
        QTest::addRow("leading space") << QStringLiteral(" Ops") << false;
        QTest::addRow("trailing space") << QStringLiteral("Ops ") << false;
        QTest::addRow("trailing line break") << QStringLiteral("Ops\n") << false;
        QTest::addRow("line break inside") << QStringLiteral("Ops\nalerts") << false;
        QTest::addRow("tab inside") << QStringLiteral("Ops\talerts") << false;
        QTest::addRow("65 characters") << QString(65, u'n') << false;
    }

    void name()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        Robot robot = validRobot();
        robot.name = name;
        const Problems problems = validateRobot(robot);
        QCOMPARE(fields(problems), valid ? QStringList() : QStringList{QStringLiteral("name")});
        QCOMPARE(checkName(QStringLiteral("name"), name).has_value(), !valid);
    }

    void nameKeyIgnoresCaseAndSurroundingSpace()
    {
        QCOMPARE(nameKey(QStringLiteral("  Ops Alerts ")), nameKey(QStringLiteral("ops alerts")));
        QCOMPARE(nameKey(QStringLiteral("STRASSE")), nameKey(QStringLiteral("strasse")));
        QVERIFY(nameKey(QStringLiteral("Ops")) != nameKey(QStringLiteral("Ops 2")));
    }

    void keywords_data()
    {
        QTest::addColumn<QStringList>("keywords");
        QTest::addColumn<bool>("signing");
        QTest::addColumn<QStringList>("expectedFields");
        const QStringList none;
        const QStringList keywordsField{QStringLiteral("keywords")};
        QStringList ten;
        QStringList eleven;
        for (int i = 1; i <= 11; ++i) {
            (i <= 10 ? ten : eleven).append(QStringLiteral("kw%1").arg(i));
        }
        eleven = ten + eleven;
        QTest::addRow("ARMS preset") << armsKeywords() << false << none;
        QTest::addRow("ARMS API preset") << QStringList{QStringLiteral("告警")} << false << none;
        QTest::addRow("none, but signing") << QStringList() << true << none;
        QTest::addRow("ten") << ten << false << none;
        QTest::addRow("eleven") << eleven << false << keywordsField;
        QTest::addRow("20 characters") << QStringList{QString(20, u'k')} << false << none;
        QTest::addRow("21 characters") << QStringList{QString(21, u'k')} << false << keywordsField;
        QTest::addRow("20 CJK characters") << QStringList{QString(20, QChar(0x8B66))} << false << none;
        QTest::addRow("duplicate") << QStringList{QStringLiteral("Alarm"), QStringLiteral("Dispatch"),
                                                  QStringLiteral("Alarm")}
                                   << false << keywordsField;
        QTest::addRow("differ only in case")
            << QStringList{QStringLiteral("Alarm"), QStringLiteral("alarm")} << false << none;
        QTest::addRow("empty") << QStringList{QString()} << false << keywordsField;
        QTest::addRow("only spaces") << QStringList{QStringLiteral("  ")} << false << keywordsField;
        QTest::addRow("leading space") << QStringList{QStringLiteral(" Alarm")} << false << keywordsField;
        QTest::addRow("trailing space") << QStringList{QStringLiteral("Alarm ")} << false << keywordsField;
        QTest::addRow("line break") << QStringList{QStringLiteral("Al\narm")} << false << keywordsField;
        QTest::addRow("space inside") << QStringList{QStringLiteral("Disk full")} << false << none;
        QTest::addRow("eleven with a duplicate") << (eleven.mid(0, 10) << QStringLiteral("kw1")) << false
                                                 << QStringList{QStringLiteral("keywords"), QStringLiteral("keywords")};
    }

    void keywords()
    {
        QFETCH(QStringList, keywords);
        QFETCH(bool, signing);
        QFETCH(QStringList, expectedFields);
        Robot robot = validRobot();
        robot.keywords = keywords;
        robot.signing = signing;
        const Problems problems = validateRobot(robot);
        QCOMPARE(fields(problems), expectedFields);
    }

    void keywordMessagesSayWhatToDo()
    {
        Robot robot = validRobot();
        robot.keywords = {QStringLiteral("Alarm"), QStringLiteral("Alarm")};
        Problems problems = validateRobot(robot);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().message.contains(QStringLiteral("\"Alarm\"")), qPrintable(describe(problems)));

        robot.keywords.clear();
        for (int i = 0; i < 11; ++i)
            robot.keywords.append(QStringLiteral("k%1").arg(i));
        problems = validateRobot(robot);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().message.contains(QStringLiteral("11")), qPrintable(describe(problems)));
        QVERIFY2(problems.constFirst().message.contains(QStringLiteral("10")), qPrintable(describe(problems)));
    }

    void ipRanges_data()
    {
        QTest::addColumn<QStringList>("ranges");
        QTest::addColumn<QStringList>("expectedFields");
        QTest::addColumn<QString>("messagePart");
        const QStringList none;
        const QStringList rangesField{QStringLiteral("ipRanges")};
        QTest::addRow("address") << QStringList{QStringLiteral("203.0.113.7")} << none << QString();
        QTest::addRow("CIDR /24") << QStringList{QStringLiteral("203.0.113.0/24")} << none << QString();
        QTest::addRow("CIDR /0") << QStringList{QStringLiteral("0.0.0.0/0")} << none << QString();
        QTest::addRow("CIDR /32") << QStringList{QStringLiteral("255.255.255.255/32")} << none << QString();
        QTest::addRow("host bits set") << QStringList{QStringLiteral("10.1.2.3/8")} << none << QString();
        QStringList ten;
        for (int i = 1; i <= 10; ++i)
            ten.append(QStringLiteral("10.0.%1.0/24").arg(i));
        QTest::addRow("ten") << ten << none << QString();
        QTest::addRow("eleven") << (QStringList(ten) << QStringLiteral("10.0.11.0/24")) << rangesField
                                << QStringLiteral("11");
        QTest::addRow("IPv6 address") << QStringList{QStringLiteral("2001:db8::1")} << rangesField
                                      << QStringLiteral("IPv6");
        QTest::addRow("IPv6 loopback") << QStringList{QStringLiteral("::1")} << rangesField << QStringLiteral("IPv6");
        QTest::addRow("IPv6 CIDR") << QStringList{QStringLiteral("2001:db8::/32")} << rangesField
                                   << QStringLiteral("IPv6");
        QTest::addRow("IPv4-mapped IPv6")
            << QStringList{QStringLiteral("::ffff:10.0.0.1")} << rangesField << QStringLiteral("IPv6");
        QTest::addRow("three parts") << QStringList{QStringLiteral("1.2.3")} << rangesField << QStringLiteral("1.2.3");
        QTest::addRow("five parts") << QStringList{QStringLiteral("1.2.3.4.5")} << rangesField << QString();
        QTest::addRow("prefix 33") << QStringList{QStringLiteral("1.2.3.4/33")} << rangesField
                                   << QStringLiteral("1.2.3.4/33");
        QTest::addRow("empty prefix") << QStringList{QStringLiteral("1.2.3.4/")} << rangesField << QString();
        QTest::addRow("negative prefix") << QStringList{QStringLiteral("1.2.3.4/-1")} << rangesField << QString();
        QTest::addRow("prefix with leading zero")
            << QStringList{QStringLiteral("1.2.3.4/08")} << rangesField << QString();
        QTest::addRow("two slashes") << QStringList{QStringLiteral("1.2.3.4/8/8")} << rangesField << QString();
        QTest::addRow("octet 256") << QStringList{QStringLiteral("256.1.1.1")} << rangesField << QString();
        QTest::addRow("leading zero") << QStringList{QStringLiteral("010.0.0.1")} << rangesField << QString();
        QTest::addRow("letters") << QStringList{QStringLiteral("a.b.c.d")} << rangesField << QString();
        QTest::addRow("host name") << QStringList{QStringLiteral("example.com")} << rangesField << QString();
        QTest::addRow("with port") << QStringList{QStringLiteral("1.2.3.4:80")} << rangesField << QString();
        QTest::addRow("single number") << QStringList{QStringLiteral("16909060")} << rangesField << QString();
        QTest::addRow("trailing space") << QStringList{QStringLiteral("1.2.3.4 ")} << rangesField << QString();
        QTest::addRow("empty") << QStringList{QString()} << rangesField << QString();
        QTest::addRow("duplicate") << QStringList{QStringLiteral("1.2.3.4"), QStringLiteral("1.2.3.4")} << rangesField
                                   << QStringLiteral("1.2.3.4");
        QTest::addRow("same range written twice")
            << QStringList{QStringLiteral("1.2.3.4"), QStringLiteral("1.2.3.4/32")} << rangesField
            << QStringLiteral("1.2.3.4/32");
        QTest::addRow("same network") << QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("10.9.9.9/8")}
                                      << rangesField << QStringLiteral("10.0.0.0/8");
        QTest::addRow("overlapping is fine")
            << QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("10.0.0.0/16")} << none << QString();
    }

    void ipRanges()
    {
        QFETCH(QStringList, ranges);
        QFETCH(QStringList, expectedFields);
        QFETCH(QString, messagePart);
        Robot robot = validRobot();
        robot.keywords.clear();
        robot.ipRanges = ranges;
        const Problems problems = validateRobot(robot);
        QCOMPARE(fields(problems), expectedFields);
        if (!messagePart.isEmpty())
            QVERIFY2(problems.constFirst().message.contains(messagePart), qPrintable(describe(problems)));
        if (ranges.size() == 1)
            QCOMPARE(checkIpRange(ranges.constFirst()).has_value(), !expectedFields.isEmpty());
    }

    void security_data()
    {
        QTest::addColumn<QStringList>("keywords");
        QTest::addColumn<bool>("signing");
        QTest::addColumn<QStringList>("ranges");
        QTest::addColumn<bool>("valid");
        QTest::addRow("nothing") << QStringList() << false << QStringList() << false;
        QTest::addRow("keywords only") << armsKeywords() << false << QStringList() << true;
        QTest::addRow("signing only") << QStringList() << true << QStringList() << true;
        QTest::addRow("ip range only") << QStringList() << false << QStringList{QStringLiteral("203.0.113.7")} << true;
        QTest::addRow("all three") << armsKeywords() << true << QStringList{QStringLiteral("203.0.113.7")} << true;
    }

    void security()
    {
        QFETCH(QStringList, keywords);
        QFETCH(bool, signing);
        QFETCH(QStringList, ranges);
        QFETCH(bool, valid);
        Robot robot = validRobot();
        robot.keywords = keywords;
        robot.signing = signing;
        robot.ipRanges = ranges;
        QCOMPARE(fields(validateRobot(robot)), valid ? QStringList() : QStringList{QStringLiteral("security")});
    }

    void endpoint_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("valid");
        QTest::addRow("DingTalk") << QStringLiteral("https://oapi.dingtalk.com/robot/send") << true;
        QTest::addRow("https proxy with port") << QStringLiteral("https://proxy.example.com:8443/dingtalk") << true;
        QTest::addRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/robot/send") << true;
        QTest::addRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3/robot/send") << true;
        QTest::addRow("http localhost") << QStringLiteral("http://localhost:9000/robot/send") << true;
        QTest::addRow("http [::1]") << QStringLiteral("http://[::1]:9000/robot/send") << true;
        QTest::addRow("http remote host") << QStringLiteral("http://oapi.dingtalk.com/robot/send") << false;
        QTest::addRow("http private address") << QStringLiteral("http://10.0.0.5/robot/send") << false;
        QTest::addRow("http localhost look-alike") << QStringLiteral("http://localhost.example.com/") << false;
        QTest::addRow("ftp") << QStringLiteral("ftp://oapi.dingtalk.com/robot/send") << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("no host") << QStringLiteral("https:///robot/send") << false;
        QTest::addRow("relative") << QStringLiteral("/robot/send") << false;
        QTest::addRow("with query") << QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=tok3n")
                                    << false;
        QTest::addRow("http with token") << QStringLiteral("http://h.example/robot/send?access_token=tok3n") << false;
        QTest::addRow("with fragment") << QStringLiteral("https://oapi.dingtalk.com/robot/send#x") << false;
        QTest::addRow("with user info") << QStringLiteral("https://user:pw@oapi.dingtalk.com/robot/send") << false;
    }

    void endpoint()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, valid);
        Robot robot = validRobot();
        robot.endpoint = QUrl(endpoint);
        const Problems problems = validateRobot(robot);
        QCOMPARE(fields(problems), valid ? QStringList() : QStringList{QStringLiteral("endpoint")});
        // A token or password pasted into the endpoint is never quoted back.
        for (const Error& problem : problems) {
            QVERIFY2(!problem.message.contains(QStringLiteral("tok3n")), qPrintable(problem.message));
            QVERIFY2(!problem.message.contains(QStringLiteral("pw@")), qPrintable(problem.message));
        }
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::addRow("localhost") << QStringLiteral("localhost") << true;
        QTest::addRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
        QTest::addRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::addRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
        QTest::addRow("::1") << QStringLiteral("::1") << true;
        QTest::addRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::addRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
        QTest::addRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
        QTest::addRow("example.com") << QStringLiteral("example.com") << false;
        QTest::addRow("empty") << QString() << false;
    }

    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void terms()
    {
        Robot robot = validRobot();
        robot.termsAcceptedAt = QDateTime();
        const Problems problems = validateRobot(robot);
        QCOMPARE(fields(problems), QStringList{QStringLiteral("terms")});
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("Terms of Service")));
    }

    void avatar_data()
    {
        QTest::addColumn<QByteArray>("avatar");
        QTest::addColumn<bool>("valid");
        QByteArray big = png(10, 10);
        big.append(QByteArray(1024 * 1024 + 1 - big.size(), '\0'));
        QByteArray justFits = png(10, 10);
        justFits.append(QByteArray(1024 * 1024 - justFits.size(), '\0'));
        QTest::addRow("none") << QByteArray() << true;
        QTest::addRow("PNG 256x256") << png(256, 256) << true;
        QTest::addRow("PNG 64x48") << png(64, 48) << true;
        QTest::addRow("PNG 257x10") << png(257, 10) << false;
        QTest::addRow("PNG 10x257") << png(10, 257) << false;
        QTest::addRow("PNG 0x0") << png(0, 0) << false;
        QTest::addRow("PNG truncated") << png(16, 16).left(18) << false;
        QTest::addRow("JPEG 256x200 baseline") << jpeg(256, 200) << true;
        QTest::addRow("JPEG 128x128 progressive") << jpeg(128, 128, 0xC2) << true;
        QTest::addRow("JPEG 300x200") << jpeg(300, 200) << false;
        QTest::addRow("JPEG truncated") << jpeg(16, 16).left(24) << false;
        QTest::addRow("exactly 1 MiB") << justFits << true;
        QTest::addRow("over 1 MiB") << big << false;
        QTest::addRow("GIF") << QByteArray("GIF89a\x10\0\x10\0", 10) << false;
        QTest::addRow("text") << QByteArray("not a picture") << false;
    }

    void avatar()
    {
        QFETCH(QByteArray, avatar);
        QFETCH(bool, valid);
        Robot robot = validRobot();
        robot.avatar = avatar;
        QCOMPARE(fields(validateRobot(robot)), valid ? QStringList() : QStringList{QStringLiteral("avatar")});
    }

    void imageHeader()
    {
        const std::optional<ImageHeader> pngHeader = readImageHeader(png(200, 100));
        QVERIFY(pngHeader);
        QCOMPARE(pngHeader->format, ImageHeader::Format::Png);
        QCOMPARE(pngHeader->size, QSize(200, 100));
        const std::optional<ImageHeader> jpegHeader = readImageHeader(jpeg(320, 240));
        QVERIFY(jpegHeader);
        QCOMPARE(jpegHeader->format, ImageHeader::Format::Jpeg);
        QCOMPARE(jpegHeader->size, QSize(320, 240));
        QVERIFY(!readImageHeader(QByteArray("BM")));
    }

    void notes_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("valid");
        QTest::addRow("empty") << 0 << true;
        QTest::addRow("2000") << 2000 << true;
        QTest::addRow("2001") << 2001 << false;
    }

    void notes()
    {
        QFETCH(int, length);
        QFETCH(bool, valid);
        Robot robot = validRobot();
        robot.notes = QString(length, u'n');
        QCOMPARE(fields(validateRobot(robot)), valid ? QStringList() : QStringList{QStringLiteral("notes")});
    }

    void secrets_data()
    {
        QTest::addColumn<bool>("signing");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QStringList>("expectedFields");
        const QString token = QStringLiteral("3c1d7b2a9f0e4d6c8b5a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c");
        const QString secret = QStringLiteral("SEC9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0");
        const QStringList none;
        const QStringList tokenField{QStringLiteral("accessToken")};
        const QStringList secretField{QStringLiteral("secret")};
        QTest::addRow("token, no signing") << false << token << QString() << none;
        QTest::addRow("token and secret") << true << token << secret << none;
        QTest::addRow("short but plausible token") << false << QStringLiteral("abcDEF_-12") << QString() << none;
        QTest::addRow("no token") << false << QString() << QString() << tokenField;
        QTest::addRow("token with space")
            << false << QStringLiteral("3c1d7b2a 9f0e4d6c8b5a") << QString() << tokenField;
        QTest::addRow("token with line break")
            << false << QStringLiteral("3c1d7b2a9f\n0e4d6c8b5a") << QString() << tokenField;
        QTest::addRow("token with plus") << false << QStringLiteral("3c1d7b2a+9f0e4d6c8b5a") << QString() << tokenField;
        QTest::addRow("token with percent")
            << false << QStringLiteral("3c1d7b2a%209f0e4d6c") << QString() << tokenField;
        QTest::addRow("token with ampersand")
            << false << QStringLiteral("3c1d7b2a9f0e&sign=x") << QString() << tokenField;
        QTest::addRow("token of 7") << false << QStringLiteral("3c1d7b2") << QString() << tokenField;
        QTest::addRow("token of 257") << false << QString(257, u'a') << QString() << tokenField;
        QTest::addRow("token of 256") << false << QString(256, u'a') << QString() << none;
        QTest::addRow("signing without secret") << true << token << QString() << secretField;
        QTest::addRow("secret without SEC") << true << token << secret.mid(3) << secretField;
        QTest::addRow("secret with lowercase sec")
            << true << token << QStringLiteral("sec") + secret.mid(3) << secretField;
        QTest::addRow("secret with space") << true << token << secret.left(20) + u' ' + secret.mid(20) << secretField;
        QTest::addRow("secret with trailing line break") << true << token << secret + u'\n' << secretField;
        QTest::addRow("secret with non-ASCII")
            << true << token << secret.left(20) + QChar(0x00E9) + secret.mid(21) << secretField;
        QTest::addRow("secret too short") << true << token << QStringLiteral("SEC123456") << secretField;
        QTest::addRow("secret of 10") << true << token << QStringLiteral("SEC1234567") << none;
        QTest::addRow("secret too long") << true << token << QStringLiteral("SEC") + QString(254, u'a') << secretField;
        QTest::addRow("secret while signing is off") << false << token << secret << secretField;
        QTest::addRow("both wrong") << true << QString() << secret.mid(3)
                                    << QStringList{QStringLiteral("accessToken"), QStringLiteral("secret")};
    }

    void secrets()
    {
        QFETCH(bool, signing);
        QFETCH(QString, token);
        QFETCH(QString, secret);
        QFETCH(QStringList, expectedFields);
        Robot robot = validRobot();
        robot.signing = signing;
        const Problems problems = validateRobotSecrets(robot, RobotSecrets{token, secret});
        QCOMPARE(fields(problems), expectedFields);
        // A secret never shows in a message, not even a piece of it.
        for (const Error& problem : problems) {
            if (!secret.isEmpty())
                QVERIFY2(!problem.message.contains(secret.trimmed().left(12)), qPrintable(problem.message));
            if (token.size() >= 8)
                QVERIFY2(!problem.message.contains(token.left(8)), qPrintable(problem.message));
        }
        QCOMPARE(checkAccessToken(token).has_value(), expectedFields.contains(QStringLiteral("accessToken")));
    }
};

QTEST_GUILESS_MAIN(TestRobotValidation)
#include "tst_robotvalidation.moc"
