"""A real SMTP server for the tests (aiosmtpd), on 127.0.0.1.

Each accepted message is written to --dir as <n>.eml, with its envelope recipients in
<n>.rcpt. Recipients are refused the way real servers refuse them: a local part starting
with "bounce" gets 550 (permanent), one starting with "busy" gets 451 (try later).
Without --smtputf8 the server does not offer SMTPUTF8, like many relays.
Prints "ready" once it accepts connections.
"""
import argparse
import itertools
import pathlib
import signal
import threading

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, directory: pathlib.Path):
        self.directory = directory
        self.counter = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.rsplit("@", 1)[0]
        if local.startswith("bounce"):
            return "550 5.1.1 No such user here"
        if local.startswith("busy"):
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        n = next(self.counter)
        (self.directory / f"{n}.rcpt").write_text("\n".join(envelope.rcpt_tos), encoding="utf-8")
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        (self.directory / f"{n}.eml").write_bytes(content)
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", type=pathlib.Path, required=True)
    parser.add_argument("--smtputf8", action="store_true")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    controller = Controller(
        Handler(args.dir), hostname="127.0.0.1", port=args.port, enable_SMTPUTF8=args.smtputf8
    )
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
