"""crosswire.batch."""
