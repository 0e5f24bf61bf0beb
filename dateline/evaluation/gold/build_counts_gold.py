"""Build dateline/evaluation/gold/counts.jsonl: hand-annotated gold set for numeric "counts" in news text.

How many were killed, wounded, arrested, kidnapped, missing, displaced, affected, how big a protest
crowd was, how much was seized, how many strikes or targets. The scheme (types, quantity and
qualifier conventions, what is not a count, object normalisation, repeats) is dateline/evaluation/gold/COUNTS.md.

All items are invented for this gold set, except `sample`, which is seeds/landing/sample-article.txt
read exactly as stored. Each item is written below as data:

    item(doc_id, text, counts, traps)

counts: one line per count,   TYPE | expression[#n] | qualifier quantity | object | repeat
    expression   the number expression exactly as in the text ("at least 36", "two", "10 to 15").
                 #n picks the n-th (0-based) word-bounded occurrence; without #n it must be unique.
    qualifier    exact N | at_least N | at_most N | approximately N | range LOW-HIGH
    object       normalised counted noun, or - for none
    flag         optional: "repeat" -> is_repeat true (restates an earlier count of the same type and
                 figure); "distinct" -> is_repeat false although an earlier count has the same type and
                 figure (a different event). The builder refuses an unflagged same type + figure.
traps: strings in the text that look like counts but are not (dates, ages, scores, money, ...),
    same #n syntax. Validation only; they are not written to counts.jsonl.

The builder finds offsets, asserts text[start:end] == expression, re-parses every expression and
checks it against the annotated quantity/qualifier, and refuses any digit or number word in a text
that is covered neither by a count nor by a trap. Output is deterministic.

Usage:  python3 dateline/evaluation/gold/build_counts_gold.py            (writes counts.jsonl)
        python3 dateline/evaluation/gold/build_counts_gold.py --review   (also prints every span)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "counts.jsonl"
SAMPLE = Path(__file__).resolve().parents[3] / "seeds" / "landing" / "sample-article.txt"

TYPES = ("KILL", "WOUND", "ARREST", "KIDNAP", "MISSING", "DISPLACE", "AFFECT", "PROTEST", "SEIZE", "STRIKE")
QUALIFIERS = ("exact", "at_least", "at_most", "approximately", "range")

ITEMS: list[dict] = []


def item(doc_id: str, text: str, counts: str = "", traps: tuple[str, ...] = ()) -> None:
    ITEMS.append({"doc_id": doc_id, "text": text, "counts": counts, "traps": traps})


# --------------------------------------------------------------------------------------------
# single sentences
# --------------------------------------------------------------------------------------------
item("c001",
     "Gunmen killed two village guards and wounded five others in an attack on a checkpoint near Maiduguri on Tuesday.",
     """
     KILL | two | exact 2 | village guard
     WOUND | five | exact 5 | other
     """)

item("c002",
     "On 3 May 2020, 2 men were killed by gunmen in Kaduna.",
     """
     KILL | 2 | exact 2 | man
     """,
     traps=("3 May 2020",))

item("c003",
     "At least 36 people were wounded when a car bomb exploded outside a market in Mogadishu, police said.",
     """
     WOUND | At least 36 | at_least 36 | person
     """)

item("c004",
     "The death toll from Saturday's floods in Derna rose to 1,200, the health ministry said on Monday.",
     """
     KILL | 1,200 | exact 1200 | -
     """)

item("c005",
     "Police in Lagos detained 25 protesters after a march against fuel prices turned violent.",
     """
     ARREST | 25 | exact 25 | protester
     """)

item("c006",
     "Armed men abducted 40 students from a boarding school in Zamfara state early on Friday, officials said.",
     """
     KIDNAP | 40 | exact 40 | student
     """)

item("c007",
     "Twelve fishermen remain missing after their boat capsized off the coast of Mauritania.",
     """
     MISSING | Twelve | exact 12 | fisherman
     """)

item("c008",
     "Fighting in North Darfur forced 3,000 families to flee their homes in the past week, the UN said.",
     """
     DISPLACE | 3,000 | exact 3000 | family
     """)

item("c009",
     "More than 10,000 people were displaced by the eruption, and about 200,000 homes were left without power.",
     """
     DISPLACE | More than 10,000 | at_least 10000 | person
     AFFECT | about 200,000 | approximately 200000 | home
     """)

item("c010",
     "Thousands took to the streets of Tbilisi on Sunday night to protest against the foreign agents bill.",
     """
     PROTEST | Thousands | at_least 2000 | -
     """)

item("c011",
     "Coast guard officers seized 2 tonnes of cocaine from a fishing vessel off the Azores.",
     """
     SEIZE | 2 | exact 2 | tonnes of cocaine
     """)

item("c012",
     "The army said its aircraft struck 85 targets in the eastern province overnight.",
     """
     STRIKE | 85 | exact 85 | target
     """)

item("c013",
     "The militia launched three drone strikes on the airport in the space of an hour.",
     """
     STRIKE | three | exact 3 | drone strike
     """)

item("c014",
     "The blast, which wounded 40, was the third attack on the city's markets this year.",
     """
     WOUND | 40 | exact 40 | -
     """,
     traps=("third",))

item("c015",
     "A 35-year-old man was killed when a shell hit his house in Kharkiv at 5 p.m. on Tuesday.",
     """
     KILL | A | exact 1 | man
     """,
     traps=("35-year-old", "5 p.m."))

item("c016",
     "Between 10 and 15 soldiers were killed in the ambush, according to a local official.",
     """
     KILL | Between 10 and 15 | range 10-15 | soldier
     """)

item("c017",
     "Hospital sources said 10-15 people were injured in the stampede at the stadium gates.",
     """
     WOUND | 10-15 | range 10-15 | person
     """)

item("c018",
     "The storm left 12 dead and 7 injured in the coastal towns of Odisha.",
     """
     KILL | 12 | exact 12 | -
     WOUND | 7 | exact 7 | -
     """)

item("c019",
     "A landslide buried a mountain village in Sichuan, killing five and injuring 7, state media reported.",
     """
     KILL | five | exact 5 | -
     WOUND | 7 | exact 7 | -
     """)

item("c020",
     "Police arrested a dozen suspects in connection with the bank robbery in Nairobi.",
     """
     ARREST | a dozen | exact 12 | suspect
     """)

item("c021",
     "Dozens of people were arrested in Dhaka on Friday as opposition supporters clashed with police.",
     """
     ARREST | Dozens | at_least 24 | person
     """)

item("c022",
     "Hundreds of migrants are missing after a fishing trawler sank off the Greek coast.",
     """
     MISSING | Hundreds | at_least 200 | migrant
     """)

item("c023",
     "Up to 15 civilians may have been killed in the strike, the monitoring group said.",
     """
     KILL | Up to 15 | at_most 15 | civilian
     """,
     traps=("may",))

item("c024",
     "In May, an air raid on the village may have killed as many as 20 people, residents said.",
     """
     KILL | as many as 20 | at_most 20 | person
     """,
     traps=("In May", "may have"))

item("c025",
     "Twenty-three miners were killed in a gas explosion at a coal mine in Balochistan on Thursday, the 2nd such accident this year.",
     """
     KILL | Twenty-three | exact 23 | miner
     """,
     traps=("2nd",))

item("c026",
     "Roughly 4,500 people have been evacuated from villages near the volcano on Mount Lewotobi.",
     """
     DISPLACE | Roughly 4,500 | approximately 4500 | person
     """)

item("c027",
     "Nearly 300 people were wounded in the clashes in Tripoli, 41 of them seriously.",
     """
     WOUND | Nearly 300 | approximately 300 | person
     WOUND | 41 | exact 41 | -
     """)

item("c028",
     "An estimated 1.2 million people have been affected by the drought in southern Madagascar.",
     """
     AFFECT | An estimated 1.2 million | approximately 1200000 | person
     """)

item("c029",
     "Some 40,000 people were left homeless by the earthquake in Herat province.",
     """
     AFFECT | Some 40,000 | approximately 40000 | person
     """)

item("c030",
     "Security forces confiscated 40 AK-47 rifles and 3,000 rounds of ammunition in a raid on a warehouse in Basra.",
     """
     SEIZE | 40 | exact 40 | ak-47 rifle
     SEIZE | 3,000 | exact 3000 | round
     """,
     traps=("AK-47",))

item("c031",
     "Unit 8200 was blamed for the cyberattack, which officials said caused no casualties.",
     "",
     traps=("Unit 8200", "no casualties"))

item("c032",
     "The Security Council adopted Resolution 2728 by 14 votes to none, with one abstention.",
     "",
     traps=("Resolution 2728", "14 votes", "one abstention"))

item("c033",
     "Real Madrid won 3-1 in front of 70,000 fans at the Bernabeu on Saturday.",
     "",
     traps=("3-1", "70,000 fans"))

item("c034",
     "The government pledged $2 billion in reconstruction aid, about 15% of the estimated damage.",
     "",
     traps=("$2 billion", "about 15%"))

item("c035",
     "Relatives seeking information can call the hotline on 0800 123 4567 between 9 a.m. and 6 p.m.",
     "",
     traps=("0800 123 4567", "between 9 a.m. and 6 p.m."))

item("c036",
     "Inflation rose to 8.7 percent in March, the highest rate since 1982.",
     "",
     traps=("8.7 percent", "1982"))

item("c037",
     "Route 66 was closed for 48 hours after the protest, which drew a crowd of 5,000.",
     """
     PROTEST | 5,000 | exact 5000 | -
     """,
     traps=("Route 66", "48 hours"))

item("c038",
     "Gunmen kidnapped two aid workers and their driver on the road to Gao.",
     """
     KIDNAP | two | exact 2 | aid worker
     """,
     traps=("their driver",))

item("c039",
     "The rebels are holding as many as 30 hostages seized from a bus on Route 7, the governor said.",
     """
     KIDNAP | as many as 30 | at_most 30 | hostage
     """,
     traps=("seized", "Route 7"))

item("c040",
     "Police said 12 people remain missing after the flash flood in Valencia, and rescuers have recovered 31 bodies.",
     """
     MISSING | 12 | exact 12 | person
     KILL | 31 | exact 31 | body
     """)

item("c041",
     "The coalition fired 30 rockets and launched 12 missiles at military sites in the north.",
     """
     STRIKE | 30 | exact 30 | rocket
     STRIKE | 12 | exact 12 | missile
     """)

item("c042",
     "Warplanes carried out at least 14 airstrikes on Idlib on Saturday, the observatory said.",
     """
     STRIKE | at least 14 | at_least 14 | airstrike
     """)

item("c043",
     "Around 50,000 demonstrators gathered outside parliament in Belgrade, police estimated, while organisers put the figure at 120,000.",
     """
     PROTEST | Around 50,000 | approximately 50000 | demonstrator
     PROTEST | 120,000 | exact 120000 | -
     """)

item("c044",
     "Tens of thousands of people marched through Santiago demanding pension reform.",
     """
     PROTEST | Tens of thousands | at_least 20000 | person
     """)

item("c045",
     "The navy intercepted and seized three vessels carrying fuel to the rebels.",
     """
     SEIZE | three | exact 3 | vessel
     """)

item("c046",
     "Customs officers at Chittagong port confiscated 300 kg of methamphetamine hidden in tea packets.",
     """
     SEIZE | 300 | exact 300 | kg of methamphetamine
     """)

item("c047",
     "No one was killed in the attack, but the building was badly damaged.",
     "",
     traps=("No one",))

item("c048",
     "Five of the 11 people killed were children, local health officials said.",
     """
     KILL | Five | exact 5 | child
     KILL | 11 | exact 11 | person
     """)

item("c049",
     "The explosion in Quetta killed eight people, two of whom were children.",
     """
     KILL | eight | exact 8 | person
     KILL | two | exact 2 | child
     """)

item("c050",
     "Troops killed 16 fighters and arrested 9 others in a sweep of the Sambisa forest.",
     """
     KILL | 16 | exact 16 | fighter
     ARREST | 9 | exact 9 | other
     """)

item("c051",
     "The deaths of three UN peacekeepers in Mali have prompted calls for an inquiry.",
     """
     KILL | three | exact 3 | peacekeeper
     """)

item("c052",
     "Eighty-five people died after eating contaminated food at a wedding in Ghazni.",
     """
     KILL | Eighty-five | exact 85 | person
     """)

item("c053",
     "Fewer than 20 protesters showed up at the rally, which had been billed as a million-man march.",
     """
     PROTEST | Fewer than 20 | at_most 20 | protester
     """,
     traps=("million-man",))

item("c054",
     "Officials said the flooding had cut off water to 1,500 households in the district.",
     """
     AFFECT | 1,500 | exact 1500 | household
     """)

item("c055",
     "Over 600 people were injured by the earthquake, which struck at 4:17 a.m.",
     """
     WOUND | Over 600 | at_least 600 | person
     """,
     traps=("4:17 a.m.", "struck"))

item("c056",
     "Scores of people were arrested during the night-time raids, the rights group said.",
     """
     ARREST | Scores | at_least 40 | person
     """)

item("c057",
     "A police officer was shot dead and another was wounded in Karachi on Monday.",
     """
     KILL | A | exact 1 | police officer
     """,
     traps=("another",))

item("c058",
     "The 2023 earthquake killed more than 50,000 people in Turkey and Syria.",
     """
     KILL | more than 50,000 | at_least 50000 | person
     """,
     traps=("2023",))

item("c059",
     "Militants kidnapped 15 passengers from a bus on the Kabul-Jalalabad highway on 12 March, releasing two of them hours later.",
     """
     KIDNAP | 15 | exact 15 | passenger
     """,
     traps=("12 March", "two of them"))

item("c060",
     "About 70 people are still unaccounted for after the fire in the Johannesburg building.",
     """
     MISSING | About 70 | approximately 70 | person
     """)

item("c061",
     "Nearly a hundred fishermen were detained by the coast guard for fishing in restricted waters.",
     """
     ARREST | Nearly a hundred | approximately 100 | fisherman
     """)

item("c062",
     "Eleven people were killed and 34 wounded when a train derailed near Odesa.",
     """
     KILL | Eleven | exact 11 | person
     WOUND | 34 | exact 34 | -
     """)

item("c063",
     "The drone strike killed one person and injured three, the regional governor said.",
     """
     KILL | one | exact 1 | person
     WOUND | three | exact 3 | -
     """,
     traps=("The drone strike",))

item("c064",
     "The ministry said 40 schools and 12 hospitals had been damaged since the war began.",
     "",
     traps=("40 schools", "12 hospitals"))

item("c065",
     "Turnout was 62 percent and the ruling party won 214 of the 400 seats.",
     "",
     traps=("62 percent", "214", "400 seats"))

item("c066",
     "Flight 4417 landed safely with 180 passengers on board after a bird strike.",
     "",
     traps=("Flight 4417", "180 passengers", "bird strike"))

item("c067",
     "The carmaker said 2,000 workers would be laid off by 2025.",
     "",
     traps=("2,000 workers", "2025"))

item("c068",
     "Heavy rain displaced between 2,000 and 3,000 people in the Rohingya camps, aid agencies said.",
     """
     DISPLACE | between 2,000 and 3,000 | range 2000-3000 | person
     """)

item("c069",
     "Authorities evacuated 1,200 residents as the wildfire approached the town of Kalavryta.",
     """
     DISPLACE | 1,200 | exact 1200 | resident
     """)

item("c070",
     "Some 800 refugees crossed into Chad on Monday alone, bringing the total this month to 24,000.",
     """
     DISPLACE | Some 800 | approximately 800 | refugee
     DISPLACE | 24,000 | exact 24000 | -
     """)

item("c071",
     "The 2026 World Cup qualifier ended 0-0 after 90 minutes.",
     "",
     traps=("2026", "0-0", "90 minutes"))

item("c072",
     "Article 5 of the treaty was invoked for only the second time in its 75-year history.",
     "",
     traps=("Article 5", "second", "75-year"))

item("c073",
     "Police used tear gas on about 2,000 protesters in front of the Interior Ministry; 17 of them were arrested.",
     """
     PROTEST | about 2,000 | approximately 2000 | protester
     ARREST | 17 | exact 17 | -
     """)

item("c074",
     "Amnesty said 1,500 people had been detained since the protests began on 16 September, including 200 minors.",
     """
     ARREST | 1,500 | exact 1500 | person
     ARREST | 200 | exact 200 | minor
     """,
     traps=("16 September",))

item("c075",
     "Rebels shelled the city for the fourth day in a row, firing at least 50 mortar rounds.",
     """
     STRIKE | at least 50 | at_least 50 | mortar round
     """,
     traps=("fourth",))

item("c076",
     "Forty people were hospitalised after inhaling smoke, and 3 firefighters were treated for burns.",
     """
     WOUND | Forty | exact 40 | person
     WOUND | 3 | exact 3 | firefighter
     """)

item("c077",
     "The 7.8-magnitude quake left some 2 million people without electricity.",
     """
     AFFECT | some 2 million | approximately 2000000 | person
     """,
     traps=("7.8-magnitude",))

item("c078",
     "The group said 16 members of its armed wing were killed in the fighting in Khan Younis.",
     """
     KILL | 16 | exact 16 | member
     """)

item("c079",
     "Local leaders said 10 to 15 villagers were kidnapped from their farms near Katsina on Wednesday.",
     """
     KIDNAP | 10 to 15 | range 10-15 | villager
     """)

item("c080",
     "The clashes in Port-au-Prince left 20–25 people wounded, according to medics.",
     """
     WOUND | 20–25 | range 20-25 | person
     """)

item("c081",
     "31 people died and dozens more were injured when a bus plunged into a ravine in Himachal Pradesh.",
     """
     KILL | 31 | exact 31 | person
     WOUND | dozens | at_least 24 | -
     """)

item("c082",
     "Hundreds of thousands of people were left without running water after the dam burst.",
     """
     AFFECT | Hundreds of thousands | at_least 200000 | person
     """)

item("c083",
     "A roadside bomb that wounded 40 soldiers hit a convoy on Route 10 in Kandahar.",
     """
     WOUND | 40 | exact 40 | soldier
     """,
     traps=("A roadside bomb", "Route 10"))

item("c084",
     "Three children were among the 12 people killed by the landslide, rescuers said.",
     """
     KILL | Three | exact 3 | child
     KILL | 12 | exact 12 | person
     """)

item("c085",
     "Israeli troops arrested 23 Palestinians in overnight raids in Jenin and Nablus, the army said.",
     """
     ARREST | 23 | exact 23 | palestinian
     """)

# --------------------------------------------------------------------------------------------
# short event summaries
# --------------------------------------------------------------------------------------------
item("c086",
     "On 14 February 2021, 4 soldiers were killed and 6 were wounded by an IED in Gao region; JNIM claimed the attack.",
     """
     KILL | 4 | exact 4 | soldier
     WOUND | 6 | exact 6 | -
     """,
     traps=("14 February 2021",))

item("c087",
     "On 2 May 2019, gunmen abducted 11 farmers in Zamfara; 3 were later found dead.",
     """
     KIDNAP | 11 | exact 11 | farmer
     KILL | 3 | exact 3 | -
     """,
     traps=("2 May 2019",))

item("c088",
     "On 21 June 2022, police arrested 130 people during protests in Quito.",
     """
     ARREST | 130 | exact 130 | person
     """,
     traps=("21 June 2022",))

item("c089",
     "On 9 May 2023, an airstrike killed 7 civilians, including 2 children, in Sagaing region.",
     """
     KILL | 7 | exact 7 | civilian
     KILL | 2 | exact 2 | child
     """,
     traps=("9 May 2023",))

item("c090",
     "On 30 May 2018, about 5,000 people protested in Managua against the government.",
     """
     PROTEST | about 5,000 | approximately 5000 | person
     """,
     traps=("30 May 2018",))

item("c091",
     "On 1 September 2020, floods in Sudan displaced roughly 500,000 people and killed 100.",
     """
     DISPLACE | roughly 500,000 | approximately 500000 | person
     KILL | 100 | exact 100 | -
     """,
     traps=("1 September 2020",))

item("c092",
     "On 11 May 2024, police in Tbilisi detained 13 protesters; one officer was hurt.",
     """
     ARREST | 13 | exact 13 | protester
     WOUND | one | exact 1 | officer
     """,
     traps=("11 May 2024",))

item("c093",
     "On 5 August 2022, Islamic Jihad fired about 100 rockets at southern Israel; no injuries were reported.",
     """
     STRIKE | about 100 | approximately 100 | rocket
     """,
     traps=("5 August 2022", "no injuries"))

# --------------------------------------------------------------------------------------------
# short multi-paragraph articles
# --------------------------------------------------------------------------------------------
item("c094", (
    "KABUL - A suicide bomber killed nine people at a wedding hall in western Kabul on Saturday evening, "
    "police said, in the deadliest attack on the capital since May.\n"
    "At least 23 guests were wounded, eight of them critically, according to the city's emergency hospital. "
    "Police spokesman Wali Hamidi said the bomber, believed to be a teenager, blew himself up at about 8 p.m. "
    "near the main entrance, where around 400 guests had gathered.\n"
    "No group immediately claimed responsibility. The local Islamic State affiliate has claimed at least three "
    "attacks on Shiite gatherings in the city this year.\n"
    "\"Nine innocent people lost their lives tonight,\" Hamidi told reporters. Officials warned that the toll could rise.\n"
    "The bombing came a day after police arrested four suspected militants in a raid in Paghman district, "
    "seizing 20 kilograms of explosives."),
    """
    KILL | nine | exact 9 | person
    WOUND | At least 23 | at_least 23 | guest
    WOUND | eight | exact 8 | -
    STRIKE | at least three | at_least 3 | attack
    KILL | Nine | exact 9 | person | repeat
    ARREST | four | exact 4 | militant
    SEIZE | 20 | exact 20 | kilograms of explosives
    """,
    traps=("since May", "about 8 p.m.", "around 400 guests", "a teenager"))

item("c095", (
    "CHITTAGONG, Bangladesh - At least 12 people were killed as Cyclone Nuri made landfall on Sunday, officials said, "
    "and the toll may rise as rescuers reach cut-off islands.\n"
    "By Monday evening the death toll rose to 31, and 12 fishermen remained missing at sea. More than 150 people "
    "were injured by falling trees and flying debris.\n"
    "Authorities had evacuated about 800,000 people to 4,000 cyclone shelters before the storm hit, and an estimated "
    "3.5 million people were left without electricity, the power ministry said.\n"
    "The storm, the second to hit the coast since May, brought winds of up to 120 km/h and a surge of 3 metres. "
    "Disaster minister Anisul Karim said 35,000 homes had been destroyed or damaged.\n"
    "\"We may have saved thousands of lives by moving people early,\" he said."),
    """
    KILL | At least 12 | at_least 12 | person
    KILL | 31 | exact 31 | -
    MISSING | 12#1 | exact 12 | fisherman
    WOUND | More than 150 | at_least 150 | person
    DISPLACE | about 800,000 | approximately 800000 | person
    AFFECT | an estimated 3.5 million | approximately 3500000 | person
    """,
    traps=("may rise", "4,000 cyclone shelters", "second", "since May", "up to 120 km/h", "3 metres",
           "35,000 homes", "may have saved thousands of lives"))

item("c096", (
    "NAIROBI, Kenya - Police fired tear gas and arrested 58 people on Tuesday as thousands of protesters marched "
    "on parliament against a proposed finance bill.\n"
    "The Interior Ministry said the 58 detainees would be charged with unlawful assembly. Rights groups said at least "
    "five protesters were wounded by rubber bullets and two were abducted by plain-clothes officers the night before the march.\n"
    "Organisers said the crowd numbered about 20,000, a figure police disputed. The bill, which would raise VAT on "
    "bread to 16 percent, passed its second reading by 204 votes to 115.\n"
    "Lawyers for the detainees said some had been held for more than 24 hours without access to counsel. "
    "\"Five young people are in hospital tonight,\" said activist Mercy Wanjala."),
    """
    ARREST | 58#0 | exact 58 | person
    PROTEST | thousands | at_least 2000 | protester
    ARREST | 58#1 | exact 58 | detainee | repeat
    WOUND | at least five | at_least 5 | protester
    KIDNAP | two | exact 2 | -
    PROTEST | about 20,000 | approximately 20000 | -
    WOUND | Five | exact 5 | person | repeat
    """,
    traps=("16 percent", "second reading", "204 votes to 115", "more than 24 hours"))

item("c097", (
    "KADUNA, Nigeria - Gunmen on motorcycles abducted 87 villagers from Kurmin Dutse in southern Kaduna state early "
    "on Monday, residents said, the third mass kidnapping in the area this year.\n"
    "One resident, 52-year-old farmer Ibrahim Sani, said the attackers arrived at about 2 a.m. and went from house to "
    "house. \"They took my two sons and my wife,\" he said. Two people who tried to resist were shot dead.\n"
    "State police spokesman Aliyu Danjuma confirmed the abduction of 87 residents but said 11 had escaped and "
    "returned home by Tuesday. Seventy-six remain missing.\n"
    "The kidnappers have demanded 50 million naira (about $32,000) for their release. Security forces arrested three "
    "suspected informants in a nearby village, police said."),
    """
    KIDNAP | 87#0 | exact 87 | villager
    KIDNAP | two | exact 2 | son
    KILL | Two | exact 2 | person
    KIDNAP | 87#1 | exact 87 | resident | repeat
    MISSING | Seventy-six | exact 76 | -
    ARREST | three | exact 3 | informant
    """,
    traps=("third", "One resident", "52-year-old", "about 2 a.m.", "my wife", "11 had escaped",
           "50 million naira", "about $32,000"))

item("c098", (
    "ADEN, Yemen - Coalition warplanes carried out six airstrikes on rebel positions around the port city of Hodeidah "
    "on 4 May, the coalition said, a day after the rebels launched 12 drones at a tanker in the Red Sea.\n"
    "The coalition said the strikes hit 22 targets, including weapons depots and a radar site, and may have killed "
    "dozens of fighters. A rebel-run health office said 9 civilians, among them 4 women, were killed and 17 were wounded.\n"
    "\"The six strikes were the heaviest since the truce collapsed in March,\" a coalition spokesman said. "
    "The tanker's crew of 23 was unharmed.\n"
    "In a separate operation, the coast guard seized a dhow carrying 150 rifles bound for rebel-held ports."),
    """
    STRIKE | six#0 | exact 6 | airstrike
    STRIKE | 12 | exact 12 | drone
    STRIKE | 22 | exact 22 | target
    KILL | dozens | at_least 24 | fighter
    KILL | 9 | exact 9 | civilian
    KILL | 4#1 | exact 4 | woman
    WOUND | 17 | exact 17 | -
    STRIKE | six#1 | exact 6 | strike | repeat
    SEIZE | 150 | exact 150 | rifle
    """,
    traps=("4 May", "in March", "crew of 23", "a dhow"))

item("c099", (
    "JUBA, South Sudan - Cattle raiders killed 27 people and wounded at least 40 others in an attack on a village in "
    "Warrap state on Saturday, the state information minister said.\n"
    "The minister, William Deng Akol, said the raiders also drove off about 3,000 head of cattle and abducted 14 women "
    "and children. Among the dead were two police officers.\n"
    "About 5,000 residents fled to the town of Tonj after the attack, where aid groups said 1,200 households were "
    "without clean water.\n"
    "Saturday's attack was the latest in a cycle of revenge raids that have killed more than 300 people since January. "
    "\"The killing of 27 of our people cannot go unanswered,\" a local chief said by phone, adding that 6 children "
    "were still missing."),
    """
    KILL | 27#0 | exact 27 | person
    WOUND | at least 40 | at_least 40 | other
    KIDNAP | 14 | exact 14 | woman and child
    KILL | two | exact 2 | police officer
    DISPLACE | About 5,000 | approximately 5000 | resident
    AFFECT | 1,200 | exact 1200 | household
    KILL | more than 300 | at_least 300 | person
    KILL | 27#1 | exact 27 | person | repeat
    MISSING | 6 | exact 6 | child
    """,
    traps=("about 3,000 head of cattle", "since January"))

item("c100", (
    "MANCHESTER - City beat Arsenal 3-1 at the Etihad on Sunday in front of 53,000 fans to move two points clear at "
    "the top of the Premier League with 10 games left.\n"
    "Striker Jonas Vik scored twice in the first half, his 21st and 22nd league goals of the season, and the "
    "23-year-old Norwegian set up the third in the 67th minute.\n"
    "\"We attacked them from the first minute and never let them breathe,\" manager Tom Reilly said. City have won "
    "11 of their last 12 matches and have not lost at home since 4 May 2023.\n"
    "Arsenal, who had three players booked and one sent off, host Newcastle on 2 April at 5.30 p.m."),
    "",
    traps=("3-1", "53,000 fans", "two points", "10 games", "first half", "21st", "22nd", "23-year-old", "third",
           "67th minute", "first minute", "11 of their last 12 matches", "4 May 2023", "three players booked",
           "one sent off", "2 April", "5.30 p.m."))

item("c101", (
    "ANKARA - A court in Istanbul sentenced 12 former officers to life in prison on Thursday over the 2016 coup "
    "attempt, state media reported, and acquitted three others.\n"
    "Prosecutors said the officers had commanded units that fired on crowds on the Bosphorus Bridge, where 34 people "
    "were killed on the night of 15 July 2016. In all, 87 of the 228 defendants in the case remain in pre-trial detention.\n"
    "Separately, police detained 41 people in dawn raids across 17 provinces over suspected links to the network, "
    "the interior minister said. Another 9 suspects are being sought.\n"
    "Outside the courthouse, police said no more than 30 people had gathered to protest the verdicts."),
    """
    KILL | 34 | exact 34 | person
    ARREST | 87 | exact 87 | defendant
    ARREST | 41 | exact 41 | person
    PROTEST | no more than 30 | at_most 30 | person
    """,
    traps=("12 former officers", "2016#0", "three others", "15 July 2016", "228 defendants", "17 provinces",
           "Another 9 suspects"))

item("c102",
     "Several people were hurt and many more fled when gunfire broke out at a market in Bamako; a few were later arrested.",
     "",
     traps=("Several people", "many more", "a few"))

# --------------------------------------------------------------------------------------------
# seeds/landing/sample-article.txt
# --------------------------------------------------------------------------------------------
SAMPLE_COUNTS = """
    KILL | two | exact 2 | militia official
    KILL | a#4 | exact 1 | commander
    KILL | three#0 | exact 3 | person
    KILL | three#1 | exact 3 | service member | distinct
    STRIKE | 85 | exact 85 | target
    KILL | three#2 | exact 3 | service member | repeat
    KILL | 16 | exact 16 | member
    WOUND | at least 36 | at_least 36 | other
"""
SAMPLE_TRAPS = ("one", "first round")


# --------------------------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------------------------
UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# vague plurals: (quantity, qualifier) -- see COUNTS.md
VAGUE = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20_000,
    "hundreds of thousands": 200_000, "millions": 2_000_000,
}
PREFIXES = (  # longest first
    ("an estimated ", "approximately"), ("approximately ", "approximately"), ("roughly ", "approximately"),
    ("nearly ", "approximately"), ("around ", "approximately"), ("almost ", "approximately"),
    ("about ", "approximately"), ("some ", "approximately"),
    ("at least ", "at_least"), ("more than ", "at_least"), ("over ", "at_least"),
    ("as many as ", "at_most"), ("fewer than ", "at_most"), ("up to ", "at_most"), ("no more than ", "at_most"),
)
NUMBER_WORD = r"(?:" + "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True)) + r")"
# every digit run and number word in a text must be covered by a count or a trap
TOKEN = re.compile(r"\d+|\b(?:" + NUMBER_WORD[3:-1] + r"|dozens?|scores|hundreds|thousands|millions|billions)\b",
                   re.IGNORECASE)


def parse_number(s: str) -> int:
    """'1,200' '1.2 million' 'twenty-three' 'a dozen' 'a hundred' 'Seventy-six' -> int."""
    s = s.lower().strip()
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?: (million|billion))?", s)
    if m:
        whole = int(m.group(1).replace(",", ""))
        if m.group(3):
            frac = m.group(2) or ""
            return (whole * 10 ** len(frac) + int(frac or 0)) * SCALES[m.group(3)] // 10 ** len(frac)
        if m.group(2):
            raise ValueError(f"non-integer quantity {s!r}")
        return whole
    if s in ("a dozen", "dozen"):
        return 12
    if s in ("a hundred",):
        return 100
    if s in ("a", "an"):
        return 1  # a victim without a number: 'a man was killed'

    if s in UNITS:
        return UNITS[s]
    if s in TENS:
        return TENS[s]
    m = re.fullmatch(r"(\w+)-(\w+)", s)
    if m and m.group(1) in TENS and m.group(2) in UNITS and UNITS[m.group(2)] < 10:
        return TENS[m.group(1)] + UNITS[m.group(2)]
    raise ValueError(f"cannot parse number {s!r}")


def parse_expression(expr: str) -> tuple[str, int, int | None, int | None]:
    """Independent reading of a number expression: (qualifier, quantity, low, high)."""
    e = expr.lower()
    if e in VAGUE:
        return "at_least", VAGUE[e], VAGUE[e], None
    m = re.fullmatch(r"between (.+) and (.+)", e) or re.fullmatch(r"(.+?) to (.+)", e) \
        or re.fullmatch(r"([\d,]+)\s*[-–]\s*([\d,]+)", e)
    if m and not e.startswith("up to "):
        lo, hi = parse_number(m.group(1)), parse_number(m.group(2))
        return "range", lo, lo, hi
    for prefix, qual in PREFIXES:
        if e.startswith(prefix):
            q = parse_number(e[len(prefix):])
            return qual, q, *bounds(qual, q)
    q = parse_number(e)
    return "exact", q, q, q


def bounds(qual: str, q: int) -> tuple[int | None, int | None]:
    return {"exact": (q, q), "at_least": (q, None), "at_most": (None, q), "approximately": (None, None)}[qual]


def boundary_pattern(expr: str) -> re.Pattern:
    # not glued to a word, a hyphen, or the other half of "1,200" / "8.7"
    return re.compile(r"(?<![\w\-])(?<!\d[.,])" + re.escape(expr) + r"(?![\w\-])(?![.,]\d)")


def locate(text: str, ref: str, doc_id: str) -> tuple[int, int, str]:
    expr, _, n = ref.partition("#")
    hits = [m.span() for m in boundary_pattern(expr).finditer(text)]
    if not hits:
        raise SystemExit(f"{doc_id}: {expr!r} not found")
    if not n and len(hits) > 1:
        raise SystemExit(f"{doc_id}: {expr!r} occurs {len(hits)} times; say which with #n")
    idx = int(n) if n else 0
    if idx >= len(hits):
        raise SystemExit(f"{doc_id}: {expr!r}#{idx} but only {len(hits)} occurrences")
    start, end = hits[idx]
    assert text[start:end] == expr
    return start, end, expr


def parse_counts(doc_id: str, text: str, spec: str) -> list[dict]:
    out = []
    for line in spec.strip().splitlines():
        fields = [f.strip() for f in line.split("|")]
        if len(fields) not in (4, 5):
            raise SystemExit(f"{doc_id}: bad count line {line!r}")
        ctype, ref, qualspec, obj = fields[:4]
        flag = fields[4] if len(fields) == 5 else ""
        if flag not in ("", "repeat", "distinct"):
            raise SystemExit(f"{doc_id}: bad flag {flag!r}")
        repeat = flag == "repeat"
        if ctype not in TYPES:
            raise SystemExit(f"{doc_id}: unknown type {ctype}")
        qual, _, val = qualspec.partition(" ")
        if qual not in QUALIFIERS:
            raise SystemExit(f"{doc_id}: unknown qualifier {qual}")
        if qual == "range":
            lo, hi = (int(v) for v in val.split("-"))
            q, low, high = lo, lo, hi
        else:
            q = int(val)
            low, high = bounds(qual, q)
        start, end, expr = locate(text, ref, doc_id)
        got = parse_expression(expr)
        if got != (qual, q, low, high):
            raise SystemExit(f"{doc_id}: {expr!r} annotated {(qual, q, low, high)} but reads as {got}")
        out.append({
            "type": ctype, "quantity": q, "quantity_low": low, "quantity_high": high, "qualifier": qual,
            "object": None if obj == "-" else obj, "start": start, "end": end, "is_repeat": repeat,
            "_distinct": flag == "distinct",
        })
    out.sort(key=lambda c: c["start"])
    return out


def validate(doc_id: str, text: str, counts: list[dict], traps: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = [(c["start"], c["end"]) for c in counts]
    trap_spans = [locate(text, t, doc_id)[:2] for t in traps]
    allspans = sorted(spans + trap_spans)
    for (s1, e1), (s2, e2) in zip(allspans, allspans[1:]):
        if s2 < e1:
            raise SystemExit(f"{doc_id}: overlapping spans {text[s1:e1]!r} / {text[s2:e2]!r}")
    for c in counts:
        assert c["type"] in TYPES and c["qualifier"] in QUALIFIERS
        assert isinstance(c["quantity"], int) and c["quantity"] > 0
        if c["quantity_low"] is not None:
            assert c["quantity_low"] <= c["quantity"], (doc_id, c)
        if c["quantity_high"] is not None:
            assert c["quantity"] <= c["quantity_high"], (doc_id, c)
        if c["qualifier"] == "range":
            assert c["quantity_low"] == c["quantity"] < c["quantity_high"], (doc_id, c)
        obj = c["object"]
        if obj is not None:
            assert obj == obj.lower() and obj.strip() == obj and "  " not in obj, (doc_id, obj)
            assert not re.match(r"(?:the|a|an|their|its|his|her|of) ", obj), (doc_id, obj)
    # repeats: a repeat restates an earlier count of the same type and figure; a first mention is not a repeat
    seen: set[tuple[str, int]] = set()
    for c in counts:
        key = (c["type"], c["quantity"])
        if c["is_repeat"] and key not in seen:
            raise SystemExit(f"{doc_id}: repeat {key} without an earlier mention")
        if not c["is_repeat"] and key in seen and not c["_distinct"]:
            raise SystemExit(f"{doc_id}: {key} mentioned twice but not marked repeat")
        seen.add(key)
    # completeness: every digit run / number word sits inside a count or a trap
    for m in TOKEN.finditer(text):
        if not any(s <= m.start() and m.end() <= e for s, e in allspans):
            raise SystemExit(f"{doc_id}: number {m.group()!r} at {m.start()} is neither a count nor a trap: "
                             f"...{text[max(0, m.start() - 40):m.end() + 40]!r}...")
    return trap_spans


def build(review: bool = False) -> list[dict]:
    rows = []
    items = ITEMS + [{"doc_id": "sample", "text": SAMPLE.read_text(encoding="utf-8"),
                      "counts": SAMPLE_COUNTS, "traps": SAMPLE_TRAPS}]
    ids = [it["doc_id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate doc_id"
    n_traps = n_empty = 0
    for it in items:
        counts = parse_counts(it["doc_id"], it["text"], it["counts"]) if it["counts"].strip() else []
        trap_spans = validate(it["doc_id"], it["text"], counts, it["traps"])
        n_traps += bool(trap_spans)
        n_empty += not counts
        for c in counts:
            del c["_distinct"]
        rows.append({"doc_id": it["doc_id"], "text": it["text"], "counts": counts})
        if review:
            print(f"== {it['doc_id']}")
            for c in counts:
                print(f"   {c['type']:8} {it['text'][c['start']:c['end']]!r:32} q={c['quantity']} "
                      f"[{c['quantity_low']}, {c['quantity_high']}] {c['qualifier']:13} obj={c['object']!r}"
                      f"{'  REPEAT' if c['is_repeat'] else ''}")
            for s, e in trap_spans:
                print(f"   trap     {it['text'][s:e]!r}")
    assert len(rows) >= 70, len(rows)
    assert n_empty >= 10, n_empty
    assert n_traps >= 20, n_traps
    for t in TYPES:
        assert sum(c["type"] == t for r in rows for c in r["counts"]) >= 3, t
    return rows


def main() -> None:
    review = "--review" in sys.argv[1:]
    rows = build(review)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    per_type = Counter(c["type"] for r in rows for c in r["counts"])
    print(f"{len(rows)} items, {sum(per_type.values())} counts, {sum(not r['counts'] for r in rows)} empty -> {OUT}")
    print("  " + ", ".join(f"{t} {per_type[t]}" for t in TYPES))


if __name__ == "__main__":
    main()
