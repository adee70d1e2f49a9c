"""Nouns for a person by a public office of the courts, the police or an inspectorate, or by
the headship of a school or a university.

    >>> sorted(OFFICE_NOUNS & {"magistrate", "coroner", "minister"})
    ['coroner', 'magistrate']

A courts or local story names the officer with the office as a title and then
calls them by it: "Principal Magistrate Isatou Njie-Sowe said … “…,” the
magistrate said"; "Coroner Ana Ruiz found … the coroner said"; "rector Ana Ruiz told … The
rector said" (a school or a university has one head, as a court has one coroner).  Like the trades of
`occupations` and `businessroles`, such a noun refers back only to a person the
story wrote it next to (`variation.trade_holder`); the offices that head a role
phrase by themselves ("the minister", "the judge") are `lexicon.ROLE_HEADS`.
"""

from __future__ import annotations

OFFICE_NOUNS = frozenset("""
    magistrate coroner registrar bailiff auditor ombudsman ombudswoman ombudsperson notary
    arbitrator mediator adjudicator assessor inspector superintendent constable warden
    headteacher headmaster headmistress rector vice-chancellor provost dean
""".split())
"""Offices a story writes as a title before the name and later alone with "the"."""
