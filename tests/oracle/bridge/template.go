// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors

package bridge

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
)

// ErrNoBuiltinTemplate: the stand-in does not have the bridge's built-in default.tmpl (and must not copy it), so it
// only runs configs that say no_builtin_template: true, as AlertDesk's export does.
var ErrNoBuiltinTemplate = errors.New("this stand-in has no copy of the bridge's built-in default.tmpl: set " +
	"\"no_builtin_template: true\" in the config (AlertDesk's export does); a config that loads the built-in " +
	"template cannot be modelled")

// Templates is the bridge's template set: every define of every file its globs matched.
type Templates struct {
	set *template.Template
}

// Funcs are the bridge's own functions (its defaultFuncs); sprig's are added after them and win any name both
// define (none, in sprig 3.2). The oracle registers the same.
var Funcs = template.FuncMap{
	"toUpper":  strings.ToUpper,
	"toLower":  strings.ToLower,
	"markdown": escapeMarkdown,
}

// escapeMarkdown puts a backslash before each '_', '*' and '`'.
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == '_' || r == '*' || r == '`' {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// LoadTemplates builds the set as the bridge's FromGlobs does: an empty set named "" with missingkey=zero, the
// bridge's functions then sprig's, then each glob parsed in order with ParseGlob. A glob that matches nothing is
// skipped without a word (ParseGlob alone would fail); a malformed glob or a file that does not parse is an error,
// and the bridge does not start.
func LoadTemplates(loadBuiltin bool, globs ...string) (*Templates, error) {
	if loadBuiltin {
		return nil, ErrNoBuiltinTemplate
	}
	set := template.New("").Option("missingkey=zero").Funcs(Funcs).Funcs(sprig.TxtFuncMap())
	for _, glob := range globs {
		matches, err := filepath.Glob(glob)
		if err != nil {
			return nil, err
		}
		if len(matches) == 0 {
			continue
		}
		if _, err := set.ParseGlob(glob); err != nil {
			return nil, err
		}
	}
	return &Templates{set: set}, nil
}

// Render executes one message field as the bridge's ExecuteTextString: "" renders as ""; otherwise a clone of the
// set gets the text as a new template named "" (missingkey=zero), which is executed with data. On an execution error
// the partial output is returned with the error (the caller drops both).
func (t *Templates) Render(text string, data interface{}) (string, error) {
	if text == "" {
		return "", nil
	}
	clone, err := t.set.Clone()
	if err != nil {
		return "", err
	}
	field, err := clone.New("").Option("missingkey=zero").Parse(text)
	if err != nil {
		return "", err
	}
	var out bytes.Buffer
	err = field.Execute(&out, data)
	return out.String(), err
}
