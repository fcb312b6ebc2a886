// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace alertdesk::test {

/// One HTTP/1.1 request as a test server received it: just enough HTTP for FakeDingTalkServer and FakeHttpProxy
/// (Content-Length bodies, no chunked uploads; QNetworkAccessManager sends Content-Length for a POST).
struct HttpRequest {
    QByteArray method;
    QByteArray target; ///< as on the request line: "/robot/send?..." or, to a proxy, "http://host:port/robot/send?..."
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const; ///< case-insensitive; empty when absent
    QByteArray path() const;                         ///< the target without scheme, authority and query
    QByteArray rawQuery() const;                     ///< after '?', still percent-encoded
    /// A query value decoded the way servlet containers do it (and DingTalk does): '+' is a space, %XX a byte.
    std::optional<QString> queryValue(const QByteArray& name) const;
};

/// Takes one complete request off the front of `buffer`; std::nullopt while more bytes are needed.
std::optional<HttpRequest> takeHttpRequest(QByteArray& buffer);

/// A complete HTTP/1.1 response with Content-Length.
QByteArray httpResponse(int status, const QByteArray& reason, const QByteArray& contentType, const QByteArray& body,
                        const QByteArray& extraHeaders = QByteArray());

} // namespace alertdesk::test
