"""The REST API, one module of routes per resource; the bodies of books, copies and members are
derived from the domain's field tables (schemas_catalog, schemas_people)."""
