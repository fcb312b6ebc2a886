// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The fake DingTalk server as a program, for benchmarks that time whole processes (`alertdeskctl send-test` against
// `curl`): fake_dingtalk_server TOKEN[:KEYWORD] ... listens on 127.0.0.1, prints its endpoint on the first line of
// standard output and serves until standard input closes.
#include "fakedingtalkserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    alertdesk::test::FakeDingTalkServer server;
    const QStringList robots = QCoreApplication::arguments().mid(1);
    for (const QString& robot : robots) {
        alertdesk::test::FakeRobot fake;
        fake.token = robot.section(QLatin1Char(':'), 0, 0);
        if (robot.contains(QLatin1Char(':')))
            fake.keywords = {robot.section(QLatin1Char(':'), 1)};
        server.addRobot(fake);
    }
    if (robots.isEmpty() || !server.listen()) {
        QTextStream(stderr) << "usage: fake_dingtalk_server TOKEN[:KEYWORD] ... (listens on 127.0.0.1)\n";
        return 1;
    }
    QTextStream(stdout) << server.endpoint().toString() << Qt::endl;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
