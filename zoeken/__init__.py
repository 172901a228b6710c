"""Site search: one Dutch analysis (analyse.py), one index of every searchable thing
(index.py), and the query side (search.py) used by /zoeken/ and /api/zoeken/.

An app of its own (label `zoeken`); its tables keep their kennisbank_* names (models.py)."""
