"""Code 128 symbol encoding (ISO/IEC 15417), written out from the specification.

:func:`code128_values` gives the symbol values (start, data, checksum, stop) and
:func:`code128_modules` the bar/space pattern as a string of "1" (dark module) and "0" (light
module), without quiet zones. Digits-only text uses code set C (two digits per symbol);
other printable ASCII uses code set B.
"""

from __future__ import annotations

# Element widths (bar, space, bar, space, bar, space) of symbol values 0..105, then the stop
# pattern (seven elements). Each symbol is 11 modules wide; the stop is 13.
WIDTHS: tuple[str, ...] = tuple("""
212222 222122 222221 121223 121322 131222 122213 122312 132212 221213
221312 231212 112232 122132 122231 113222 123122 123221 223211 221132
221231 213212 223112 312131 311222 321122 321221 312212 322112 322211
212123 212321 232121 111323 131123 131321 112313 132113 132311 211313
231113 231311 112133 112331 132131 113123 113321 133121 313121 211331
231131 213113 213311 213131 311123 311321 331121 312113 312311 332111
314111 221411 431111 111224 111422 121124 121421 141122 141221 112214
112412 122114 122411 142112 142211 241211 221114 413111 241112 134111
111242 121142 121241 114212 124112 124211 411212 421112 421211 212141
214121 412121 111143 111341 131141 114113 114311 411113 411311 113141
114131 311141 411131 211412 211214 211232 2331112
""".split())

START_B = 104
START_C = 105
CODE_B = 100
STOP = 106


def code128_values(text: str) -> list[int]:
    """Symbol values for ``text`` including start, checksum and stop.

    Raises ValueError for an empty text or characters outside printable ASCII (32-126).
    """
    if not text:
        raise ValueError("a barcode needs at least one character")
    bad = [c for c in text if not 32 <= ord(c) <= 126]
    if bad:
        raise ValueError(f"{text!r} cannot be a Code 128 barcode: {bad[0]!r} is not printable ASCII")
    if text.isdigit() and len(text) >= 2:
        even = len(text) - len(text) % 2
        values = [START_C] + [int(text[i : i + 2]) for i in range(0, even, 2)]
        if even < len(text):
            values += [CODE_B, ord(text[-1]) - 32]
    else:
        values = [START_B] + [ord(c) - 32 for c in text]
    checksum = (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
    return [*values, checksum, STOP]


def code128_modules(text: str) -> str:
    """The "1"/"0" module pattern of ``text`` (start, data, checksum, stop; no quiet zones)."""
    out: list[str] = []
    for value in code128_values(text):
        for i, width in enumerate(WIDTHS[value]):
            out.append(("1" if i % 2 == 0 else "0") * int(width))
    return "".join(out)
