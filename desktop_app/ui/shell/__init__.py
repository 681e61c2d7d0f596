"""The program around the screens: start, login, first-start wizard, main window, self-service
window, crash dialog, one instance, restore, self-test."""
