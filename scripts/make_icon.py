"""Generate the program's icon files for the build (never committed: run by build.spec).

    python scripts/make_icon.py OUT_DIR   ->  OUT_DIR/library-desk.png (256 px) and library-desk.ico

The picture is the one the running program draws (``desktop_app.ui.common.theme.app_icon``), so the
window icon and the file icon always match. The .ico holds PNG-compressed images at 16-256 px
(the format Windows Vista and later read), written here without any imaging library.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SIZES = (16, 24, 32, 48, 64, 128, 256)


def ico_bytes(pngs: list[tuple[int, bytes]]) -> bytes:
    """An ICO file from (size, PNG bytes) pairs."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in pngs:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def main(out_dir: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication

    from desktop_app.ui.common.theme import _book_pixmap

    app = QGuiApplication.instance() or QGuiApplication([])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pngs = []
    for size in SIZES:
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        _book_pixmap(size).save(buf, "PNG")
        buf.close()
        pngs.append((size, bytes(data.data())))
    (out / "library-desk.png").write_bytes(pngs[-1][1])
    (out / "library-desk.ico").write_bytes(ico_bytes(pngs))
    del app
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build" / "icon")))
