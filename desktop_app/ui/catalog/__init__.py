"""The Catalog tab: search, the book detail, the book dialog, filters, the windowed model."""
