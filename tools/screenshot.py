"""Regenerate docs/main-window.png: the real main window on a fresh demo office.

Run: uv run python tools/screenshot.py [--lang en|nl] [--area clients|staff|projects|board]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=("en", "nl"))
    parser.add_argument("--area", default="clients")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "main-window.png")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="draagvlak-shot-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")  # fresh window state
    os.environ["DRAAGVLAK_DATA_DIR"] = str(work / "data")

    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.cli.main import main as cli_main
    from desktop.core.db.engine import open_database
    from desktop.ui.shell.app import create_application
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.translator import install_translators

    db = work / "demo.sqlite3"
    cli_main(["demo", "--db", str(db), "--lang", args.lang])
    app = create_application()
    install_translators(app, args.lang)
    window = MainWindow(open_database(db))
    window.resize(1360, 820)
    window.show()
    window.show_area(args.area)
    loop = QEventLoop()
    QTimer.singleShot(1500, loop.quit)  # let the workers fill the views
    loop.exec()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.out))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
