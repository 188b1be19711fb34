"""Probes of the machine: free ports, loopback HTTP GETs, ``/proc`` lookups.

The supervisor must never talk to, or mistake for its own, a server someone
else started: it checks that the port is free before starting, polls
``/health``, then asks ``/proc`` which PIDs listen on the port and which
belong to its process group.  Standard library only (urllib, no proxies), so
none of this needs the SDK.
"""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.request
from pathlib import Path


def find_free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """Nobody listens on host:port.

    SO_REUSEADDR as the server itself uses it, so TIME_WAIT leftovers of a
    previous run do not count; plus Label Studio's own test (a connect), which
    would otherwise make it move silently to the next port.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(1.0)
        return s.connect_ex((host, port)) != 0


def _get(url: str, token: str | None = None, timeout: float = 5.0) -> tuple[int, bytes]:
    req = urllib.request.Request(url)
    if token is not None:
        req.add_header("Authorization", f"Token {token}")
    # Never use a proxy for loopback.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _health_up(base_url: str) -> bool:
    try:
        status, body = _get(f"{base_url}/health", timeout=2.0)
    except (OSError, urllib.error.URLError):
        return False
    if status != 200:
        return False
    try:
        return json.loads(body).get("status") == "UP"
    except ValueError:
        return False


def _listening_pids(port: int) -> set[int] | None:
    """PIDs owning a LISTEN socket on ``port`` (Linux /proc); None if unknown."""
    inodes: set[str] = set()
    found_table = False
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        found_table = True
        for line in lines:
            parts = line.split()
            if len(parts) < 10:
                continue
            local, state, inode = parts[1], parts[3], parts[9]
            if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                inodes.add(inode)
    if not found_table:
        return None
    pids: set[int] = set()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            for fd in (proc / "fd").iterdir():
                try:
                    target = os.readlink(fd)
                except OSError:
                    continue
                if target.startswith("socket:[") and target[8:-1] in inodes:
                    pids.add(int(proc.name))
                    break
        except OSError:
            continue
    return pids


def _process_group_members(pgid: int) -> set[int]:
    members: set[int] = set()
    if not Path("/proc/self/stat").exists():
        return members
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp ...  -- comm may contain spaces/parens
        fields = stat.rsplit(")", 1)[1].split()
        if len(fields) > 2 and int(fields[2]) == pgid:
            members.add(int(proc.name))
    return members
