"""Who acted and against whom in the sentence that reports an event, named the way conflict analysts
name them: a named entity by its canonical name, a generic actor with its country ('Unidentified Armed
Group (Kenya)', 'Military Forces (Sudan)', 'Civilians (Nigeria)'); and what that says of the event's
type (soldiers attacked is a battle, villagers attacked is violence against civilians).
"""

import re
from dataclasses import dataclass

from transforms.event_codebook import EventCodebook, Trigger
from transforms.incidents import LOCATIVE, Place

ATTRIBUTION_AFTER = re.compile(r"^\s*(?:said|say|says|told|reported|claimed|added|confirmed|stated)\b", re.IGNORECASE)
ATTRIBUTION_BEFORE = re.compile(r"\b(?:according\s+to|told|quoted|citing|cited)\s+(?:the\s+)?$", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|got|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
BY_AFTER = re.compile(r"^[^.;]{0,60}?\bby\s+(?:the\s+|suspected\s+|unknown\s+|unidentified\s+)?$", re.IGNORECASE)
BETWEEN = re.compile(r"^\s*(?:\w+\s+){0,2}?between\b", re.IGNORECASE)
WITH = re.compile(r"\b(?:with|against)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
ACTOR_LABELS = ("ORG", "PERSON", "GROUP")
# An ally or a container is not who acted: 'soldiers backed by Wagner fighters', 'in Damboa, Borno State'.
ALLY_BEFORE = re.compile(r"\b(?:backed\s+by|supported\s+by|alongside|with\s+the\s+help\s+of|aided\s+by|allied\s+with)"
                         r"\s+(?:the\s+)?$", re.IGNORECASE)
OF_AFTER = re.compile(r"^\s+(?:of|from|belonging\s+to|loyal\s+to|linked\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
STATE_FORCES = ("Military Forces", "Police Forces")
# A state's army or police by name: the name also has to start with its state ('Sudanese Armed Forces',
# 'Pakistan Army'); 'Arakan Army' and 'National Liberation Army' are armed groups.
STATE_FORCE_NAME = re.compile(r"\b(?:Armed Forces|Army|Military|Defen[cs]e Forces|National Guard|Air Force|Navy|Police"
                              r"|Gendarmerie|Security Forces)\b", re.IGNORECASE)
WEAPON_AFTER = re.compile(r"^\s*(?:tank|artillery|air|drone|missile|rocket|warplane|jet|glide|military|naval|army|gunboat"
                          r"|helicopter|fighter|infantry|strike|shell|bomb|mortar|sniper)", re.IGNORECASE)
AND = re.compile(r"^\s*(?:,\s*)?(?:and|as well as)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
# One armed person is a criminal's shooting unless the text says more; armed men are an armed group.
LONE_ATTACKERS = {"gunman", "attacker", "assailant"}


@dataclass(frozen=True)
class Actor:
    name: str
    entity_id: str | None
    start: int  # in the body
    end: int
    is_armed: bool
    generic: str | None = None  # the generic actor ('Civilians'), None for a named one
    noun: str | None = None  # the word that named a generic actor ('gunman')


class EventActors:
    """The actors of one article's events: its body, its mentions (sorted by start) and its places."""

    def __init__(self, body: str, mentions: list[dict], places: dict[str, Place], codebook: EventCodebook):
        self.body, self.mentions, self.places, self.codebook = body, mentions, places, codebook

    def mentions_in(self, start: int, end: int) -> list[dict]:
        """The article's mentions that lie within [start, end)."""
        return [m for m in self.mentions if start <= m["start"] and m["end"] <= end]

    def of(self, sentence_start: int, sentence: str, trigger: Trigger | None, country: str | None
           ) -> tuple[Actor | None, Actor | None]:
        """Who acted and against whom, as the sentence that reports the event places them around its
        trigger: the subject acts and the object is acted on ('Gunmen killed three villagers'), the
        other way round in the passive ('were killed by gunmen'); two subjects clash with each other
        ('Militants and soldiers exchanged fire'), as do 'fighting between X and Y' and 'X clashed with Y'."""
        start = sentence_start
        candidates = self._candidates(start, sentence, country)
        at = trigger.start if trigger else start + len(sentence) // 2
        end = trigger.end if trigger else at
        before = [a for a in candidates if a.start < at or (a.start == at and a.end <= end)]  # 'a suicide bomber'
        after = [a for a in candidates if a.start >= end]
        if after and BETWEEN.match(self.body[end:after[0].start]):
            return after[0], after[1] if len(after) > 1 else None
        if PASSIVE_BEFORE.search(self.body[max(at - 30, 0):at]) or (
                after and BY_AFTER.match(self.body[end:after[0].start])):
            return next((a for a in after if BY_AFTER.match(self.body[end:a.start])), None), \
                before[-1] if before else None
        if len(before) > 1 and AND.match(self.body[before[-2].end:before[-1].start]):
            return before[-2], before[-1]
        partner = next((a for a in after if WITH.search(self.body[end:a.start])), None)
        return (before[-1] if before else None), partner or (after[0] if after else None)

    def _candidates(self, start: int, sentence: str, country: str | None) -> list[Actor]:
        """Named actors (entities that are not places) and generic ones in a sentence, in text order:
        - a generic noun after a demonym or a name is that country's or that group's ('Kenyan police',
          'Boko Haram fighters'); a state's forces keep their generic name ('Somali National Army
          troops' are Military Forces (Somalia));
        - a demonym before a weapon is that country's forces ('Russian drones', 'an Israeli strike');
        - a name after 'in' or 'near' is a place the model took for a name, not an actor;
        - who only speaks ('police said') is no actor."""
        inside = self.mentions_in(start, start + len(sentence))
        places_end = {m["end"] for m in inside if m["label"] == "PLACE" or m["entity_id"] in self.places}
        named = [m for m in inside  # 'Russian' is a place and an actor
                 if m["label"] in ACTOR_LABELS and (m["label"] == "GROUP" or m["entity_id"] not in self.places)
                 and not LOCATIVE.search(self.body[max(m["start"] - 40, 0):m["start"]])
                 and not any(0 < m["start"] - end <= 2 and self.body[end] == "," for end in places_end)]
        generics = self.codebook.generic_actors(sentence, start)
        # 'Riot police' is one generic actor, whatever the model made of 'Riot'.
        named = [m for m in named if not any(g_start <= m["start"] and m["end"] <= g_end for g_start, g_end, _ in generics)]
        found: list[Actor] = []
        for g_start, g_end, row in generics:
            if any(m["start"] <= g_start < m["end"] for m in named):
                continue
            of = next((m for m in named if OF_AFTER.match(self.body[g_end:m["start"]])), None)
            if of is not None:  # 'militants of Tehrik-e-Taliban Pakistan'
                named.remove(of)
                found.append(Actor(of["canonical_name"], of["entity_id"], g_start, of["end"], row["is_armed"]))
                continue
            owner = next((m for m in named if 0 <= g_start - m["end"] <= 2), None)
            if owner is None:
                found.append(self._generic(row, country, g_start, g_end, sentence[g_start - start:g_end - start]))
                continue
            named.remove(owner)
            owner_country = self._country_of(owner)
            if owner["label"] == "GROUP" and owner_country:
                found.append(self._generic(row, owner_country, owner["start"], g_end))
            else:  # 'Boko Haram fighters', 'Boko Haram positions'; 'Somali National Army troops' by its generic name
                named_owner = self._named(owner, country)
                found.append(Actor(named_owner.name, named_owner.entity_id, owner["start"], g_end,
                                   row["is_armed"] or named_owner.is_armed, named_owner.generic))
        for mention in named:
            found.append(self._named(mention, country))
        return sorted((a for a in found if not ATTRIBUTION_AFTER.match(self.body[a.end:a.end + 20])
                       and not ATTRIBUTION_BEFORE.search(self.body[max(a.start - 20, 0):a.start])
                       and not ALLY_BEFORE.search(self.body[max(a.start - 30, 0):a.start])),
                      key=lambda a: a.start)

    def _named(self, mention: dict, country: str | None) -> Actor:
        """A named actor; a state's army or police by its generic name, as analysts code them ('Sudanese
        Armed Forces' is Military Forces (Sudan)); a demonym before a weapon, that country's forces."""
        name = mention["canonical_name"]
        force = STATE_FORCE_NAME.search(name)
        state = self.codebook.state_of(name)
        if force and state:
            actor = "Police Forces" if force.group(0).lower() in ("police", "gendarmerie") else "Military Forces"
            return self._generic({"actor": actor, "is_armed": True}, state, mention["start"], mention["end"])
        own_country = self._country_of(mention)
        if mention["label"] == "GROUP" and own_country and WEAPON_AFTER.match(self.body[mention["end"]:]):
            return self._generic({"actor": "Military Forces", "is_armed": True}, own_country, mention["start"],
                                 mention["end"])
        return Actor(name, mention["entity_id"], mention["start"], mention["end"], False)

    def _country_of(self, mention: dict) -> str | None:
        place = self.places.get(mention["entity_id"])
        return mention["country_code"] or (place.country_code if place else None) \
            or self.codebook.state_of(mention["canonical_name"])

    def _generic(self, row: dict, country: str | None, start: int, end: int, noun: str | None = None) -> Actor:
        name = self.codebook.country_names.get(country or "")
        return Actor(f"{row['actor']} ({name})" if name else row["actor"], None, start, end, row["is_armed"],
                     generic=row["actor"], noun=noun.lower() if noun else None)

    def defaults(self, event_type: str, sub_event: str, actor1: Actor | None, actor2: Actor | None,
                  country: str | None, killed: bool) -> tuple[Actor | None, Actor | None]:
        """The actors analysts code when the text leaves them implicit or names them loosely: protesters
        protest and police intervene, police arrest, and whoever unarmed is attacked, abducted, robbed
        or looted is Civilians, whether the text calls them villagers, Christians or by a name."""
        def generic(actor: str) -> Actor:
            return self._generic({"actor": actor, "is_armed": actor in STATE_FORCES + ("Unidentified Armed Group",)},
                                 country, -1, -1)
        armed = [a for a in (actor1, actor2) if a is not None and a.is_armed]
        if sub_event == "Excessive force against protesters":
            return (armed[0] if armed else generic("Police Forces")), generic("Protesters")
        if event_type == "Protests":
            protesters = actor1 if actor1 is not None and not actor1.is_armed and actor1.generic is None \
                else generic("Protesters")
            if sub_event == "Peaceful protest":
                return protesters, None
            return protesters, armed[0] if armed else generic("Police Forces")
        if event_type == "Riots":
            target = next((a for a in (actor2, actor1) if a is not None and a.generic not in ("Rioters", "Protesters")),
                          None)
            if sub_event == "Mob violence" and (target is None or not target.is_armed):
                target = generic("Civilians")
            return generic("Rioters"), target
        if sub_event == "Arrests" and (actor1 is None or not actor1.is_armed):
            actor1, actor2 = generic("Police Forces"), actor1 if actor2 is None else actor2
        victims = event_type in ("Violence against civilians", "Crime") or sub_event == "Looting/property destruction" \
            or (event_type == "Explosions/Remote violence" and killed)
        if victims and (actor2 is None or not actor2.is_armed and actor2 is not actor1):
            actor2 = generic("Civilians")
        if event_type == "Crime" and actor1 is None:
            actor1 = generic("Unidentified Armed Group" if sub_event != "Murder" else "Civilians")
        return actor1, actor2


def refined(sub_event: str | None, event_type: str | None, actor1: Actor | None, actor2: Actor | None,
             killed: bool) -> tuple[str | None, str | None]:
    """Who was hit decides between a battle and violence against civilians, and who took a place
    between the state regaining it and a group overrunning it; an armed group makes a killing
    political violence rather than crime; protesters killed are excessive force."""
    armed1 = actor1 is not None and actor1.is_armed
    armed2 = actor2 is not None and actor2.is_armed
    if sub_event == "Attack" and armed2 and (armed1 or actor1 is None or actor1.generic is None):
        return "Armed clash", "Battles"
    if sub_event == "Attack" and actor2 is not None and actor2.generic == "Protesters":
        return "Excessive force against protesters", "Protests"
    if sub_event == "Armed clash" and actor2 is not None and actor2.generic == "Civilians":
        return "Attack", "Violence against civilians"
    if sub_event == "Non-state actor overtakes territory" and actor1 is not None and actor1.generic in STATE_FORCES:
        return "Government regains territory", "Battles"
    if sub_event == "Looting/property destruction" and actor1 is not None and actor1.generic == "Rioters":
        return "Mob violence", "Riots"
    if sub_event == "Looting/property destruction" and actor1 is not None and actor1.generic == "Protesters":
        return "Violent demonstration", "Riots"
    if event_type == "Protests" and killed:
        return "Excessive force against protesters", "Protests"
    if event_type == "Crime" and sub_event in ("Murder", "Shooting") and armed1 \
            and actor1.generic not in STATE_FORCES and actor1.noun not in LONE_ATTACKERS:
        return ("Armed clash", "Battles") if armed2 else ("Attack", "Violence against civilians")
    return sub_event, event_type
