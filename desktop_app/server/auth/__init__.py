"""Logins: the routes, the sessions and rotating refresh tokens, access tokens, rate limits."""
