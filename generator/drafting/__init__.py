"""Draft a brief from a raw article: rules and gazetteers, every guess explained.

The pipeline, one module per step (see `drafter.draft_article`):

    text ─ lines (features of every raw line)
         ├ boilerplate   which raw lines are web clutter, and why (`authors`, `sections`)
         ├ metadata      title, publisher, date (`dates`), byline
         ├ people        registry names + unknown names (`names`), other spellings (`variants`)
         ├ countries     names, demonyms, metonyms (`places` is the alias table)
         └ claims        every statement of every sentence (`attribution` finds the speech
                         verbs and their subjects, `statements` what they govern, `clauses`
                         cuts them, `substance` drops what states nothing), its speaker
                         (`speakers`, `roles`) and value (`values`)
    → claimmatch (registered claims) → Draft ─ writer (brief, proposed entries, `claimids`)
                                             ─ seeds (copy the article)

`cli.run` is ``python -m generator draft``; `evaluate.run` is
``python -m generator eval`` (its measures are in `scoring`).  No
statistical model: each suggestion carries a short ``reason`` that the
written draft shows as a YAML comment.
"""
