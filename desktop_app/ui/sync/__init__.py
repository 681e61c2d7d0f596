"""Sync in the window: the controller, the status bar, the Settings panel, desks, exceptions."""
