// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "templating/function.h"

namespace alertdesk::gotmpl {

/// text/template's eq ne lt le gt ge, with Go's rules across int kinds and Go's error messages.
CallResult compareEq(std::vector<Value>& args);
CallResult compareNe(std::vector<Value>& args);
CallResult compareLt(std::vector<Value>& args);
CallResult compareLe(std::vector<Value>& args);
CallResult compareGt(std::vector<Value>& args);
CallResult compareGe(std::vector<Value>& args);

} // namespace alertdesk::gotmpl
