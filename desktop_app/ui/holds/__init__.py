"""The Holds tab: the hold shelf, the queue, the pull list."""
