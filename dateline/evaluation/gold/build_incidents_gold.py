"""Build dateline/evaluation/gold/incidents.jsonl and dateline/evaluation/gold/incident_clusters.jsonl: hand-written gold sets for incidents.

An incident is one real-world event with its killed / wounded / other count, place and country. The scheme is
dateline/evaluation/gold/INCIDENTS.md. Every text here is invented for this gold set (real places, invented events and figures).

incidents.jsonl   short reports, each with every incident it describes:
    report(doc_id, published_date, text, inc(...), ..., skip=(...))
incident_clusters.jsonl   articles from several (invented) outlets; articles with the same event label report the
    same real-world event, decoys (label Dnn) report a different event that looks like one of the clusters:
    article(doc_id, event, source, published_date, title, text, inc(...), skip=(...))
    decoy(doc_id, event, decoy_of, why, source, published_date, title, text, inc(...), skip=(...))

inc(type, place, country_code, precision, killed=, wounded=, qty=, kind=, hedged=)
    kind      incident (default) | toll | historical; toll(...) and hist(...) are shorthands.
    counts    a figure expression, or None when the text says nothing:
                  "4"  exact      ">=4"  at least      "<=20"  up to      "10-15"  range      "0"  a known zero
                  "1+3"  victim groups of one event, added
                  "2|3"  alternative figures: low = smallest, high = largest
    place     the place name exactly as written in the text (without province/state/district/camp ...), or None.

skip: strings in the text holding numbers that are not an incident figure (subsets, survivors, passengers, seats,
    counts of the same event that its type does not record ...). The builder refuses any number in a text (digits or
    number words) that is neither a figure operand of one of its incidents nor inside a skip string or an automatic
    non-count (dates, years, ages, percentages, money, magnitudes, "-storey", "no one"). It also checks that every
    operand above 1 is written in the text, that each place occurs in the text, the allowed values, low <= high, the
    type rules (KILL / WOUND / quantity), zeros next to a negation, hedges next to a hedge word, and the cluster shape.

Usage:  python3 dateline/evaluation/gold/build_incidents_gold.py            (writes both JSONL files)
        python3 dateline/evaluation/gold/build_incidents_gold.py --review   (also prints every annotation)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
INCIDENTS_OUT = HERE / "incidents.jsonl"
CLUSTERS_OUT = HERE / "incident_clusters.jsonl"

KINDS = ("incident", "toll", "historical")
TYPES = ("KILL", "WOUND", "ARREST", "KIDNAP", "DISPLACE", "MISSING", "AFFECT", "PROTEST", "SEIZE")
PRECISIONS = ("town", "region", "country")
# ISO 3166-1 alpha-2 codes used here, with the country names a text may give as a country-level place.
COUNTRIES = {
    "AF": ("Afghanistan",), "AR": ("Argentina",), "BD": ("Bangladesh",), "BF": ("Burkina Faso",),
    "BR": ("Brazil",), "CD": ("Democratic Republic of Congo", "DR Congo"), "CI": ("Ivory Coast",),
    "CN": ("China",), "CO": ("Colombia",), "EC": ("Ecuador",), "EG": ("Egypt",), "ET": ("Ethiopia",),
    "HN": ("Honduras",),
    "HT": ("Haiti",), "IL": ("Israel",), "IN": ("India",), "ID": ("Indonesia",), "IQ": ("Iraq",), "IR": ("Iran",),
    "IT": ("Italy",), "KE": ("Kenya",), "LB": ("Lebanon",), "LY": ("Libya",), "MA": ("Morocco",), "ML": ("Mali",),
    "MM": ("Myanmar",), "MX": ("Mexico",), "MZ": ("Mozambique",), "NE": ("Niger",), "NG": ("Nigeria",),
    "NP": ("Nepal",), "PH": ("Philippines",), "PK": ("Pakistan",), "PS": ("Palestine",), "RS": ("Serbia",),
    "SD": ("Sudan",),
    "SN": ("Senegal",), "SO": ("Somalia",), "SS": ("South Sudan",), "SY": ("Syria",), "TR": ("Turkey",),
    "UA": ("Ukraine",), "US": ("United States",), "VE": ("Venezuela",), "YE": ("Yemen",),
}
COUNTRY_NAMES = {name: code for code, names in COUNTRIES.items() for name in names}

REPORTS: list[dict] = []
ARTICLES: list[dict] = []


def inc(type_: str, place: str | None, cc: str | None, precision: str | None, *, killed: str | None = None,
        wounded: str | None = None, qty: str | None = None, kind: str = "incident", hedged: bool = False) -> dict:
    return {"kind": kind, "type": type_, "killed": killed, "wounded": wounded, "quantity": qty, "place": place,
            "country_code": cc, "precision": precision, "is_hedged": hedged}


def toll(*args, **kw) -> dict:
    return inc(*args, kind="toll", **kw)


def hist(*args, **kw) -> dict:
    return inc(*args, kind="historical", **kw)


def report(doc_id: str, published_date: str, text: str, *incidents: dict, skip: tuple[str, ...] = ()) -> None:
    REPORTS.append({"doc_id": doc_id, "published_date": published_date, "text": text,
                    "incidents": list(incidents), "skip": skip})


def article(doc_id: str, event: str, source: str, published_date: str, title: str, text: str, incident: dict,
            *, skip: tuple[str, ...] = ()) -> None:
    ARTICLES.append({"doc_id": doc_id, "event": event, "decoy_of": None, "why": None, "source": source,
                     "published_date": published_date, "title": title, "text": text, "incident": incident,
                     "skip": skip})


def decoy(doc_id: str, event: str, decoy_of: str, why: str, source: str, published_date: str, title: str,
          text: str, incident: dict, *, skip: tuple[str, ...] = ()) -> None:
    article(doc_id, event, source, published_date, title, text, incident, skip=skip)
    ARTICLES[-1].update(decoy_of=decoy_of, why=why)


# ============================================================================================
# incidents.jsonl
# ============================================================================================

# --- implicit one and death verbs without "kill" --------------------------------------------
report("i001", "2024-01-17",
       "A woman was killed and two of her children were wounded when a shell hit their house in Kadugli, "
       "South Kordofan, on Tuesday, residents said.",
       inc("KILL", "Kadugli", "SD", "town", killed="1", wounded="2"))

report("i002", "2024-02-06",
       "A police officer was shot dead at a checkpoint in Bannu district late on Monday, police said. "
       "The attackers escaped on motorcycles.",
       inc("KILL", "Bannu", "PK", "region", killed="1"))

report("i003", "2024-03-08",
       "Gunmen killed a village chief in Kalehe territory, South Kivu province, on Thursday night, a local civil "
       "society leader said. The motive for the killing was not clear.",
       inc("KILL", "Kalehe", "CD", "region", killed="1"))

report("i004", "2024-04-17",
       "A journalist was stabbed to death outside his home in Culiacán, Sinaloa, on Tuesday, the state "
       "prosecutor's office said.",
       inc("KILL", "Culiacán", "MX", "town", killed="1"))

report("i005", "2024-01-25",
       "Eleven farmers were hacked to death in their fields near Mangu, Plateau state, on Wednesday, a community "
       "leader said, blaming armed herders.",
       inc("KILL", "Mangu", "NG", "town", killed="11"))

report("i006", "2024-05-12",
       "Gunmen shot two men to death at a bar in Irapuato, Guanajuato, late on Saturday. A third man was wounded "
       "and taken to hospital, municipal police said.",
       inc("KILL", "Irapuato", "MX", "town", killed="2", wounded="1"))

report("i007", "2024-03-23",
       "A crowd lynched two suspected gang members in Pétion-Ville on Friday and set their bodies alight, "
       "witnesses said. Police arrived after the crowd had dispersed.",
       inc("KILL", "Pétion-Ville", "HT", "town", killed="2"))

report("i008", "2024-06-02",
       "Al-Shabaab fighters beheaded three men they accused of spying for the government in a village near Jilib, "
       "in Somalia's Middle Juba region, residents said on Sunday.",
       inc("KILL", "Jilib", "SO", "town", killed="3"))

report("i009", "2024-02-16",
       "Houthi authorities executed four men convicted of spying in a public square in Sanaa on Thursday, "
       "a rights group said.",
       inc("KILL", "Sanaa", "YE", "town", killed="4"))

report("i010", "2024-07-09",
       "Two more soldiers wounded in Saturday's ambush near Gao have succumbed to their injuries, bringing the "
       "death toll from the attack to nine, the Malian army said on Monday.",
       inc("KILL", "Gao", "ML", "town", killed="9"),
       skip=("Two more",))  # included in the nine

report("i011", "2024-08-21",
       "A teenager shot by police during a protest in Nairobi's Mathare neighbourhood on Tuesday died of his "
       "wounds in hospital on Wednesday, his family said.",
       inc("KILL", "Mathare", "KE", "town", killed="1"))

report("i012", "2024-03-30",
       "Gunmen on motorcycles gunned down five worshippers as they left a mosque in Banibangou, in western "
       "Niger's Tillabéri region, on Friday evening, a local official said.",
       inc("KILL", "Banibangou", "NE", "town", killed="5"))

report("i013", "2024-06-10",
       "Seven members of a family were burned to death when their home was set alight during ethnic clashes in "
       "Manipur's Jiribam district, police said on Monday.",
       inc("KILL", "Jiribam", "IN", "region", killed="7"))

report("i014", "2024-09-02",
       "Eight people died when a minibus collided with a fuel tanker on the Kabul-Kandahar highway in Zabul "
       "province on Sunday, a provincial spokesman said. Eleven others were injured.",
       inc("KILL", "Zabul", "AF", "region", killed="8", wounded="11"))

report("i015", "2024-10-15",
       "Residents found the bodies of six men dumped by a roadside on the outskirts of Uruapan, Michoacán, on "
       "Monday morning, the state prosecutor said.",
       inc("KILL", "Uruapan", "MX", "town", killed="6"))

report("i016", "2024-08-17",
       "A mob beat to death a man accused of blasphemy in Sargodha on Friday, police said. Videos shared online "
       "showed officers standing by as the crowd attacked him.",
       inc("KILL", "Sargodha", "PK", "town", killed="1"))

# --- several victim groups of one event: added --------------------------------------------
report("i017", "2024-01-29",
       "Gunmen killed a retired catechist and three other worshippers during a Sunday service in Kafanchan, in "
       "southern Kaduna state, a church official said.",
       inc("KILL", "Kafanchan", "NG", "town", killed="1+3"))

report("i018", "2024-04-05",
       "At least 4 civilians, as well as 2 policemen, were killed when militants stormed the market in Diapaga, "
       "eastern Burkina Faso, on Wednesday, security sources said.",
       inc("KILL", "Diapaga", "BF", "town", killed=">=4+2"))

report("i019", "2024-11-04",
       "The assailants killed one person at a petrol station in Ciudad Obregón before police opened fire, killing "
       "two of the attackers, Sonora state officials said.",
       inc("KILL", "Ciudad Obregón", "MX", "town", killed="1+2"))

report("i020", "2024-02-25",
       "Four soldiers and a civilian driver were killed when their convoy hit a roadside bomb near Mir Ali, North "
       "Waziristan, on Saturday. Three more soldiers were wounded, the military said.",
       inc("KILL", "Mir Ali", "PK", "town", killed="4+1", wounded="3"))

report("i021", "2024-05-22",
       "Israeli forces killed three Palestinians during a raid on Jenin refugee camp on Tuesday, the Palestinian "
       "health ministry said. A fourth man, shot in the chest, died in hospital hours later.",
       inc("KILL", "Jenin", "PS", "town", killed="3+1"))

report("i022", "2024-10-12",
       "A suicide bomber killed seven worshippers and two guards at a Shia mosque in Kunduz during Friday prayers, "
       "the Taliban's provincial spokesman said. Dozens more were wounded.",
       inc("KILL", "Kunduz", "AF", "town", killed="7+2", wounded=">=24"))

report("i023", "2024-08-09",
       "Two gunmen who attacked a police post in Dera Ismail Khan on Thursday were killed in the exchange of fire, "
       "along with one constable, police said. Two other officers were injured.",
       inc("KILL", "Dera Ismail Khan", "PK", "town", killed="2+1", wounded="2"))

report("i024", "2024-11-26",
       "A Russian drone killed a man and a woman in their car in Nikopol on Monday, the regional governor said. "
       "The UN says more than 11,000 civilians have been killed in Ukraine since the full-scale invasion began "
       "in February 2022.",
       inc("KILL", "Nikopol", "UA", "town", killed="1+1"),
       toll("KILL", "Ukraine", "UA", "country", killed=">=11000"))

report("i025", "2024-04-08",
       "Dissidents of the former FARC attacked a police station in Jamundí with explosives on Saturday, wounding "
       "five officers and two civilians, the police said.",
       inc("WOUND", "Jamundí", "CO", "town", wounded="5+2"))

# --- partitives and "including": they add nothing ----------------------------------------
report("i026", "2024-04-10",
       "Five of the 11 people killed in an airstrike on a village near Sagaing on Monday were children, according "
       "to residents. The military has denied targeting civilians.",
       inc("KILL", "Sagaing", "MM", "town", killed="11"),
       skip=("Five of the",))

report("i027", "2024-07-14",
       "Twelve people, including three children, died when a six-storey building collapsed in the Ebute Metta "
       "area of Lagos on Saturday, the emergency agency said.",
       inc("KILL", "Ebute Metta", "NG", "town", killed="12"),
       skip=("three children",))

report("i028", "2024-08-11",
       "An Israeli strike on a house in Deir al-Balah killed nine people, among them two journalists, the Gaza "
       "civil defence agency said on Sunday.",
       inc("KILL", "Deir al-Balah", "PS", "town", killed="9"),
       skip=("two journalists",))

report("i029", "2024-07-03",
       "Three monks were among 17 people killed when junta aircraft bombed a monastery sheltering displaced "
       "families near Laiza, Kachin state, on Monday, rescuers said.",
       inc("KILL", "Laiza", "MM", "town", killed="17"),
       skip=("Three monks",))

report("i030", "2024-11-07",
       "Russian missiles struck the port of Odesa overnight, killing two people and injuring 14. Among the injured "
       "were three children, the regional governor said.",
       inc("KILL", "Odesa", "UA", "town", killed="2", wounded="14"),
       skip=("three children",))

report("i031", "2024-08-27",
       "Gunmen forced passengers off buses and trucks in Musakhel district of Balochistan on Monday and shot dead "
       "23 of them after checking their identity cards, officials said.",
       inc("KILL", "Musakhel", "PK", "region", killed="23"))

# --- negations: known zeros ----------------------------------------------------------------
report("i032", "2024-02-18",
       "Police in Dhaka arrested 37 opposition activists after scuffles outside the party's headquarters on "
       "Saturday. No one was hurt, police said.",
       inc("ARREST", "Dhaka", "BD", "town", qty="37", killed="0", wounded="0"))

report("i033", "2024-03-19",
       "A gunman opened fire on a city bus in Tegucigalpa on Monday, wounding four passengers. No one was killed, "
       "police said.",
       inc("WOUND", "Tegucigalpa", "HN", "town", killed="0", wounded="4"))

report("i034", "2024-05-04",
       "Flash floods swept through villages in Baghlan province overnight, forcing some 2,000 families from their "
       "homes. There were no reported casualties, the provincial disaster department said.",
       inc("DISPLACE", "Baghlan", "AF", "region", qty="2000", killed="0", wounded="0"))

# --- hedges: still counted ---------------------------------------------------------------
report("i035", "2024-05-26",
       "Russian glide bombs that hit a hardware store in Kharkiv on Saturday may have killed as many as 20 people, "
       "the regional governor said, warning that the toll could rise as rescuers searched the rubble.",
       inc("KILL", "Kharkiv", "UA", "town", killed="<=20", hedged=True))

report("i036", "2024-06-07",
       "Up to 30 villagers are feared dead after RSF fighters raided the village of Al-Sireha in Gezira state on "
       "Wednesday, activists said.",
       inc("KILL", "Al-Sireha", "SD", "town", killed="<=30", hedged=True))

report("i037", "2024-08-16",
       "Unconfirmed reports said about 15 fighters were killed in clashes between rival armed groups in Tripoli's "
       "Abu Salim district on Thursday.",
       inc("KILL", "Abu Salim", "LY", "town", killed="15", hedged=True))

report("i038", "2024-06-25",
       "Jihadists reportedly abducted some 50 women who had gone to gather firewood near Arbinda in northern "
       "Burkina Faso, local sources said.",
       inc("KIDNAP", "Arbinda", "BF", "town", qty="50", hedged=True))

report("i039", "2024-02-23",
       "M23 rebels said they had killed about 50 government soldiers near Kitchanga on Thursday, a claim that "
       "could not be independently verified.",
       inc("KILL", "Kitchanga", "CD", "town", killed="50", hedged=True))

# --- ranges, "at least", alternative figures ------------------------------------------------
report("i040", "2024-09-16",
       "Between 10 and 15 soldiers were killed when JNIM fighters overran an army post in Boulkessi, near the "
       "border with Burkina Faso, on Sunday, a security source said.",
       inc("KILL", "Boulkessi", "ML", "town", killed="10-15"))

report("i041", "2024-03-15",
       "At least 23 people were killed and more than 40 wounded in a double car bombing at a crowded market in "
       "Baidoa, Somali officials said.",
       inc("KILL", "Baidoa", "SO", "town", killed=">=23", wounded=">=40"))

report("i042", "2024-07-13",
       "Between 18 and 20 pupils died when a two-storey school building collapsed during lessons in Busa Buji, "
       "Jos North, on Friday, officials said. Rescuers pulled 132 others from the rubble alive.",
       inc("KILL", "Busa Buji", "NG", "town", killed="18-20"),
       skip=("132 others",))  # rescued

report("i043", "2024-05-03",
       "A drone strike on a car near Jurf al-Sakhar killed two militia officials on Thursday night, a security "
       "source said. Three people were killed in the car, a hospital official said later, including the driver.",
       inc("KILL", "Jurf al-Sakhar", "IQ", "town", killed="2|3"))

report("i044", "2024-01-05",
       "Twin bombings at a memorial ceremony in Kerman killed 95 people on Wednesday, state media said. On "
       "Thursday officials revised the toll down to 84, saying some victims had been counted twice.",
       inc("KILL", "Kerman", "IR", "town", killed="95|84"))

report("i045", "2024-08-25",
       "Local officials put the death toll from the landslide in Wolaita zone at 12, while the regional government "
       "said eight people had died.",
       inc("KILL", "Wolaita", "ET", "region", killed="12|8"))

report("i046", "2024-09-18",
       "At least five people were killed when a Russian drone hit an apartment block in Sumy on Tuesday night. "
       "By Wednesday afternoon the toll had risen to eight, the regional administration said.",
       inc("KILL", "Sumy", "UA", "town", killed=">=5|8"))

# --- tolls (running totals) and the rising toll of one event ---------------------------------
report("i047", "2024-02-13",
       "The Gaza health ministry said on Monday that 28,340 Palestinians had been killed and 67,984 wounded in the "
       "Gaza Strip since October 7.",
       toll("KILL", "Gaza Strip", "PS", "region", killed="28340", wounded="67984"))

report("i048", "2024-12-11",
       "So far this year, at least 1,100 civilians have been killed in attacks by armed groups in Burkina Faso, "
       "according to a monitoring group. On Tuesday, gunmen killed 12 villagers in Nouna, in the country's west, "
       "local sources said.",
       toll("KILL", "Burkina Faso", "BF", "country", killed=">=1100"),
       inc("KILL", "Nouna", "BF", "town", killed="12"))

report("i049", "2024-10-30",
       "Since the war began in April 2023, more than 11 million people have been forced from their homes in Sudan, "
       "the International Organization for Migration said on Tuesday.",
       toll("DISPLACE", "Sudan", "SD", "country", qty=">=11_000_000"))

report("i050", "2024-03-04",
       "Colombia's ombudsman said 181 social leaders were killed last year and 32 more since January. On Sunday, "
       "gunmen shot dead an Afro-Colombian community leader in Tumaco, Nariño.",
       toll("KILL", "Colombia", "CO", "country", killed="181"),
       toll("KILL", "Colombia", "CO", "country", killed="32"),
       inc("KILL", "Tumaco", "CO", "town", killed="1"))

report("i051", "2024-08-14",
       "Authorities said more than 2,000 people had been arrested in Venezuela since protests over the disputed "
       "presidential election began two weeks ago.",
       toll("ARREST", "Venezuela", "VE", "country", qty=">=2000"),
       skip=("two weeks",))

report("i052", "2023-10-10",
       "The death toll from Saturday's 6.3-magnitude earthquake in Herat province rose to 1,294 on Monday, "
       "officials said, with more than 1,600 people injured.",
       inc("KILL", "Herat", "AF", "region", killed="1294", wounded=">=1600"))

report("i053", "2024-05-08",
       "The death toll from the floods in Rio Grande do Sul rose to 95 on Tuesday, with 131 people missing and "
       "more than 150,000 forced from their homes, state authorities said.",
       inc("KILL", "Rio Grande do Sul", "BR", "region", killed="95"),
       skip=("131 people", "more than 150,000"))  # MISSING / DISPLACE of the same event: its type is KILL

# --- history: earlier events given as background ------------------------------------------
report("i054", "2024-04-15",
       "Ten years after Boko Haram fighters abducted 276 schoolgirls from their dormitory in Chibok, parents "
       "gathered in the town on Sunday to pray for the 82 who remain in captivity.",
       hist("KIDNAP", "Chibok", "NG", "town", qty="276"),
       skip=("Ten years", "82 who"))  # 82 are a subset of the 276

report("i055", "2024-02-06",
       "A year after earthquakes killed more than 53,000 people in southern Turkey, a 5.6 magnitude tremor shook "
       "Malatya on Monday, damaging dozens of buildings. No one was killed, the disaster agency AFAD said.",
       hist("KILL", "Turkey", "TR", "country", killed=">=53000"),
       skip=("dozens of buildings",))  # the Malatya tremor has no count above zero: no incident

report("i056", "2024-06-14",
       "A suicide bomber killed six guests at a wedding hall in Jalalabad on Thursday evening, police said. In "
       "2019, a similar attack on a wedding in Kabul killed 63 people.",
       inc("KILL", "Jalalabad", "AF", "town", killed="6"),
       hist("KILL", "Kabul", "AF", "town", killed="63"))

report("i057", "2024-05-11",
       "Militants killed eight soldiers in an attack on an army base in Djibo on Friday, the army said. Late last "
       "month, at least 30 civilians were killed in an attack on a market in the same town.",
       inc("KILL", "Djibo", "BF", "town", killed="8"),
       hist("KILL", "Djibo", "BF", "town", killed=">=30"))

report("i058", "2024-09-08",
       "A year after the earthquake that killed nearly 3,000 people in Al Haouz province, families in Amizmiz say "
       "they are still living in tents as rebuilding drags on.",
       hist("KILL", "Al Haouz", "MA", "region", killed="3000"))

report("i059", "2024-06-12",
       "Rapid Support Forces shelling hit the Zamzam camp for displaced people outside El Fasher on Tuesday, "
       "killing 14 people, medics said. In April, an RSF assault on the same camp killed more than 100 people.",
       inc("KILL", "Zamzam", "SD", "town", killed="14"),
       hist("KILL", "Zamzam", "SD", "town", killed=">=100"))

# --- arrests, kidnappings, displacement, protests, seizures, missing, affected -----------------
report("i060", "2024-02-14",
       "Police arrested 112 farmers who tried to march on Delhi from the Shambhu border crossing in Punjab on "
       "Tuesday, the farmers' union said.",
       inc("ARREST", "Shambhu", "IN", "town", qty="112"))

report("i061", "2024-03-25",
       "Police detained more than 200 supporters of the jailed former prime minister in Lahore on Sunday ahead of "
       "a banned rally, party officials said.",
       inc("ARREST", "Lahore", "PK", "town", qty=">=200"))

report("i062", "2024-09-20",
       "Security forces arrested 12 protesters and three journalists at a rally against the rising cost of living "
       "in Abidjan on Thursday, a press freedom group said.",
       inc("ARREST", "Abidjan", "CI", "town", qty="12+3"))

report("i063", "2024-06-26",
       "Police fired tear gas at thousands of protesters in Nairobi on Tuesday and arrested 56 people, a police "
       "spokesman said.",
       inc("ARREST", "Nairobi", "KE", "town", qty="56"),
       skip=("thousands of protesters",))  # PROTEST of the same event: ARREST ranks higher

report("i064", "2024-03-08",
       "Gunmen abducted at least 287 pupils from a school in Kuriga, Kaduna state, on Thursday morning, residents "
       "said. A teacher was also taken.",
       inc("KIDNAP", "Kuriga", "NG", "town", qty=">=287+1"))

report("i065", "2024-07-28",
       "Gang members kidnapped six nuns and their driver from a minibus in Port-au-Prince on Friday, the "
       "archdiocese said.",
       inc("KIDNAP", "Port-au-Prince", "HT", "town", qty="6+1"))

report("i066", "2024-02-21",
       "Armed men kidnapped 14 employees of the state prosecutor's office in Chiapas on Monday, the governor said.",
       inc("KIDNAP", "Chiapas", "MX", "region", qty="14"))

report("i067", "2024-04-24",
       "Bandits killed two vigilantes and abducted 15 villagers in a night raid on Gidan Bakuso, in Sokoto state, "
       "residents said.",
       inc("KILL", "Gidan Bakuso", "NG", "town", killed="2"),
       skip=("15 villagers",))  # KIDNAP of the same event: its type is KILL

report("i068", "2024-02-09",
       "Heavy fighting between M23 rebels and the army around Sake on Wednesday forced some 15,000 people to flee "
       "towards Goma, local officials said.",
       inc("DISPLACE", "Sake", "CD", "town", qty="15000"))

report("i069", "2024-09-06",
       "Authorities in Guangdong province evacuated more than 570,000 residents ahead of Typhoon Yagi's landfall, "
       "state media reported on Thursday.",
       inc("DISPLACE", "Guangdong", "CN", "region", qty=">=570000"))

report("i070", "2024-05-16",
       "Insurgents attacked Macomia in Cabo Delgado province on Friday, forcing about 4,000 residents to flee into "
       "the bush, aid agencies said.",
       inc("DISPLACE", "Macomia", "MZ", "town", qty="4000"))

report("i071", "2024-04-24",
       "Tens of thousands of people marched through Buenos Aires on Tuesday against cuts to university funding, "
       "in one of the largest protests since President Javier Milei took office.",
       inc("PROTEST", "Buenos Aires", "AR", "town", qty=">=20000"),
       skip=("one of",))

report("i072", "2024-10-21",
       "About 3,000 garment workers blocked a highway in Ashulia, outside Dhaka, on Sunday to demand unpaid wages, "
       "police said.",
       inc("PROTEST", "Ashulia", "BD", "town", qty="3000"))

report("i073", "2024-11-18",
       "The Colombian navy seized 4 tonnes of cocaine from a semi-submersible vessel off the Pacific coast of "
       "Nariño department, officials said on Sunday.",
       inc("SEIZE", "Nariño", "CO", "region", qty="4"))

report("i074", "2024-05-30",
       "Soldiers seized 82 assault rifles at a ranch near Caborca, Sonora, the defence ministry said.",
       inc("SEIZE", "Caborca", "MX", "town", qty="82"))

report("i075", "2024-04-16",
       "Philippine police seized 1,400 kilograms of methamphetamine from a van at a checkpoint in Alitagtag, "
       "Batangas, on Monday.",
       inc("SEIZE", "Alitagtag", "PH", "town", qty="1400"))

report("i076", "2024-09-05",
       "A rubber boat carrying 45 migrants sank off Lampedusa on Wednesday; the coast guard rescued 24 people and "
       "21 are missing, the UN refugee agency said.",
       inc("MISSING", "Lampedusa", "IT", "town", qty="21"),
       skip=("45 migrants", "24 people"))  # passengers and the rescued are not counts

report("i077", "2024-07-09",
       "Hurricane Beryl knocked out power to more than 2.2 million homes and businesses in Texas on Monday, "
       "utilities said.",
       inc("AFFECT", "Texas", "US", "region", qty=">=2_200_000"))

report("i078", "2024-04-18",
       "A nationwide blackout left about 17 million people in Ecuador without electricity for several hours on "
       "Wednesday, the energy ministry said.",
       inc("AFFECT", "Ecuador", "EC", "country", qty="17_000_000"))

report("i118", "2024-08-22",
       "Twenty-two fishermen are missing after their trawlers were caught in a storm off Bhola district, the coast "
       "guard said on Thursday.",
       inc("MISSING", "Bhola", "BD", "region", qty="22"))

report("i119", "2024-12-30",
       "Organisers said 100,000 people joined Sunday's march against corruption in Belgrade, while police put the "
       "crowd at 30,000.",
       inc("PROTEST", "Belgrade", "RS", "town", qty="100000|30000"))

# --- disasters -------------------------------------------------------------------------------
report("i079", "2024-03-11",
       "Floods and landslides in West Sumatra killed at least 37 people, and 17 others remain missing, the national "
       "disaster agency said on Monday.",
       inc("KILL", "West Sumatra", "ID", "region", killed=">=37"),
       skip=("17 others",))  # MISSING of the same event

report("i080", "2023-11-05",
       "A 6.4-magnitude earthquake struck Jajarkot district in western Nepal late on Friday, killing at least 153 "
       "people and injuring more than 300, officials said.",
       inc("KILL", "Jajarkot", "NP", "region", killed=">=153", wounded=">=300"))

report("i081", "2024-12-13",
       "A fire at a garment factory in Gazipur killed 19 workers on Thursday. Fire officials said 40 others were "
       "treated for burns.",
       inc("KILL", "Gazipur", "BD", "town", killed="19", wounded="40"))

report("i082", "2024-06-10",
       "A bus carrying pilgrims plunged into a gorge in Reasi district of Jammu and Kashmir on Sunday after gunmen "
       "fired on it, killing nine passengers and injuring 33.",
       inc("KILL", "Reasi", "IN", "region", killed="9", wounded="33"))

report("i083", "2024-08-02",
       "Rescuers recovered the bodies of 12 miners on Thursday after a gold mine collapsed near Kéniéba in "
       "south-western Mali.",
       inc("KILL", "Kéniéba", "ML", "town", killed="12"))

report("i084", "2024-06-12",
       "A boat carrying wedding guests capsized on the Niger River near Mokwa, in Niger state, on Monday. Rescuers "
       "pulled out 108 survivors and recovered 17 bodies, while 30 people remain missing.",
       inc("KILL", "Mokwa", "NG", "town", killed="17"),
       skip=("108 survivors", "30 people"))  # survivors; MISSING of the same event

report("i085", "2024-04-30",
       "A dam burst near Mai Mahiu in Nakuru county before dawn on Monday, sweeping away homes; 45 bodies have been "
       "recovered and dozens of people remain missing, the Kenya Red Cross said.",
       inc("KILL", "Mai Mahiu", "KE", "town", killed="45"),
       skip=("dozens of people",))  # MISSING of the same event

report("i086", "2024-07-03",
       "A stampede at a religious gathering in Hathras district killed 121 people, most of them women, on "
       "Tuesday, officials said.",
       inc("KILL", "Hathras", "IN", "region", killed="121"))

# --- riots and battles -------------------------------------------------------------------------
report("i087", "2024-09-26",
       "Rioters torched shops and vehicles in Nuh after a religious procession was attacked; police said 22 people "
       "were injured and 31 were arrested.",
       inc("WOUND", "Nuh", "IN", "town", wounded="22"),
       skip=("31 were",))  # ARREST of the same event: WOUND ranks higher

report("i088", "2024-11-14",
       "Fighting between rival gangs at the Litoral penitentiary in Guayaquil on Tuesday left 31 inmates dead and "
       "14 injured, Ecuador's prison agency said.",
       inc("KILL", "Guayaquil", "EC", "town", killed="31", wounded="14"))

report("i089", "2024-07-17",
       "The army said it killed 12 militants in a gunfight in the Tirah valley on Tuesday; two soldiers died in "
       "the exchange.",
       inc("KILL", "Tirah", "PK", "region", killed="12+2"))

report("i090", "2024-01-23",
       "Resistance fighters said they killed 17 junta soldiers and lost four of their own in a battle for a "
       "military outpost near Kawlin, in Sagaing region, on Sunday.",
       inc("KILL", "Kawlin", "MM", "town", killed="17+4"))

report("i091", "2024-10-07",
       "Soldiers killed seven New People's Army rebels in a clash in Negros Occidental on Sunday, the military "
       "said. One soldier was wounded.",
       inc("KILL", "Negros Occidental", "PH", "region", killed="7", wounded="1"))

report("i092", "2024-04-17",
       "Security forces killed 29 Maoist rebels in a gunbattle in the forests of Kanker district on Tuesday; three "
       "police officers were wounded.",
       inc("KILL", "Kanker", "IN", "region", killed="29", wounded="3"))

# --- two incidents in one report; country-only places; "a town in X province" -------------------
report("i093", "2024-03-20",
       "Gunmen killed four farmers near Makurdi on Monday, and in a separate attack in Otukpo, suspected herders "
       "killed seven people, Benue state police said.",
       inc("KILL", "Makurdi", "NG", "town", killed="4"),
       inc("KILL", "Otukpo", "NG", "town", killed="7"))

report("i094", "2024-05-19",
       "Two soldiers were killed when a bomb hit their patrol in Tarmiyah, north of Baghdad, on Saturday. "
       "Separately, a roadside bomb wounded three policemen in Kirkuk.",
       inc("KILL", "Tarmiyah", "IQ", "town", killed="2"),
       inc("WOUND", "Kirkuk", "IQ", "town", wounded="3"))

report("i095", "2024-04-02",
       "An Israeli strike on a building in Damascus's Mezzeh district killed four people on Sunday, Syrian state "
       "media said. Hours earlier, a car bomb in Azaz, in the north, wounded 11.",
       inc("KILL", "Mezzeh", "SY", "town", killed="4"),
       inc("WOUND", "Azaz", "SY", "town", wounded="11"))

report("i096", "2024-06-19",
       "Suspected militants killed five police officers in an ambush in Mali on Tuesday, the security ministry "
       "said, without giving the location.",
       inc("KILL", "Mali", "ML", "country", killed="5"))

report("i097", "2024-09-13",
       "A truck carrying migrants overturned in the desert in southern Libya on Thursday, killing 19 people, the "
       "International Organization for Migration said.",
       inc("KILL", "Libya", "LY", "country", killed="19"))

report("i098", "2024-02-28",
       "Gunmen killed a polio worker and his police escort in Tank, a town in Khyber Pakhtunkhwa province, on "
       "Tuesday, officials said.",
       inc("KILL", "Tank", "PK", "town", killed="1+1"))

report("i099", "2024-06-08",
       "Islamic State-linked rebels killed 11 villagers in Mbau, a village in Beni territory of North Kivu "
       "province, on Thursday night, the local administrator said.",
       inc("KILL", "Mbau", "CD", "town", killed="11"))

# --- more places -------------------------------------------------------------------------------
report("i100", "2023-12-04",
       "A bomb exploded during a Catholic Mass in a university gymnasium in Marawi on Sunday, killing four people "
       "and wounding 50, police said.",
       inc("KILL", "Marawi", "PH", "town", killed="4", wounded="50"))

report("i101", "2024-04-13",
       "Israeli settlers attacked the village of al-Mughayyir near Ramallah on Friday; a Palestinian man was shot "
       "dead and 12 others were injured, the Palestinian health ministry said.",
       inc("KILL", "al-Mughayyir", "PS", "town", killed="1", wounded="12"))

report("i102", "2024-06-22",
       "A Hezbollah rocket killed two people in Kiryat Shmona on Saturday, Israeli emergency services said.",
       inc("KILL", "Kiryat Shmona", "IL", "town", killed="2"))

report("i103", "2024-03-01",
       "An Israeli strike on a car near Nabatieh killed three Hezbollah members on Thursday, the group said.",
       inc("KILL", "Nabatieh", "LB", "town", killed="3"))

report("i104", "2024-01-11",
       "Cattle raiders killed 20 people and made off with about 3,000 cows in an attack in Duk county, Jonglei "
       "state, local officials said on Wednesday.",
       inc("KILL", "Duk", "SS", "region", killed="20"),
       skip=("3,000 cows",))  # livestock

report("i105", "2024-02-02",
       "Government troops killed 45 civilians in house-to-house searches in Merawi, in Ethiopia's Amhara region, "
       "witnesses told reporters. The government denied the accounts.",
       inc("KILL", "Merawi", "ET", "town", killed="45"))

# --- no incident -------------------------------------------------------------------------------
report("i106", "2024-02-04",
       "Nigeria's Super Eagles beat Cameroon 2-0 in Abidjan on Saturday to reach the quarter-finals, with both "
       "goals coming in the first half.",
       skip=("2-0",))

report("i107", "2024-03-06",
       "Kenya's economy grew 5.6% last year, and the central bank held its benchmark rate at 13% on Tuesday.")

report("i108", "2024-06-05",
       "The ruling alliance won 293 of the 543 seats in the lower house, and the main opposition bloc took 234, "
       "the Election Commission said on Tuesday.",
       skip=("293 of the 543 seats", "234"))

report("i109", "2024-09-23",
       "The 94-year-old founder of one of Kano's largest textile firms died peacefully at home on Sunday, his "
       "family said.",
       skip=("one of",))  # a natural death is not an incident

report("i110", "2024-02-10",
       "The African Union summit will be held in Addis Ababa on 17 and 18 February, and leaders of the 55 member "
       "states are expected to attend.",
       skip=("17 and 18 February", "55 member states"))

report("i111", "2024-05-14",
       "A bomb exploded outside a police station in Kirkuk early on Tuesday, damaging two cars. No one was hurt, "
       "police said.",
       skip=("two cars",))  # only zero counts: no incident

report("i112", "2024-08-30",
       "A flight carrying 183 passengers made an emergency landing in Karachi after a bird strike on Friday; no one "
       "was injured, the airline said.",
       skip=("183 passengers",))

report("i113", "2024-10-02",
       "A court in Rabat sentenced 12 men to between five and 20 years in prison for fraud on Tuesday.",
       skip=("12 men", "five and 20 years"))

report("i114", "2024-03-16",
       "Nigeria's annual inflation rate rose to 31.7% in February, and the naira weakened to 1,600 against the "
       "dollar, the statistics office said.",
       skip=("1,600",))

report("i115", "2024-07-22",
       "The government said 1,500 newly trained teachers would be deployed to schools in Borno state by "
       "September.",
       skip=("1,500 newly trained teachers",))

report("i116", "2024-05-31",
       "Russia and Ukraine each released 75 prisoners of war in an exchange brokered by the United Arab Emirates, "
       "officials said on Friday.",
       skip=("75 prisoners",))  # a release is not an incident

report("i117", "2024-03-26",
       "Turnout in Senegal's presidential election was 61%, and the winner took 54% of the vote, the "
       "Constitutional Council said.")


# ============================================================================================
# incident_clusters.jsonl: each cluster (Enn) is followed by its decoys (Dnn)
# ============================================================================================

# --- E01: drone strike on a car in Al-Qaim, Anbar, Iraq (Wednesday 2024-04-10) ---------------
article("k001", "E01", "tigrisdaily.example", "2024-04-10",
        "Drone strike hits car near Syrian border",
        "A drone struck a car in Al-Qaim, in Iraq's western Anbar province, on Wednesday evening, killing two members "
        "of an armed faction, two security sources said. The car was travelling towards the border crossing with "
        "Syria when it was hit. No group claimed responsibility.",
        inc("KILL", "Al-Qaim", "IQ", "town", killed="2"),
        skip=("two security sources",))
article("k002", "E01", "northwire.example", "2024-04-11",
        "Three killed in strike on militia vehicle in Al Qaim",
        "Three people were killed when a drone hit a vehicle carrying militia fighters in Al Qaim late on Wednesday, "
        "a local hospital official said. Among the dead was a senior commander of the faction, which belongs to the "
        "Popular Mobilization Forces. A fourth passenger was seriously wounded.",
        inc("KILL", "Al Qaim", "IQ", "town", killed="3", wounded="1"))
article("k003", "E01", "gulfledger.example", "2024-04-12",
        "Iraqi faction vows revenge for border drone strike",
        "An armed faction in Iraq has vowed revenge for a drone strike in al-Qaem that killed three of its members, "
        "including a commander. The faction blamed the United States, which has not commented. The strike near the "
        "Syrian border also wounded a passer-by, residents said.",
        inc("KILL", "al-Qaem", "IQ", "town", killed="3", wounded="1"))
article("k004", "E01", "meridiannews.example", "2024-04-12",
        "Mourners bury fighters killed in Anbar strike",
        "Hundreds of mourners attended the funeral in Baghdad on Friday of three fighters killed in a drone strike in "
        "Anbar province this week. Their faction said the men had been targeted while driving near the Syrian border.",
        inc("KILL", "Anbar", "IQ", "region", killed="3"),
        skip=("Hundreds of mourners",))
decoy("k005", "D01", "E01", "same town, three months later, a different attack",
      "alrafidain.example", "2024-07-18",
      "Roadside bomb kills soldier in Al-Qaim",
      "A roadside bomb killed an Iraqi soldier and wounded two others on a patrol in Al-Qaim, in Anbar province, on "
      "Thursday, security officials said. No group claimed the attack.",
      inc("KILL", "Al-Qaim", "IQ", "town", killed="1", wounded="2"))
decoy("k006", "D02", "E01", "same day as the second report, same type (drone strike on a faction), another Iraqi town",
      "babylonnews.example", "2024-04-11",
      "Drone strike kills four near Musayyib",
      "A drone strike on a farm near Musayyib, south of Baghdad, killed four members of an armed faction on "
      "Thursday, the faction said. It gave no further details.",
      inc("KILL", "Musayyib", "IQ", "town", killed="4"))

# --- E02: Russian missile on an apartment block in Kyiv (Tuesday 2024-01-02) -------------------
# k008 and k009 are the same Northwire story, lightly edited by two outlets.
article("k007", "E02", "dneprtoday.example", "2024-01-02",
        "Russian missile hits Kyiv apartment block",
        "At least five people were killed when a Russian missile hit a nine-storey apartment block in Kyiv's "
        "Solomianskyi district early on Tuesday, the city's mayor said. Dozens of residents were evacuated as "
        "firefighters fought the blaze.",
        inc("KILL", "Solomianskyi", "UA", "town", killed=">=5"),
        skip=("Dozens of residents",))  # DISPLACE of the same event
article("k008", "E02", "thecapitalpost.example", "2024-01-02",
        "Russian missile attack on Kyiv kills at least five",
        "KYIV (Northwire) - A Russian missile attack on Kyiv on Tuesday killed at least five people and wounded 27, "
        "Ukrainian officials said. The missile struck a residential building in the west of the capital, setting "
        "several floors on fire. Rescuers were searching the rubble for more victims.",
        inc("KILL", "Kyiv", "UA", "town", killed=">=5", wounded="27"))
article("k009", "E02", "lakeshoreherald.example", "2024-01-02",
        "At least five killed as Russian missile strikes Kyiv",
        "KYIV (Northwire) - A Russian missile attack on Kyiv killed at least five people on Tuesday and wounded 27 "
        "others, Ukrainian officials said. The missile hit a residential building in the west of the Ukrainian "
        "capital, setting several floors ablaze. Rescue workers were searching through the rubble for more victims.",
        inc("KILL", "Kyiv", "UA", "town", killed=">=5", wounded="27"))
article("k010", "E02", "eastbloctimes.example", "2024-01-03",
        "Kiev strike toll rises to eight",
        "The death toll from Tuesday's Russian missile strike on an apartment building in Kiev has risen to eight, "
        "emergency services said on Wednesday, after rescuers recovered three more bodies from the rubble. "
        "Thirty-one people were injured.",
        inc("KILL", "Kiev", "UA", "town", killed="8", wounded="31"),
        skip=("three more bodies",))  # included in the eight
article("k011", "E02", "meridiannews.example", "2024-01-04",
        "Ukraine mourns victims of missile strike on capital",
        "Ukraine held a day of mourning for the eight people killed when a Russian missile struck a residential "
        "building in the capital. President Volodymyr Zelensky said the strike, one of the deadliest on the city "
        "this winter, showed the need for more air defence systems.",
        inc("KILL", "Ukraine", "UA", "country", killed="8"),  # "the capital" is not a name: only the country is
        skip=("one of",))
decoy("k012", "D03", "E02", "same day, same type, another Ukrainian city",
      "kharkivobserver.example", "2024-01-02",
      "Missile strike wounds 41 in Kharkiv",
      "Russian missiles struck the centre of Kharkiv on Tuesday morning, wounding 41 people, including four "
      "children, the regional governor said. No deaths were reported.",
      inc("WOUND", "Kharkiv", "UA", "town", killed="0", wounded="41"),
      skip=("four children",))
decoy("k013", "D04", "E02", "same city, five weeks later",
      "dneprtoday.example", "2024-02-07",
      "Drone debris injures three in Kyiv",
      "Falling debris from a downed Russian drone injured three people in Kyiv's Darnytskyi district overnight, the "
      "city administration said. Air defences destroyed all the drones launched at the capital, it said.",
      inc("WOUND", "Darnytskyi", "UA", "town", wounded="3"))

# --- E03: airstrike on a family home in Rafah (Tuesday 2024-02-20) -----------------------------
article("k014", "E03", "gulfledger.example", "2024-02-20",
        "Strike on Rafah house kills 11",
        "An Israeli airstrike on a house in the Tal al-Sultan neighbourhood of Rafah killed 11 people on Tuesday, "
        "including four children, the Gaza civil defence agency said. Neighbours searched the rubble with their "
        "hands for survivors.",
        inc("KILL", "Tal al-Sultan", "PS", "town", killed="11"),
        skip=("four children",))
article("k015", "E03", "northwire.example", "2024-02-21",
        "Family of 13 killed in Rafah strike, health officials say",
        "Health officials in Gaza said on Wednesday that 13 members of the Abu Jazar family were killed when a strike "
        "flattened their home in Rafah on Tuesday, after two more bodies were recovered from the rubble. The Israeli "
        "military said it was looking into the report.",
        inc("KILL", "Rafah", "PS", "town", killed="13"),
        skip=("two more bodies",))
article("k016", "E03", "thecapitalpost.example", "2024-02-22",
        "Relatives bury 13 from one family in southern Gaza",
        "Relatives buried 13 members of one family killed in an Israeli strike on their home in the southern Gaza "
        "Strip, where more than a million displaced people are sheltering. The Israeli military said it had struck a "
        "Hamas target in the area.",
        inc("KILL", "Gaza Strip", "PS", "region", killed="13"),
        skip=("one family", "more than a million"))
decoy("k017", "D05", "E03", "same place, same day, a different kind of event (protest)",
      "levantpost.example", "2024-02-20",
      "Displaced Palestinians protest near Rafah crossing",
      "Thousands of displaced Palestinians protested near the Rafah crossing on Tuesday, demanding that more aid "
      "trucks be allowed into Gaza. Protesters held up empty food containers and banners.",
      inc("PROTEST", "Rafah", "PS", "town", qty=">=2000"))

# --- E04: abduction of pupils in Kankara, Katsina state (Friday 2024-06-14) ----------------------
article("k018", "E04", "sahelobserver.example", "2024-06-14",
        "Gunmen abduct students from school in Katsina",
        "Gunmen abducted at least 40 students from a secondary school in Kankara, Katsina state, in the early hours of "
        "Friday, residents said. The attackers arrived on motorcycles and fired into the air before herding the "
        "students into the bush.",
        inc("KIDNAP", "Kankara", "NG", "town", qty=">=40"))
article("k019", "E04", "northwire.example", "2024-06-15",
        "Nigerian police say 42 pupils taken in Kankara school raid",
        "Police in Katsina state said on Saturday that 42 pupils had been taken when bandits stormed their school in "
        "Kankara, and that a search involving soldiers and local hunters was under way. It was the second mass "
        "abduction from the town's schools in four years.",
        inc("KIDNAP", "Kankara", "NG", "town", qty="42"),
        skip=("four years",))
article("k020", "E04", "lagosledger.example", "2024-06-15",
        "Katsina: more than 40 pupils abducted",
        "More than 40 pupils were seized from a school in Katsina state on Friday, the state government said, in the "
        "latest mass abduction in Nigeria's northwest. The government said security forces had been deployed to "
        "rescue them.",
        inc("KIDNAP", "Katsina", "NG", "region", qty=">=40"))
article("k021", "E04", "thecapitalpost.example", "2024-06-16",
        "Parents plead for release of Kankara schoolchildren",
        "Parents of the 42 schoolchildren abducted from a school in the northwestern town of Kankara have appealed to "
        "the government to negotiate their release. The kidnappers have not contacted the families, a community "
        "leader said.",
        inc("KIDNAP", "Kankara", "NG", "town", qty="42"))
decoy("k022", "D06", "E04", "same type, three days later, another Nigerian town",
      "lagosledger.example", "2024-06-17",
      "Bandits kidnap worshippers in Zamfara",
      "Bandits kidnapped 15 worshippers from a mosque on the outskirts of Gusau, the capital of Zamfara state, during "
      "evening prayers on Sunday, police said. A rescue operation was under way.",
      inc("KIDNAP", "Gusau", "NG", "town", qty="15"))
decoy("k023", "D07", "E04", "same town, four months later, a different event",
      "sahelobserver.example", "2024-10-02",
      "Three vigilantes killed in Kankara",
      "Bandits killed three vigilantes in an ambush on the outskirts of Kankara, in Katsina state, on Tuesday night, "
      "a local official said. The attackers escaped with the vigilantes' weapons.",
      inc("KILL", "Kankara", "NG", "town", killed="3"))

# --- E05: boat capsized on Lake Kivu near Minova (Thursday 2024-11-14) ---------------------------
article("k024", "E05", "kivupost.example", "2024-11-14",
        "Boat capsizes on Lake Kivu, at least 27 dead",
        "An overloaded boat capsized on Lake Kivu near Minova on Thursday, killing at least 27 people, South Kivu "
        "provincial officials said. Dozens of passengers are still missing.",
        inc("KILL", "Minova", "CD", "town", killed=">=27"),
        skip=("Dozens of passengers",))  # MISSING of the same event
article("k025", "E05", "greatlakesreporter.example", "2024-11-15",
        "Lake Kivu boat disaster toll rises to 41",
        "The number of people who died when a boat sank near Minova in eastern Congo rose to 41 on Friday as divers "
        "recovered more bodies, the provincial governor said. The boat had been carrying about 200 passengers, well "
        "above its capacity.",
        inc("KILL", "Minova", "CD", "town", killed="41"),
        skip=("about 200 passengers",))
article("k026", "E05", "meridiannews.example", "2024-11-17",
        "Survivors describe overloaded boat before Lake Kivu sinking",
        "Survivors of the Lake Kivu sinking said the vessel was packed with traders and their goods when it left port. "
        "At least 41 people died and an unknown number remain missing in South Kivu province, where boats are often "
        "the only link between lakeside towns.",
        inc("KILL", "South Kivu", "CD", "region", killed=">=41"))
article("k187", "E05", "congoinfo.example", "2024-11-16",
        "Congo suspends night sailings on Lake Kivu after sinking",
        "Congo's transport ministry suspended night sailings on Lake Kivu on Saturday after a boat sank near Minova, "
        "killing at least 41 people. The provincial governor said life jackets would now be compulsory on every "
        "crossing.",
        inc("KILL", "Minova", "CD", "town", killed=">=41"))
decoy("k027", "D08", "E05", "same town, two months later, another boat accident",
      "kivupost.example", "2025-01-20",
      "Six drown as canoe overturns near Minova",
      "Six people drowned when a motorised canoe overturned near Minova on Sunday, local authorities said. Nine "
      "passengers swam to shore.",
      inc("KILL", "Minova", "CD", "town", killed="6"),
      skip=("Nine passengers",))

# --- E06: shooting at a party in Salvatierra, Guanajuato (Sunday 2024-03-17) ---------------------
article("k028", "E06", "bajiojournal.example", "2024-03-17",
        "Gunmen kill 12 at party in Guanajuato",
        "Gunmen burst into a private party in Salvatierra, Guanajuato, early on Sunday and opened fire, killing 12 "
        "people and wounding at least 10, the state prosecutor's office said. Most of the victims were young people.",
        inc("KILL", "Salvatierra", "MX", "town", killed="12", wounded=">=10"))
article("k029", "E06", "riograndejournal.example", "2024-03-18",
        "Death toll from Salvatierra party shooting rises to 13",
        "One of the wounded died in hospital on Monday, bringing the death toll from Sunday's shooting at a party in "
        "Salvatierra to 13, state authorities said. Nine other people remain in hospital.",
        inc("KILL", "Salvatierra", "MX", "town", killed="13", wounded="9"),
        skip=("One of the wounded",))
article("k030", "E06", "thecapitalpost.example", "2024-03-19",
        "Guanajuato governor vows justice after party massacre",
        "The governor of Guanajuato promised to find those responsible for the killing of 13 young people at a party, "
        "the state's worst massacre this year. Guanajuato has recorded more homicides than any other Mexican state.",
        inc("KILL", "Guanajuato", "MX", "region", killed="13"))
decoy("k031", "D09", "E06", "same weekend, same type, another town in Guanajuato",
      "bajiojournal.example", "2024-03-17",
      "Four shot dead at Celaya car wash",
      "Gunmen killed four people at a car wash in Celaya on Saturday night, municipal police said. No arrests have "
      "been made.",
      inc("KILL", "Celaya", "MX", "town", killed="4"))

# --- E07: attack on a beachfront restaurant in Mogadishu (Friday 2024-08-02) ---------------------
article("k032", "E07", "horndispatch.example", "2024-08-03",
        "Al-Shabaab attack on Mogadishu beachfront restaurant",
        "Al-Shabaab gunmen and a suicide bomber attacked a beachfront restaurant in Mogadishu on Friday night, killing "
        "at least 32 people and wounding 63, police said. Security forces killed the five attackers after an "
        "hour-long siege.",
        inc("KILL", "Mogadishu", "SO", "town", killed=">=32+5", wounded="63"))
article("k033", "E07", "gulfledger.example", "2024-08-03",
        "Al-Shabaab claims Mogadishu beach attack",
        "Al-Shabaab said it carried out Friday's attack on a seaside restaurant in Mogadishu, which officials say "
        "killed 32 people. The group has carried out repeated attacks on hotels and restaurants in the capital.",
        inc("KILL", "Mogadishu", "SO", "town", killed="32"))
article("k034", "E07", "somalidaily.example", "2024-08-04",
        "Muqdisho beach attack toll rises to 37",
        "The death toll from the attack on a beach restaurant in Muqdisho has risen to 37, the health ministry said on "
        "Saturday, with 212 people wounded. Hospitals in the city appealed for blood donations.",
        inc("KILL", "Muqdisho", "SO", "town", killed="37", wounded="212"))
article("k035", "E07", "thecapitalpost.example", "2024-08-05",
        "Somali president visits survivors of beach attack",
        "Somalia's president visited survivors of the beach attack in Mogadishu, which killed 37 people and wounded "
        "more than 200. He promised to tighten security at public places in the capital.",
        inc("KILL", "Mogadishu", "SO", "town", killed="37", wounded=">=200"))
decoy("k036", "D10", "E07", "same city, six weeks later",
      "horndispatch.example", "2024-09-15",
      "Mortar shells kill two near Mogadishu palace",
      "Mortar shells landed near the presidential palace in Mogadishu on Saturday, killing two civilians and "
      "wounding six, police said. Al-Shabaab said it fired the rounds.",
      inc("KILL", "Mogadishu", "SO", "town", killed="2", wounded="6"))

# --- E08: attack on villagers digging trenches at Barsalogho, Burkina Faso (Saturday 2024-08-24) -
article("k037", "E08", "sahelobserver.example", "2024-08-25",
        "Jihadists kill villagers digging trenches in Burkina Faso",
        "Jihadist fighters attacked villagers digging defensive trenches around Barsalogho, in Burkina Faso's "
        "Centre-Nord region, on Saturday, killing at least 100 people, local sources said. Soldiers had ordered "
        "residents to dig the trenches to protect the town.",
        inc("KILL", "Barsalogho", "BF", "town", killed=">=100"))
article("k038", "E08", "northwire.example", "2024-08-26",
        "Burkina attack may have killed 200, security source says",
        "As many as 200 people may have been killed in Saturday's attack near Barsalgo, according to a security "
        "source, which would make it one of the deadliest in the country's history. The government has not given a "
        "toll.",
        inc("KILL", "Barsalgo", "BF", "town", killed="<=200", hedged=True),
        skip=("one of",))
article("k039", "E08", "westafricadaily.example", "2024-08-27",
        "Burkina Faso declares mourning after Barsalogho attack",
        "Burkina Faso's government said dozens of civilians and soldiers were killed in the attack in Barsalogho and "
        "declared three days of national mourning. The al-Qaeda-linked JNIM group claimed responsibility.",
        inc("KILL", "Barsalogho", "BF", "town", killed=">=24"),
        skip=("three days",))
decoy("k040", "D19", "E08", "next day, same type and region, another town",
      "westafricadaily.example", "2024-08-26",
      "Militants kill 12 soldiers near Kaya",
      "Militants killed 12 soldiers in an attack on an army post near Kaya, in Centre-Nord region, on Sunday, a "
      "security source said. The army has not commented.",
      inc("KILL", "Kaya", "BF", "town", killed="12"))

# --- E09: gang attack on Pont-Sondé, Artibonite, Haiti (Thursday 2024-10-03) ---------------------
article("k041", "E09", "caribbeanledger.example", "2024-10-03",
        "Gang attack on Haitian town kills at least 20",
        "Gang members armed with automatic rifles attacked the town of Pont-Sondé in Haiti's Artibonite department on "
        "Thursday, killing at least 20 people, a local official said. Residents fled into the surrounding rice "
        "fields.",
        inc("KILL", "Pont-Sondé", "HT", "town", killed=">=20"))
article("k042", "E09", "northwire.example", "2024-10-04",
        "UN says at least 54 killed in Haiti gang massacre",
        "The United Nations said on Friday that at least 54 people, including 10 women and three babies, were killed "
        "in Thursday's gang attack on Pont-Sondé. More than 5,000 residents fled to nearby towns.",
        inc("KILL", "Pont-Sondé", "HT", "town", killed=">=54"),
        skip=("10 women", "three babies", "More than 5,000 residents"))  # subsets; DISPLACE of the same event
article("k043", "E09", "meridiannews.example", "2024-10-06",
        "Survivors describe house-to-house killings in Artibonite",
        "Survivors of the massacre in Pont Sonde, where gang members killed at least 54 people, described gunmen "
        "going from house to house. The Gran Grif gang has claimed the attack.",
        inc("KILL", "Pont Sonde", "HT", "town", killed=">=54"))
article("k186", "E09", "haitiherald.example", "2024-10-05",
        "Haiti promises to retake Pont-Sondé from gangs",
        "Haiti's prime minister promised to send police reinforcements to Artibonite after a gang massacre that the UN "
        "said killed at least 54 people in the town of Pont-Sondé. Thousands of survivors are sheltering in schools "
        "and churches in Saint-Marc.",
        inc("KILL", "Pont-Sondé", "HT", "town", killed=">=54"),
        skip=("Thousands of survivors",))  # Saint-Marc is where survivors shelter, not the incident's place
decoy("k044", "D11", "E09", "same week, same type, another town in Artibonite",
      "caribbeanledger.example", "2024-10-06",
      "Six killed in gang attack in Saint-Marc",
      "Gunmen killed six people in an attack on a neighbourhood of Saint-Marc on Saturday, police said. The port "
      "town is about 40 kilometres from Pont-Sondé.",
      inc("KILL", "Saint-Marc", "HT", "town", killed="6"),
      skip=("40 kilometres",))

# --- E10: airstrike on the market in Kanbalu, Sagaing, Myanmar (Sunday 2024-05-05) ----------------
article("k045", "E10", "irrawaddydesk.example", "2024-05-06",
        "Junta jets bomb market in Sagaing",
        "Junta jets bombed a crowded market in Kanbalu township, in Myanmar's Sagaing region, on Sunday, killing at "
        "least 25 people, local resistance officials said. Several buildings were destroyed.",
        inc("KILL", "Kanbalu", "MM", "region", killed=">=25"))
article("k046", "E10", "northwire.example", "2024-05-07",
        "Myanmar airstrike may have killed 40",
        "Up to 40 people may have died when military aircraft bombed a market in the town of Kanbalu on Sunday, "
        "according to residents and a local aid group. The figure could not be independently confirmed.",
        inc("KILL", "Kanbalu", "MM", "town", killed="<=40", hedged=True))
article("k047", "E10", "bangkokbulletin.example", "2024-05-08",
        "Myanmar military denies targeting civilians in Sagaing",
        "Myanmar's military government denied bombing civilians in Sagaing region, saying it had targeted resistance "
        "fighters. Residents say 31 civilians were killed in the strike on a market.",
        inc("KILL", "Sagaing", "MM", "region", killed="31"))
article("k048", "E10", "mandalaymonitor.example", "2024-05-08",
        "Funerals held for 31 killed in Kanbalu market bombing",
        "Families in Kanbalu held funerals on Wednesday for 31 people killed in Sunday's bombing of the town's market. "
        "Local medics said 52 people were wounded, many of them seriously.",
        inc("KILL", "Kanbalu", "MM", "town", killed="31", wounded="52"))
decoy("k049", "D12", "E10", "same region and type, six weeks later, another township",
      "irrawaddydesk.example", "2024-06-20",
      "Airstrike on monastery kills nine in Myinmu",
      "A junta airstrike on a monastery in Myinmu township, Sagaing region, killed nine people on Wednesday, "
      "including two novice monks, residents said. The monastery had been sheltering displaced villagers.",
      inc("KILL", "Myinmu", "MM", "region", killed="9"),
      skip=("two novice monks",))

# --- E11: suicide bombing of a police van in Peshawar (Monday 2024-11-11) -------------------------
article("k050", "E11", "indusdispatch.example", "2024-11-11",
        "Suicide bomber targets police van in Peshawar",
        "A suicide bomber rammed an explosives-laden motorcycle into a police van in Peshawar's Hayatabad "
        "neighbourhood on Monday, killing six policemen and three passers-by, police said. Twenty-two people were "
        "wounded.",
        inc("KILL", "Hayatabad", "PK", "town", killed="6+3", wounded="22"))
article("k051", "E11", "northwire.example", "2024-11-12",
        "Toll in Peshawar suicide attack rises to 11",
        "Two of the wounded died overnight, raising the death toll from Monday's suicide bombing in Peshawar to 11, "
        "hospital officials said on Tuesday. The Pakistani Taliban denied involvement.",
        inc("KILL", "Peshawar", "PK", "town", killed="11"),
        skip=("Two of the wounded",))
article("k052", "E11", "thecapitalpost.example", "2024-11-12",
        "Suicide attack kills at least nine in northwest Pakistan",
        "A suicide attack on a police vehicle in Khyber Pakhtunkhwa province killed at least nine people on Monday, "
        "officials said, the latest in a wave of attacks on police in the province bordering Afghanistan. Most of the "
        "dead were police officers.",
        inc("KILL", "Khyber Pakhtunkhwa", "PK", "region", killed=">=9"))
article("k053", "E11", "gulfledger.example", "2024-11-13",
        "Pakistan vows crackdown after Peshawar bombing",
        "Pakistan's interior minister vowed a crackdown on militant hideouts after a suicide bombing in Peshawar "
        "killed 11 people, most of them police officers. He said the attackers had crossed from Afghanistan.",
        inc("KILL", "Peshawar", "PK", "town", killed="11"))
decoy("k054", "D13", "E11", "same week, attack on police, another Pakistani city",
      "indusdispatch.example", "2024-11-13",
      "Roadside bomb kills three policemen in Quetta",
      "A roadside bomb targeting a police patrol killed three officers in Quetta on Wednesday, police said. No group "
      "claimed responsibility.",
      inc("KILL", "Quetta", "PK", "town", killed="3"))
decoy("k055", "D14", "E11", "same city, same day, a different kind of event (road crash)",
      "khybertimes.example", "2024-11-11",
      "Bus overturns near Peshawar, four dead",
      "A passenger bus overturned on the outskirts of Peshawar on Monday, killing four people and injuring 15, "
      "rescue officials said. The driver had lost control on a sharp bend.",
      inc("KILL", "Peshawar", "PK", "town", killed="4", wounded="15"))

# --- E12: drone attack on an army base in Tame, Arauca, Colombia (Monday 2024-09-16) ---------------
article("k056", "E12", "andeswire.example", "2024-09-17",
        "Drone attack on army base in Arauca kills two soldiers",
        "An explosives-laden drone struck an army base in Tame, Arauca, on Monday night, killing two soldiers and "
        "wounding nine, the army said. It blamed ELN guerrillas for the attack.",
        inc("KILL", "Tame", "CO", "town", killed="2", wounded="9"))
article("k057", "E12", "bogotaledger.example", "2024-09-18",
        "Third soldier dies after ELN drone attack",
        "A third soldier wounded in Monday's drone attack on a base in Arauca department died on Tuesday, bringing the "
        "death toll to three, the defence ministry said. The ministry said the drone had been launched from "
        "Venezuelan territory.",
        inc("KILL", "Arauca", "CO", "region", killed="3"))
article("k058", "E12", "meridiannews.example", "2024-09-19",
        "Colombia suspends talks with ELN after base attack",
        "Colombia's government suspended peace talks with the ELN after an attack on an army base in Tame that killed "
        "three soldiers and wounded nine others. The guerrilla group has not commented.",
        inc("KILL", "Tame", "CO", "town", killed="3", wounded="9"))
decoy("k059", "D15", "E12", "same department, twelve days later, another town",
      "andeswire.example", "2024-09-28",
      "Motorbike bomb kills two police officers in Saravena",
      "Two police officers were killed when a motorbike bomb exploded outside a police station in Saravena, Arauca "
      "department, on Friday, officials said. A passer-by was injured.",
      inc("KILL", "Saravena", "CO", "town", killed="2", wounded="1"))

# --- E13: RSF assault on Tamboul, Gezira state, Sudan (Tuesday 2024-10-22) ------------------------
article("k060", "E13", "nilechronicle.example", "2024-10-23",
        "RSF storms town in Sudan's Gezira state",
        "Rapid Support Forces fighters stormed the town of Tamboul, in Sudan's Gezira state, on Tuesday, killing at "
        "least 38 civilians and wounding dozens, medics said. Witnesses said the fighters looted homes and the market.",
        inc("KILL", "Tamboul", "SD", "town", killed=">=38", wounded=">=24"))
article("k061", "E13", "northwire.example", "2024-10-24",
        "More than 40 killed in RSF assault on Sudanese town, activists say",
        "Activists said on Wednesday that more than 40 people had been killed in the Rapid Support Forces' assault on "
        "Tambul, and that residents were fleeing towards Rufaa. The RSF did not respond to a request for comment.",
        inc("KILL", "Tambul", "SD", "town", killed=">=40"))
article("k062", "E13", "thecapitalpost.example", "2024-10-25",
        "UN condemns RSF killings in Gezira",
        "The UN humanitarian coordinator for Sudan condemned an attack by the paramilitary Rapid Support Forces on a "
        "town in Gezira state that activists say killed more than 40 civilians. She called for the protection of "
        "civilians.",
        inc("KILL", "Gezira", "SD", "region", killed=">=40"))
decoy("k063", "D20", "E13", "same week and state, same perpetrator, another town",
      "nilechronicle.example", "2024-10-25",
      "RSF shelling kills seven in Al-Hilaliya",
      "Shelling by the Rapid Support Forces killed seven people in Al-Hilaliya, another town in Gezira state, on "
      "Thursday, a local resistance committee said. Dozens of families fled the town.",
      inc("KILL", "Al-Hilaliya", "SD", "town", killed="7"),
      skip=("Dozens of families",))  # DISPLACE of the same event

# --- E14: car bomb in al-Bab, northern Syria (Friday 2024-07-05) --------------------------------
article("k064", "E14", "levantpost.example", "2024-07-05",
        "Car bomb kills eight in northern Syria",
        "A car bomb exploded on a busy market street in al-Bab, in the northern Aleppo countryside, on Friday, killing "
        "eight people and wounding about 20, the civil defence said. Ambulances ferried the wounded to hospitals in "
        "the town.",
        inc("KILL", "al-Bab", "SY", "town", killed="8", wounded="20"))
article("k065", "E14", "euphratesnews.example", "2024-07-06",
        "Al Bab car bomb toll rises to nine",
        "A man wounded in Friday's car bombing in Al Bab died of his injuries on Saturday, raising the toll to nine, "
        "local health officials said. No group has claimed the attack in the town, which is held by Turkish-backed "
        "factions.",
        inc("KILL", "Al Bab", "SY", "town", killed="9"))
article("k066", "E14", "gulfledger.example", "2024-07-05",
        "Turkey-backed authorities blame Kurdish fighters for al-Bab bombing",
        "Turkey-backed opposition authorities blamed Kurdish fighters for the car bomb that killed eight people in the "
        "market town of al-Bab. The Kurdish-led Syrian Democratic Forces denied involvement.",
        inc("KILL", "al-Bab", "SY", "town", killed="8"))
decoy("k067", "D16", "E14", "two days later, same type, another town in the same area",
      "levantpost.example", "2024-07-07",
      "Motorbike bomb wounds six in Azaz",
      "A bomb hidden in a motorbike exploded near a bakery in Azaz on Sunday, wounding six people, the civil defence "
      "said. No one was killed.",
      inc("WOUND", "Azaz", "SY", "town", killed="0", wounded="6"))

# --- E15: ferry fire off Jolo, Sulu, Philippines (Friday 2024-03-29) -------------------------------
article("k068", "E15", "mindanaotimes.example", "2024-03-30",
        "Ferry fire off Sulu kills at least 28",
        "A fire broke out on a passenger ferry off Jolo, Sulu, late on Friday, killing at least 28 people, the coast "
        "guard said. More than 200 passengers were rescued by navy vessels and fishing boats.",
        inc("KILL", "Jolo", "PH", "town", killed=">=28"),
        skip=("More than 200 passengers",))
article("k069", "E15", "manilaherald.example", "2024-03-31",
        "Sulu ferry fire toll rises to 31; seven missing",
        "Divers recovered three more bodies on Saturday from the ferry that caught fire off Jolo island, bringing the "
        "death toll to 31, with seven people still missing, the coast guard said. Investigators are looking into "
        "reports that the ferry was overloaded.",
        inc("KILL", "Jolo", "PH", "town", killed="31"),
        skip=("three more bodies", "seven people", "seven missing"))  # included in the 31; MISSING of the same event
article("k070", "E15", "thecapitalpost.example", "2024-04-01",
        "Ferry that burned off Sulu carried more passengers than listed",
        "Investigators said the ferry that burned in Sulu province, killing 31 people, had carried more passengers "
        "than were listed on its manifest. The operator's licence has been suspended.",
        inc("KILL", "Sulu", "PH", "region", killed="31"))
decoy("k071", "D17", "E15", "same town, same day, a different kind of event (arrests)",
      "mindanaotimes.example", "2024-03-29",
      "Police arrest five bomb-making suspects in Jolo",
      "Police in Jolo arrested five men suspected of making bombs for a militant group on Friday, seizing explosives "
      "and detonators. No one was hurt in the raid.",
      inc("ARREST", "Jolo", "PH", "town", qty="5", killed="0", wounded="0"))

# --- E16: arrests at election protests in Dakar (Sunday 2024-02-04) --------------------------------
article("k072", "E16", "westafricadaily.example", "2024-02-05",
        "Senegal police arrest 151 at election protests",
        "Security forces fired tear gas at protesters in Dakar on Sunday and arrested 151 people, the interior "
        "ministry said, after the president postponed the election. Shops in the city centre stayed shut.",
        inc("ARREST", "Dakar", "SN", "town", qty="151"))
article("k073", "E16", "northwire.example", "2024-02-06",
        "More than 150 detained in Senegal's capital",
        "More than 150 people were detained in Senegal's capital during Sunday's protests against the postponement of "
        "the presidential vote, the interior ministry said. Rights groups called for their release.",
        inc("ARREST", "Senegal", "SN", "country", qty=">=150"))  # "the capital" is not a name
article("k074", "E16", "thecapitalpost.example", "2024-02-07",
        "Opposition demands release of Dakar protesters",
        "Opposition leaders demanded the release of the 151 people arrested in Dakar during weekend protests over the "
        "delayed election. They said many of those held were students.",
        inc("ARREST", "Dakar", "SN", "town", qty="151"))
article("k185", "E16", "dakarmatin.example", "2024-02-08",
        "Students among those held after Dakar protests",
        "Most of the 151 people arrested in Dakar during the protests against the postponed election were university "
        "students, their lawyers said on Thursday. Several have been released without charge, but dozens remain in "
        "custody.",
        inc("ARREST", "Dakar", "SN", "town", qty="151"),
        skip=("dozens remain",))
decoy("k075", "D18", "E16", "same day, same kind of event, another Senegalese town",
      "casamanceecho.example", "2024-02-05",
      "Police arrest 30 protesters in Ziguinchor",
      "Police arrested 30 protesters in Ziguinchor on Sunday as demonstrations against the delayed election spread "
      "beyond the capital, a local rights group said. Some protesters burned tyres.",
      inc("ARREST", "Ziguinchor", "SN", "town", qty="30"))

# --- E17: earthquake in Bajhang district, far-western Nepal (late Sunday 2024-03-10) -------------
# E17 and E18 are two moderate earthquakes in Nepal's hills seven months apart, told in the same words.
article("k076", "E17", "kathmandumirror.example", "2024-03-11",
        "Earthquake in far-western Nepal kills at least nine",
        "A 5.9-magnitude earthquake struck Bajhang district in far-western Nepal shortly before midnight on Sunday, "
        "killing at least nine people, the district police office said. Many mud-and-stone houses collapsed in "
        "villages near the epicentre, and residents spent the night outside in the cold.",
        inc("KILL", "Bajhang", "NP", "region", killed=">=9"))
article("k077", "E17", "northwire.example", "2024-03-11",
        "Quake toll in Nepal rises to 14",
        "KATHMANDU (Northwire) - The death toll from an earthquake that hit remote western Nepal late on Sunday rose "
        "to 14 on Monday, officials said, as rescuers reached villages cut off by landslides. More than 40 people "
        "were injured, most of them in Bajhang district, according to the Home Ministry.",
        inc("KILL", "Bajhang", "NP", "region", killed="14", wounded=">=40"))
article("k078", "E17", "gulfledger.example", "2024-03-11",
        "Deadly quake hits Nepal's far west",
        "An earthquake of magnitude 5.9 shook Nepal's far west late on Sunday, and at least nine people were killed "
        "in Bajhang, where several houses fell down, police said. Local officials said the toll could rise because "
        "many villages were still unreachable.",
        inc("KILL", "Bajhang", "NP", "region", killed=">=9"),
        skip=("magnitude 5.9",))
article("k079", "E17", "thecapitalpost.example", "2024-03-12",
        "Helicopters fly injured out of quake-hit Nepal district",
        "Army helicopters flew injured villagers from Bajhang to hospitals in Dhangadhi on Tuesday, two days after "
        "the earthquake that killed 17 people in the remote district. Officials said 63 people had been hurt and more "
        "than 900 houses damaged.",
        inc("KILL", "Bajhang", "NP", "region", killed="17", wounded="63"),
        skip=("two days", "more than 900 houses"))
article("k080", "E17", "southasiawire.example", "2024-03-12",
        "Nepal quake: 17 dead as survivors sleep in the open",
        "At least 17 people died and 63 were injured in the earthquake that shook Nepal's Sudurpashchim province late "
        "on Sunday, according to the latest government figures. Thousands of survivors were sleeping in tents or in "
        "the open, aid agencies said, with night temperatures near freezing in the hills.",
        inc("KILL", "Sudurpashchim", "NP", "region", killed=">=17", wounded="63"),
        skip=("Thousands of survivors",))
article("k081", "E17", "meridiannews.example", "2024-03-13",
        "Why Nepal's western hills keep shaking",
        "The earthquake that killed 17 people in Bajhang this week was the latest in a series of tremors in Nepal's "
        "far west, where the Indian plate pushes beneath the Himalayas. Seismologists have long warned that the region "
        "has not released its strain in a great quake for centuries. Most of the victims died when heavy stone walls "
        "fell on them as they slept.",
        inc("KILL", "Bajhang", "NP", "region", killed="17"))
article("k082", "E17", "karnalipost.example", "2024-03-14",
        "Village cremates family buried by quake",
        "Relatives cremated five members of the Dhami family by the river on Wednesday, among the 17 people killed "
        "when the quake flattened their village. Kalu Dhami, who survived because he was away tending goats, said he "
        "came back to find only rubble where the house had stood. Officials have promised compensation of 200,000 "
        "rupees for each victim.",
        inc("KILL", None, None, None, killed="17"),  # no place named: place, precision and country left null
        skip=("five members", "200,000 rupees"))
article("k083", "E17", "asiapacificdesk.example", "2024-03-15",
        "Aid slow to reach Nepal quake survivors",
        "Survivors of the earthquake in western Nepal say tarpaulins and food have been slow to arrive, almost a week "
        "after the tremor killed 17 people and injured 63. The government has promised to rebuild damaged schools "
        "before the monsoon.",
        inc("KILL", "Nepal", "NP", "country", killed="17", wounded="63"))
decoy("k089", "D21", "E17", "same district and kind, seventeen days later (an aftershock)",
      "kathmandumirror.example", "2024-03-27",
      "Aftershock injures four in Bajhang",
      "A 4.8-magnitude aftershock shook Bajhang district on Wednesday, injuring four people and bringing down walls "
      "of houses already damaged in this month's deadly earthquake, police said. No deaths were reported.",
      inc("WOUND", "Bajhang", "NP", "region", killed="0", wounded="4"))

# --- E18: earthquake in Dolakha district, Nepal (Saturday 2024-10-19) ------------------------------
article("k084", "E18", "kathmandumirror.example", "2024-10-19",
        "Earthquake in Dolakha kills at least six",
        "A 5.6-magnitude earthquake struck Dolakha district, east of Kathmandu, on Saturday afternoon, killing at "
        "least six people, the district police office said. Several mud-and-stone houses collapsed in villages near "
        "the epicentre, and frightened residents ran into the streets.",
        inc("KILL", "Dolakha", "NP", "region", killed=">=6"))
article("k085", "E18", "northwire.example", "2024-10-20",
        "Nepal quake toll rises to 12",
        "KATHMANDU (Northwire) - The death toll from Saturday's earthquake in central Nepal rose to 12 on Sunday, "
        "officials said, as rescuers cleared landslides blocking roads to hill villages. Thirty-five people were "
        "injured, most of them in Dolakha district, according to the Home Ministry.",
        inc("KILL", "Dolakha", "NP", "region", killed="12", wounded="35"))
article("k086", "E18", "everestherald.example", "2024-10-20",
        "Charikot residents camp out after tremor",
        "Hundreds of families in Charikot, the main town of Dolakha, slept in the open on Saturday night after the "
        "quake cracked walls across the town. The tremor killed 12 people in the district, most of them in outlying "
        "villages, and was felt strongly in Kathmandu.",
        inc("KILL", "Dolakha", "NP", "region", killed="12"),  # the dead are "in the district", not in Charikot
        skip=("Hundreds of families",))
article("k087", "E18", "thecapitalpost.example", "2024-10-22",
        "Seven months after Bajhang, another deadly quake tests Nepal",
        "For the second time this year, Nepal is counting the dead from a moderate earthquake: 12 people were killed "
        "and 35 injured in Dolakha, a hill district east of the capital. As in Bajhang in March, most of the victims "
        "were crushed by the stone walls of houses built without reinforcement.",
        inc("KILL", "Dolakha", "NP", "region", killed="12", wounded="35"),
        skip=("Seven months",))  # Bajhang is named without a figure: background, not an incident
article("k088", "E18", "southasiawire.example", "2024-10-23",
        "Nepal to strengthen schools after quake",
        "Nepal's education ministry said it would inspect and strengthen school buildings in quake-prone districts "
        "after the tremor that killed 12 people. Several classrooms collapsed, though no pupils were inside at the "
        "time.",
        inc("KILL", "Nepal", "NP", "country", killed="12"))

# --- E19: shooting at a nightclub in Jacksonville, Florida (early Sunday 2024-06-16) -----------------
# E19 and E20 are two mass shootings in the United States, in cities with alike names, eleven weeks apart.
article("k090", "E19", "floridacoaster.example", "2024-06-16",
        "Four killed in Jacksonville nightclub shooting",
        "Four people were killed and 11 wounded when a gunman opened fire inside a nightclub in Jacksonville early on "
        "Sunday, the sheriff's office said. The suspect fled in a car and was being sought, the sheriff told "
        "reporters.",
        inc("KILL", "Jacksonville", "US", "town", killed="4", wounded="11"))
article("k091", "E19", "northwire.example", "2024-06-16",
        "Gunman kills 4 at Florida club, manhunt under way",
        "JACKSONVILLE, Fla. (Northwire) - A gunman killed 4 people and wounded 11 at a crowded nightclub on the north "
        "side of Jacksonville shortly after 2 a.m. on Sunday, police said. Officers were searching for a man seen "
        "leaving in a silver sedan.",
        inc("KILL", "Jacksonville", "US", "town", killed="4", wounded="11"),
        skip=("2 a.m.",))
article("k092", "E19", "sunshinedaily.example", "2024-06-17",
        "Fifth victim dies after Jacksonville club shooting",
        "A 24-year-old woman wounded in Sunday's shooting at a Jacksonville nightclub died in hospital on Monday, "
        "raising the death toll to five, police said. Ten people remain in hospital, two of them in critical "
        "condition.",
        inc("KILL", "Jacksonville", "US", "town", killed="5", wounded="10"),
        skip=("two of them",))
article("k093", "E19", "thecapitalpost.example", "2024-06-17",
        "Suspect arrested in Florida nightclub shooting",
        "Police in Florida arrested a 31-year-old man on Monday in connection with the shooting at a Jacksonville "
        "nightclub that killed five people. Investigators said the gunman had been thrown out of the club after an "
        "argument an hour before the attack.",
        inc("KILL", "Jacksonville", "US", "town", killed="5"))
article("k094", "E19", "gulfcoastgazette.example", "2024-06-18",
        "Bartender among five killed in club shooting remembered",
        "Friends and co-workers have set up a memorial of flowers and candles for Marcus Bell, a 27-year-old "
        "bartender who was among five people shot dead at the club where he worked. His sister said he had tried to "
        "lead customers to a back exit when the shooting began.",
        inc("KILL", None, None, None, killed="5"))
article("k095", "E19", "meridiannews.example", "2024-06-19",
        "Florida shooting renews debate over permitless carry",
        "The shooting that killed five people at a Jacksonville nightclub has renewed debate over Florida's law "
        "allowing adults to carry concealed guns without a permit. The suspect bought his pistol legally, police "
        "said, despite an earlier arrest for assault.",
        inc("KILL", "Jacksonville", "US", "town", killed="5"))
article("k096", "E19", "lakeshoreherald.example", "2024-06-20",
        "Suspect in Jacksonville club attack appears in court",
        "The man accused of killing five people and wounding 10 at a Jacksonville nightclub appeared in court on "
        "Thursday and was ordered held without bail. Prosecutors said they would seek the death penalty.",
        inc("KILL", "Jacksonville", "US", "town", killed="5", wounded="10"))
decoy("k097", "D22", "E19", "same city, the next day, same type (a shooting)",
      "floridacoaster.example", "2024-06-18",
      "Man shot dead at Jacksonville gas station",
      "A man was shot dead at a gas station in Jacksonville's Arlington neighbourhood on Monday night, a day after "
      "the city's deadly nightclub shooting, police said. Detectives do not believe the two shootings are "
      "connected.",
      inc("KILL", "Arlington", "US", "town", killed="1"),
      skip=("the two shootings",))

# --- E20: shooting at a park festival in Jackson, Mississippi (Sunday evening 2024-09-01) ------------
article("k098", "E20", "deltadispatch.example", "2024-09-02",
        "Three killed in shooting at Jackson festival",
        "Three people were killed and eight wounded when gunfire broke out at a neighbourhood festival in a park in "
        "Jackson on Sunday evening, police said. Officers said at least two people had opened fire after a fight.",
        inc("KILL", "Jackson", "US", "town", killed="3", wounded="8"),
        skip=("at least two people",))
article("k099", "E20", "northwire.example", "2024-09-02",
        "Gunfire at Mississippi park festival kills 3",
        "JACKSON, Miss. (Northwire) - Gunfire at a Labor Day weekend festival in a Jackson park killed 3 people and "
        "wounded 8 on Sunday, police said, in the latest mass shooting in the Mississippi capital. No arrests had "
        "been made.",
        inc("KILL", "Jackson", "US", "town", killed="3", wounded="8"))
article("k100", "E20", "thecapitalpost.example", "2024-09-03",
        "Teenager among three dead in Jackson park shooting",
        "A 16-year-old boy was among the three people killed at a festival in a Jackson park, the county coroner said "
        "on Tuesday, as police appealed for videos of the shooting. Eight others were wounded, one of them "
        "critically.",
        inc("KILL", "Jackson", "US", "town", killed="3", wounded="8"),
        skip=("one of them",))
article("k101", "E20", "magnoliapost.example", "2024-09-04",
        "Two charged over Jackson festival shooting",
        "Police in Mississippi charged two men with murder on Wednesday over the shooting that killed three people at "
        "a community festival in Jackson. Both were arrested at a relative's home.",
        inc("KILL", "Jackson", "US", "town", killed="3"),
        skip=("Two charged", "two men"))  # ARREST of the same event: its type is KILL
article("k102", "E20", "meridiannews.example", "2024-09-05",
        "Jackson's mayor asks for help after festival shooting",
        "Jackson's mayor on Thursday asked state and federal authorities for more help against gun violence after a "
        "shooting at a park festival left three people dead and eight injured. The city recorded more homicides per "
        "head last year than almost any other in the United States.",
        inc("KILL", "Jackson", "US", "town", killed="3", wounded="8"))

# --- E21: launch capsized on the Meghna near Chandpur, Bangladesh (Friday evening 2023-04-14) --------
# E21 and E22 are two launch disasters on the same river, two years apart, told in the same words.
article("k103", "E21", "dhakadaily.example", "2023-04-14",
        "Launch capsizes in Meghna, at least eight dead",
        "A passenger launch carrying holidaymakers capsized in the Meghna river near Chandpur on Friday evening after "
        "colliding with a sand-laden cargo vessel, killing at least eight people, the fire service said. Dozens of "
        "passengers were missing.",
        inc("KILL", "Chandpur", "BD", "town", killed=">=8"),
        skip=("Dozens of passengers",))  # MISSING of the same event
article("k104", "E21", "northwire.example", "2023-04-15",
        "Bangladesh ferry toll climbs to 19",
        "DHAKA (Northwire) - Rescuers pulled 11 more bodies from the Meghna river on Saturday, raising the death toll "
        "from Friday's ferry accident near Chandpur to 19, officials said. About 30 people were still missing.",
        inc("KILL", "Chandpur", "BD", "town", killed="19"),
        skip=("11 more bodies", "About 30 people"))  # included in the 19; MISSING of the same event
article("k105", "E21", "bengalbulletin.example", "2023-04-15",
        "Chandpur launch disaster: divers search for missing",
        "Navy divers and a salvage ship searched the river near Chandpur on Saturday for passengers still missing "
        "after the double-decker launch MV Sonar Tori sank. At least 19 bodies have been recovered, the district "
        "administration said.",
        inc("KILL", "Chandpur", "BD", "town", killed=">=19"))
article("k106", "E21", "thecapitalpost.example", "2023-04-16",
        "Bangladesh launch accident kills 28",
        "The number of people killed when a launch sank in central Bangladesh after a collision rose to 28 on Sunday, "
        "the shipping ministry said. The launch had been carrying about 150 people home for the holiday, twice its "
        "licensed capacity.",
        inc("KILL", "Bangladesh", "BD", "country", killed="28"),
        skip=("about 150 people",))
article("k107", "E21", "meridiannews.example", "2023-04-17",
        "Cargo ship master arrested after Meghna collision",
        "Police on Monday arrested the master of the cargo vessel that rammed the launch on the Meghna near Chandpur, "
        "where 34 people are now known to have died. The shipping authority said the cargo ship had been sailing after "
        "dark without lights.",
        inc("KILL", "Chandpur", "BD", "town", killed="34"))
article("k108", "E21", "riverinepost.example", "2023-04-17",
        "Toll from launch capsize rises to 34",
        "Divers recovered six more bodies on Monday, bringing to 34 the number of people killed when the MV Sonar Tori "
        "capsized near Chandpur on Friday. The search for four people still missing will go on, the fire service "
        "said.",
        inc("KILL", "Chandpur", "BD", "town", killed="34"),
        skip=("six more bodies", "four people"))
article("k109", "E21", "asiapacificdesk.example", "2023-04-18",
        "Bangladesh orders inquiry into launch disaster",
        "Bangladesh's government ordered an inquiry into the sinking of the MV Sonar Tori, in which 34 people died, "
        "and suspended the licences of both vessels' owners. Overloaded river boats remain the most common cause of "
        "mass drownings in the country.",
        inc("KILL", "Bangladesh", "BD", "country", killed="34"))
article("k110", "E21", "deltaherald.example", "2023-04-18",
        "Family of seven among launch victims buried in home village",
        "Seven members of one family who drowned in the launch accident were buried side by side in their home "
        "village on Tuesday. They had been travelling to celebrate the holiday with relatives, a cousin said. The "
        "accident killed 34 people.",
        inc("KILL", None, None, None, killed="34"),
        skip=("Family of seven", "Seven members of one family"))
article("k111", "E21", "southasiawire.example", "2023-04-19",
        "Why Meghna river crossings are so deadly",
        "The Meghna, where a launch collision near Chandpur killed 34 people, is one of the busiest and most dangerous "
        "waterways in Bangladesh. Strong currents, fog and overloaded vessels make accidents common, and few launches "
        "carry enough life jackets.",
        inc("KILL", "Chandpur", "BD", "town", killed="34"),
        skip=("one of",))
decoy("k112", "D23", "E21", "same river and town, two days later, another boat accident",
      "dhakadaily.example", "2023-04-16",
      "Three dead as speedboat hits trawler on Meghna",
      "Three people were killed when a speedboat hit a moored trawler on the Meghna river near Chandpur on Sunday, "
      "two days after the launch disaster downstream, police said. Five passengers were rescued.",
      inc("KILL", "Chandpur", "BD", "town", killed="3"),
      skip=("two days", "Five passengers"))

# --- E22: launch capsized on the Meghna near Munshiganj, Bangladesh (Saturday 2025-07-05) -------------
article("k113", "E22", "dhakadaily.example", "2025-07-05",
        "Launch capsizes in Meghna near Munshiganj, six dead",
        "A passenger launch capsized in the Meghna river near Munshiganj on Saturday afternoon during a sudden storm, "
        "killing at least six people, the fire service said. Dozens of passengers were missing.",
        inc("KILL", "Munshiganj", "BD", "town", killed=">=6"),
        skip=("Dozens of passengers",))
article("k114", "E22", "northwire.example", "2025-07-06",
        "Bangladesh launch sinking toll rises to 11",
        "DHAKA (Northwire) - Divers recovered five more bodies from the Meghna on Sunday, raising the toll from "
        "Saturday's launch capsize near Munshiganj to 11, officials said. Around 20 people were still unaccounted "
        "for.",
        inc("KILL", "Munshiganj", "BD", "town", killed="11"),
        skip=("five more bodies", "Around 20 people"))
article("k115", "E22", "bengalbulletin.example", "2025-07-07",
        "Storm blamed as Munshiganj launch toll reaches 15",
        "The death toll from the capsizing of a launch in a storm on the Meghna has reached 15, the Munshiganj "
        "district administration said on Monday. Survivors said the crew had ignored a weather warning.",
        inc("KILL", "Munshiganj", "BD", "region", killed="15"))
article("k116", "E22", "thecapitalpost.example", "2025-07-08",
        "Bangladesh to bar small launches in storms after disaster",
        "Bangladesh will bar small launches from crossing its big rivers during storm warnings after 15 people "
        "drowned when a vessel overturned, the shipping minister said. It was the deadliest river accident in the "
        "country in two years.",
        inc("KILL", "Bangladesh", "BD", "country", killed="15"),
        skip=("two years",))
article("k117", "E22", "riverinepost.example", "2025-07-09",
        "Launch owner arrested after Meghna capsize",
        "Police arrested the owner of the launch that capsized on the Meghna near Munshiganj on Saturday, killing 15 "
        "people, on charges of overloading. The vessel was licensed for 80 passengers but carried more than 120, "
        "investigators said.",
        inc("KILL", "Munshiganj", "BD", "town", killed="15"),
        skip=("80 passengers", "more than 120"))

# --- E23: al-Shabaab siege of a hotel in Mogadishu (Friday evening 2025-03-07) ------------------------
# The same city and actors as E07 seven months later; E24 is the same group two days later in another town.
article("k118", "E23", "horndispatch.example", "2025-03-07",
        "Al-Shabaab gunmen storm Mogadishu hotel",
        "Al-Shabaab gunmen stormed a hotel near the presidential palace in Mogadishu on Friday evening after a car "
        "bomb blew open its gate, police said. At least nine people were killed, and security forces were still "
        "fighting the attackers inside the building.",
        inc("KILL", "Mogadishu", "SO", "town", killed=">=9"))
article("k119", "E23", "northwire.example", "2025-03-08",
        "Somali forces end Mogadishu hotel siege",
        "MOGADISHU (Northwire) - Somali security forces ended a 12-hour siege at a Mogadishu hotel on Saturday, "
        "killing all four attackers, after al-Shabaab fighters had killed 10 people inside, police said. "
        "Twenty-one people were wounded.",
        inc("KILL", "Mogadishu", "SO", "town", killed="10+4", wounded="21"),  # attackers killed are added
        skip=("12-hour",))
article("k120", "E23", "somalidaily.example", "2025-03-08",
        "Muqdisho hotel attack: 14 killed including attackers",
        "Fourteen people, including the four gunmen, were killed in the al-Shabaab assault on the Nasiib hotel in "
        "Muqdisho, the security ministry said on Saturday. Most of the victims were guests and staff, among them a "
        "member of parliament.",
        inc("KILL", "Muqdisho", "SO", "town", killed="14"),
        skip=("the four gunmen",))  # a subset of the fourteen
article("k121", "E23", "thecapitalpost.example", "2025-03-09",
        "Somali lawmaker among victims of hotel attack",
        "A member of Somalia's parliament and two of his bodyguards were among 10 people killed by al-Shabaab gunmen "
        "at a Mogadishu hotel on Friday, officials said. The government has promised a review of security in the "
        "capital.",
        inc("KILL", "Mogadishu", "SO", "town", killed="10"),
        skip=("two of his bodyguards",))
article("k122", "E23", "gulfledger.example", "2025-03-09",
        "Al-Shabaab claims Mogadishu hotel assault",
        "Al-Shabaab said in a statement that its fighters carried out Friday's attack on a hotel used by officials in "
        "Mogadishu, which police say killed 10 people and wounded 21. The group, which is linked to al-Qaeda, has "
        "staged similar raids on hotels and restaurants in the city for more than a decade.",
        inc("KILL", "Mogadishu", "SO", "town", killed="10", wounded="21"))
article("k123", "E23", "meridiannews.example", "2025-03-10",
        "Seven months after beach massacre, Mogadishu asks how attackers got through again",
        "Residents of Mogadishu are asking how gunmen managed to drive a car bomb up to a hotel gate near the palace, "
        "seven months after a similar attack on a beach restaurant killed 37 people. Friday's hotel siege killed 10 "
        "people, as well as the four attackers.",
        inc("KILL", "Mogadishu", "SO", "town", killed="10+4"),
        skip=("Seven months", "seven months", "killed 37 people"))  # the E07 attack, as background
article("k124", "E23", "eastafricamonitor.example", "2025-03-11",
        "Hotel cook shielded guests, survivors say",
        "Survivors of the hotel siege say a cook named Abdi Warsame hid a dozen guests in a cold store and locked it "
        "from outside before he was shot dead. He was one of 10 people killed by the gunmen, and the government has "
        "promised his family a house.",
        inc("KILL", None, None, None, killed="10"),
        skip=("a dozen guests", "one of"))
decoy("k125", "D24", "E23", "same city and actors, the next day, a different attack",
      "muqdishotimes.example", "2025-03-08",
      "Roadside bomb kills two soldiers in Mogadishu",
      "A roadside bomb killed two soldiers on patrol in Mogadishu's Daynile district on Saturday morning, hours "
      "after security forces ended an al-Shabaab siege at a hotel in the city, police said. The group said it had "
      "planted the bomb.",
      inc("KILL", "Daynile", "SO", "town", killed="2"))

# --- E24: suicide car bomb at an army base near Baidoa, Somalia (Sunday 2025-03-09) -------------------
article("k126", "E24", "horndispatch.example", "2025-03-09",
        "Suicide car bomb hits army base near Baidoa",
        "A suicide bomber drove an explosives-laden car into the gate of an army base on the outskirts of Baidoa on "
        "Sunday, killing at least seven soldiers, a military officer said. Al-Shabaab claimed the attack.",
        inc("KILL", "Baidoa", "SO", "town", killed=">=7"))
article("k127", "E24", "northwire.example", "2025-03-10",
        "Al-Shabaab bomb kills 12 at Somali base",
        "BAIDOA, Somalia (Northwire) - The death toll from a suicide car bombing at an army base near Baidoa rose to "
        "12 on Monday, officials said, two days after al-Shabaab fighters stormed a hotel in Mogadishu. Nine soldiers "
        "were wounded.",
        inc("KILL", "Baidoa", "SO", "town", killed="12", wounded="9"),
        skip=("two days",))
article("k128", "E24", "baystatepost.example", "2025-03-10",
        "Baidoa mourns soldiers killed in car bombing",
        "Hundreds of people attended funerals in Baidoa, the capital of South West State, on Monday for the 12 "
        "soldiers killed when a suicide bomber rammed their base. The regional president said the army would hunt down "
        "those who sent the bomber.",
        inc("KILL", "Baidoa", "SO", "town", killed="12"),
        skip=("Hundreds of people",))
article("k129", "E24", "thecapitalpost.example", "2025-03-12",
        "Somalia's army under strain after al-Shabaab attacks",
        "Somalia's army has come under renewed pressure after al-Shabaab killed 12 soldiers in a suicide car bombing "
        "at one of its bases, days after the group besieged a hotel in the capital. Analysts say the militants are "
        "exploiting gaps left by departing African Union troops.",
        inc("KILL", "Somalia", "SO", "country", killed="12"),
        skip=("one of",))

# --- E25: junta airstrike on a village school in Kyunhla township, Sagaing, Myanmar (Tuesday 2024-11-12)
# The same region, army and kind as E10, six months later, in the same template wording.
article("k130", "E25", "irrawaddydesk.example", "2024-11-12",
        "Junta jets bomb school in Sagaing village",
        "Junta jets bombed a village school in Kyunhla township, in Myanmar's Sagaing region, on Tuesday morning, "
        "killing at least 11 people, most of them children, local resistance officials said. Teachers said pupils "
        "had been sitting exams when the aircraft struck.",
        inc("KILL", "Kyunhla", "MM", "region", killed=">=11"))
article("k131", "E25", "northwire.example", "2024-11-13",
        "Myanmar school airstrike kills 17, residents say",
        "At least 17 people, including 12 children, were killed when military aircraft bombed a school in Kyunhla "
        "township on Tuesday, residents and a teachers' group said. The military did not respond to requests for "
        "comment.",
        inc("KILL", "Kyunhla", "MM", "region", killed=">=17"),
        skip=("12 children",))
article("k132", "E25", "bangkokbulletin.example", "2024-11-14",
        "UN condemns Myanmar strike on school",
        "The United Nations children's agency on Thursday condemned an airstrike on a school in Myanmar's Sagaing "
        "region that it said killed 17 people, among them 12 children. It called on all sides to keep schools out of "
        "the fighting.",
        inc("KILL", "Sagaing", "MM", "region", killed="17"),
        skip=("12 children",))
article("k133", "E25", "mandalaymonitor.example", "2024-11-14",
        "Kyunhla villagers bury children killed in school bombing",
        "Villagers in Kyunhla buried 12 children on Wednesday, a day after a junta air raid destroyed their school, a "
        "local aid worker said. The strike killed 17 people in all, including two teachers.",
        inc("KILL", "Kyunhla", "MM", "region", killed="17"),
        skip=("12 children", "two teachers"))
article("k134", "E25", "asiapacificdesk.example", "2024-11-16",
        "Myanmar military says it hit rebel camp, not school",
        "Myanmar's military government said its aircraft had struck a training camp of the People's Defence Force in "
        "Sagaing, not a school, and accused foreign media of spreading false reports. Residents said 17 civilians "
        "died.",
        inc("KILL", "Sagaing", "MM", "region", killed="17"))
decoy("k135", "D25", "E25", "same region, army and type, two days later, another township",
      "irrawaddydesk.example", "2024-11-14",
      "Airstrike kills four in Ye-U township",
      "A junta airstrike killed four villagers in Ye-U township, Sagaing region, on Thursday, two days after the "
      "deadly bombing of a school elsewhere in the region, residents said. Several houses were set on fire.",
      inc("KILL", "Ye-U", "MM", "region", killed="4"),
      skip=("two days",))

# --- E26: landslide near Tharali, Chamoli district, Uttarakhand, India (early Sunday 2024-08-04) -------
# E26 and E27 are two monsoon landslides in India's Himalayan states twelve days apart, in the same words.
article("k136", "E26", "doonchronicle.example", "2024-08-04",
        "Landslide buries homes in Chamoli, eight dead",
        "A landslide triggered by heavy rain buried several houses near Tharali, in Uttarakhand's Chamoli district, "
        "early on Sunday, killing at least eight people, officials said. Rescue teams were searching for others "
        "feared trapped.",
        inc("KILL", "Tharali", "IN", "town", killed=">=8"))
article("k137", "E26", "northwire.example", "2024-08-05",
        "Uttarakhand landslide toll rises to 11",
        "DEHRADUN, India (Northwire) - The death toll from a landslide in India's Himalayan state of Uttarakhand rose "
        "to 11 on Monday, officials said, with four people still missing under the debris in Chamoli district. "
        "Incessant rain has slowed the rescue.",
        inc("KILL", "Chamoli", "IN", "region", killed="11"),
        skip=("four people",))  # MISSING of the same event
article("k138", "E26", "thecapitalpost.example", "2024-08-05",
        "Monsoon landslide kills 11 in northern India",
        "A landslide set off by monsoon rains killed 11 people in a hill village in northern India, and rescuers were "
        "digging for four more who are missing, authorities said. The weather office has warned of more heavy rain "
        "in the Himalayan states.",
        inc("KILL", "India", "IN", "country", killed="11"),
        skip=("four more",))
article("k139", "E26", "indiaheraldwire.example", "2024-08-06",
        "Army joins search in Tharali as toll reaches 13",
        "Soldiers and disaster response teams recovered two more bodies near Tharali on Tuesday, raising the "
        "landslide death toll to 13, the Chamoli district magistrate said. Two people remain missing.",
        inc("KILL", "Tharali", "IN", "town", killed="13"),
        skip=("two more bodies", "Two people"))
article("k140", "E26", "meridiannews.example", "2024-08-07",
        "Why Uttarakhand's hills are sliding",
        "Scientists say road-building and unchecked construction on fragile slopes have made landslides like the one "
        "that killed 13 people in Chamoli more likely, as heavier monsoon bursts hit the Himalayas. Uttarakhand has "
        "recorded hundreds of landslides this monsoon season.",
        inc("KILL", "Chamoli", "IN", "region", killed="13"),
        skip=("the one", "hundreds of landslides"))
article("k141", "E26", "gangesgazette.example", "2024-08-08",
        "Pilgrim family among landslide dead",
        "A couple and their two daughters who had stopped for the night on their way to a Himalayan shrine were among "
        "the 13 people killed in the landslide, relatives said. Their bodies were flown to Delhi on Thursday.",
        inc("KILL", None, None, None, killed="13"),  # Delhi is a destination
        skip=("two daughters",))
decoy("k142", "D26", "E26", "same town, five weeks later, another kind of disaster (a flash flood)",
      "doonchronicle.example", "2024-09-12",
      "Flash flood sweeps away three pilgrims in Chamoli",
      "A flash flood swept away three pilgrims crossing a stream near Tharali, in Chamoli district, on Thursday, "
      "police said. Their bodies were recovered downstream.",
      inc("KILL", "Tharali", "IN", "town", killed="3"))

# --- E27: landslide near Banjar, Kullu district, Himachal Pradesh, India (Friday 2024-08-16) ----------
article("k143", "E27", "himachalobserver.example", "2024-08-16",
        "Landslide buries houses in Kullu, five dead",
        "A landslide triggered by heavy rain buried several houses in a village near Banjar, in Himachal Pradesh's "
        "Kullu district, on Friday, killing at least five people, officials said. Rescuers were searching for others "
        "feared trapped.",
        inc("KILL", "Banjar", "IN", "town", killed=">=5"))
article("k144", "E27", "northwire.example", "2024-08-17",
        "Himachal landslide toll rises to nine",
        "SHIMLA, India (Northwire) - The death toll from a landslide in the Indian Himalayan state of Himachal "
        "Pradesh rose to nine on Saturday, officials said, as rescuers dug through mud and boulders in Kullu "
        "district. The state has been lashed by weeks of monsoon rain.",
        inc("KILL", "Kullu", "IN", "region", killed="9"))
article("k145", "E27", "indiaheraldwire.example", "2024-08-18",
        "Nine killed in Kullu slide were labourers' families",
        "Most of the nine people killed in the landslide near Banjar were relatives of migrant labourers from Nepal "
        "working on a hydropower project, the Kullu police chief said on Sunday. The company building the project "
        "denied that its blasting had loosened the slope.",
        inc("KILL", "Banjar", "IN", "town", killed="9"))
article("k146", "E27", "thecapitalpost.example", "2024-08-20",
        "Himachal orders safety audit of hydropower sites after deadly slide",
        "The government of Himachal Pradesh on Tuesday ordered a safety review of hydropower construction sites after "
        "a landslide killed nine people in Kullu. Environmental groups have long blamed tunnelling for destabilising "
        "slopes in the state.",
        inc("KILL", "Kullu", "IN", "region", killed="9"))

# --- E28: stampede at a Ramadan food handout in Kano, Nigeria (Thursday 2025-03-20) --------------------
# E28 and E29 are two crushes at charity handouts in northern Nigeria eleven months apart, in the same words.
article("k147", "E28", "sahelobserver.example", "2025-03-20",
        "Stampede at Kano charity event kills 12",
        "At least 12 people were killed in a stampede at a Ramadan food distribution organised by a businessman in "
        "Kano on Thursday, police said. Thousands of people had gathered at the gates before dawn.",
        inc("KILL", "Kano", "NG", "town", killed=">=12"),
        skip=("Thousands of people",))
article("k148", "E28", "northwire.example", "2025-03-21",
        "Nigeria stampede toll rises to 18",
        "KANO, Nigeria (Northwire) - The number of people killed in a crush at a charity food handout in the northern "
        "Nigerian city of Kano rose to 18 on Friday, most of them women and children, police said. Twenty-six "
        "people were injured.",
        inc("KILL", "Kano", "NG", "town", killed="18", wounded="26"))
article("k149", "E28", "lagosledger.example", "2025-03-21",
        "Police detain organisers after Kano stampede",
        "Police in Kano state on Friday detained three organisers of a food distribution where 18 people died in a "
        "crush, a police spokesman said. The governor suspended all large charity handouts until further notice.",
        inc("KILL", "Kano", "NG", "region", killed="18"),  # only "Kano state" is named
        skip=("three organisers",))
article("k150", "E28", "arewavoice.example", "2025-03-22",
        "Widow and son among victims of charity crush",
        "Hauwa Sani had gone to collect rice and oil for her five children when she was crushed to death at the gate, "
        "her brother said, one of 18 people killed in the stampede. Her eldest son, who went with her, also died.",
        inc("KILL", None, None, None, killed="18"),
        skip=("five children", "one of"))
article("k151", "E28", "meridiannews.example", "2025-03-24",
        "Why charity handouts turn deadly in Nigeria",
        "The crush in Kano that killed 18 people on Thursday was the latest in a string of deadly stampedes at food "
        "handouts in Nigeria, as soaring prices push millions into hunger. Last April, a similar crush at a zakat "
        "distribution in Bauchi killed 9 people.",
        inc("KILL", "Kano", "NG", "town", killed="18"),
        skip=("millions", "killed 9 people"))  # the E29 crush, as background
decoy("k152", "D27", "E28", "two days later, same type, another Nigerian city",
      "capitalcityreport.example", "2025-03-22",
      "Seven die in crush at Abuja church handout",
      "Seven people died in a crush at a church food distribution in Abuja on Saturday, police said, two days after "
      "a stampede in Kano killed 18. The church said it had expected far fewer people.",
      inc("KILL", "Abuja", "NG", "town", killed="7"),
      skip=("two days", "killed 18"))

# --- E29: stampede at a zakat distribution in Bauchi, Nigeria (Friday 2024-04-05) ----------------------
article("k153", "E29", "sahelobserver.example", "2024-04-05",
        "Nine killed in stampede at Bauchi zakat distribution",
        "Nine people were killed in a stampede at a zakat distribution at a businessman's house in Bauchi on Friday, "
        "police said. Thousands of people had gathered at the gates before dawn.",
        inc("KILL", "Bauchi", "NG", "town", killed="9"),
        skip=("Thousands of people",))
article("k154", "E29", "northwire.example", "2024-04-06",
        "Nigeria: crush at Ramadan handout kills 9",
        "BAUCHI, Nigeria (Northwire) - Nine people, seven of them women, were killed in a crush at a Ramadan charity "
        "handout in the northern Nigerian city of Bauchi on Friday, police said. Fourteen people were injured.",
        inc("KILL", "Bauchi", "NG", "town", killed="9", wounded="14"),
        skip=("seven of them",))
article("k155", "E29", "thecapitalpost.example", "2024-04-08",
        "Bauchi governor bans private handouts after deadly crush",
        "The governor of Bauchi state on Monday banned private charity handouts without police approval after nine "
        "people were crushed to death at a distribution in the state capital. The businessman who organised it has "
        "apologised.",
        inc("KILL", "Bauchi", "NG", "region", killed="9"))

# --- E30: police fire on fuel-price protesters in Nairobi, Kenya (Tuesday 2024-09-10) -------------------
# E30 and E31 are two crackdowns on protests in Nairobi by the same police, eight months apart.
article("k156", "E30", "nairobinow.example", "2024-09-10",
        "Police fire on protesters in Nairobi, three killed",
        "Police opened fire on protesters in central Nairobi on Tuesday, killing at least three people, a rights "
        "group said, as thousands marched against a rise in fuel prices. Officers fired tear gas and water cannon to "
        "stop crowds reaching parliament.",
        inc("KILL", "Nairobi", "KE", "town", killed=">=3"),
        skip=("thousands",))  # PROTEST of the same event
article("k157", "E30", "northwire.example", "2024-09-11",
        "Kenya protest death toll rises to six, rights body says",
        "NAIROBI (Northwire) - Six people were killed and at least 40 injured when police fired on demonstrators in "
        "Nairobi on Tuesday, the Kenya National Commission on Human Rights said on Wednesday. Police said 104 people "
        "had been arrested.",
        inc("KILL", "Nairobi", "KE", "town", killed="6", wounded=">=40"),
        skip=("104 people",))  # ARREST of the same event
article("k158", "E30", "thecapitalpost.example", "2024-09-11",
        "Kenya's president defends police after deadly protests",
        "Kenya's president on Wednesday defended the police after six people were shot dead during protests against "
        "fuel prices, saying officers had faced 'criminals' trying to storm parliament. Rights groups said several of "
        "the dead had been shot in the back.",
        inc("KILL", "Kenya", "KE", "country", killed="6"))
article("k159", "E30", "standardbearer.example", "2024-09-11",
        "Seventh protester may have died, doctors say",
        "Doctors at Kenyatta National Hospital said on Wednesday that a seventh person, a street vendor hit by a "
        "stray bullet, may have died of wounds from Tuesday's protests in Nairobi, which would raise the toll to "
        "seven. Police have not confirmed the death.",
        inc("KILL", "Nairobi", "KE", "town", killed="7", hedged=True))
article("k160", "E30", "eastafricamonitor.example", "2024-09-12",
        "Student killed in Nairobi protests laid to rest",
        "Hundreds of mourners attended the burial on Thursday of Brian Otieno, a 22-year-old university student who "
        "was among six people shot dead by police during protests in Nairobi. His family demanded that the officer "
        "who fired be charged.",
        inc("KILL", "Nairobi", "KE", "town", killed="6"),
        skip=("Hundreds of mourners",))
article("k161", "E30", "gulfledger.example", "2024-09-13",
        "Rights groups say Kenyan police used live bullets on protesters",
        "Amnesty International said Kenyan police had used live ammunition against unarmed protesters in Nairobi's "
        "central business district, where six people were killed and dozens wounded. The interior ministry said it "
        "would investigate.",
        inc("KILL", "Nairobi", "KE", "town", killed="6", wounded=">=24"))
article("k162", "E30", "meridiannews.example", "2024-09-14",
        "Kenya fuel protests: what we know",
        "Kenyans took to the streets this week after the government raised fuel taxes to meet the conditions of an "
        "IMF loan. In Nairobi, police fired tear gas and live rounds, killing six people and injuring 43, according "
        "to the human rights commission. More than 100 people were arrested.",
        inc("KILL", "Nairobi", "KE", "town", killed="6", wounded="43"),
        skip=("More than 100 people",))
decoy("k163", "D28", "E30", "same day and cause, another Kenyan town",
      "lakeregionpost.example", "2024-09-10",
      "Protester shot dead in Kisumu",
      "Police shot dead a protester in Kisumu on Tuesday as demonstrations against higher fuel prices spread to "
      "western Kenya, a local human rights group said. Several shops were looted.",
      inc("KILL", "Kisumu", "KE", "town", killed="1"))

# --- E31: police fire on protesters over a death in custody, Nairobi (Tuesday 2025-05-13) ---------------
article("k164", "E31", "nairobinow.example", "2025-05-13",
        "Police fire on protesters in Nairobi, two killed",
        "Police opened fire on protesters in central Nairobi on Tuesday, killing at least two people, a rights group "
        "said, as crowds demanded justice for a teacher who died in police custody. Officers fired tear gas to keep "
        "marchers away from the police headquarters.",
        inc("KILL", "Nairobi", "KE", "town", killed=">=2"))
article("k165", "E31", "northwire.example", "2025-05-14",
        "Four killed in Kenya protests over death in custody",
        "NAIROBI (Northwire) - Four people were shot dead and 25 injured during protests in Nairobi on Tuesday over "
        "the death of a teacher in police custody, Kenya's human rights commission said on Wednesday. Police said 61 "
        "people had been arrested.",
        inc("KILL", "Nairobi", "KE", "town", killed="4", wounded="25"),
        skip=("61 people",))
article("k166", "E31", "thecapitalpost.example", "2025-05-15",
        "Kenya's police chief suspends officers after protest deaths",
        "Kenya's police inspector general on Thursday suspended six officers over the death in custody that set off "
        "protests in which police shot dead four people. Rights groups said the suspensions did not go far enough.",
        inc("KILL", "Kenya", "KE", "country", killed="4"),
        skip=("six officers",))
article("k167", "E31", "eastafricamonitor.example", "2025-05-16",
        "Months after fuel protests, Nairobi mourns again",
        "For the second time in less than a year, families in Nairobi are burying young people shot by police during "
        "protests. Four people were killed on Tuesday, eight months after police killed six people at "
        "demonstrations over fuel prices.",
        inc("KILL", "Nairobi", "KE", "town", killed="4"),
        skip=("eight months", "killed six people"))  # the E30 crackdown, as background

# --- E32: collapse at an artisanal gold mine near Narena, Koulikoro region, Mali (Saturday 2024-11-23) -
article("k168", "E32", "bamakoecho.example", "2024-11-23",
        "Artisanal gold mine collapses in Mali",
        "A tunnel at an artisanal gold mine near Narena, in southwestern Mali, collapsed on Saturday, killing at "
        "least 15 miners, a local official said. Dozens more were feared trapped underground.",
        inc("KILL", "Narena", "ML", "town", killed=">=15"),
        skip=("Dozens more",))  # MISSING of the same event
article("k169", "E32", "northwire.example", "2024-11-24",
        "Mali mine collapse toll rises to 32",
        "BAMAKO (Northwire) - Rescuers digging by hand recovered more bodies from a collapsed gold mine near Narena "
        "on Sunday, bringing the death toll to 32, the mines ministry said. Many of the dead were women who sifted "
        "ore beside the pit.",
        inc("KILL", "Narena", "ML", "town", killed="32"))
article("k170", "E32", "westafricadaily.example", "2024-11-25",
        "Mali suspends artisanal mining in Koulikoro after deadly collapse",
        "Mali's government on Monday suspended artisanal gold mining in the Koulikoro region after a pit collapse "
        "killed 32 people, including several women and children. It said illegal mechanised digging had weakened the "
        "site.",
        inc("KILL", "Koulikoro", "ML", "region", killed="32"))
article("k171", "E32", "meridiannews.example", "2024-11-27",
        "Mali's gold rush comes at a deadly price",
        "The collapse that killed 32 people at a mine in Mali was the latest disaster at the country's thousands of "
        "informal gold sites, where diggers work without supports. Gold is Mali's largest export, and much of it is "
        "dug by hand.",
        inc("KILL", "Mali", "ML", "country", killed="32"),
        skip=("thousands of",))

# --- E33: passenger train derailed near Rohri, Sindh, Pakistan (Wednesday 2024-05-22) ------------------
article("k172", "E33", "indusdispatch.example", "2024-05-22",
        "Passenger train derails near Rohri, 10 killed",
        "Ten coaches of a Karachi-bound express derailed near Rohri in Sindh province on Wednesday, killing at least "
        "10 people and injuring more than 50, railway officials said. Rescuers used cranes to lift the overturned "
        "carriages.",
        inc("KILL", "Rohri", "PK", "town", killed=">=10", wounded=">=50"),
        skip=("Ten coaches",))
article("k173", "E33", "northwire.example", "2024-05-23",
        "Pakistan train crash toll rises to 22",
        "KARACHI (Northwire) - The death toll from Wednesday's derailment of a passenger train in southern Pakistan "
        "rose to 22 on Thursday, officials said, as investigators examined a broken section of track near Rohri. "
        "Around 60 people were injured.",
        inc("KILL", "Rohri", "PK", "town", killed="22", wounded="60"))
article("k174", "E33", "khybertimes.example", "2024-05-24",
        "Railways minister blames old track for Sindh derailment",
        "Pakistan's railways minister said on Friday that a worn-out rail joint had caused the derailment in Sindh "
        "that killed 22 passengers, and suspended four officials. Much of the country's rail network dates back to "
        "colonial times.",
        inc("KILL", "Sindh", "PK", "region", killed="22"),
        skip=("four officials",))
article("k175", "E33", "thecapitalpost.example", "2024-05-25",
        "Families wait for bodies after train disaster",
        "Relatives waited outside a hospital morgue on Saturday to collect the bodies of passengers killed when their "
        "train left the rails. The derailment killed 22 people and injured about 60, and several of the injured "
        "remain in a critical condition.",
        inc("KILL", None, None, None, killed="22", wounded="60"))
decoy("k176", "D29", "E33", "same town and kind (rail), three days later",
      "indusdispatch.example", "2024-05-25",
      "Train hits rickshaw at crossing near Rohri, three dead",
      "A passenger train hit an auto-rickshaw at an unmanned level crossing near Rohri on Saturday, killing three "
      "people, police said, three days after a deadly derailment nearby. The crossing had no barrier.",
      inc("KILL", "Rohri", "PK", "town", killed="3"),
      skip=("three days",))

# --- E34: collapse of a residential building in Cairo (Tuesday 2024-12-03) ------------------------------
article("k177", "E34", "nileherald.example", "2024-12-03",
        "Building collapse in Cairo kills five",
        "A five-storey residential building collapsed in Cairo's Sayeda Zeinab district on Tuesday, killing at least "
        "five people, the health ministry said. Civil defence teams were searching the rubble for residents believed "
        "trapped.",
        inc("KILL", "Sayeda Zeinab", "EG", "town", killed=">=5"))
article("k178", "E34", "northwire.example", "2024-12-04",
        "Cairo building collapse toll rises to nine",
        "CAIRO (Northwire) - Rescuers pulled four more bodies from the rubble of a collapsed apartment block in "
        "central Cairo on Wednesday, bringing the death toll to nine, officials said. Seven people were injured. The "
        "owner had added three illegal floors, local media reported.",
        inc("KILL", "Cairo", "EG", "town", killed="9", wounded="7"),
        skip=("four more bodies", "three illegal floors"))
article("k179", "E34", "thecapitalpost.example", "2024-12-05",
        "Egypt vows crackdown on illegal building after deadly collapse",
        "Egypt's housing minister promised to demolish unlicensed upper floors across the capital after an apartment "
        "block collapsed, killing nine people. Thousands of buildings in the country's older districts are at risk, "
        "engineers say.",
        inc("KILL", "Egypt", "EG", "country", killed="9"),
        skip=("Thousands of buildings",))

# --- E35: fire at a garment factory in Gazipur, Bangladesh (Monday 2024-10-28) --------------------------
article("k180", "E35", "dhakadaily.example", "2024-10-28",
        "Fire at Gazipur garment factory kills eight",
        "A fire broke out at a garment factory in Gazipur, north of Dhaka, on Monday morning, killing at least eight "
        "workers, the fire service said. Many workers jumped from upper floors to escape.",
        inc("KILL", "Gazipur", "BD", "town", killed=">=8"))
article("k181", "E35", "northwire.example", "2024-10-29",
        "Bangladesh factory fire toll rises to 15",
        "DHAKA (Northwire) - The death toll from a fire at a garment factory in Gazipur rose to 15 on Tuesday after "
        "firefighters found seven more bodies on a locked fourth floor, officials said. At least 30 workers were "
        "treated for burns and smoke inhalation.",
        inc("KILL", "Gazipur", "BD", "town", killed="15", wounded=">=30"),
        skip=("seven more bodies",))
article("k182", "E35", "bengalbulletin.example", "2024-10-29",
        "Exit doors were locked, survivors of factory fire say",
        "Survivors of the fire that killed 15 garment workers said managers had locked the exit doors to stop theft. "
        "Labour groups called for the factory's owner to be arrested.",
        inc("KILL", None, None, None, killed="15"))
article("k183", "E35", "gulfledger.example", "2024-10-30",
        "Clothing brands demand inquiry into Bangladesh factory fire",
        "International clothing brands that buy from Bangladesh demanded an independent inquiry into the fire at a "
        "Gazipur factory that killed 15 workers on Monday. Bangladesh's garment industry, the world's second-largest, "
        "has faced scrutiny over safety for more than a decade.",
        inc("KILL", "Gazipur", "BD", "town", killed="15"))
article("k184", "E35", "meridiannews.example", "2024-11-01",
        "Factory owner arrested after Gazipur fire",
        "Police arrested the owner of the garment factory in Gazipur where 15 workers died in a fire, along with two "
        "managers, on Friday. They face charges of culpable homicide.",
        inc("KILL", "Gazipur", "BD", "town", killed="15"),
        skip=("two managers",))  # ARREST of the same event


# ============================================================================================
# checks and output
# ============================================================================================

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE = {"tens of thousands": 20_000, "hundreds of thousands": 200_000, "dozens": 24, "scores": 40,
         "hundreds": 200, "thousands": 2_000, "millions": 2_000_000}  # as in COUNTS.md; longer phrases first
_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "hundred", "dozen"], key=len, reverse=True))
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
NUMBER = re.compile(
    r"(?P<vague>\b(?:" + "|".join(VAGUE) + r")\b)"
    r"|(?P<digits>(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|billion))?(?!\w))"
    rf"|(?P<words>\b(?:an?\s+(?=(?:dozen|hundred|thousand|million)\b))?(?:{_WORD})\b(?:[\s-]+(?:{_WORD})\b)*)",
    re.IGNORECASE)
AUTO_SKIP = re.compile("|".join([
    rf"\b\d{{1,2}}\s+(?:{_MONTHS})\b", rf"\b(?:{_MONTHS})\s+\d{{1,2}}\b(?!,\d)",  # dates
    r"(?<![\d,.])\b(?:19|20)\d\d\b(?![,.]\d)",                                     # years
    r"\b[\w-]+-year-old\b", r"\b\d+(?:\.\d+)?\s*(?:%|per ?cent\b)", r"\$\s?\d[\d,.]*(?:\s+(?:million|billion))?",
    r"\b\d(?:\.\d)?[\s-]magnitude\b", r"\b[\w-]+-storey\b", r"\bno one\b",
]), re.IGNORECASE)
NEGATION = re.compile(r"\b(?:no|nobody|none|without)\b", re.IGNORECASE)
HEDGE = re.compile(r"\b(?:may|might|could|feared|reportedly|unconfirmed|believed|possibly|allegedly|unverified)\b",
                   re.IGNORECASE)
GENERIC_SUFFIX = re.compile(r"\b(?:province|state|region|district|county|territory|department|governorate|zone|"
                            r"township|camp|refugee camp|village|town|city|neighbourhood|valley|island)$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])")
DATE_WORDS = re.compile(rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{_MONTHS}|today|"
                        r"yesterday|tonight|overnight|weekend)\b")
TERM = re.compile(r"(>=|<=)?(\d[\d_]*)(?:-(\d[\d_]*))?")
ZERO = {"low": 0, "high": 0}


def words_value(s: str) -> int:
    parts = re.split(r"[\s-]+", s.lower())
    if parts[0] in ("a", "an"):
        parts[0] = "one"
    total = current = 0
    for p in parts:
        if p in UNITS:
            current += UNITS[p]
        elif p in TENS:
            current += TENS[p]
        elif p == "dozen":
            current = (current or 1) * 12
        elif p == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * SCALES[p]
            current = 0
    return total + current


def number_value(m: re.Match) -> float:
    s = " ".join(m.group().lower().split())
    if m.group("vague"):
        return VAGUE[s]
    if m.group("digits"):
        num, *scale = s.split()
        v = float(num.replace(",", "")) * (SCALES[scale[0]] if scale else 1)
        return round(v) if abs(v - round(v)) < 1e-6 else v
    return words_value(s)


def parse_figure(doc_id: str, expr: str) -> tuple[dict, list[int]]:
    """'>=4+2|8' -> ({'low': 6, 'high': 8}, [4, 2, 8]): groups are added, alternatives give the span."""
    alts, operands = [], []
    for alt in expr.split("|"):
        lo: int | None = 0
        hi: int | None = 0
        for term in alt.split("+"):
            m = TERM.fullmatch(term.strip())
            if not m:
                raise SystemExit(f"{doc_id}: bad figure {expr!r}")
            op, a, b = m.group(1), int(m.group(2).replace("_", "")), m.group(3)
            operands.append(a)
            if b is not None:
                b = int(b.replace("_", ""))
                operands.append(b)
                assert op is None and a < b, (doc_id, expr)
                t_lo, t_hi = a, b
            else:
                t_lo, t_hi = (a, None) if op == ">=" else (None, a) if op == "<=" else (a, a)
            lo = None if lo is None or t_lo is None else lo + t_lo
            hi = None if hi is None or t_hi is None else hi + t_hi
        alts.append((lo, hi))
    if 0 in operands and expr != "0":
        raise SystemExit(f"{doc_id}: a known zero is written alone, not in {expr!r}")
    smallest = min(alts, key=lambda f: (f[0] if f[0] is not None else f[1], f[0] is None))
    largest = max(alts, key=lambda f: (f[1] if f[1] is not None else f[0], f[1] is not None))
    fig = {"low": smallest[0], "high": largest[1]}
    if fig["low"] is not None and fig["high"] is not None and fig["low"] > fig["high"]:
        raise SystemExit(f"{doc_id}: low > high in {expr!r}")
    return fig, operands


def resolve(doc_id: str, raw: dict, text: str) -> tuple[dict, list[int]]:
    """Check one annotation against the scheme and the text; return the output object and its figure operands."""
    def fail(msg: str) -> None:
        raise SystemExit(f"{doc_id}: {msg}: {raw}")

    if raw["kind"] not in KINDS or raw["type"] not in TYPES:
        fail("kind or type not allowed")
    out, operands = {"kind": raw["kind"], "type": raw["type"]}, []
    for field in ("killed", "wounded", "quantity"):
        out[field] = None
        if raw[field] is not None:
            out[field], ops = parse_figure(doc_id, raw[field])
            operands += ops

    def positive(f: dict | None) -> bool:
        return f is not None and f != ZERO

    killed, wounded, quantity, t = out["killed"], out["wounded"], out["quantity"], raw["type"]
    if t == "KILL" and not (positive(killed) and quantity is None):
        fail("KILL needs killed above zero and no quantity")
    if t == "WOUND" and not (killed in (None, ZERO) and positive(wounded) and quantity is None):
        fail("WOUND needs wounded above zero, no one killed and no quantity")
    if t not in ("KILL", "WOUND") and not (killed in (None, ZERO) and wounded in (None, ZERO) and positive(quantity)):
        fail(f"{t} needs a quantity and no one killed or wounded")
    if ZERO in (killed, wounded, quantity) and not NEGATION.search(text):
        fail("a known zero without a negation in the text")

    place, cc, precision = raw["place"], raw["country_code"], raw["precision"]
    if place is None:
        if precision is not None:
            fail("precision without a place")
    else:
        if not re.search(r"(?<!\w)" + re.escape(place) + r"(?!\w)", text):
            fail(f"place {place!r} not in the text")
        if precision not in PRECISIONS or cc not in COUNTRIES:
            fail("precision or country code not allowed")
        if (precision == "country") != (place in COUNTRY_NAMES):
            fail("precision 'country' is for country names, and only for them")
        if precision == "country" and COUNTRY_NAMES[place] != cc:
            fail("country name and code disagree")
        if GENERIC_SUFFIX.search(place) or place.lower().startswith("the "):
            fail("place keeps a generic word or an article")
    if cc is not None and cc not in COUNTRIES:
        fail("unknown country code")
    if not isinstance(raw["is_hedged"], bool) or (raw["is_hedged"] and not HEDGE.search(text)):
        fail("is_hedged without a hedge word in the text")
    out.update(place=place, country_code=cc, precision=precision, is_hedged=raw["is_hedged"])
    return out, operands


def check_numbers(doc_id: str, text: str, skip: tuple[str, ...], operands: list[int]) -> None:
    """Every number in the text is a figure operand or skipped; every operand above 1 is written in the text."""
    covered = [m.span() for m in AUTO_SKIP.finditer(text)]
    for s in skip:
        spans = [m.span() for m in re.finditer(re.escape(s), text)]
        if not spans:
            raise SystemExit(f"{doc_id}: skip string {s!r} not in the text")
        if not NUMBER.search(s):
            raise SystemExit(f"{doc_id}: skip string {s!r} holds no number")
        covered += spans
    free = []
    for m in NUMBER.finditer(text):
        if any(a <= m.start() and m.end() <= b for a, b in covered):
            continue
        v = number_value(m)
        if v not in operands:
            raise SystemExit(f"{doc_id}: {m.group()!r} ({v}) is neither a figure nor skipped: "
                             f"...{text[max(0, m.start() - 50):m.end() + 50]!r}...")
        free.append(v)
    for o in operands:
        if o > 1 and o not in free:
            raise SystemExit(f"{doc_id}: figure {o} is not written in the text")


def sentences(text: str) -> int:
    return len(SENTENCE_END.split(text.strip()))


def build_incidents() -> list[dict]:
    rows = []
    for r in REPORTS:
        doc_id, text = r["doc_id"], r["text"]
        date.fromisoformat(r["published_date"])
        if not 1 <= sentences(text) <= 5:
            raise SystemExit(f"{doc_id}: {sentences(text)} sentences")
        incidents, operands = [], []
        for raw in r["incidents"]:
            out, ops = resolve(doc_id, raw, text)
            incidents.append(out)
            operands += ops
        check_numbers(doc_id, text, r["skip"], operands)
        rows.append({"doc_id": doc_id, "published_date": r["published_date"], "text": text, "incidents": incidents})
    rows.sort(key=lambda r: r["doc_id"])
    ids = [r["doc_id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"i\d{3}", i) for i in ids), "doc ids"
    assert len(rows) >= 90, len(rows)
    assert sum(not r["incidents"] for r in rows) >= 10
    kinds = Counter(i["kind"] for r in rows for i in r["incidents"])
    assert kinds["toll"] >= 5 and kinds["historical"] >= 5, kinds
    types = Counter(i["type"] for r in rows for i in r["incidents"])
    assert all(types[t] >= 2 for t in TYPES), types
    assert sum(i["precision"] == "country" for r in rows for i in r["incidents"] if i["kind"] == "incident") >= 3
    assert sum(len([i for i in r["incidents"] if i["kind"] == "incident"]) >= 2 for r in rows) >= 3
    return rows


def build_clusters() -> list[dict]:
    rows = []
    for a in ARTICLES:
        doc_id, text, both = a["doc_id"], a["text"], a["title"] + "\n" + a["text"]
        date.fromisoformat(a["published_date"])
        if not 2 <= sentences(text) <= 6:
            raise SystemExit(f"{doc_id}: {sentences(text)} sentences")
        out, operands = resolve(doc_id, a["incident"], text)
        if out.pop("kind") != "incident":
            raise SystemExit(f"{doc_id}: a cluster article reports an incident")
        check_numbers(doc_id, both, a["skip"], operands)
        rows.append({"doc_id": doc_id, "source": a["source"], "published_date": a["published_date"],
                     "title": a["title"], "text": text, "event": a["event"], "decoy_of": a["decoy_of"],
                     "incident": out})
    ids = [r["doc_id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"k\d{3}", i) for i in ids), "doc ids"
    by_event: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_event[r["event"]].append(r)
    clusters = {e: rs for e, rs in by_event.items() if e.startswith("E")}
    decoys = {e: rs for e, rs in by_event.items() if e.startswith("D")}
    assert set(by_event) == set(clusters) | set(decoys)

    def country(rs: list[dict]) -> set[str]:  # an article that names no place has no country either
        return {r["incident"]["country_code"] for r in rs} - {None}

    for e, rs in clusters.items():
        days = [date.fromisoformat(r["published_date"]) for r in rs]
        assert 3 <= len(rs) <= 10, (e, len(rs))
        assert (max(days) - min(days)).days <= 5, e
        assert len({r["source"] for r in rs}) == len(rs), f"{e}: one source twice"
        assert all(r["decoy_of"] is None for r in rs)
        assert len(country(rs)) == 1, e
    for e, rs in decoys.items():
        assert len(rs) == 1 and rs[0]["decoy_of"] in clusters, e
        assert country(rs) == country(clusters[rs[0]["decoy_of"]]), e
    assert len(clusters) >= 28 and sum(map(len, clusters.values())) >= 140 and len(decoys) >= 25
    assert sum(len(rs) >= 7 for rs in clusters.values()) >= 3, "some large clusters"
    assert sum(r["incident"]["place"] is None for r in rows) >= 5, "some articles name no place"
    assert sum(len({r["incident"]["place"] for r in rs}) > 1 for rs in clusters.values()) >= 8, "vary the place"
    assert sum(not DATE_WORDS.search(r["text"]) for r in rows) >= 8, "some articles carry no date"
    return rows


def fmt(f: dict | None) -> str:
    if f is None:
        return "-"
    lo, hi = f["low"], f["high"]
    return str(lo) if lo == hi else f"{'' if lo is None else lo}..{'' if hi is None else hi}"


def show(i: dict) -> str:
    return (f"{i.get('kind', ''):10} {i['type']:8} k={fmt(i['killed']):10} w={fmt(i['wounded']):10} "
            f"q={fmt(i['quantity']):12} {i['place']!s:20} {i['country_code']} {i['precision']}"
            f"{'  HEDGED' if i['is_hedged'] else ''}")


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


INCIDENT_KEYS = ["kind", "type", "killed", "wounded", "quantity", "place", "country_code", "precision", "is_hedged"]


def reread(path: Path, keys: list[str], nested: str) -> None:
    """Every written line is valid JSON with the declared keys, in order."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        assert list(row) == keys, (path.name, n, list(row))
        for i in row[nested] if isinstance(row[nested], list) else [row[nested]]:
            assert list(i) == (INCIDENT_KEYS if nested == "incidents" else INCIDENT_KEYS[1:]), (path.name, n, list(i))


def main() -> None:
    review = "--review" in sys.argv[1:]
    reports, articles = build_incidents(), build_clusters()
    if review:
        for r in reports:
            print(f"== {r['doc_id']} {r['published_date']}  {r['text']}")
            for i in r["incidents"]:
                print("   " + show(i))
        for a in articles:
            print(f"== {a['doc_id']} {a['event']} {a['published_date']} {a['source']}  {a['title']}\n   {a['text']}")
            print("   " + show(a["incident"]))
    write(INCIDENTS_OUT, reports)
    write(CLUSTERS_OUT, articles)
    reread(INCIDENTS_OUT, ["doc_id", "published_date", "text", "incidents"], "incidents")
    reread(CLUSTERS_OUT, ["doc_id", "source", "published_date", "title", "text", "event", "decoy_of", "incident"],
           "incident")
    incidents = [i for r in reports for i in r["incidents"]]
    kinds, types = Counter(i["kind"] for i in incidents), Counter(i["type"] for i in incidents)
    events = Counter(a["event"] for a in articles)
    n_clusters = sum(e.startswith("E") for e in events)
    print(f"{len(reports)} reports ({sum(not r['incidents'] for r in reports)} with no incident), "
          f"{len(incidents)} incidents -> {INCIDENTS_OUT}")
    print("  " + ", ".join(f"{k} {kinds[k]}" for k in KINDS) + " | " + ", ".join(f"{t} {types[t]}" for t in TYPES))
    print(f"{len(articles)} articles: {n_clusters} clusters of {sum(n for e, n in events.items() if e[0] == 'E')} "
          f"articles, {len(events) - n_clusters} decoys -> {CLUSTERS_OUT}")


if __name__ == "__main__":
    main()
