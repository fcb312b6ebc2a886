// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors

// Command standin is a stand-in for the send path of the DingTalk webhook bridge (prometheus-webhook-dingtalk
// v2.1.0), for AlertDesk's end-to-end tests (tests/oracle/README.md, "The bridge stand-in"):
//
//	standin --config.file=config.yml [--web.listen-address=127.0.0.1:8060] [--record DIR]
//
// It loads the config and the templates as the bridge does at start (a config or template error: a message on stderr,
// exit status 1; so does a config without no_builtin_template: true), then serves POST /dingtalk/<target>/send, plus
// GET /-/healthy and /-/ready. Template globs are resolved from the working directory, times render in the process's
// local zone (TZ): nothing here changes either. --record DIR (the stand-in's own, for tests) writes each webhook body
// received on the send path to DIR/<n>-<target>.json (n = 1, 2, ... in arrival order) before it is processed.
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"

	"../bridge"
)

func main() {
	os.Exit(run())
}

func run() int {
	flags := flag.NewFlagSet("standin", flag.ContinueOnError)
	configFile := flags.String("config.file", "config.yml", "Path to the configuration file.")
	listenAddress := flags.String("web.listen-address", ":8060", "The address to listen on.")
	recordDir := flags.String("record", "", "Write each received webhook body to DIR/<n>-<target>.json (tests).")
	if err := flags.Parse(os.Args[1:]); err != nil {
		return 2
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "standin: unexpected argument %q\n", flags.Arg(0))
		return 2
	}
	logger := log.New(os.Stderr, "", log.LstdFlags|log.Lmicroseconds)

	cfg, err := bridge.LoadConfig(*configFile)
	if err != nil {
		logger.Printf("level=error file=%s msg=\"Loading configuration file failed\" err=%q", *configFile, err)
		return 1
	}
	templates, err := bridge.LoadTemplates(!cfg.NoBuiltinTemplate, cfg.Templates...)
	if err != nil {
		logger.Printf("level=error file=%s msg=\"one or more config change subscribers failed to apply new config\" "+
			"err=%q", *configFile, fmt.Errorf("failed to parse templates: %w", err))
		return 1
	}

	api := &bridge.API{Config: cfg, Templates: templates, Client: bridge.NewClient(), Logger: logger}
	if *recordDir != "" {
		if err := os.MkdirAll(*recordDir, 0o755); err != nil {
			logger.Printf("level=error msg=\"Cannot create the record directory\" err=%q", err)
			return 1
		}
		var mutex sync.Mutex
		count := 0
		api.Record = func(target string, body []byte) {
			mutex.Lock()
			defer mutex.Unlock()
			count++
			path := filepath.Join(*recordDir, fmt.Sprintf("%d-%s.json", count, filepath.Base(target)))
			if err := os.WriteFile(path, body, 0o644); err != nil {
				logger.Printf("level=error msg=\"Cannot record the webhook\" err=%q", err)
			}
		}
	}

	mux := http.NewServeMux()
	mux.Handle("/dingtalk/", api)
	mux.HandleFunc("/-/healthy", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "OK.\n") })
	mux.HandleFunc("/-/ready", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "OK.\n") })

	listener, err := net.Listen("tcp", *listenAddress)
	if err != nil {
		logger.Printf("level=error msg=\"Error starting HTTP server\" err=%q", err)
		return 1
	}
	logger.Printf("level=info msg=\"Listening\" address=%s targets=%d templates=%q", listener.Addr(),
		len(cfg.Targets), cfg.Templates)

	term := make(chan os.Signal, 1)
	signal.Notify(term, os.Interrupt, syscall.SIGTERM)
	served := make(chan error, 1)
	server := &http.Server{Handler: mux, ErrorLog: logger}
	go func() { served <- server.Serve(listener) }()
	select {
	case <-term:
		server.Close()
		return 0
	case err := <-served:
		logger.Printf("level=error msg=\"HTTP server stopped\" err=%q", err)
		return 1
	}
}
