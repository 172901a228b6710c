"""STUB (issue 6 fills this in): keeps the site search index in step with the pages."""
