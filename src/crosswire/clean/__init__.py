"""crosswire.clean."""
