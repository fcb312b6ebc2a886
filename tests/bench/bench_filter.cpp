// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Filtering as you type over big workspaces: a real workspace file filled through the repositories (DemoData, one
// transaction), then a search typed character by character into the filter proxy of the contacts and policies
// tables, and once more through the real Contacts page offscreen (key events into the search field, the view laid
// out and painted after each). Prints average and worst milliseconds per keystroke; the goal is under 16 ms. The
// worst keystroke over everything typed at each size is printed for packaging/bench.sh as
// "FIGURE filter.10k.worst <ms> ms" / "FIGURE filter.100k.worst <ms> ms".
//   cmake --build <dir> --target bench_filter && <dir>/tests/bench/bench_filter [contacts...]
#include "demo/demodata.h"
#include "models/contacttablemodel.h"
#include "models/entityfilterproxy.h"
#include "models/policytablemodel.h"
#include "pages/entitypage.h"
#include "pages/entitypages.h"
#include "tempworkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <cstdio>

using namespace alertdesk;

namespace {

struct Figures {
    double total = 0;
    double worst = 0;
    int count = 0;
    QString worstKey; ///< what was typed when the worst keystroke happened
    void add(double ms, const QString& typed = {})
    {
        total += ms;
        if (ms > worst)
            worstKey = typed;
        worst = std::max(worst, ms);
        ++count;
    }
};

/// The worst keystroke over every run at one size.
double g_worst = 0;

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void print(const char* what, const QString& typed, const Figures& figures, int rowsLeft)
{
    std::printf("  %-34s %-18s avg %6.2f ms  worst %6.2f ms at \"%s\"  (%d keystrokes, %d rows left)\n", what,
                qUtf8Printable(QStringLiteral("\"%1\"").arg(typed)), figures.total / std::max(1, figures.count),
                figures.worst, qUtf8Printable(figures.worstKey), figures.count, rowsLeft);
    g_worst = std::max(g_worst, figures.worst);
}

/// Types `text` one character at a time into the proxy, then erases it again one character at a time.
Figures typeIntoProxy(EntityFilterProxy& proxy, const QString& text)
{
    Figures figures;
    for (int length = 1; length <= text.size(); ++length) {
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(text.left(length));
        proxy.rowCount(); // a lazily rebuilt mapping counts too
        figures.add(elapsedMs(timer), text.left(length));
    }
    for (int length = int(text.size()) - 1; length >= 0; --length) {
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(text.left(length));
        proxy.rowCount(); // a lazily rebuilt mapping counts too
        figures.add(elapsedMs(timer), text.left(length));
    }
    return figures;
}

/// The same through the page: a key event into the search field, then the view's relayout and paint.
Figures typeIntoPage(EntityPage& page, const QString& text, int& rowsLeft)
{
    Figures figures;
    QLineEdit* search = page.searchField();
    QTableView* table = page.table();
    auto settle = [table] {
        QCoreApplication::sendPostedEvents(); // the view's pending layout requests
        table->viewport()->repaint();
    };
    for (const QChar c : text) {
        QElapsedTimer timer;
        timer.start();
        if (c.unicode() < 128) {
            QTest::keyClicks(search, QString(c));
        } else { // Chinese arrives through the input method, as a committed string
            QInputMethodEvent event;
            event.setCommitString(QString(c));
            QCoreApplication::sendEvent(search, &event);
        }
        settle();
        figures.add(elapsedMs(timer), search->text());
    }
    rowsLeft = table->model()->rowCount();
    for (qsizetype i = 0; i < text.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(search, Qt::Key_Backspace);
        settle();
        figures.add(elapsedMs(timer), search->text());
    }
    return figures;
}

void run(int contacts, int policies)
{
    g_worst = 0;
    test::TempWorkspace workspace;
    QElapsedTimer timer;
    timer.start();
    DemoSizes sizes;
    sizes.contacts = contacts;
    sizes.policies = policies;
    sizes.robots = 200;
    const auto filled = DemoData::fill(workspace.workspace(), sizes);
    if (!filled) {
        std::printf("could not fill the workspace: %s\n", qUtf8Printable(filled.error().message));
        return;
    }
    std::printf("\n%d contacts, %d groups, %d policies, %d robots: filled in %.0f ms (one transaction)\n",
                filled->contacts, filled->groups, filled->policies, filled->robots, elapsedMs(timer));

    timer.restart();
    ContactTableModel contactModel(workspace.workspace());
    std::printf("  contacts model loaded in %.0f ms\n", elapsedMs(timer));
    EntityFilterProxy contactProxy;
    contactProxy.setSourceModel(&contactModel);
    timer.restart();
    contactProxy.sort(ContactTableModel::Name);
    std::printf("  sorted by name (natural, locale-aware) in %.0f ms\n", elapsedMs(timer));
    for (const QString& typed : {QStringLiteral("zhang"), QStringLiteral("张伟"), QStringLiteral("13800001"),
                                 QStringLiteral("example.com"), QStringLiteral("payments production")}) {
        const Figures figures = typeIntoProxy(contactProxy, typed);
        contactProxy.setSearchText(typed);
        print("contacts proxy (type + erase)", typed, figures, contactProxy.rowCount());
        contactProxy.setSearchText(QString());
    }

    timer.restart();
    PolicyTableModel policyModel(workspace.workspace());
    std::printf("  policies model loaded in %.0f ms\n", elapsedMs(timer));
    EntityFilterProxy policyProxy;
    policyProxy.setSourceModel(&policyModel);
    policyProxy.sort(PolicyTableModel::Name);
    for (const QString& typed : {QStringLiteral("critical"), QStringLiteral("mysql warning")}) {
        const Figures figures = typeIntoProxy(policyProxy, typed);
        policyProxy.setSearchText(typed);
        print("policies proxy (type + erase)", typed, figures, policyProxy.rowCount());
        policyProxy.setSearchText(QString());
    }

    timer.restart();
    std::unique_ptr<EntityPage> page(EntityPages::contacts(workspace.workspace(), nullptr));
    page->resize(1280, 760);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        std::printf("  (the page was not exposed)\n");
    std::printf("  contacts page built and shown in %.0f ms\n", elapsedMs(timer));
    for (const QString& typed : {QStringLiteral("zhang"), QStringLiteral("张伟")}) {
        int rowsLeft = 0;
        const Figures figures = typeIntoPage(*page, typed, rowsLeft);
        print("contacts page (keys + relayout)", typed, figures, rowsLeft);
    }
    std::printf("FIGURE filter.%dk.worst %.2f ms\n", contacts / 1000, g_worst);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    std::printf("bench_filter: milliseconds per keystroke (goal: under 16 ms)\n");
    for (int contacts : sizes)
        run(contacts, 2000);
    return 0;
}
