"""Library Desk: front-desk circulation for small libraries."""

__version__ = "0.1.0"
APP_NAME = "Library Desk"
