"""A stand-in for Pillow inside the packaged program only (see build.spec).

reportlab imports ``PIL.Image`` when it loads, but Library Desk draws labels and cards from
vector shapes and text and never opens a raster image. Pillow and its image libraries would
add about 12 MB to a 120 MB bundle for nothing, so the bundle carries this stand-in instead:
importing works, and any attempt to use an image says plainly that images are not supported.
The self-test draws a label sheet, so a reportlab that needed more of Pillow fails in CI.
"""

__version__ = "0+library-desk-stand-in"
