"""Live sockets that subscribe and then never read, with a tiny receive buffer.

Node cannot set SO_RCVBUF, and on loopback the kernel would otherwise absorb several MB per socket, hiding what
the server itself holds for a reader that has stopped. This opens COUNT sockets with SO_RCVBUF set before
connect, does the WebSocket handshake by hand, sends one masked subscribe frame, and reads nothing more.

Prints one JSON line when every socket is open or refused:
  {"opened": n, "ports": [local port of each open socket], "refused": {"429": m, ...}}
then holds the sockets, unread, until its standard input ends.
"""

import argparse
import base64
import json
import os
import socket
import struct
import sys


def handshake(sock, host, port, path, origin):
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        f"GET {path} HTTP/1.1\r\n"
        f"Host: {host}:{port}\r\n"
        "Upgrade: websocket\r\n"
        "Connection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\n"
        "Sec-WebSocket-Version: 13\r\n"
        f"Origin: {origin}\r\n"
        "\r\n"
    )
    sock.sendall(request.encode())
    # Byte by byte up to the blank line: nothing after the headers may be consumed.
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        byte = sock.recv(1)
        if not byte:
            raise ConnectionError("closed during handshake")
        head += byte
    return int(head.split(b" ", 2)[1])


def masked_text_frame(text):
    payload = text.encode()
    mask = os.urandom(4)
    body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    if len(payload) < 126:
        header = struct.pack("!BB", 0x81, 0x80 | len(payload))
    else:
        header = struct.pack("!BBH", 0x81, 0x80 | 126, len(payload))
    return header + mask + body


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--rcvbuf", type=int, default=2048)
    parser.add_argument("--bind", default=None, help="local address to connect from")
    args = parser.parse_args()
    origin = f"http://{args.host}:{args.port}"
    subscribe = masked_text_frame(json.dumps({"type": "subscribe", "version": 1}))

    sockets = []
    refused = {}
    for _ in range(args.count):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, args.rcvbuf)
        if args.bind:
            sock.bind((args.bind, 0))
        sock.connect((args.host, args.port))
        status = handshake(sock, args.host, args.port, args.path, origin)
        if status != 101:
            refused[str(status)] = refused.get(str(status), 0) + 1
            sock.close()
            continue
        sock.sendall(subscribe)
        sockets.append(sock)
    ports = [sock.getsockname()[1] for sock in sockets]
    print(json.dumps({"opened": len(sockets), "ports": ports, "refused": refused}), flush=True)

    sys.stdin.read()
    for sock in sockets:
        sock.close()


if __name__ == "__main__":
    main()
