"""People: members, member categories, staff accounts, logins and their sessions."""
