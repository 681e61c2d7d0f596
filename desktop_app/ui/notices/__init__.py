"""The Notices tab: notice texts, sending, and what was sent."""
