"""crosswire.store."""
