"""Make the desk's sounds: four short WAV files, written with the standard library only.

    python scripts/make_sounds.py            ->  resources/sounds/{lent,returned,hold,refused}.wav
    python scripts/make_sounds.py OUT_DIR    ->  the same files in OUT_DIR

The files are committed (a few kilobytes each) and the program plays them with QSoundEffect
(``desktop_app/ui/common/sounds.py``). The output is the same bytes on every run:
``tests/gui/test_sounds.py`` fails when the committed files differ from what this script makes.

Each sound is a few notes, every note shaped by a raised-cosine rise and fall so that no note
starts or ends with a click, and ends in ``TAIL`` of silence: QSoundEffect stops its output a
period early (about 30 ms on PulseAudio), and so cuts only silence, not the fall of the last note.

- ``lent``: two quick bright notes going up (A5 then E6): done, next book.
- ``returned``: one soft, round note (E5) that fades out: back in.
- ``hold``: three notes, high, low, high (C6 G5 C6), like a door chime: look, this goes on the
  hold shelf.
- ``refused``: a low buzz (a square-like tone at 131 Hz with a slight fall): no.
"""

from __future__ import annotations

import io
import math
import struct
import sys
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 22050  # samples per second; the sounds have nothing above 8 kHz
TAIL = 0.045  # seconds of silence at the end of every sound
PEAK = 32767
OUT_DIR = Path(__file__).resolve().parents[1] / "resources" / "sounds"


@dataclass(frozen=True)
class Note:
    """One note: its pitch in Hz (``glide_to``: the pitch it slides to by its end), its length
    in seconds, its loudness beside the other notes of its sound, its overtones as (harmonic
    number, weight), and the lengths of its rise and fall."""

    hz: float
    seconds: float
    level: float
    overtones: tuple[tuple[int, float], ...] = ()
    rise: float = 0.006
    fall: float = 0.030
    glide_to: float | None = None
    gap: float = 0.0  # silence after the note


def _envelope(i: int, count: int, rise: int, fall: int) -> float:
    if i < rise:
        return 0.5 - 0.5 * math.cos(math.pi * i / rise)
    left = count - 1 - i
    if left < fall:
        return 0.5 - 0.5 * math.cos(math.pi * left / fall)
    return 1.0


def note_samples(note: Note) -> list[float]:
    """The note as floats in -1..1 (silence of ``note.gap`` appended)."""
    count = round(note.seconds * RATE)
    rise, fall = max(1, round(note.rise * RATE)), max(1, round(note.fall * RATE))
    partials = ((1, 1.0), *note.overtones)
    norm = sum(weight for _, weight in partials)
    end_hz = note.glide_to if note.glide_to is not None else note.hz
    out: list[float] = []
    phase = 0.0
    for i in range(count):
        hz = note.hz + (end_hz - note.hz) * i / count
        phase += 2 * math.pi * hz / RATE
        value = sum(weight * math.sin(n * phase) for n, weight in partials if n * hz < RATE / 2.5) / norm
        out.append(note.level * _envelope(i, count, rise, fall) * value)
    out.extend([0.0] * round(note.gap * RATE))
    return out


def _square_like(odd: int) -> tuple[tuple[int, float], ...]:
    """Odd overtones 3, 5, ... up to ``odd`` with the 1/n weights of a square wave."""
    return tuple((n, 1.0 / n) for n in range(3, odd + 1, 2))


BRIGHT = ((2, 0.30), (3, 0.10))
ROUND = ((2, 0.08),)

SOUNDS: dict[str, tuple[Note, ...]] = {
    "lent": (Note(880.0, 0.065, 0.9, BRIGHT, fall=0.020, gap=0.010),
             Note(1318.5, 0.090, 1.0, BRIGHT, fall=0.050)),
    "returned": (Note(659.3, 0.150, 1.0, ROUND, rise=0.010, fall=0.110),),
    "hold": (Note(1046.5, 0.052, 1.0, BRIGHT, fall=0.018, gap=0.010),
             Note(784.0, 0.052, 1.0, BRIGHT, fall=0.018, gap=0.010),
             Note(1046.5, 0.078, 1.0, BRIGHT, fall=0.045)),
    "refused": (Note(131.0, 0.190, 1.0, _square_like(15), rise=0.008, fall=0.055, glide_to=118.0),),
}


#: The loudest sample of each sound (1.0 = full scale): the soft "returned" stays below the others.
LOUDEST = {"lent": 0.55, "returned": 0.42, "hold": 0.55, "refused": 0.48}


def samples(kind: str) -> list[float]:
    """The sound ``kind`` as floats, scaled so that its loudest sample is ``LOUDEST[kind]``, then
    ``TAIL`` of silence."""
    out: list[float] = []
    for note in SOUNDS[kind]:
        out.extend(note_samples(note))
    scale = LOUDEST[kind] / max(abs(v) for v in out)
    return [v * scale for v in out] + [0.0] * round(TAIL * RATE)


def wav_bytes(values: Sequence[float]) -> bytes:
    """16-bit PCM mono WAV of ``values`` (floats in -1..1, clipped)."""
    frames = b"".join(struct.pack("<h", max(-PEAK, min(PEAK, round(v * PEAK)))) for v in values)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return buffer.getvalue()


def sound_files() -> dict[str, bytes]:
    """File name -> the bytes of every sound, as written."""
    return {f"{kind}.wav": wav_bytes(samples(kind)) for kind in SOUNDS}


def main(argv: Sequence[str]) -> int:
    out_dir = Path(argv[0]) if argv else OUT_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, data in sound_files().items():
        (out_dir / name).write_bytes(data)
        print(f"{out_dir / name}: {len(data)} bytes, {(len(data) - 44) / 2 / RATE * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
