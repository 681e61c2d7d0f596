"""formats layer: reading and writing library file formats, with no database.

Modules: ``records`` (plain dataclasses and Problem/FormatError), ``isbn``, ``marc_read`` /
``marc_write`` (MARC21 binary and MARCXML; ``marc_raw`` and ``marc_map`` do the byte layout
and the field mapping), ``csv_read`` / ``csv_write`` (``csv_sniff`` and ``values`` help),
``labels`` (PDF labels and member cards; ``code128`` encodes the barcodes).
May import the standard library, ``desktop_app.domain``, pymarc, stdnum and reportlab only.
"""
