"""The Desk tab: scans, member sessions, lending, returns, renewals, slips."""
