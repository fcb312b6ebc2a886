// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The "Send test alert" preview per keystroke: the default markdown template over twenty-alerts.json, the text
// template one character longer each time (so it is parsed again, as when typing), rendered with MessagePreview (the
// message, the checks, the redacted request) and the bubble's document filled and laid out at the bubble's width, as
// PreviewPane does on every edit. Prints average and worst per keystroke; the goal is under 16 ms (one frame).
// Figures, not assertions: run it offscreen, in a Release build for figures worth quoting:
//   cmake --build <dir> --target bench_preview && QT_QPA_PLATFORM=offscreen <dir>/tests/bench/bench_preview
#include "dingtalk/messagepreview.h"
#include "preview/bubbleview.h"
#include "templating/defaulttemplates.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>

using namespace alertdesk;

namespace {

constexpr int keystrokes = 300;
/// Renders before the timed keystrokes: the pane renders once when it opens, which loads the fonts and warms the
/// caches; a keystroke never pays for that.
constexpr int warmUp = 10;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

struct Figures {
    double averageMs = 0;
    double worstMs = 0;
    double renderMs = 0; ///< of the average: MessagePreview::render
    double layoutMs = 0; ///< of the average: filling and laying out the bubble's document
};

// One keystroke's work: what PreviewPane::render() does with the result.
template <typename Edit> Figures measure(MessagePreview& preview, PreviewInput input, Edit edit)
{
    double total = 0;
    double worst = 0;
    double rendering = 0;
    qint64 bytes = 0;
    for (int i = -warmUp; i < keystrokes; ++i) {
        edit(input, i + warmUp);
        QElapsedTimer timer;
        timer.start();
        const PreviewResult result = preview.render(input);
        const double renderMs = double(timer.nsecsElapsed()) / 1e6;
        if (!result.ok())
            qFatal("the preview did not render: %s", qPrintable(result.problems.first().message));
        QTextDocument document; // a fresh one per render, as BubbleView does
        document.setUndoRedoEnabled(false);
        document.setTextWidth(BubbleView::bubbleWidth);
        BubbleView::fillDocument(document, *result.message);
        const QSizeF size = document.documentLayout()->documentSize(); // lays the whole bubble out
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (i < 0)
            continue;
        rendering += renderMs;
        total += ms;
        worst = std::max(worst, ms);
        bytes += result.bodyBytes + qint64(size.height() > 0);
    }
    if (bytes == 0)
        qFatal("nothing rendered");
    return {total / keystrokes, worst, rendering / keystrokes, (total - rendering) / keystrokes};
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    PreviewInput input;
    input.payloadJson = readFile(QStringLiteral(ALERTDESK_PAYLOADS_DIR "/twenty-alerts.json"));
    input.robot.name = QStringLiteral("ops");
    input.robot.keywords = armsKeywords();
    input.robot.signing = true;
    input.settings.titleTemplate = defaultTitleTemplate(MessageType::Markdown);
    const QString text = defaultTextTemplate(MessageType::Markdown);
    Figures typingFigures;
    Figures sampleFigures;

    std::printf(
        "Preview per keystroke: default markdown template, twenty-alerts.json, bubble %d px wide, %d keystrokes\n",
        BubbleView::bubbleWidth, keystrokes);
    {
        MessagePreview preview;
        typingFigures = measure(preview, input, [&](PreviewInput& in, int i) {
            // Typing at the end of the text template: a new template text every time (parsed again).
            in.settings.textTemplate = text + QString(i + 1, QLatin1Char('x'));
        });
        std::printf("  typing in the text template: average %.2f ms (render %.2f, bubble layout %.2f), worst %.2f ms\n",
                    typingFigures.averageMs, typingFigures.renderMs, typingFigures.layoutMs, typingFigures.worstMs);
    }
    {
        MessagePreview preview;
        input.settings.textTemplate = text;
        QByteArray json = input.payloadJson;
        sampleFigures = measure(preview, input, [&](PreviewInput& in, int i) {
            // Typing in the sample alert's JSON: the payload parsed again, the templates taken from the cache.
            in.payloadJson = json;
            const QByteArray receiver = QByteArray("\"receiver\": \"").append(QByteArray(i % 7 + 1, 'r'));
            in.payloadJson.replace(QByteArray("\"receiver\": \""), receiver);
        });
        std::printf("  typing in the sample JSON: average %.2f ms (render %.2f, bubble layout %.2f), worst %.2f ms\n",
                    sampleFigures.averageMs, sampleFigures.renderMs, sampleFigures.layoutMs, sampleFigures.worstMs);
    }
    std::printf("  goal: under 16 ms per keystroke\n");
    std::printf("FIGURE preview.average %.2f ms\nFIGURE preview.worst %.2f ms\n",
                std::max(typingFigures.averageMs, sampleFigures.averageMs),
                std::max(typingFigures.worstMs, sampleFigures.worstMs));
    return 0;
}
