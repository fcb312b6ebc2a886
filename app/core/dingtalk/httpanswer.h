// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace alertdesk {

/// Reads an HTTP/1.1 answer as its bytes arrive: the status line and headers, then the body, whether its length is
/// announced (Content-Length), chunked, or ends with the connection. Interim 1xx answers are passed over. Stops, as
/// TooLarge, at the body cap or at 64 KiB of headers, so a misbehaving server cannot fill the memory.
class HttpAnswer {
public:
    enum class State {
        Head,      ///< waiting for the status line and headers
        Body,      ///< reading the body
        Done,      ///< the whole answer has arrived
        TooLarge,  ///< past the cap: reading stopped
        Malformed, ///< not HTTP
    };
    static constexpr qsizetype maxHeadBytes = 64 * 1024;

    explicit HttpAnswer(qint64 maxBodyBytes);

    /// Takes the next bytes from the connection; returns the state they lead to.
    State feed(QByteArrayView bytes);
    /// The connection ended: a body that runs to the end of the connection is then complete.
    State connectionClosed();

    State state() const { return m_state; }
    int status() const { return m_status; } ///< 0 until the status line has arrived
    /// The value of header `name` (ASCII, any case); empty when absent.
    QByteArray header(QByteArrayView name) const;
    const QByteArray& body() const { return m_body; }
    /// Whether the connection can carry another request once this answer is Done.
    bool keepsConnection() const { return m_keepAlive; }
    /// Whether any byte has arrived.
    bool started() const { return m_started; }

private:
    enum class Framing { None, Length, Chunked, UntilClose };
    State parseHead();
    State parseBody();
    State parseChunks();
    State fail(State state);

    qint64 m_maxBody;
    State m_state = State::Head;
    Framing m_framing = Framing::None;
    QByteArray m_buffer; ///< bytes not parsed yet
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers; ///< lower-case name, value
    int m_status = 0;
    qint64 m_remaining = 0;   ///< body bytes still to come (Length), or of the current chunk (Chunked)
    bool m_inTrailer = false; ///< chunked: after the last chunk, reading trailer lines
    bool m_chunkEnd = false;  ///< chunked: the CRLF after a chunk's data is still to come
    bool m_keepAlive = false;
    bool m_started = false;
};

} // namespace alertdesk
