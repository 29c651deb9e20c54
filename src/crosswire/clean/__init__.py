"""crosswire.clean: what turns a scrape into body text.

``normalize.fold`` (length-preserving matching fold), ``lines`` (units and features), ``model`` (the
learnt line classifier), ``boilerplate`` (main block and removal reasons), ``prompts`` (stock page
phrases), ``metadata`` (title, date, byline, dateline, credits, bio, outlet) and the data module
``outlets``.
"""

from __future__ import annotations

from .normalize import fold

__all__ = ["fold"]
