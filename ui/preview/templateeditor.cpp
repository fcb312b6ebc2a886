// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/templateeditor.h"

#include "preview/gotemplatehighlighter.h"
#include "widgets/warningpalette.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace alertdesk {

TemplateEditor::TemplateEditor(const QString& name, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(name);
    m_edit->setObjectName(name + QStringLiteral("Edit"));
    m_edit->setAccessibleName(accessibleName);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(true);
    m_highlighter = new GoTemplateHighlighter(m_edit->document());
    m_error->setObjectName(name + QStringLiteral("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_error->setPalette(withWarningText(m_error->palette()));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_error);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            emit edited();
    });
}

QString TemplateEditor::text() const
{
    return m_edit->toPlainText();
}

void TemplateEditor::setText(const QString& text)
{
    if (text == m_edit->toPlainText())
        return;
    m_settingText = true;
    m_edit->setPlainText(text);
    m_settingText = false;
}

void TemplateEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void TemplateEditor::showError(int line, int column, const QString& message)
{
    QTextDocument* document = m_edit->document();
    QTextBlock block = document->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        block = document->lastBlock();
    const QString lineText = block.text();
    int start = column > 0 ? qMin(column - 1, int(lineText.size())) : 0;
    int end = int(lineText.size());
    if (column > 0) {
        // Go points at the start of the offending operand: underline that word (and what follows to a space).
        end = start;
        while (end < lineText.size() && !lineText.at(end).isSpace() && lineText.at(end) != QLatin1Char('}'))
            ++end;
    }
    if (end <= start) // nothing under the position (end of line): underline the character before it
        start = qMax(0, end - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + start);
    cursor.setPosition(block.position() + qMax(end, start + 1), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    selection.format.setUnderlineColor(Qt::red);
    selection.format.setToolTip(message);
    m_edit->setExtraSelections({selection});
    m_error->setText(message);
    m_error->setVisible(true);
    m_hasError = true;
    m_errorBlock = block.blockNumber();
    m_errorColumn = start;
}

void TemplateEditor::clearError()
{
    if (!m_hasError)
        return;
    m_edit->setExtraSelections({});
    m_error->clear();
    m_error->setVisible(false);
    m_hasError = false;
    m_errorBlock = -1;
    m_errorColumn = -1;
}

} // namespace alertdesk
