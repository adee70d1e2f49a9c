"""``make bench``: time a cold build and a one-brief dev-server edit of a large synthetic corpus.

Both measurements are black-box, as a user sees them: the generator runs in
child processes, as ``make`` runs it.  Performance is measured here, never
asserted in tests.

* ``vocabulary`` – the words, names and numbers the corpus is written in;
* ``corpus`` – the deterministic synthetic project (``generate``, ``write_project``);
* ``processes`` – starting and stopping the generator's child processes;
* ``cold`` – the timed cold build and its phases;
* ``edits`` – the dev server's answer to a summary edit and a quote edit;
* ``report`` – the figures, printed and as JSON;
* ``__main__`` – the command line: ``python -m generator.bench --briefs N``.
"""
