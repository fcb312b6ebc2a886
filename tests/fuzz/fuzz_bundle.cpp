// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Fuzz target: reading a workspace bundle (alertdesk-bundle.json) as `alertdeskctl import` does. Broken JSON, other
// formats, malformed records and dangling references are errors (values); any crash, hang or sanitizer report is a
// bug.
#include "export/bundlereader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)alertdesk::BundleReader::read(QStringLiteral("alertdesk-bundle.json"), bytes);
    return 0;
}
