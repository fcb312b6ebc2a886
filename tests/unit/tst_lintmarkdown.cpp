// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// MessageLint::checkMarkdown: what DingTalk's markdown subset will not show as written.
#include "lint/messagelint.h"

#include <QTest>

using namespace alertdesk;

namespace {

struct Expected {
    LintFinding::Kind kind;
    int line;
    qint64 value;
};

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

class TestLintMarkdown : public QObject {
    Q_OBJECT

private slots:
    void markdown_data()
    {
        using K = LintFinding::Kind;
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<Expected>>("expected");
        QTest::addRow("the supported subset")
            << QStringLiteral("### Alarm\n\n**bold** *italic* [link](https://x)\n\n"
                              "> quote\n\n- one\n- two\n1. first\n2. second\n\n"
                              "![](https://x/a.png)\n\n<font color=#FF0000>red</font>")
            << QList<Expected>();
        QTest::addRow("hard breaks") << QStringLiteral("first line  \nsecond line\\\nthird") << QList<Expected>();
        QTest::addRow("heading then text") << QStringLiteral("# title\ntext under it") << QList<Expected>();
        QTest::addRow("single newlines joined") << QStringLiteral("Alarm\nline two\n\nparagraph\nline four\nline five")
                                                << QList<Expected>{{K::MarkdownSingleNewline, 1, 3}};
        QTest::addRow("a list item continued lazily")
            << QStringLiteral("- item\ncontinued") << QList<Expected>{{K::MarkdownSingleNewline, 1, 1}};
        QTest::addRow("table") << QStringLiteral("text\n\n| a | b |\n|---|:-:|\n| 1 | 2 |")
                               << QList<Expected>{{K::MarkdownTable, 3, 0}};
        QTest::addRow("table without outer pipes")
            << QStringLiteral("a | b\n--- | ---\n1 | 2") << QList<Expected>{{K::MarkdownTable, 1, 0}};
        QTest::addRow("a pipe is not a table") << QStringLiteral("a | b\n\nc") << QList<Expected>();
        QTest::addRow("fenced code") << QStringLiteral("text\n\n```\ncode\nmore code\n```\n\nafter")
                                     << QList<Expected>{{K::MarkdownCodeBlock, 3, 0}};
        QTest::addRow("tilde fence") << QStringLiteral("~~~yaml\na: 1\n~~~")
                                     << QList<Expected>{{K::MarkdownCodeBlock, 1, 0}};
        QTest::addRow("indented code") << QStringLiteral("text\n\n    indented code")
                                       << QList<Expected>{{K::MarkdownCodeBlock, 3, 0}};
        QTest::addRow("indented list continuation is not code")
            << QStringLiteral("- item\n\n    more of the item") << QList<Expected>();
        QString images;
        for (int i = 0; i < 21; ++i)
            images += QStringLiteral("![](https://x/%1.png)\n\n").arg(i);
        QTest::addRow("21 images") << images << QList<Expected>{{K::MarkdownTooManyImages, 0, 21}};
        QTest::addRow("20 images") << images.section(QStringLiteral("\n\n"), 0, 19) << QList<Expected>();
        QTest::addRow("HTML") << QStringLiteral("ok\n\n<div>x</div> and <b>bold</b> and <DIV>")
                              << QList<Expected>{{K::MarkdownHtml, 3, 2}};
        QTest::addRow("less-than is not HTML")
            << QStringLiteral("latency <5ms, a<b, <https://example.com>") << QList<Expected>();
        QTest::addRow("several at once") << QStringLiteral("| a | b |\n| - | - |\n\n```\nx\n```\n\none\ntwo")
                                         << QList<Expected>{{K::MarkdownTable, 1, 0},
                                                            {K::MarkdownCodeBlock, 4, 0},
                                                            {K::MarkdownSingleNewline, 8, 1}};
    }

    void markdown()
    {
        QFETCH(QString, text);
        QFETCH(QList<Expected>, expected);
        const QList<LintFinding> findings =
            MessageLint::checkMarkdown(DingTalkMessage::markdown(QStringLiteral("Alarm"), text));
        QStringList got;
        for (const LintFinding& finding : findings)
            got.append(QStringLiteral("%1@%2=%3")
                           .arg(LintFinding::kindName(finding.kind))
                           .arg(finding.line)
                           .arg(finding.value));
        QStringList want;
        for (const Expected& e : expected)
            want.append(QStringLiteral("%1@%2=%3").arg(LintFinding::kindName(e.kind)).arg(e.line).arg(e.value));
        QCOMPARE(got, want);
        for (const LintFinding& finding : findings) {
            QCOMPARE(finding.severity, LintFinding::Severity::Warning);
            QVERIFY(!finding.message.isEmpty());
        }
    }

    void htmlNamesTheTags()
    {
        const QList<LintFinding> findings = MessageLint::checkMarkdown(
            DingTalkMessage::markdown(QStringLiteral("Alarm"), QStringLiteral("<table><tr><td>x</td></tr></table>")));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().subjects,
                 (QStringList{QStringLiteral("<table>"), QStringLiteral("<tr>"), QStringLiteral("<td>")}));
        QVERIFY2(findings.first().message.contains(QStringLiteral("<table> <tr> <td>")),
                 qPrintable(findings.first().message));
    }

    void onlyMarkdownIsChecked()
    {
        // Text messages show their text as is: a table there is just characters.
        const QString table = QStringLiteral("| a | b |\n|---|---|\none\ntwo");
        QVERIFY(MessageLint::checkMarkdown(DingTalkMessage::text(table)).isEmpty());
        QCOMPARE(MessageLint::checkMarkdown(DingTalkMessage::actionCard(QStringLiteral("Alarm"), table,
                                                                        QStringLiteral("open"),
                                                                        QStringLiteral("https://example.com")))
                     .size(),
                 2);
    }

    void singleNewlineSentenceCounts()
    {
        const QList<LintFinding> findings =
            MessageLint::checkMarkdown(DingTalkMessage::markdown(QStringLiteral("Alarm"), QStringLiteral("a\nb\nc")));
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().message.contains(QStringLiteral("(2 place")), qPrintable(findings.first().message));
        QVERIFY2(findings.first().message.contains(QStringLiteral("the first after line 1")),
                 qPrintable(findings.first().message));
    }
};

QTEST_GUILESS_MAIN(TestLintMarkdown)
#include "tst_lintmarkdown.moc"
