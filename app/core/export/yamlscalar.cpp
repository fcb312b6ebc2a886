// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <ostream>

namespace alertdesk::yamlscalar {

namespace {

// Text the emitter copies as it is: streamed into the output by Emitter::WriteIntegralType, which prepares the node
// and finishes the scalar exactly as Emitter::Write(std::string) does for a plain scalar.
struct Verbatim {
    const std::string& text;
};

std::ostream& operator<<(std::ostream& stream, const Verbatim& verbatim)
{
    return stream << verbatim.text;
}

// Characters that may not start a plain scalar (YAML indicators).
constexpr std::string_view indicators = ",[]{}#&*!|>'\"%@`";
// Characters a plain scalar in a flow collection may not hold at all.
constexpr std::string_view flowIndicators = ",?[]{}";

bool contains(std::string_view set, char ch)
{
    return set.find(ch) != std::string_view::npos;
}

} // namespace

bool isPlain(std::string_view text, Context context)
{
    const bool flow = context == Context::Flow;
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
        return false;
    const char first = text.front();
    if (first == ' ' || contains(indicators, first) || (flow && first == '?'))
        return false;
    // "- x", "? x", ": x" (and the lone character) start a sequence entry, a complex key or a value.
    if ((first == '-' || first == ':' || (!flow && first == '?')) && (text.size() == 1 || text[1] == ' '))
        return false;
    if (text.back() == ' ')
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        // Control characters (tab and line breaks among them), DEL, and the bytes of C1 controls, byte order marks
        // and invalid UTF-8 are left to yaml-cpp: it quotes or escapes them.
        if (byte < 0x20 || byte == 0x7f || byte == 0xc2 || byte == 0xfe || byte == 0xff)
            return false;
        if (byte == 0xef && next == '\xbb')
            return false;
        if (text[i] == ':' && (next == '\0' || next == ' ' || (flow && contains(flowIndicators, next))))
            return false;
        if (text[i] == ' ' && next == '#')
            return false;
        if (flow && contains(flowIndicators, text[i]))
            return false;
    }
    return true;
}

void write(YAML::Emitter& out, const std::string& text, Context context)
{
    if (isPlain(text, context))
        out.WriteIntegralType(Verbatim{text});
    else
        out << text;
}

} // namespace alertdesk::yamlscalar
