// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The baseline of the start-up benchmark: a bare Qt Widgets window program built alongside AlertDesk, doing what
// any Qt Widgets main window does before its first paint (menu bar, a list, a table, a status bar) and nothing of
// AlertDesk's. It exits 0 right after its first paint, like `alertdesk --startup-check`, and prints its peak resident
// memory (VmHWM) so the memory figure has the same baseline.
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextStream>
#include <QTimer>

namespace {

/// Peak resident set size of this process in KiB, from /proc (0 where there is none).
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

class BaselineWindow : public QMainWindow {
public:
    BaselineWindow()
    {
        menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), this, &QWidget::close);
        auto* splitter = new QSplitter(this);
        auto* list = new QListWidget(splitter);
        list->addItems({QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")});
        auto* table = new QTableWidget(20, 4, splitter);
        table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("cell")));
        setCentralWidget(splitter);
        statusBar()->showMessage(QStringLiteral("ready"));
        resize(1120, 720);
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QMainWindow::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, [] {
                QTextStream(stdout) << "first paint; peak RSS " << peakResidentKiB() << " KiB\n";
                QApplication::exit(0);
            });
        }
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    BaselineWindow window;
    window.show();
    return QApplication::exec();
}
