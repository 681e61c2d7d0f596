"""What every screen of the staff program shares: the context, the worker thread, error boxes, the
theme, tables and list models."""
