// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The writers' fast path for plain scalars must give exactly the bytes yaml-cpp's own emitter gives, in every place
// a scalar can stand, and yaml-cpp's reader must read each scalar back as it was.
#include "export/yamlscalar.h"

#include <QRandomGenerator>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace alertdesk;

namespace {

using Writer = void (*)(YAML::Emitter&, const std::string&);

void fast(YAML::Emitter& out, const std::string& text)
{
    yamlscalar::write(out, text, yamlscalar::Context::Block);
}
void fastFlow(YAML::Emitter& out, const std::string& text)
{
    yamlscalar::write(out, text, yamlscalar::Context::Flow);
}
void slow(YAML::Emitter& out, const std::string& text)
{
    out << text;
}

// `text` as a key, a value, a block sequence entry and a flow sequence entry, as the writers place scalars: nested
// one level, as in the writers, whose top-level keys are fixed words. (At column 0 yaml-cpp writes the key "--- x"
// plain, which reads as a document marker.)
std::string document(const std::string& text, Writer block, Writer flow)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap << YAML::Key;
    block(out, "doc");
    out << YAML::Value << YAML::BeginMap << YAML::Key;
    block(out, text);
    out << YAML::Value;
    block(out, text);
    out << YAML::Key;
    block(out, "list");
    out << YAML::Value << YAML::BeginSeq;
    block(out, text);
    out << YAML::BeginMap << YAML::Key;
    block(out, "name");
    out << YAML::Value;
    block(out, text);
    out << YAML::EndMap << YAML::EndSeq;
    out << YAML::Key;
    block(out, "flow");
    out << YAML::Value << YAML::Flow << YAML::BeginSeq;
    flow(out, text);
    flow(out, text);
    out << YAML::EndSeq << YAML::EndMap << YAML::EndMap;
    return out.c_str();
}

void checkSame(const std::string& text)
{
    const std::string expected = document(text, slow, slow);
    const std::string actual = document(text, fast, fastFlow);
    if (actual != expected)
        QFAIL(qPrintable(
            QStringLiteral("[%1]: yaml-cpp writes\n%2\nthe fast path writes\n%3")
                .arg(QString::fromStdString(text), QString::fromStdString(expected), QString::fromStdString(actual))));
    // Read back, every copy is the text itself.
    YAML::Node node;
    try {
        node = YAML::Load(actual)["doc"];
    } catch (const YAML::Exception& error) {
        QFAIL(qPrintable(
            QStringLiteral("[%1]: yaml-cpp cannot read\n%2\n%3")
                .arg(QString::fromStdString(text), QString::fromStdString(actual), QString::fromUtf8(error.what()))));
    }
    QCOMPARE(node[text].as<std::string>(), text);
    QCOMPARE(node["list"][0].as<std::string>(), text);
    QCOMPARE(node["list"][1]["name"].as<std::string>(), text);
    QCOMPARE(node["flow"][1].as<std::string>(), text);
}

} // namespace

class TestYamlScalar : public QObject {
    Q_OBJECT

private slots:
    void nastyStrings_data()
    {
        QTest::addColumn<QByteArray>("text");
        const char* const texts[] = {
            "receiver",
            "alertdesk-blackhole",
            "policy-1",
            "策略 1 机器人",
            "a b c",
            "x:y",
            "x: y",
            "x:",
            ":x",
            ": x",
            "-",
            "-x",
            "- x",
            "?",
            "?x",
            "? x",
            "~",
            "~x",
            "null",
            "Null",
            "NULL",
            "nullx",
            "true",
            "no",
            "123",
            "0x1F",
            "1e3",
            ".inf",
            "a #b",
            "a#b",
            "#a",
            " a",
            "a ",
            "a  b",
            "@x",
            "x@y",
            "`x",
            "x`",
            "%x",
            "x%",
            "&x",
            "*x",
            "!x",
            "|x",
            ">x",
            "'x",
            "x'y",
            "\"x",
            "x\"y",
            "[x",
            "x[y]",
            "{x",
            "x{y}",
            "x,y",
            "x, y",
            "x?y",
            "x]",
            "x}",
            "a:]",
            "a:,",
            "a:}",
            "https://oapi.dingtalk.com/robot/send?access_token=${TOKEN_1}",
            "http://user:pass@127.0.0.1:8060/dingtalk/p-1/send",
            "webhook-urls/p-1.url",
            "Asia/Shanghai",
            "5m",
            "a\tb",
            "a\nb",
            "a\rb",
            "\x7f",
            "a\x01",
            "\xc2\x85x",
            "\xc2\xa0x",
            "\xc2\x80",
            "\xef\xbb\xbfx",
            "x\xef\xbb\xbf",
            "全角，标点",
            "\xef\xbc\x8c",
            "\xff",
            "a\\b",
            "a\\",
            "team-1.*",
            "=~",
            "!=",
            "...",
            "---",
            "--- x",
            "... x",
            "<<",
            "=",
            "{{ template \"x\" . }}",
            "\\",
            "'",
            "\"",
        };
        for (const char* text : texts)
            QTest::newRow(QByteArray(text).toPercentEncoding(" :/-").constData()) << QByteArray(text);
    }

    void nastyStrings()
    {
        QFETCH(QByteArray, text);
        checkSame(text.toStdString());
    }

    void randomStrings()
    {
        // Fixed seed: the same strings on every run. Pieces chosen to hit every rule of plain scalars.
        const std::string pieces[] = {
            "a",        "Z",        "0",   " ", ":", "-",  "?",  "#",  ",",    "[",  "]",
            "{",        "}",        "&",   "*", "!", "|",  ">",  "'",  "\"",   "%",  "@",
            "`",        "~",        ".",   "/", "$", "\t", "\n", "\\", "null", "策", "\xef\xbb\xbf",
            "\xc2\x85", "\xc2\x9f", "\x7f"};
        QRandomGenerator random(20261124);
        for (int i = 0; i < 20000; ++i) {
            std::string text;
            const int length = int(random.bounded(1, 6));
            for (int j = 0; j < length; ++j)
                text += pieces[random.bounded(int(std::size(pieces)))];
            checkSame(text);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void commonScalarsTakeTheFastPath()
    {
        for (const char* text : {"receiver", "alertdesk-blackhole", "策略 1 机器人", "Asia/Shanghai", "5m",
                                 "https://oapi.dingtalk.com/robot/send?access_token=${TOKEN_1}"})
            QVERIFY2(yamlscalar::isPlain(text, yamlscalar::Context::Block), text);
        QVERIFY(yamlscalar::isPlain("monday", yamlscalar::Context::Flow));
        QVERIFY(!yamlscalar::isPlain("x?y", yamlscalar::Context::Flow));
    }
};

QTEST_GUILESS_MAIN(TestYamlScalar)
#include "tst_yamlscalar.moc"
