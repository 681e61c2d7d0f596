"""The Reports tab: counts, charts, overdue lists and letters."""
