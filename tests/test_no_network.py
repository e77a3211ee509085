"""Importing and loading must never touch the network: sockets are blocked in a subprocess."""
from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT

BLOCK_AND_LOAD = """
import socket
def refuse(*args, **kwargs):
    raise RuntimeError("network access attempted")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.socket.sendto = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import arabic_extract
nlp = arabic_extract.load()
doc = nlp(open("seeds/000_90be8588a3012945.txt", encoding="utf-8").read())
print("tokens", len(doc.tokens), "stages", ",".join(nlp.stage_names))
"""


def test_import_and_load_without_network() -> None:
    result = subprocess.run([sys.executable, "-c", BLOCK_AND_LOAD], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("tokens ")
    assert int(result.stdout.split()[1]) > 400


def test_the_guard_itself_works() -> None:
    probe = BLOCK_AND_LOAD.split("import arabic_extract")[0] + (
        "import urllib.request\nurllib.request.urlopen('http://127.0.0.1:9')\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode != 0 and "network access attempted" in result.stderr
