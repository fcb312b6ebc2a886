// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors

package bridge

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"./models"
)

// BuildNotification turns a decoded webhook into the DingTalk request for a target, as the bridge does:
//  1. the target's mention mobiles are appended to m.AtMobiles (templates see them in .AtMobiles);
//  2. the title, then the text, is rendered (the first error stops it);
//  3. the body is always a markdown message; `at` is present only when the target has a mention, and holds the
//     target's own mobiles and all flag (not the payload's AtMobiles), empty members omitted.
func BuildNotification(t *Templates, cfg *Config, target *Target, m *models.WebhookMessage) (*models.DingTalkNotification, error) {
	message := cfg.MessageFor(target)
	if target.Mention != nil {
		m.AtMobiles = append(m.AtMobiles, target.Mention.Mobiles...)
	}
	title, err := t.Render(message.Title, m)
	if err != nil {
		return nil, err
	}
	text, err := t.Render(message.Text, m)
	if err != nil {
		return nil, err
	}
	n := &models.DingTalkNotification{
		MessageType: "markdown",
		Markdown:    &models.DingTalkNotificationMarkdown{Title: title, Text: text},
	}
	if target.Mention != nil {
		n.At = &models.DingTalkNotificationAt{AtMobiles: target.Mention.Mobiles, IsAtAll: target.Mention.All}
	}
	return n, nil
}

// Sign returns the target URL with DingTalk's signature when the target has a secret: the string
// "<timestamp ms>\n<secret>" is HMAC-SHA256'd with the secret, Base64'd, and set as the query parameters timestamp
// and sign. Setting them re-encodes the whole query (url.Values.Encode: keys in byte order, values escaped), so the
// URL the bridge posts to is not byte for byte the configured one.
func Sign(target *Target, now time.Time) string {
	u := target.URL.URL
	if target.Secret == "" {
		return u.String()
	}
	timestamp := strconv.FormatInt(now.UnixNano()/int64(time.Millisecond), 10)
	mac := hmac.New(sha256.New, []byte(target.Secret))
	mac.Write([]byte(timestamp + "\n" + target.Secret))
	query := u.Query()
	query.Set("timestamp", timestamp)
	query.Set("sign", base64.StdEncoding.EncodeToString(mac.Sum(nil)))
	u.RawQuery = query.Encode()
	return u.String()
}

// NewClient is the bridge's HTTP client: proxies from the environment (never for 127.0.0.1), no keep-alive, no
// timeout of its own.
func NewClient() *http.Client {
	return &http.Client{Transport: &http.Transport{Proxy: http.ProxyFromEnvironment, DisableKeepAlives: true}}
}

// Encode is the request body: encoding/json's Marshal (HTML-escaping <, > and & as \u003c, \u003e, \u0026).
func Encode(n *models.DingTalkNotification) ([]byte, error) {
	body, err := json.Marshal(n)
	if err != nil {
		return nil, fmt.Errorf("error encoding DingTalk request: %w", err)
	}
	return body, nil
}

// Send posts the notification to the target (signed when it has a secret) with Content-Type application/json, and
// reads DingTalk's answer. Anything but HTTP 200 with a JSON answer is an error; a non-zero errcode is returned for
// the caller to judge.
func Send(client *http.Client, target *Target, n *models.DingTalkNotification) (*models.DingTalkNotificationResponse, error) {
	address := Sign(target, time.Now())
	body, err := Encode(n)
	if err != nil {
		return nil, err
	}
	request, err := http.NewRequest("POST", address, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("error building DingTalk request: %w", err)
	}
	request.Header.Set("Content-Type", "application/json")
	response, err := client.Do(request)
	if err != nil {
		return nil, fmt.Errorf("error sending notification to DingTalk: %w", err)
	}
	defer func() {
		io.Copy(io.Discard, response.Body)
		response.Body.Close()
	}()
	if response.StatusCode != 200 {
		return nil, fmt.Errorf("unacceptable response code %d", response.StatusCode)
	}
	var answer models.DingTalkNotificationResponse
	if err := json.NewDecoder(response.Body).Decode(&answer); err != nil {
		return nil, fmt.Errorf("error decoding response from DingTalk: %w", err)
	}
	return &answer, nil
}
