// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <string>
#include <string_view>

namespace YAML {
class Emitter;
}

namespace alertdesk::yamlscalar {

/// yaml-cpp's emitter tests every string it is given against its plain-scalar regexes, one character at a time;
/// for an export of thousands of policies that was most of the time spent writing alertmanager.yml. The writers
/// pass their scalars through write() instead: the structure stays yaml-cpp's, and the bytes stay exactly what
/// yaml-cpp would write (tests/unit/tst_yamlscalar.cpp compares the two on random and nasty strings).

/// Where a scalar goes: flow collections ([a, b]) forbid more characters in plain scalars than block ones.
enum class Context { Block, Flow };

/// Whether yaml-cpp 0.7's emitter (UTF-8 output, the default) writes `text` as a plain scalar in `context`.
/// Conservative: false may also mean "not sure", in which case yaml-cpp decides.
bool isPlain(std::string_view text, Context context);

/// Writes `text` as yaml-cpp would with `out << text` (no string format manipulator pending): plain without
/// yaml-cpp's checks when isPlain() says so, else through yaml-cpp, which quotes it.
void write(YAML::Emitter& out, const std::string& text, Context context = Context::Block);

/// A scalar for `out << ...` chains: `out << YAML::Key << scalar("receiver") << YAML::Value << scalar(name)`.
struct Scalar {
    std::string text;
    Context context;
};
inline Scalar scalar(std::string text)
{
    return {std::move(text), Context::Block};
}
/// An entry of a flow sequence ([a, b]).
inline Scalar flowScalar(std::string text)
{
    return {std::move(text), Context::Flow};
}

} // namespace alertdesk::yamlscalar

namespace YAML {
inline Emitter& operator<<(Emitter& out, const alertdesk::yamlscalar::Scalar& scalar)
{
    alertdesk::yamlscalar::write(out, scalar.text, scalar.context);
    return out;
}
} // namespace YAML

namespace alertdesk::yamlscalar {} // namespace alertdesk::yamlscalar
