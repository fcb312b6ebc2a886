// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The field-level checks of validation.h, one value at a time.
#include "domain/validation.h"

#include "domain/validationdetail.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace alertdesk {

namespace detail {

qsizetype characters(const QString& text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

/// A value quoted back in a message, cut short when it would swamp the sentence.
QString shown(const QString& text)
{
    constexpr qsizetype maxShown = 40;
    if (characters(text) <= maxShown)
        return text;
    qsizetype cut = maxShown;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

bool hasWhitespace(const QString& text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

bool hasControlCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace detail

namespace {

using detail::characters;
using detail::hasControlCharacter;
using detail::hasWhitespace;
using detail::shown;

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

/// A strictly written IPv4 address (four decimal numbers 0-255, no leading zeros) as a 32-bit value.
std::optional<quint32> parseStrictIpv4(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QStringView part : parts) {
        if (!isAsciiDigits(part) || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return std::nullopt;
        const uint number = part.toUInt();
        if (number > 255)
            return std::nullopt;
        value = (value << 8) | number;
    }
    return value;
}

QString operatorText(MatchOperator op)
{
    switch (op) {
    case MatchOperator::Eq:
        return QStringLiteral("=");
    case MatchOperator::Neq:
        return QStringLiteral("!=");
    case MatchOperator::Re:
        return QStringLiteral("=~");
    case MatchOperator::Nre:
        return QStringLiteral("!~");
    case MatchOperator::In:
        return QStringLiteral("in");
    case MatchOperator::Nin:
        return QStringLiteral("notin");
    }
    return {};
}

} // namespace

/// The addresses a range covers, as (network, prefix), for spotting the same range written two ways.
std::optional<std::pair<quint32, int>> detail::parseIpRange(const QString& range)
{
    const qsizetype slash = range.indexOf(u'/');
    const QStringView address = slash < 0 ? QStringView(range) : QStringView(range).left(slash);
    const std::optional<quint32> value = parseStrictIpv4(address);
    if (!value)
        return std::nullopt;
    int prefix = 32;
    if (slash >= 0) {
        const QStringView prefixText = QStringView(range).mid(slash + 1);
        if (!isAsciiDigits(prefixText) || prefixText.size() > 2 ||
            (prefixText.size() > 1 && prefixText.front() == u'0'))
            return std::nullopt;
        prefix = prefixText.toInt();
        if (prefix > 32)
            return std::nullopt;
    }
    const quint32 mask = prefix == 0 ? 0u : ~quint32(0) << (32 - prefix);
    return std::pair{*value & mask, prefix};
}
QString nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString address = host;
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.isLoopback();
}

std::optional<Error> checkName(const QString& field, const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return Error::invalid(
            field, QCoreApplication::translate("alertdesk::Validation", "The name is empty; enter 1 to %1 characters.")
                       .arg(limits::nameLength));
    }
    if (name != name.trimmed()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The name \"%1\" starts or ends with spaces; remove "
                                                                 "them.")
                                         .arg(shown(name)));
    }
    if (hasControlCharacter(name)) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The name \"%1\" contains a line break, tab or other "
                                                                 "control character; remove it.")
                                         .arg(shown(name.simplified())));
    }
    const qsizetype length = characters(name);
    if (length > limits::nameLength) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The name \"%1\" is %2 characters long; shorten it to "
                                                                 "at most %3.")
                                         .arg(shown(name))
                                         .arg(length)
                                         .arg(limits::nameLength));
    }
    return std::nullopt;
}

std::optional<Error> checkKeyword(const QString& keyword)
{
    const QString field = QStringLiteral("keywords");
    if (keyword.trimmed().isEmpty()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "A keyword is empty; enter 1 to %1 characters or "
                                                                 "remove it.")
                                         .arg(limits::keywordLength));
    }
    if (keyword != keyword.trimmed()) {
        return Error::invalid(field,
                              QCoreApplication::translate("alertdesk::Validation",
                                                          "Keyword \"%1\" starts or ends with spaces, which "
                                                          "DingTalk would require in every message; remove them.")
                                  .arg(keyword));
    }
    if (hasControlCharacter(keyword)) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "Keyword \"%1\" contains a line break, tab or other "
                                                                 "control character; remove it.")
                                         .arg(shown(keyword.simplified())));
    }
    const qsizetype length = characters(keyword);
    if (length > limits::keywordLength) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "Keyword \"%1\" is %2 characters long; DingTalk "
                                                                 "allows at most %3, so shorten it.")
                                         .arg(shown(keyword))
                                         .arg(length)
                                         .arg(limits::keywordLength));
    }
    return std::nullopt;
}

std::optional<Error> checkIpRange(const QString& range)
{
    const QString field = QStringLiteral("ipRanges");
    if (range.trimmed().isEmpty()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "An IP range is empty; enter an IPv4 address such as "
                                                                 "203.0.113.7 or a CIDR block such as 203.0.113.0/24, "
                                                                 "or remove it."));
    }
    if (hasWhitespace(range)) {
        return Error::invalid(
            field, QCoreApplication::translate("alertdesk::Validation", "IP range \"%1\" contains spaces; remove them.")
                       .arg(shown(range)));
    }
    const qsizetype slash = range.indexOf(u'/');
    const QString address = slash < 0 ? range : range.left(slash);
    if (QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "DingTalk cannot whitelist IPv6 addresses; \"%1\" is "
                                                                 "IPv6, so enter the IPv4 address or range your "
                                                                 "alerts are sent from instead.")
                                         .arg(shown(range)));
    }
    if (!parseStrictIpv4(address)) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "\"%1\" is not an IPv4 address; write four numbers "
                                                                 "from 0 to 255 without leading zeros, such as "
                                                                 "203.0.113.7 or 203.0.113.0/24.")
                                         .arg(shown(range)));
    }
    if (slash >= 0 && !detail::parseIpRange(range)) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "\"%1\" has an invalid prefix length; write a CIDR "
                                                                 "block with a prefix from /0 to /32, such as "
                                                                 "203.0.113.0/24.")
                                         .arg(shown(range)));
    }
    return std::nullopt;
}

std::optional<Error> checkPhone(const QString& phone)
{
    const QString field = QStringLiteral("phone");
    static const QRegularExpression pattern(QStringLiteral("^(?:\\+[0-9]{1,4}-)?[0-9]{5,20}$"));
    if (pattern.match(phone).hasMatch())
        return std::nullopt;
    if (hasWhitespace(phone)) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "Phone number \"%1\" contains spaces; write it as "
                                                                 "digits only, with the country code followed by a "
                                                                 "dash if needed, such as 13800138000 or "
                                                                 "+86-13800138000.")
                                         .arg(shown(phone)));
    }
    static const QRegularExpression missingDash(QStringLiteral("^\\+[0-9]{6,24}$"));
    if (missingDash.match(phone).hasMatch()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "Phone number \"%1\" has no dash after the country "
                                                                 "code; write it as +CC-number, such as "
                                                                 "+86-13800138000 or +852-12345678.")
                                         .arg(shown(phone)));
    }
    return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                             "Phone number \"%1\" is not in the expected format: 5 to "
                                                             "20 digits, optionally after a country code written as "
                                                             "+CC-, such as 13800138000 or +852-12345678.")
                                     .arg(shown(phone)));
}

std::optional<Error> checkEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$"));
    if (pattern.match(email).hasMatch())
        return std::nullopt;
    return Error::invalid(QStringLiteral("email"),
                          QCoreApplication::translate("alertdesk::Validation",
                                                      "E-mail address \"%1\" does not look like name@example.com; "
                                                      "check it for typos and spaces.")
                              .arg(shown(email)));
}

std::optional<Error> checkLabelName(const QString& label)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    if (pattern.match(label).hasMatch())
        return std::nullopt;
    if (label.isEmpty()) {
        return Error::invalid(QStringLiteral("rules"),
                              QCoreApplication::translate("alertdesk::Validation",
                                                          "A label name is empty; enter one such as alertname or "
                                                          "severity."));
    }
    return Error::invalid(QStringLiteral("rules"),
                          QCoreApplication::translate("alertdesk::Validation",
                                                      "\"%1\" is not a label name; label names use letters, digits "
                                                      "and underscores and do not start with a digit, such as "
                                                      "alertname or k8s_namespace.")
                              .arg(shown(label)));
}

std::optional<Error> checkTimeZone(const QString& ianaId)
{
    const QString field = QStringLiteral("window");
    if (ianaId.isEmpty()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The time zone is empty; enter an IANA time zone "
                                                                 "such as Asia/Shanghai or UTC."));
    }
    // isTimeZoneIdAvailable() lists zone.tab's zones only, without links such as Etc/UTC (the system zone of many
    // Linux machines), which Alertmanager's Go time.LoadLocation accepts. A bare abbreviation ("CST") is no IANA id
    // even where Qt makes a zone of it: Go would refuse it.
    const QByteArray id = ianaId.toUtf8();
    const bool known = QTimeZone::isTimeZoneIdAvailable(id) || (id.contains('/') && QTimeZone(id).isValid());
    if (!known) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "\"%1\" is not a time zone this system knows; enter "
                                                                 "an IANA time zone such as Asia/Shanghai, "
                                                                 "Europe/Berlin or UTC.")
                                         .arg(shown(ianaId)));
    }
    return std::nullopt;
}

std::optional<Error> checkEndpoint(const QUrl& endpoint)
{
    const QString field = QStringLiteral("endpoint");
    // Never quote the query or the user info back: a pasted access_token or password would end up in the message.
    const QString text = endpoint.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (endpoint.isEmpty() || !endpoint.isValid() || endpoint.host().isEmpty()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The webhook endpoint \"%1\" is not a valid URL; use "
                                                                 "https://oapi.dingtalk.com/robot/send unless you send "
                                                                 "through a proxy.")
                                         .arg(shown(text)));
    }
    const QString scheme = endpoint.scheme();
    if (scheme != QStringLiteral("https") && scheme != QStringLiteral("http")) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The webhook endpoint \"%1\" does not start with "
                                                                 "https://; use an https URL.")
                                         .arg(shown(text)));
    }
    if (scheme == QStringLiteral("http") && !isLoopbackHost(endpoint.host())) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The webhook endpoint \"%1\" uses plain http, which "
                                                                 "would send the access token unencrypted; use https "
                                                                 "(http is allowed only for this computer, such as "
                                                                 "127.0.0.1 or localhost).")
                                         .arg(shown(text)));
    }
    if (!endpoint.userInfo().isEmpty()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The webhook endpoint contains a user name or "
                                                                 "password; remove the part before @ in the host."));
    }
    if (endpoint.hasQuery()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The webhook endpoint \"%1\" has a query (the part "
                                                                 "after ?); the endpoint ends at the path, the access "
                                                                 "token is kept separately.")
                                         .arg(shown(text)));
    }
    if (endpoint.hasFragment()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The webhook endpoint \"%1\" has a fragment (the part "
                                                                 "after #); remove it.")
                                         .arg(shown(text)));
    }
    return std::nullopt;
}

std::optional<Error> checkAccessToken(const QString& token)
{
    const QString field = QStringLiteral("accessToken");
    if (token.isEmpty()) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The access token is missing; paste the whole "
                                                                 "webhook URL DingTalk shows under Webhook."));
    }
    if (hasWhitespace(token)) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The access token contains spaces or line breaks; "
                                                                 "copy it again without them."));
    }
    for (const QChar c : token) {
        const bool allowed =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!allowed) {
            return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                     "The access token contains characters other than "
                                                                     "letters, digits, - and _; copy it again from the "
                                                                     "webhook URL DingTalk shows."));
        }
    }
    if (token.size() < 8 || token.size() > 256) {
        return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                 "The access token is %1 characters long; DingTalk's "
                                                                 "tokens are 64 characters (8 to 256 are accepted), "
                                                                 "so copy the whole webhook URL again.")
                                         .arg(token.size()));
    }
    return std::nullopt;
}

std::optional<Error> checkCondition(const MatchCondition& condition)
{
    const QString field = QStringLiteral("rules");
    if (std::optional<Error> problem = checkLabelName(condition.label))
        return problem;
    const QString op = operatorText(condition.op);
    switch (condition.op) {
    case MatchOperator::Eq:
    case MatchOperator::Neq:
    case MatchOperator::Re:
    case MatchOperator::Nre:
        if (condition.values.size() != 1) {
            return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                     "The \"%1\" condition on label \"%2\" needs "
                                                                     "exactly one value; it has %3.")
                                             .arg(op, condition.label)
                                             .arg(condition.values.size()));
        }
        if (condition.op == MatchOperator::Re || condition.op == MatchOperator::Nre) {
            const QRegularExpression regex(condition.values.constFirst());
            if (!regex.isValid()) {
                return Error::invalid(
                    field,
                    QCoreApplication::translate("alertdesk::Validation", "The regular expression \"%1\" for label "
                                                                         "\"%2\" is invalid: %3 at offset %4; fix it "
                                                                         "or use = for a plain value.")
                        .arg(shown(condition.values.constFirst()), condition.label, regex.errorString())
                        .arg(regex.patternErrorOffset()));
            }
        }
        return std::nullopt;
    case MatchOperator::In:
    case MatchOperator::Nin: {
        if (condition.values.isEmpty()) {
            return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                     "The \"%1\" condition on label \"%2\" has no "
                                                                     "values; list one or more values separated by |, "
                                                                     "such as critical|warning.")
                                             .arg(op, condition.label));
        }
        QSet<QString> seen;
        for (const QString& value : condition.values) {
            if (value.isEmpty()) {
                return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                         "The \"%1\" condition on label \"%2\" has an "
                                                                         "empty value; remove it (use = \"\" to match "
                                                                         "a missing label).")
                                                 .arg(op, condition.label));
            }
            if (seen.contains(value)) {
                return Error::invalid(field, QCoreApplication::translate("alertdesk::Validation",
                                                                         "The \"%1\" condition on label \"%2\" lists "
                                                                         "\"%3\" twice; remove one of them.")
                                                 .arg(op, condition.label, shown(value)));
            }
            seen.insert(value);
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace alertdesk
