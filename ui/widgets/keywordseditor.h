// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/validation.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace alertdesk {

/// A robot's custom keywords (DingTalk security setting): a list with an entry line, Add and Remove, and presets
/// (ARMS: Alarm + Dispatch, ARMS API: 告警, generic: alert) that add their words. Each keyword is checked as typed
/// (domain checkKeyword, at most limits::keywords). While Alarm or Dispatch is missing, a warning says that Managed
/// Prometheus / ARMS alerts will be rejected with errcode 310000.
///
/// objectNames of the parts (tests drive them): keywordInput, addKeywordButton, keywordList, removeKeywordButton,
/// keywordPresets (a combo box whose items add a preset), keywordsWarning (the ARMS warning), keywordsProblem.
class KeywordsEditor : public QWidget {
    Q_OBJECT
public:
    explicit KeywordsEditor(QWidget* parent = nullptr);

    void setValue(const QStringList& keywords);
    QStringList value() const;
    /// What is wrong with the list (field "keywords"); empty = valid. The text being typed is not part of the value.
    Problems problems() const;
    bool isValid() const { return problems().isEmpty(); }
    /// True while Alarm or Dispatch is missing (the warning shows).
    bool armsKeywordsMissing() const;

    /// Adds a keyword as if typed and added; false (and the reason shown) when it is refused.
    bool addKeyword(const QString& keyword);
    /// Adds the preset's keywords that are not there yet: "arms", "arms-api" or "generic" (as the CLI names them).
    void addPreset(const QString& preset);

signals:
    void valueChanged(const QStringList& keywords);
    void validityChanged(bool valid);

private:
    void addTyped();
    void removeSelected();
    void refresh();
    QLineEdit* m_input = nullptr;
    QPushButton* m_add = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
    QComboBox* m_presets = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_problem = nullptr;
    bool m_valid = true;
};

} // namespace alertdesk
