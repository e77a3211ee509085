"""Render a seed article with ``arabic_extract.display`` and screenshot it in headless Chromium.

    python docs/make_screenshot.py [--chromium /usr/bin/chromium] [--out docs/seed_rendered.png]

Writes the HTML page next to the PNG (``docs/seed_rendered.html``).
"""
from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

import arabic_extract
from arabic_extract.display import render

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--window-size=1100,1900"]


def page(seed: Path) -> str:
    doc = arabic_extract.load()(seed.read_text(encoding="utf-8"), id=seed.stem)
    return ('<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{seed.stem}</title></head><body style='margin:24px'>"
            f"{render(doc)}</body></html>")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", default=str(ROOT / "seeds" / "000_90be8588a3012945.txt"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--out", default=str(ROOT / "docs" / "seed_rendered.png"))
    args = parser.parse_args()
    html = Path(args.out).with_suffix(".html")
    html.write_text(page(Path(args.seed)), encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([args.chromium, *FLAGS, f"--user-data-dir={profile}",
                        f"--screenshot={args.out}", html.as_uri()], check=True, timeout=120,
                       capture_output=True)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
