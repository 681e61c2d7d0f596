"""Pure rules and values of the library: no database, no third-party packages."""
