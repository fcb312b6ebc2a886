// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace alertdesk {

/// What went wrong, for a person. `field` names the input at fault (e.g. "name", "keywords") when there is one,
/// `message` is a full sentence (already translated) that says what failed and what to do about it.
/// `kind` lets callers map failures onto exit codes and status-bar states without parsing text.
struct Error {
    enum class Kind {
        Invalid,  ///< the operator's input breaks a domain rule
        Conflict, ///< a name is taken, or a reference points at something that does not exist
        NotFound, ///< no such robot / contact / group / policy
        Storage,  ///< the workspace database could not be opened, read or written
        Keychain, ///< the OS keychain refused, or there is none
    };
    Kind kind = Kind::Invalid;
    QString field;
    QString message;

    static Error invalid(QString field, QString message)
    {
        return {Kind::Invalid, std::move(field), std::move(message)};
    }
    static Error conflict(QString field, QString message)
    {
        return {Kind::Conflict, std::move(field), std::move(message)};
    }
    static Error notFound(QString message) { return {Kind::NotFound, {}, std::move(message)}; }
    static Error storage(QString message) { return {Kind::Storage, {}, std::move(message)}; }
    static Error keychain(QString message) { return {Kind::Keychain, {}, std::move(message)}; }
};

/// Errors are values: a Result holds either a T or an Error. Result<void> holds only the outcome.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T value() && { return std::get<T>(std::move(m_data)); } // by value: safe in range-for over a temporary
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace alertdesk
