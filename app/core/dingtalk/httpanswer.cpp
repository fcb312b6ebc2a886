// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/httpanswer.h"

namespace alertdesk {

HttpAnswer::HttpAnswer(qint64 maxBodyBytes)
    : m_maxBody(maxBodyBytes)
{}

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpAnswer::State HttpAnswer::fail(State state)
{
    m_state = state;
    m_keepAlive = false;
    m_buffer.clear();
    return m_state;
}

HttpAnswer::State HttpAnswer::feed(QByteArrayView bytes)
{
    if (m_state != State::Head && m_state != State::Body)
        return m_state;
    m_started = m_started || !bytes.isEmpty();
    m_buffer.append(bytes);
    if (m_state == State::Head)
        parseHead();
    if (m_state == State::Body)
        parseBody();
    if (m_state == State::Done && !m_buffer.isEmpty())
        m_keepAlive = false; // bytes past the answer: the connection is not in a known state
    return m_state;
}

HttpAnswer::State HttpAnswer::connectionClosed()
{
    m_keepAlive = false;
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Done;
    return m_state;
}

HttpAnswer::State HttpAnswer::parseHead()
{
    while (m_state == State::Head) {
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        qsizetype after = end + 4;
        if (const qsizetype bare = m_buffer.indexOf("\n\n"); bare >= 0 && (end < 0 || bare < end)) {
            end = bare;
            after = bare + 2;
        }
        if (end < 0)
            return m_buffer.size() > maxHeadBytes ? fail(State::TooLarge) : m_state;
        if (end > maxHeadBytes)
            return fail(State::TooLarge);
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, after);
        // "HTTP/1.1 200 OK"
        const QByteArray statusLine = lines.constFirst().trimmed();
        const QList<QByteArray> parts = statusLine.split(' ');
        bool numeric = false;
        const int status = parts.size() >= 2 ? parts.at(1).toInt(&numeric) : 0;
        if (!statusLine.startsWith("HTTP/1.") || !numeric || status < 100 || status > 999)
            return fail(State::Malformed);
        m_headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon <= 0)
                return fail(State::Malformed);
            m_headers.append({lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed()});
        }
        if (status >= 100 && status < 200 && status != 101)
            continue; // "100 Continue" and the like: the real answer follows
        m_status = status;
        const bool http10 = statusLine.startsWith("HTTP/1.0");
        const QByteArray connection = header("connection").toLower();
        m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
        if (status == 204 || status == 304) {
            m_framing = Framing::None;
            m_state = State::Done;
        } else if (header("transfer-encoding").toLower().contains("chunked")) {
            m_framing = Framing::Chunked;
            m_state = State::Body;
        } else if (const QByteArray length = header("content-length"); !length.isEmpty()) {
            bool ok = false;
            m_remaining = length.toLongLong(&ok);
            if (!ok || m_remaining < 0)
                return fail(State::Malformed);
            if (m_remaining > m_maxBody)
                return fail(State::TooLarge);
            m_framing = Framing::Length;
            m_state = m_remaining == 0 ? State::Done : State::Body;
        } else {
            m_framing = Framing::UntilClose;
            m_keepAlive = false;
            m_state = State::Body;
        }
    }
    return m_state;
}

HttpAnswer::State HttpAnswer::parseBody()
{
    switch (m_framing) {
    case Framing::Chunked:
        return parseChunks();
    case Framing::Length: {
        const qsizetype take = qsizetype(qMin<qint64>(m_remaining, m_buffer.size()));
        m_body.append(m_buffer.constData(), take);
        m_buffer.remove(0, take);
        m_remaining -= take;
        if (m_remaining == 0)
            m_state = State::Done;
        return m_state;
    }
    case Framing::UntilClose:
        m_body.append(m_buffer);
        m_buffer.clear();
        return m_body.size() > m_maxBody ? fail(State::TooLarge) : m_state;
    case Framing::None:
        break;
    }
    m_state = State::Done;
    return m_state;
}

HttpAnswer::State HttpAnswer::parseChunks()
{
    qsizetype at = 0;
    while (m_state == State::Body) {
        if (m_remaining > 0) { // inside a chunk's data
            const qsizetype take = qsizetype(qMin<qint64>(m_remaining, m_buffer.size() - at));
            m_body.append(m_buffer.constData() + at, take);
            at += take;
            m_remaining -= take;
            if (m_body.size() > m_maxBody)
                return fail(State::TooLarge);
            if (m_remaining > 0)
                break;
            m_chunkEnd = true;
        }
        const qsizetype end = m_buffer.indexOf('\n', at); // CRLF, or a bare LF; -1: the line is still to come
        if (end < 0) {
            if (m_buffer.size() - at > maxHeadBytes)
                return fail(State::TooLarge);
            break;
        }
        const QByteArray line = m_buffer.mid(at, end - at).trimmed();
        at = end + 1;
        if (m_chunkEnd) { // the CRLF that closes a chunk's data
            m_chunkEnd = false;
            if (!line.isEmpty())
                return fail(State::Malformed);
            continue;
        }
        if (m_inTrailer) {
            if (line.isEmpty())
                m_state = State::Done;
            continue;
        }
        bool ok = false;
        const qint64 size =
            line.left(line.indexOf(';') < 0 ? line.size() : line.indexOf(';')).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return fail(State::Malformed);
        if (size > m_maxBody - m_body.size())
            return fail(State::TooLarge);
        if (size == 0)
            m_inTrailer = true;
        m_remaining = size;
    }
    m_buffer.remove(0, at);
    return m_state;
}

} // namespace alertdesk
