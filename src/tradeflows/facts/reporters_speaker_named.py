"""Whose figure a pair's turnover is when an official named by surname states it (rule pair_speaker_named).

"Пашинян ответил, что торговый оборот России и Армении достиг $4 млрд" on a page that opens "Президент России
Владимир Путин и премьер-министр Армении Никол Пашинян по-разному оценили объем торговли между двумя государствами"
(item.eu.com, citing TASS): the side whose official states the pair's figure reports it, as rule pair_speaker reads an
official named by post ("сказал премьер-министр Украины"); here the sentence names the speaker by surname before a
speech verb (cue speaker_surname_verb, vocab/<lang>/patterns.csv), and the page names that surname after the post of
one country's official (cue speaker_post_before), that country one side of the pair.
"""
from __future__ import annotations

import re

from tradeflows.facts.frames import frame_for
from tradeflows.facts.reporters import FRAME_REACH, statistics_owner
from tradeflows.vocab.patterns import NEVER, cue

POST_REACH = 60   # how far before the surname its post and country may stand ("премьер-министр Армении Никол ")
# between the country and the surname: up to two capitalised words (the first name, a patronymic: "Армении Никол Пашинян")
_GIVEN_NAMES = re.compile(r"\s+(?:[А-ЯЁA-Z][\w-]*\s+){0,2}")


def _post_country(d, surname: str) -> tuple[str, str | None] | None:
    """The one country whose official the page names `surname` after ("премьер-министр Армении Никол Пашинян")."""
    text, post = d.text, cue("speaker_post_before", NEVER)
    owners = set()
    for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
        lo = max(0, m.start() - POST_REACH)
        for p in d.span_places(lo, m.start()):
            if p.kind == "country" and p.iso3 and post.search(text, max(0, p.start - POST_REACH), p.start) \
                    and _GIVEN_NAMES.fullmatch(text, p.end, m.start()):
                owners.add((p.name, p.iso3))
    return next(iter(owners)) if len({o[1] for o in owners}) == 1 else None


def pair_speaker_named(cl):
    """The side of a pair whose official, named by surname before a speech verb in the figure's sentence before it,
    states the figure (see the module), where the figure's clause cites no statistics office."""
    frames = [fr for fr in cl.frames if fr.kind == "pair"]
    if not frames:
        return None
    said = cue("speaker_surname_verb", NEVER)
    if said is NEVER:
        return None
    s, _ = cl.d.c.sentences[cl.si]
    m = said.search(cl.d.text, s, cl.f.clean_start)
    if m is None:
        return None
    fr = frame_for(frames, cl.f.clean_start, cl.f.clean_end, cl.f.clean_start - FRAME_REACH, cl.hi, text=cl.d.text,
                   stops=tuple(p.start for p in cl.places))
    if fr is None or statistics_owner(cl) is not None:
        # (a statistics office the page cites elsewhere, "Согласно российской статистике" two paragraphs on, is no
        # source of a figure its own sentence has an official state; an office in the figure's clause is)
        return None
    owner = _post_country(cl.d, m.group("surname"))
    for p in (fr.reporter, fr.partner):
        if owner is not None and p is not None and p.iso3 == owner[1]:
            cl.frame = fr.name
            return p.name, p.iso3
    return None
