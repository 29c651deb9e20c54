"""crosswire.report."""
