"""The part of ``PIL.Image`` that reportlab touches when it loads (see ``PIL/__init__``)."""

from __future__ import annotations

from typing import NoReturn

__version__ = "0+library-desk-stand-in"


class Image:
    """Never instantiated: raster images are not supported in the packaged program."""


def open(*_args: object, **_kwargs: object) -> NoReturn:
    raise RuntimeError("this build of Library Desk does not read raster images")


def new(*_args: object, **_kwargs: object) -> NoReturn:
    raise RuntimeError("this build of Library Desk does not make raster images")
