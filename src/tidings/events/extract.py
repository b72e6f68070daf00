"""Coding events from the parse: triggers, actors and recipients, modality, date and place."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from tidings.analysis import Analysis
from tidings.countries import lookup_country
from tidings.events.acts import intents_only, one_per_act
from tidings.events.anchors import (
    Anchor,
    PlaceRule,
    attach,
    compound_place,
    in_subject,
    journey,
    participle_head,
    place_anchors,
    place_rules,
    scene,
    timex_anchors,
    when_partner,
    where_clause,
)
from tidings.events.arguments import ArgumentFinder, Arguments
from tidings.events.codes import QUAD_CLASS, cameo_code
from tidings.events.contexts import code_contexts, merge_contexts, sentence_contexts
from tidings.events.lexicon import Cues, cues
from tidings.events.main_events import promised_noun
from tidings.events.modality import Marks, marks, modality
from tidings.events.modes import word_mode
from tidings.events.riots import REPRESSION, RIOT, represses, riot_sides, riots
from tidings.events.sports import without_game_moves
from tidings.events.syntax import (
    adopted_modifiers,
    child,
    content_tokens,
    subject,
)
from tidings.events.triggers import Trigger, find_triggers
from tidings.events.verbal import COMPLAINT, QUARREL, complains, quarrels
from tidings.models import Event, EventDate, Location, Modality, SentenceSpan
from tidings.models import Span as TextSpan

# Types whose future expresses intent (CAMEO "express intent to ..." is AGREE; "... to attack" is
# THREATEN): besides the future event itself, the statement of intent is coded as it happens.
INTENT_TYPE = {1: "AGREE", 2: "AGREE"}
THREAT_SOURCES = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST"})
# PLOVER: a future concession stays CONCEDE (it is already verbal). An announced future retreat
# is AGREE (CAMEO 035 "express intent to yield", as the CAMEO->PLOVER table and the gold records
# code it; the manual's prose suggests CONCEDE): set INTENT_OVERRIDE to change that.
SPEECH_TYPES = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"})
INTENT_OVERRIDE: dict[str, str] = {}
INTENT_CODE = {"RETREAT": "035"}
# The CAMEO "intent" code of a future act, by the act's code (longest prefix first): "will give
# military aid" is 0332, "will meet" 036, "will impose sanctions" 1312, "will attack" 138.
INTENT_BY_CAMEO = {
    "04": "036",
    "05": "032",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "045": "039",
    "08": "035",
    "084": "0353",
    "085": "0354",
    "16": "1312",
    "18": "138",
    "19": "138",
    "20": "138",
}
# Material conflict is coded even when its perpetrator goes unnamed ("five soldiers were killed in a
# roadside bombing"): the victims are the recipients, the actors stay empty.
UNSEEN_ACTOR_TYPES = frozenset({"ASSAULT", "COERCE"})
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "pcomp"})
INTENT_CAMEO = {"AGREE": "030", "THREATEN": "130", "CONCEDE": "035"}


@dataclass(frozen=True, slots=True)
class Draft:
    """An event before ids: what one trigger says."""

    trigger: Trigger
    type: str
    cameo: str
    mode: str | None
    args: Arguments
    marks: Marks
    derived: bool = False


def find_events(analysis: Analysis) -> list[Event]:
    """Events of the analysed document, in text order, with ids e1, e2, ..."""
    if not analysis.actors.mentions:
        return []
    doc = analysis.doc
    cue = cues()
    finder = ArgumentFinder(analysis.actors, _place_countries(analysis))
    timexes = timex_anchors(doc, analysis.timexes)
    places = place_anchors(doc, analysis.places)
    events: list[Event] = []
    for sent in _segments(analysis):
        drafts = _sentence_drafts(sent, finder, cue)
        if not drafts:
            continue
        # the parse never links sentences: only anchors of this one can attach
        first, last = doc[sent.start].sent.start, doc[sent.end - 1].sent.end
        near_t = [a for a in timexes if first <= a.head < last]
        near_p = [a for a in places if first <= a.head < last]
        for draft in drafts:
            events.append(_event(analysis, doc, sent, draft, near_t, near_p, cue))
    events = without_game_moves(events, doc, analysis.actors, cue)
    events.sort(key=lambda e: (e.trigger.start, e.type))
    return [e.model_copy(update={"id": f"e{n}"}) for n, e in enumerate(events, start=1)]


def _place_countries(analysis: Analysis) -> dict[int, str]:
    """Token index -> country code, for the tokens of the places that have a country."""
    found: dict[int, str] = {}
    for p in analysis.places:
        if not p.country:
            continue
        span = analysis.doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None:
            found.update((t.i, p.country) for t in span)
    return found


def _segments(analysis: Analysis) -> list[Span]:
    """The codable sentences, cut at paragraph (layout block) boundaries: the parser sometimes
    runs a sentence across a photo credit and the next paragraph."""
    doc = analysis.doc
    segments: list[Span] = []
    for sent in doc.sents:
        cuts = [
            (max(b.start, sent.start_char), min(b.end, sent.end_char))
            for b in analysis.blocks
            if b.start < sent.end_char and b.end > sent.start_char
        ] or [(sent.start_char, sent.end_char)]
        for start, end in cuts:
            if not analysis.is_codable(start, end):
                continue
            piece = doc.char_span(start, end, alignment_mode="expand")
            if piece is not None and piece.text.strip():
                segments.append(piece)
    return segments


def _sentence_drafts(sent: Span, finder: ArgumentFinder, cue: Cues) -> list[Draft]:
    triggers = find_triggers(sent, finder.table, cue)
    suppressed: set[int] = set()
    alleged: set[int] = set()
    triggers = [
        t for t in triggers if "conflict" not in t.entry.flags or _claims_conflict(t, triggers)
    ]
    nouns = {t.token.i for t in triggers if not t.is_verb}
    for t in triggers:
        if "content" in t.entry.flags:
            suppressed |= content_tokens(t.token, with_object=t.is_verb)
        promised = promised_noun(t, nouns)
        if promised is not None:  # "the aid X pledged": the noun is what is promised
            suppressed.add(promised)
        if "alleges" in t.entry.flags:
            alleged |= content_tokens(t.token, with_object=False)
    demands = _protest_demands(triggers)
    drafts: list[Draft] = []
    seen: set[tuple[int, str]] = set()
    noun_types = {(t.token.i, t.entry.type) for t in triggers if not t.is_verb}
    for t in triggers:
        if t.token.i in suppressed and t.token.i not in alleged:
            continue
        if t.is_verb and _restates_noun(t, noun_types):
            continue
        if t.entry.type == "REQUEST" and t.token.i in demands:
            continue
        content = None
        if t.is_verb and t.entry.flags & {"content", "alleges"}:
            content = child(t.token, frozenset({"xcomp", "ccomp"}))
        if t.is_verb:
            args = finder.for_verb(t.token, t.entry, content)
        else:
            args = finder.for_noun(t.token, t.entry, t.frame_verb)
        if not args.actors and not (args.recipients and t.entry.type in UNSEEN_ACTOR_TYPES):
            continue
        m = marks(t.token, t.clause_verb, cue)
        if t.entry.reads_negation:  # "did not accept" is a REJECT, not a negated AGREE
            # and "will not attend" is a refusal made now, not a future act
            later = m.future and not m.negated
            m = Marks(False, later, m.intent_verb and later, m.hypothetical, m.alleged)
        if t.relative_claim or t.token.i in alleged:
            m = Marks(m.negated, m.future, m.intent_verb, m.hypothetical, True)
        key = (t.token.i, t.entry.type)
        if key in seen:
            continue
        seen.add(key)
        if t.entry.type == "AGREE" and "content" in t.entry.flags and _promises_force(t, triggers):
            code = _promised_code(t, triggers, "THREATEN")
            draft = Draft(t, "THREATEN", code, _mode_of(code), args, m)
        elif t.entry.cameo == INTENT_CAMEO.get(t.entry.type) and "content" in t.entry.flags:
            code = _promised_code(t, triggers, t.entry.type)
            mode = _mode_of(code) if code != t.entry.cameo else t.entry.mode
            draft = Draft(t, t.entry.type, code, mode, args, m)
        elif riots(t, cue):
            draft = Draft(t, *RIOT, args, m)
        elif quarrels(t, args, finder):
            draft = Draft(t, *QUARREL, args, m)
        elif complains(t, args, finder):
            draft = Draft(t, *COMPLAINT, args, m)
        elif represses(t, args, finder, cue):
            draft = Draft(t, REPRESSION[0], REPRESSION[1], t.entry.mode, args, m)
        elif sides := riot_sides(t, args, finder, cue):
            rioters, forces = sides
            drafts.append(Draft(t, *RIOT, Arguments(rioters, forces, args.inferred), m))
            draft = Draft(t, *REPRESSION, Arguments(forces, rioters, args.inferred), m)
        else:
            draft = Draft(t, t.entry.type, t.entry.cameo, t.entry.mode, args, m)
        drafts.append(draft)
    victims = [d for d in drafts if "victim" in d.trigger.entry.flags]
    acts = one_per_act([d for d in drafts if d not in victims])
    with_intents: list[Draft] = []
    for draft in acts + _victims_accuse(victims, acts, finder):
        with_intents.append(draft)
        intent = _intent_draft(draft)
        if intent is not None:
            with_intents.append(intent)
    return intents_only(with_intents)


def _victims_accuse(victims: list[Draft], acts: list[Draft], finder: ArgumentFinder) -> list[Draft]:
    """A party telling of violence done to it by another country's party accuses the doer ("X
    said it was shelled from Y": X accuses Y); a "victim" reading without such a complement is
    no event."""
    kept: list[Draft] = []
    for d in victims:
        inside = content_tokens(d.trigger.token, with_object=False)
        sayer = set(d.args.actors)
        own = {finder.table.get(a).country for a in sayer}
        accused = [
            a
            for o in acts
            if o.trigger.token.i in inside
            and o.type == "ASSAULT"
            and not (o.marks.future or o.marks.hypothetical or o.marks.negated)
            and sayer & set(o.args.recipients)
            for a in o.args.actors
            if finder.table.get(a).country not in own
        ]
        if accused:
            args = Arguments(d.args.actors, tuple(dict.fromkeys(accused)), d.args.inferred)
            kept.append(replace(d, args=args))
    return kept


def _claims_conflict(t: Trigger, triggers: list[Trigger]) -> bool:
    """Whether the complement of a claim holds a conflict event ("X said Y had shelled Z" is an
    accusation; "X said Y had won" is not)."""
    inside = content_tokens(t.token, with_object=False)
    return any(
        (QUAD_CLASS.get(o.entry.type) or 0) >= 3
        and o.token.i in inside
        and o.entry.type != "REQUEST"
        for o in triggers
        if o is not t
    )


def _promises_force(t: Trigger, triggers: list[Trigger]) -> bool:
    """Whether a commitment's complement is an act of force or pressure ("vowed to fight on",
    "pledged to impose sanctions"): a promise to hurt is a threat (CAMEO 13), not AGREE."""
    inside = content_tokens(t.token, with_object=False)
    return any(
        o.entry.type in THREAT_SOURCES and o.token.i in inside for o in triggers if o is not t
    )


def _promised_code(t: Trigger, triggers: list[Trigger], kind: str) -> str:
    """The CAMEO code of a promise or threat by what it promises ("vowed to give aid" 033,
    "threatened to strike" 138, "agreed to lift sanctions" 0354), else the generic one."""
    heads = {c.i for c in t.token.children if c.dep_ in ("xcomp", "ccomp")}
    promised = promised_noun(t, {o.token.i for o in triggers if not o.is_verb})
    if promised is not None:  # "the aid X pledged": the noun it describes
        heads.add(promised)
    for o in triggers:  # the act its complement clause is about, not one nested deeper
        anchor = o.frame_verb if o.frame_verb is not None else o.token
        if o is not t and anchor.i in heads:
            code = _intent_code(o.entry.cameo, kind)
            if code is not None:
                return code
    return INTENT_CAMEO[kind]


def _mode_of(code: str) -> str | None:
    record = cameo_code(code)
    return record.mode if record else None


def _protest_demands(triggers: list[Trigger]) -> set[int]:
    """Tokens of the purpose and manner clauses of protests ("marched to demand ...", "blocked
    roads demanding ..."): demands voiced by protesting are the protest (PLOVER codes PROTEST)."""
    found: set[int] = set()
    for t in triggers:
        if t.entry.type != "PROTEST":
            continue
        holders = [t.token] + ([t.frame_verb] if t.frame_verb is not None else [])
        for holder in holders:
            for c in holder.children:
                if c.dep_ in PURPOSE_DEPS:
                    found.update(x.i for x in c.subtree)
    return found


def _restates_noun(t: Trigger, noun_types: set[tuple[int, str]]) -> bool:
    """A verb whose subject is an event noun of the same type restates it ("the strike killed
    five", "U.S. probes investigating links")."""
    subj, _ = subject(t.token)
    return subj is not None and (subj.i, t.entry.type) in noun_types


def _intent_draft(draft: Draft) -> Draft | None:
    """The statement of intent in "X will give aid" (AGREE) or "X would attack Y" (THREATEN)."""
    m = draft.marks
    if not (m.future and m.intent_verb) or m.negated or m.hypothetical or m.alleged:
        return None
    if draft.type in SPEECH_TYPES:
        return None
    quad = QUAD_CLASS.get(draft.type)
    kind = (
        INTENT_OVERRIDE.get(draft.type)
        or INTENT_TYPE.get(quad or 0)
        or ("THREATEN" if draft.type in THREAT_SOURCES else None)
    )
    if kind is None:
        return None
    code = _intent_code(draft.cameo, kind) or INTENT_CODE.get(draft.type) or INTENT_CAMEO[kind]
    args = draft.args
    if args.subject:
        # "X will meet Y": the intent is X's alone, stated to Y
        others = tuple(a for a in args.actors if a not in args.subject)
        args = Arguments(args.subject, others + args.recipients, args.inferred)
    return Draft(draft.trigger, kind, code, None, args, Marks(), derived=True)


def _intent_code(cameo: str, kind: str) -> str | None:
    for size in (3, 2):
        code = INTENT_BY_CAMEO.get(cameo[:size])
        if code is not None and INTENT_CAMEO[kind][:2] == code[:2]:
            return code
    return None


def _clause(t: Trigger) -> set[int]:
    clause = {t.token.i}
    if t.frame_verb is not None:
        clause.add(t.frame_verb.i)
        if t.frame_verb.dep_ in ("relcl", "acl", "ccomp"):
            clause.add(t.frame_verb.head.i)
    if not t.is_verb:
        clause.update(c.i for c in t.token.children if c.dep_ in ("relcl", "acl"))
        if t.frame_verb is None:
            clause.update(c.i for c in adopted_modifiers(t.token))
    if t.consumed is not None:
        clause.add(t.consumed)
    return clause


def _event(
    analysis: Analysis,
    doc: Doc,
    sent: Span,
    draft: Draft,
    timexes: list[Anchor],
    places: list[Anchor],
    cue: Cues,
) -> Event:
    t = draft.trigger
    token: Token = t.token
    clause = _clause(t)
    stops = {tok.i for tok in sent if tok.i not in clause and tok.pos_ == "VERB"}
    date = _date(analysis, doc, timexes, clause, stops, token)
    where = _where(analysis, sent, draft, places, clause, stops, cue)
    location = None
    if where is not None:
        p = analysis.places[where]
        location = Location(
            name=p.name, country=p.country, geonameid=p.geonameid, lat=p.lat, lon=p.lon
        )
    mood: Modality = modality(
        draft.marks, date.value if date and date.text else None, analysis.published
    )
    record = cameo_code(draft.cameo)
    start, end = token.idx, token.idx + len(token.text)
    quote = next((q.id for q in analysis.quotes if q.content.start <= start < q.content.end), None)
    return Event(
        id="e0",
        type=draft.type,
        mode=draft.mode or word_mode(draft.type, token),
        context=merge_contexts(
            code_contexts(
                t.entry.context if _own_code(draft) else (record.context if record else ()),
                _sectors(analysis, (*draft.args.actors, *draft.args.recipients)),
            ),
            sentence_contexts(sent),
        ),
        cameo=draft.cameo,
        quad_class=QUAD_CLASS.get(draft.type),
        goldstein=record.goldstein if record else None,
        actors=draft.args.actors,
        recipients=draft.args.recipients,
        trigger=TextSpan(start=start, end=end, text=token.text),
        sentence=SentenceSpan(start=sent.start_char, end=sent.end_char),
        date=date,
        location=location,
        negated=draft.marks.negated,
        modality=mood,
        quote=quote,
        confidence=_confidence(draft),
    )


def _sectors(analysis: Analysis, ids: tuple[str, ...]) -> list[str | None]:
    return [analysis.actors.get(i).sector for i in ids]


def _own_code(draft: Draft) -> bool:
    """Whether the draft keeps its trigger's lexicon code (and so the row's context)."""
    return not draft.derived and draft.cameo == draft.trigger.entry.cameo


def _where(
    analysis: Analysis,
    sent: Span,
    draft: Draft,
    places: list[Anchor],
    clause: set[int],
    stops: set[int],
    cue: Cues,
) -> int | None:
    """The index of the place where the event happened: a place in its own clause, else one
    the parse hung elsewhere (in its subject, before its noun, on a 'where' clause, the clause
    its participle hangs on or it shares its time with, the journey it is the purpose of), else
    the place that opens the sentence."""
    doc, token = analysis.doc, draft.trigger.token
    rule = place_rules().get(draft.type, PlaceRule())
    preps = cue.location_preps
    found = attach(doc, places, clause, stops, preps, rule.preps, objects=rule.objects)
    if found is None:
        found = in_subject(doc, places, token)
    if found is None:
        found = compound_place(token, places, _towns(analysis, draft.args.actors))
    if found is None:
        found = where_clause(doc, places, clause)
    partner = participle_head(token, place=True) | when_partner(doc, clause, place=True)
    if found is None and partner:
        found = attach(doc, places, partner, stops - partner, preps)
    if found is None and (head := journey(token)):
        found = attach(doc, places, head, stops - head, preps | {"to"})
    return found if found is not None else scene(doc, sent, places, preps, clause)


def _towns(analysis: Analysis, actors: tuple[str, ...]) -> set[int]:
    """Indexes of the places that may name where an event of ``actors`` happened when named
    before its noun: towns ("the Brighton bombing"), and countries other than the actors' own
    ("Trump's Syria withdrawal", not "a US strike"); not unions of countries ("the EU embargo")."""
    theirs = {analysis.actors.get(a).country for a in actors}
    found: set[int] = set()
    for index, place in enumerate(analysis.places):
        named = lookup_country(place.text)
        town = named is None or named.form == "capital"
        foreign = bool(theirs) and None not in theirs and place.country not in theirs
        if place.country and (town or foreign):
            found.add(index)
    return found


def _date(
    analysis: Analysis,
    doc: Doc,
    timexes: list[Anchor],
    clause: set[int],
    stops: set[int],
    token: Token,
) -> EventDate | None:
    """The event's date: a date of its own clause, else one the parse hung on the verb of its
    subject, else that of the clause it shares its time with ('when', a participle), else the
    publication date."""
    found = attach(doc, timexes, clause, stops)
    if found is None:
        found = in_subject(doc, timexes, token)
    if found is None and (partner := when_partner(doc, clause) | participle_head(token)):
        found = attach(doc, timexes, partner, stops - partner)
    if found is not None:
        tx = analysis.timexes[found]
        return EventDate(value=tx.value, granularity=tx.granularity, text=tx.text)
    if analysis.published is None:
        return None
    return EventDate(value=analysis.published.isoformat(), granularity="day", text=None)


def _confidence(draft: Draft) -> float:
    score = 0.6
    if draft.args.recipients or len(draft.args.actors) > 1:
        score += 0.15
    if draft.args.inferred:
        score -= 0.1
    if not draft.args.actors:
        score -= 0.15
    if not draft.trigger.is_verb and draft.trigger.frame_verb is None:
        score -= 0.1
    if draft.derived:
        score -= 0.15
    if draft.marks.hypothetical or draft.marks.alleged:
        score -= 0.05
    return round(min(0.95, max(0.1, score)), 2)
