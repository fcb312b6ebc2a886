// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Fuzz target: the HTTP answer reader, on whatever a server (or something pretending to be one) sends. Besides crashes,
// it checks two properties: the answer read in one piece and read in small pieces (the first byte picks their size)
// ends the same way, and the body never passes the cap.
#include "dingtalk/httpanswer.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

constexpr qint64 cap = 4096;

alertdesk::HttpAnswer readInPieces(QByteArrayView bytes, qsizetype piece)
{
    alertdesk::HttpAnswer answer(cap);
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        answer.feed(bytes.sliced(at, qMin(piece, bytes.size() - at)));
    answer.connectionClosed();
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    const alertdesk::HttpAnswer whole = readInPieces(bytes, qMax<qsizetype>(1, bytes.size()));
    const alertdesk::HttpAnswer pieces = readInPieces(bytes, 1 + data[0] % 16);
    if (whole.state() != pieces.state() || whole.status() != pieces.status() ||
        (whole.state() == alertdesk::HttpAnswer::State::Done && whole.body() != pieces.body())) {
        std::fprintf(stderr, "fuzz_httpanswer: one piece and small pieces end differently (states %d/%d)\n",
                     int(whole.state()), int(pieces.state()));
        std::abort();
    }
    if (whole.body().size() > cap || pieces.body().size() > cap) {
        std::fprintf(stderr, "fuzz_httpanswer: the body passed the cap\n");
        std::abort();
    }
    return 0;
}
