"""The peers business-service calls during bench/orders.sh that are not measured: foundation's user names (none
known, so names fall back to the token's username) and the event consumers' /internal/events (workflow, finance),
which accept every event. Python's threaded HTTP server on 127.0.0.1:<port>; its CPU is not counted."""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Peer(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # headers and body leave in two writes: without TCP_NODELAY the body waits for the client's delayed ACK
    # (40 ms on Linux) on a kept-alive connection, a stall in every request that calls a peer synchronously
    disable_nagle_algorithm = True

    def answer(self, status, data):
        body = json.dumps({"code": status, "message": "ok" if status == 200 else "error", "data": data}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/internal/users/names"):
            self.answer(200, {})
        else:
            self.answer(404, None)

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path.startswith("/internal/events"):
            self.answer(200, {"outcome": "applied"})
        else:
            self.answer(404, None)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Peer).serve_forever()
