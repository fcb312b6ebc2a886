// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <functional>

namespace alertdesk {

/// Milliseconds since the Unix epoch, UTC. Everything that stamps a DingTalk request takes one, so tests can fix time.
using MsClock = std::function<qint64()>;
/// The system clock (QDateTime::currentMSecsSinceEpoch).
MsClock systemMsClock();

/// The two query parameters a signed (加签) robot needs on every request.
struct SignedQuery {
    qint64 timestampMs = 0;
    QString sign; ///< base64(HMAC-SHA256(secret, "<timestampMs>\n<secret>")), NOT percent-encoded

    /// `sign` percent-encoded as DingTalk reads it: '+' -> %2B, '/' -> %2F, '=' -> %3D (never a raw '+').
    QByteArray encodedSign() const;
    /// "timestamp=<ms>&sign=<encoded>", ready to append after "access_token=...&".
    QByteArray query() const;
};

/// DingTalk's signing scheme: string_to_sign = timestamp_ms + "\n" + secret; sign = base64(HMAC-SHA256(key = secret,
/// string_to_sign)), percent-encoded with QUrl::toPercentEncoding (QUrlQuery would leave '+' as is, which DingTalk
/// reads as a space: "sign not match").
class Signer {
public:
    static SignedQuery sign(const QString& secret, qint64 timestampMs);

    /// endpoint?access_token=TOKEN[&timestamp=MS&sign=SIGN]; without a secret (empty) the URL carries the token only.
    /// Every value is percent-encoded by hand; the result is in QUrl::StrictMode and round-trips through
    /// QUrl::toString(QUrl::FullyEncoded) unchanged.
    static QUrl signedUrl(const QUrl& endpoint, const QString& accessToken, const QString& secret, qint64 timestampMs);
};

} // namespace alertdesk
