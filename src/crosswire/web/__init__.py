"""crosswire.web."""
