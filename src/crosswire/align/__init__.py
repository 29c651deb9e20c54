"""crosswire.align."""
