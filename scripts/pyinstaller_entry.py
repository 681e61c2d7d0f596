"""Entry script of the packaged program (build.spec): the same ``main`` as ``library-desk``."""

import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
