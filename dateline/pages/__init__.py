"""Pages for people: the analysts' report, the warehouse's docs site, the data-quality page."""
