// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors

package bridge

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"time"

	"gopkg.in/yaml.v2"
)

// The message a target without its own `message` (and a config without `default_message`) renders: it calls the
// defines of the bridge's built-in default.tmpl, which the stand-in does not have, so such a target fails to render
// (HTTP 400), as the real bridge does when started with no_builtin_template: true.
const (
	defaultTitle = `{{ template "ding.link.title" . }}`
	defaultText  = `{{ template "ding.link.content" . }}`
)

var targetNameRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9\-_]*$`)

// Config is the bridge's config.yml. Unknown keys are errors (the bridge reads it with yaml.UnmarshalStrict).
type Config struct {
	NoBuiltinTemplate bool              `yaml:"no_builtin_template"`
	Template          string            `yaml:"template,omitempty"`  // legacy: one more glob, appended to Templates
	Templates         []string          `yaml:"templates,omitempty"` // globs, resolved from the working directory
	DefaultMessage    *Message          `yaml:"default_message,omitempty"`
	Timeout           time.Duration     `yaml:"timeout"` // read and validated, then unused (as in the bridge)
	Targets           map[string]Target `yaml:"targets"`
}

// Target is one `targets:` entry, reached at /dingtalk/<name>/send.
type Target struct {
	URL     *TargetURL `yaml:"url,omitempty"`
	Secret  string     `yaml:"secret,omitempty"`
	Mention *Mention   `yaml:"mention,omitempty"`
	Message *Message   `yaml:"message,omitempty"`
}

// Mention is a target's @mention: everyone, or these mobiles.
type Mention struct {
	All     bool     `yaml:"all,omitempty"`
	Mobiles []string `yaml:"mobiles,omitempty"`
}

// Message is a pair of template texts; a member left out keeps the built-in default's call.
type Message struct {
	Title string `yaml:"title"`
	Text  string `yaml:"text"`
}

// TargetURL is a DingTalk webhook URL: http or https, with a host.
type TargetURL struct {
	url.URL
}

// LoadConfig reads and checks a config file as the bridge does at start.
func LoadConfig(path string) (*Config, error) {
	content, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	cfg := &Config{Timeout: 5 * time.Second}
	if err := yaml.UnmarshalStrict(content, cfg); err != nil {
		return nil, err
	}
	return cfg, nil
}

// UnmarshalYAML applies the defaults, then checks target names and folds the legacy `template` into `templates`.
func (c *Config) UnmarshalYAML(unmarshal func(interface{}) error) error {
	type fields Config
	*c = Config{Timeout: 5 * time.Second}
	if err := unmarshal((*fields)(c)); err != nil {
		return err
	}
	for name := range c.Targets {
		if !targetNameRE.MatchString(name) {
			return fmt.Errorf("invalid target name: %q", name)
		}
	}
	if c.Template != "" {
		c.Templates = append(c.Templates, c.Template)
	}
	return nil
}

// UnmarshalYAML requires a url.
func (t *Target) UnmarshalYAML(unmarshal func(interface{}) error) error {
	type fields Target
	*t = Target{}
	if err := unmarshal((*fields)(t)); err != nil {
		return err
	}
	if t.URL == nil {
		return errors.New("url cannot be empty")
	}
	return nil
}

// UnmarshalYAML starts from the built-in default calls, so a message giving only a title keeps the default text.
func (m *Message) UnmarshalYAML(unmarshal func(interface{}) error) error {
	type fields Message
	*m = Message{Title: defaultTitle, Text: defaultText}
	return unmarshal((*fields)(m))
}

// UnmarshalYAML parses and checks the URL.
func (u *TargetURL) UnmarshalYAML(unmarshal func(interface{}) error) error {
	var s string
	if err := unmarshal(&s); err != nil {
		return err
	}
	parsed, err := url.Parse(s)
	if err != nil {
		return err
	}
	if parsed.Scheme != "http" && parsed.Scheme != "https" {
		return fmt.Errorf("unsupported scheme %q for URL", parsed.Scheme)
	}
	if parsed.Host == "" {
		return fmt.Errorf("missing host for URL")
	}
	u.URL = *parsed
	return nil
}

// MessageFor is the message a target renders: its own, else the config's default_message, else the built-in calls.
func (c *Config) MessageFor(target *Target) Message {
	if target.Message != nil {
		return *target.Message
	}
	if c.DefaultMessage != nil {
		return *c.DefaultMessage
	}
	return Message{Title: defaultTitle, Text: defaultText}
}
