#!/usr/bin/python3
"""Serves dist/ on 127.0.0.1 with the right MIME types and the app's security headers.

Usage: serve.py DIR PORT. Sends Content-Security-Policy (with frame-ancestors, which a <meta> tag
cannot carry), no-cache for the service worker and the page, and application/wasm for .wasm.
"""
import functools, http.server, os, sys

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; "
       "connect-src 'self'; worker-src 'self'; manifest-src 'self'; media-src 'self' blob:; base-uri 'none'; "
       "form-action 'none'; object-src 'none'; frame-ancestors " + os.environ.get("UNCLENCH_FRAME_ANCESTORS", "*"))


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript",
                      ".webmanifest": "application/manifest+json", ".json": "application/json",
                      ".svg": "image/svg+xml", ".ics": "text/calendar"}

    def end_headers(self):
        if self.path.split("?")[0].endswith((".html", "/")):
            self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get("UNCLENCH_SERVE_LOG"):
            super().log_message(fmt, *args)


def main():
    directory, port = sys.argv[1], int(sys.argv[2])
    handler = functools.partial(Handler, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"Serving {directory} at http://127.0.0.1:{port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
