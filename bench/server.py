"""A lean keep-alive HTTP/1.1 server on 127.0.0.1 that answers every POST the same way.

Run as its own process (``python bench/server.py``) so that it never competes with the
client being measured for the GIL: it prints its port on one line, then serves until its
standard input closes. Each response (status line, headers and body) goes out in one
``sendall`` on a TCP_NODELAY socket, so keep-alive calls never wait for delayed ACKs.
"""

from __future__ import annotations

import socket
import sys
import threading

from canned import RESPONSE_BODY, RESPONSE_HEADERS

HEAD_END = b"\r\n\r\n"
MAX_HEAD = 64 * 1024


def response_bytes() -> bytes:
    head = ["HTTP/1.1 200 OK", f"Content-Length: {len(RESPONSE_BODY)}"]
    head += [f"{name}: {value}" for name, value in RESPONSE_HEADERS.items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + RESPONSE_BODY


def serve_connection(connection: socket.socket, reply: bytes) -> None:
    """Answer requests on one connection until the client closes it."""
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = b""
    with connection:
        while True:
            while HEAD_END not in buffer:
                chunk = connection.recv(65536)
                if not chunk or len(buffer) > MAX_HEAD:
                    return
                buffer += chunk
            head, _, buffer = buffer.partition(HEAD_END)
            length = _content_length(head)
            while len(buffer) < length:
                chunk = connection.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            buffer = buffer[length:]
            connection.sendall(reply)


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def accept_forever(listener: socket.socket, reply: bytes) -> None:
    while True:
        try:
            connection, _ = listener.accept()
        except OSError:
            return  # the listener was closed
        threading.Thread(target=serve_connection, args=(connection, reply), daemon=True).start()


def main() -> None:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    threading.Thread(target=accept_forever, args=(listener, response_bytes()), daemon=True).start()
    print(listener.getsockname()[1], flush=True)
    sys.stdin.read()  # the benchmark closes our stdin when it is done
    listener.close()


if __name__ == "__main__":
    main()
