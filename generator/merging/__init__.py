"""``python -m generator merge``: one registry entry merged into another.

One module per step: `kinds` (what can be merged, as a table), `spans`
(where each front-matter value is written), `edits` (text spliced into
exactly those characters), `bodylinks` (link targets in Markdown bodies),
`refs` (every reference to OLD), `carry` (what NEW takes over from OLD),
`plan` (each file's edits, read back before anything is written), `disk`
(all files written at once) and `command` (the steps, and the command line).
"""
