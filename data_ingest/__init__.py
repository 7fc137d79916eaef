"""Loading weekly EST reports: read → validate → normalise → store."""
