"""The Settings tab: the library's settings, categories and rules, staff, backups."""
