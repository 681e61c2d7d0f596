"""Import, export, labels and member cards from the Catalog and Members menus."""
