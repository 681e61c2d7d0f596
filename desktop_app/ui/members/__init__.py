"""The Members tab: search, a member's file, the member dialog."""
