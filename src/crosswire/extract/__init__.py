"""Extraction components: each a pure ``Document -> Document`` step (see crosswire.pipeline)."""
