#!/usr/bin/env python3
"""A webhook receiver for the tests: every POST is checked with the Standard Webhooks reference
library (`standardwebhooks`, pinned in scripts/requirements/server-tests.txt) against each secret
the test gave it, and kept with the verdicts.

    webhook-receiver.py --port N      prints "ready" once it listens on 127.0.0.1:N

Control (JSON), on the same port:
    POST /_control   {"secrets": ["whsec_…"], "status": 200, "delay": 0}
                     the secrets to verify with; the status to answer; seconds to wait first
    GET  /_received  every message so far, in arrival order: {"path", "headers", "body",
                     "verified": [one boolean per secret], "answered"}
"""

import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks import Webhook, WebhookVerificationError

STATE = {"secrets": [], "status": 200, "delay": 0.0}
RECEIVED = []
LOCK = threading.Lock()
# Nothing a test sends is larger; a bigger body is refused unread.
MAX_BODY = 1 << 20


def verdicts(body, headers, secrets):
    out = []
    for secret in secrets:
        try:
            Webhook(secret).verify(body, headers)
            out.append(True)
        except (WebhookVerificationError, ValueError):
            out.append(False)
    return out


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, payload=None):
        data = json.dumps(payload).encode() if payload is not None else b""
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        length = int(self.headers.get("content-length") or 0)
        if length > MAX_BODY:
            return None
        return self.rfile.read(length).decode()

    def do_GET(self):
        if self.path == "/_received":
            with LOCK:
                self.answer(200, RECEIVED)
        else:
            self.answer(404)

    def do_POST(self):
        body = self.body()
        if body is None:
            self.answer(413)
            return
        if self.path == "/_control":
            with LOCK:
                STATE.update(json.loads(body))
            self.answer(204)
            return
        with LOCK:
            secrets, status, delay = list(STATE["secrets"]), STATE["status"], STATE["delay"]
        headers = {k.lower(): v for k, v in self.headers.items()}
        entry = {
            "path": self.path,
            "headers": headers,
            "body": body,
            "verified": verdicts(body, headers, secrets),
            "answered": status,
            "at": time.time(),
        }
        with LOCK:
            RECEIVED.append(entry)
        if delay:
            time.sleep(delay)
        try:
            self.answer(status, {"ok": 200 <= status < 300})
        except (BrokenPipeError, ConnectionResetError):
            pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
