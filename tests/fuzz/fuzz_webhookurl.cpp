// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Fuzz target: the webhook URL parser, on whatever an operator might paste (the input bytes as UTF-8). Besides
// crashes, it checks a property: a URL that parses, composed again from its endpoint and token, parses to the same
// endpoint and token (what "Copy webhook" copies must paste back as the same robot).
#include "dingtalk/webhookurl.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString pasted = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = alertdesk::WebhookUrl::parse(pasted);
    if (!parsed.ok())
        return 0;
    const QUrl composed = alertdesk::WebhookUrl::compose(parsed->endpoint, parsed->accessToken);
    const auto again = alertdesk::WebhookUrl::parse(composed.toString(QUrl::FullyEncoded));
    if (!again.ok() || again->endpoint != parsed->endpoint || again->accessToken != parsed->accessToken) {
        std::fprintf(stderr, "fuzz_webhookurl: %s does not parse back to itself\n",
                     composed.toString(QUrl::FullyEncoded).toUtf8().constData());
        std::abort();
    }
    return 0;
}
