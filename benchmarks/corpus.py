"""A generated corpus of wire stories for benchmarks: deterministic for a seed, every text different.

Each article is assembled from sentence templates over real places (about 200 cities with their
country and nationality), real international organizations and invented people, parties, armed
groups and companies: titled officials, acronyms defined in parentheses and used later, numbers of
killed, wounded and arrested in varied phrasings, dates, money and percentages. Bodies have 5 to 8
paragraphs and about 400 words and open with a dateline such as "BAGHDAD, Iraq (Northwire) - ".
Records are news-please style dicts (title, maintext, date_publish, url, source_domain, language,
authors), ready to be written as JSONL.

    python -m benchmarks.corpus --articles 100 --seed 1 > sample.jsonl
"""

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

DEFAULT_SEED = 20240204
RECORDS_PER_FILE = 500

# City | country | nationality | name pool. ASCII spellings, as wire datelines write them.
_PLACES = """
Baghdad|Iraq|Iraqi|ar;Basra|Iraq|Iraqi|ar;Mosul|Iraq|Iraqi|ar;Erbil|Iraq|Iraqi|ar;Kirkuk|Iraq|Iraqi|ar
Najaf|Iraq|Iraqi|ar;Damascus|Syria|Syrian|ar;Aleppo|Syria|Syrian|ar;Homs|Syria|Syrian|ar;Idlib|Syria|Syrian|ar
Beirut|Lebanon|Lebanese|ar;Tripoli|Libya|Libyan|ar;Benghazi|Libya|Libyan|ar;Amman|Jordan|Jordanian|ar
Cairo|Egypt|Egyptian|ar;Alexandria|Egypt|Egyptian|ar;Riyadh|Saudi Arabia|Saudi|ar;Jeddah|Saudi Arabia|Saudi|ar
Doha|Qatar|Qatari|ar;Dubai|United Arab Emirates|Emirati|ar;Abu Dhabi|United Arab Emirates|Emirati|ar
Muscat|Oman|Omani|ar;Manama|Bahrain|Bahraini|ar;Kuwait City|Kuwait|Kuwaiti|ar;Sanaa|Yemen|Yemeni|ar
Aden|Yemen|Yemeni|ar;Tehran|Iran|Iranian|fa;Isfahan|Iran|Iranian|fa;Mashhad|Iran|Iranian|fa
Tabriz|Iran|Iranian|fa;Ankara|Turkey|Turkish|tr;Istanbul|Turkey|Turkish|tr;Izmir|Turkey|Turkish|tr
Diyarbakir|Turkey|Turkish|tr;Jerusalem|Israel|Israeli|he;Tel Aviv|Israel|Israeli|he;Haifa|Israel|Israeli|he
Gaza City|Gaza Strip|Palestinian|ar;Ramallah|West Bank|Palestinian|ar;Tunis|Tunisia|Tunisian|ar
Algiers|Algeria|Algerian|ar;Rabat|Morocco|Moroccan|ar;Casablanca|Morocco|Moroccan|ar
Khartoum|Sudan|Sudanese|ar;Omdurman|Sudan|Sudanese|ar;Port Sudan|Sudan|Sudanese|ar
Nairobi|Kenya|Kenyan|eaf;Mombasa|Kenya|Kenyan|eaf;Addis Ababa|Ethiopia|Ethiopian|eaf
Mogadishu|Somalia|Somali|ar;Kampala|Uganda|Ugandan|eaf;Kigali|Rwanda|Rwandan|eaf
Kinshasa|Congo|Congolese|eaf;Goma|Congo|Congolese|eaf;Lagos|Nigeria|Nigerian|waf;Abuja|Nigeria|Nigerian|waf
Kano|Nigeria|Nigerian|waf;Accra|Ghana|Ghanaian|waf;Dakar|Senegal|Senegalese|waf;Bamako|Mali|Malian|waf
Niamey|Niger|Nigerien|waf;Ouagadougou|Burkina Faso|Burkinabe|waf;Abidjan|Ivory Coast|Ivorian|waf
Johannesburg|South Africa|South African|saf;Cape Town|South Africa|South African|saf
Pretoria|South Africa|South African|saf;Durban|South Africa|South African|saf;Harare|Zimbabwe|Zimbabwean|saf
Lusaka|Zambia|Zambian|saf;Maputo|Mozambique|Mozambican|saf;Luanda|Angola|Angolan|saf
Dar es Salaam|Tanzania|Tanzanian|eaf;Juba|South Sudan|South Sudanese|eaf;N'Djamena|Chad|Chadian|waf
Antananarivo|Madagascar|Malagasy|saf;Yaounde|Cameroon|Cameroonian|waf;Freetown|Sierra Leone|Sierra Leonean|waf
Monrovia|Liberia|Liberian|waf;Asmara|Eritrea|Eritrean|eaf;Djibouti|Djibouti|Djiboutian|ar
London|Britain|British|west;Manchester|Britain|British|west;Birmingham|Britain|British|west
Edinburgh|Britain|British|west;Paris|France|French|fr;Marseille|France|French|fr;Lyon|France|French|fr
Berlin|Germany|German|ger;Munich|Germany|German|ger;Hamburg|Germany|German|ger;Frankfurt|Germany|German|ger
Brussels|Belgium|Belgian|fr;Amsterdam|Netherlands|Dutch|ger;The Hague|Netherlands|Dutch|ger
Rome|Italy|Italian|sou;Milan|Italy|Italian|sou;Naples|Italy|Italian|sou;Madrid|Spain|Spanish|sou
Barcelona|Spain|Spanish|sou;Seville|Spain|Spanish|sou;Lisbon|Portugal|Portuguese|sou;Vienna|Austria|Austrian|ger
Geneva|Switzerland|Swiss|fr;Zurich|Switzerland|Swiss|ger;Stockholm|Sweden|Swedish|ger;Oslo|Norway|Norwegian|ger
Copenhagen|Denmark|Danish|ger;Helsinki|Finland|Finnish|ger;Dublin|Ireland|Irish|west;Athens|Greece|Greek|sou
Thessaloniki|Greece|Greek|sou;Warsaw|Poland|Polish|cee;Krakow|Poland|Polish|cee;Gdansk|Poland|Polish|cee
Prague|Czech Republic|Czech|cee;Budapest|Hungary|Hungarian|cee;Bucharest|Romania|Romanian|cee
Sofia|Bulgaria|Bulgarian|cee;Belgrade|Serbia|Serbian|cee;Zagreb|Croatia|Croatian|cee;Sarajevo|Bosnia|Bosnian|cee
Pristina|Kosovo|Kosovar|cee;Tirana|Albania|Albanian|cee;Skopje|North Macedonia|Macedonian|cee
Nicosia|Cyprus|Cypriot|sou;Valletta|Malta|Maltese|sou;Vilnius|Lithuania|Lithuanian|cee;Riga|Latvia|Latvian|cee
Tallinn|Estonia|Estonian|cee;Bratislava|Slovakia|Slovak|cee;Ljubljana|Slovenia|Slovenian|cee
Kyiv|Ukraine|Ukrainian|sl;Kharkiv|Ukraine|Ukrainian|sl;Odesa|Ukraine|Ukrainian|sl;Lviv|Ukraine|Ukrainian|sl
Dnipro|Ukraine|Ukrainian|sl;Zaporizhzhia|Ukraine|Ukrainian|sl;Kherson|Ukraine|Ukrainian|sl
Moscow|Russia|Russian|sl;St. Petersburg|Russia|Russian|sl;Novosibirsk|Russia|Russian|sl;Kazan|Russia|Russian|sl
Minsk|Belarus|Belarusian|sl;Chisinau|Moldova|Moldovan|cee;Tbilisi|Georgia|Georgian|cau
Yerevan|Armenia|Armenian|cau;Baku|Azerbaijan|Azerbaijani|cau;Astana|Kazakhstan|Kazakh|cau
Almaty|Kazakhstan|Kazakh|cau;Tashkent|Uzbekistan|Uzbek|cau;Bishkek|Kyrgyzstan|Kyrgyz|cau
Dushanbe|Tajikistan|Tajik|cau;Kabul|Afghanistan|Afghan|sas;Kandahar|Afghanistan|Afghan|sas
Herat|Afghanistan|Afghan|sas;Islamabad|Pakistan|Pakistani|sas;Karachi|Pakistan|Pakistani|sas
Lahore|Pakistan|Pakistani|sas;Peshawar|Pakistan|Pakistani|sas;Quetta|Pakistan|Pakistani|sas
New Delhi|India|Indian|ind;Mumbai|India|Indian|ind;Kolkata|India|Indian|ind;Chennai|India|Indian|ind
Bengaluru|India|Indian|ind;Hyderabad|India|Indian|ind;Dhaka|Bangladesh|Bangladeshi|sas
Colombo|Sri Lanka|Sri Lankan|ind;Kathmandu|Nepal|Nepali|ind;Beijing|China|Chinese|eas
Shanghai|China|Chinese|eas;Guangzhou|China|Chinese|eas;Wuhan|China|Chinese|eas;Hong Kong|China|Chinese|eas
Taipei|Taiwan|Taiwanese|eas;Tokyo|Japan|Japanese|jp;Osaka|Japan|Japanese|jp;Seoul|South Korea|South Korean|kr
Busan|South Korea|South Korean|kr;Manila|Philippines|Filipino|sea;Jakarta|Indonesia|Indonesian|sea
Surabaya|Indonesia|Indonesian|sea;Kuala Lumpur|Malaysia|Malaysian|sea;Singapore|Singapore|Singaporean|sea
Bangkok|Thailand|Thai|sea;Hanoi|Vietnam|Vietnamese|sea;Ho Chi Minh City|Vietnam|Vietnamese|sea
Yangon|Myanmar|Burmese|sea;Naypyitaw|Myanmar|Burmese|sea;Phnom Penh|Cambodia|Cambodian|sea
Vientiane|Laos|Lao|sea;Ulaanbaatar|Mongolia|Mongolian|eas;Sydney|Australia|Australian|west
Melbourne|Australia|Australian|west;Canberra|Australia|Australian|west;Wellington|New Zealand|New Zealand|west
Auckland|New Zealand|New Zealand|west;Washington|United States|American|west
New York|United States|American|west;Los Angeles|United States|American|west;Chicago|United States|American|west
Houston|United States|American|west;Miami|United States|American|west;Ottawa|Canada|Canadian|west
Toronto|Canada|Canadian|west;Montreal|Canada|Canadian|fr;Mexico City|Mexico|Mexican|lat
Guadalajara|Mexico|Mexican|lat;Monterrey|Mexico|Mexican|lat;Tijuana|Mexico|Mexican|lat
Guatemala City|Guatemala|Guatemalan|lat;San Salvador|El Salvador|Salvadoran|lat
Tegucigalpa|Honduras|Honduran|lat;Managua|Nicaragua|Nicaraguan|lat;San Jose|Costa Rica|Costa Rican|lat
Panama City|Panama|Panamanian|lat;Havana|Cuba|Cuban|lat;Port-au-Prince|Haiti|Haitian|fr
Santo Domingo|Dominican Republic|Dominican|lat;Bogota|Colombia|Colombian|lat;Medellin|Colombia|Colombian|lat
Caracas|Venezuela|Venezuelan|lat;Quito|Ecuador|Ecuadorian|lat;Guayaquil|Ecuador|Ecuadorian|lat
Lima|Peru|Peruvian|lat;La Paz|Bolivia|Bolivian|lat;Santiago|Chile|Chilean|lat
Buenos Aires|Argentina|Argentine|lat;Montevideo|Uruguay|Uruguayan|lat;Asuncion|Paraguay|Paraguayan|lat
Sao Paulo|Brazil|Brazilian|lat;Rio de Janeiro|Brazil|Brazilian|lat;Brasilia|Brazil|Brazilian|lat
"""

# Invented people: first names | last names, per pool.
_NAMES = {
    "ar": ("Ahmed Mohammed Ali Hussein Omar Khalid Youssef Hassan Ibrahim Mustafa Tariq Salah Karim Faisal "
           "Nabil Samir Walid Hamid Adel Jamal Layla Fatima Noor Rania Huda Amira Salma Zainab Mariam Dalia",
           "al-Rubaie al-Jubouri Haddad Khalil Nasser al-Obeidi Mansour Saleh al-Hashimi Abdullah Darwish "
           "Barakat Hamdan al-Masri Kadhim Aziz Suleiman Qasim al-Tamimi Farouk Rahman Shami al-Amiri Zayed "
           "Jaber al-Khatib Othman Sabri"),
    "fa": ("Reza Mehdi Hossein Mohammad Parisa Maryam Saeed Arash Nasrin Kaveh Shirin Dariush Laleh Babak",
           "Rahimi Karimi Hosseini Tehrani Moradi Sadeghi Jafari Ahmadi Rezaei Mousavi Ghorbani Naderi Farahani"),
    "tr": ("Mehmet Ayse Emre Burak Elif Mustafa Zeynep Kemal Hakan Selin Murat Deniz Ozan Gulsen",
           "Yilmaz Kaya Demir Sahin Celik Aydin Ozturk Arslan Dogan Kilic Korkmaz Erdem Aksoy"),
    "he": ("Yossi Noa Avi Tamar Eitan Michal David Shira Amir Yael Itai Dana Ronen",
           "Cohen Levi Mizrahi Peretz Biton Friedman Katz Shapiro Avraham Dahan Golan Ben-David"),
    "eaf": ("James Grace Peter Wanjiru Samuel Faith Joseph Amina Daniel Mercy Abebe Tigist Moses Esther Jean-Claude",
            "Otieno Kamau Mwangi Odhiambo Tesfaye Bekele Mugisha Nkurunziza Okello Wafula Kabila Mutua Haile"),
    "waf": ("Chinedu Ngozi Emeka Aisha Kwame Akosua Moussa Fatoumata Ibrahim Abdoulaye Kofi Adaeze Seydou Mariama",
            "Okafor Adeyemi Okonkwo Bello Mensah Boateng Diallo Traore Keita Coulibaly Ouedraogo Diop Abubakar Sow"),
    "saf": ("Thabo Nomvula Sipho Lerato Tendai Chipo Mandla Zanele Joao Precious Bongani Tatenda",
            "Nkosi Dlamini Mokoena Ndlovu Moyo Banda Phiri Mabaso Sithole Chikwanha Machel Zulu"),
    "west": ("John Sarah Michael Emily David Laura James Rachel Thomas Karen Robert Megan Daniel Claire Brian "
             "Helen Mark Alison Patrick Susan",
             "Smith Johnson Williams Brown Taylor Anderson Thompson Walker Harris Clarke Mitchell Turner Collins "
             "Murphy Reynolds Foster Hughes Bennett Carter Doyle"),
    "fr": ("Pierre Marie Jean Sophie Nicolas Claire Antoine Camille Julien Isabelle Francois Amelie Luc Nathalie",
           "Martin Bernard Dubois Lefebvre Moreau Laurent Girard Rousseau Fontaine Mercier Lambert Chevalier Blanc"),
    "ger": ("Thomas Anna Stefan Katrin Lars Ingrid Jan Sofie Markus Eva Henrik Birgit Pieter Annika",
            "Mueller Schmidt Fischer Weber Becker Hoffmann Jansen de Vries Lindqvist Hansen Nieminen Berg Wagner"),
    "sou": ("Marco Giulia Luca Francesca Carlos Lucia Javier Elena Pedro Ana Nikos Maria Giorgos Sofia",
            "Rossi Bianchi Ferrari Esposito Garcia Fernandez Lopez Martinez Silva Santos Papadopoulos Georgiou"),
    "cee": ("Piotr Katarzyna Tomas Petra Laszlo Zsofia Andrei Ioana Milan Jelena Marko Ivana Dmitar Agnieszka",
            "Kowalski Nowak Novak Horvat Nagy Popescu Ionescu Petrovic Jovanovic Kovacs Dvorak Marinescu Hoxha"),
    "sl": ("Oleksandr Olena Andriy Iryna Dmitry Natalia Sergei Tatiana Viktor Yulia Mykola Oksana Pavel Anastasia",
           "Kovalenko Shevchenko Bondarenko Tkachenko Ivanov Petrov Sokolov Volkov Melnyk Kuznetsov Lysenko Orlov"),
    "cau": ("Giorgi Nino Armen Anahit Elchin Leyla Nursultan Aigerim Rustam Dilnoza Timur Gulnara",
            "Beridze Kapanadze Petrosyan Grigoryan Aliyev Mammadov Nurlanov Abenov Karimov Rakhimov Sadykov"),
    "sas": ("Imran Ayesha Bilal Sana Farhan Nadia Zubair Mahira Hamid Rukhsana Abdul Shabnam Tanvir Farida",
            "Khan Ahmed Qureshi Siddiqui Baloch Afridi Yusufzai Ghani Rahimi Chowdhury Hossain Malik Durrani"),
    "ind": ("Rahul Priya Amit Sunita Vikram Anjali Arjun Kavita Suresh Deepa Ramesh Lakshmi Kiran Meera",
            "Sharma Patel Singh Gupta Iyer Reddy Nair Mehta Bose Rao Verma Perera Fernando Thapa"),
    "eas": ("Wei Li Jun Mei Hao Xin Lei Yan Ming Fang Tao Ling Bat Oyun",
            "Wang Zhang Chen Liu Huang Zhao Zhou Wu Xu Lin Chang Tsai Batbayar"),
    "jp": ("Hiroshi Yuki Takeshi Aiko Kenji Haruka Daisuke Emi Satoshi Naoko",
           "Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Kato"),
    "kr": ("Min-jun Seo-yeon Ji-hoon Ha-eun Sung-ho Eun-ji Dong-hyun Soo-jin",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim"),
    "sea": ("Nguyen Thi Somchai Siriporn Budi Siti Maria Jose Aung Khin Ahmad Nurul Vannak Sokha",
            "Tran Pham Le Wongsakul Santoso Wijaya Reyes Cruz Min Thein Rahman Abdullah Chea Sok"),
    "lat": ("Carlos Maria Jose Ana Luis Gabriela Juan Valentina Diego Camila Andres Fernanda Jorge Paula Ricardo",
            "Gonzalez Rodriguez Hernandez Ramirez Torres Flores Vargas Castillo Morales Mendoza Rojas Silva "
            "Oliveira Pereira Souza"),
}

# Real international organizations with the acronym wire copy uses.
_INTERNATIONAL = [
    ("United Nations", "U.N."), ("International Monetary Fund", "IMF"), ("World Health Organization", "WHO"),
    ("World Food Programme", "WFP"), ("International Committee of the Red Cross", "ICRC"),
    ("North Atlantic Treaty Organization", "NATO"), ("International Atomic Energy Agency", "IAEA"),
    ("Organization of the Petroleum Exporting Countries", "OPEC"), ("African Union", "AU"),
    ("European Union", "EU"), ("International Criminal Court", "ICC"), ("Human Rights Watch", "HRW"),
    ("International Organization for Migration", "IOM"), ("World Bank", None), ("Amnesty International", None),
    ("Arab League", None), ("Association of Southeast Asian Nations", "ASEAN"),
    ("Organization for Security and Co-operation in Europe", "OSCE"),
    ("U.N. Children's Fund", "UNICEF"), ("Committee to Protect Journalists", "CPJ"),
]
_NO_ARTICLE = {"Amnesty International", "Human Rights Watch"}
_REAL_PEOPLE = [
    "U.N. Secretary-General Antonio Guterres", "IMF Managing Director Kristalina Georgieva",
    "WHO Director-General Tedros Adhanom Ghebreyesus", "U.N. human rights chief Volker Turk",
    "ICRC President Mirjana Spoljaric", "EU foreign policy chief Josep Borrell",
    "World Bank President Ajay Banga", "IAEA chief Rafael Grossi",
]
_ORG_HEADS = ["National", "Popular", "United", "Democratic", "Independent", "Revolutionary", "Federal",
              "Progressive", "Patriotic", "Free", "Civic", "Republican", "Social", "Islamic", "Liberal"]
_ORG_KINDS = ["Front", "Movement", "Alliance", "Council", "Party", "Union", "Coalition", "Congress", "Assembly",
              "League", "Bloc", "Committee"]
_ORG_TAILS = ["for Reform", "for Justice and Development", "of Liberation", "for Change", "for National Salvation",
              "of Workers", "for Democracy", "for Unity", "for Progress", "of the Republic", "for Dignity",
              "for Renewal", "of Free Citizens", "for Peace and Justice", ""]
_GROUP_NAMES = ["Brigades", "Battalions", "Army", "Forces", "Guardians", "Companions", "Legion", "Front", "Hawks"]
_GROUP_OF = ["the Dawn", "the Martyrs", "the North", "Righteousness", "the Mountains", "Victory", "the Sword",
             "the Crescent", "the Eastern Desert", "the Free Valley", "Resistance", "the River"]
_CORP_STEMS = ["Brightwater", "Northgate", "Silverline", "Crescent", "Harborview", "Ironwood", "Bluefield",
               "Redstone", "Greenvale", "Summit", "Kestrel", "Oakridge", "Falcon", "Cedarline", "Lumina", "Stonebridge",
               "Westmark", "Solaris", "Tidewater", "Granite Peak", "Amberley", "Coastline", "Highland", "Novaterra"]
_CORP_KINDS = ["Energy", "Shipping", "Holdings", "Mining", "Telecom", "Logistics", "Petroleum", "Airlines",
               "Pharmaceuticals", "Steel", "Foods", "Insurance", "Capital", "Motors", "Industries"]
_CORP_FORMS = ["Ltd", "Inc.", "Corp.", "PLC", "Group", "SA", "", "", ""]
_INSTITUTES = ["Chatham House", "the International Crisis Group", "the Carnegie Endowment for International Peace",
               "the Brookings Institution", "the Royal United Services Institute", "the Atlantic Council",
               "the Stockholm International Peace Research Institute", "the Center for Strategic and International Studies"]
_INVENTED_INSTITUTES = ["Institute for {a} Studies", "Center for {a} Policy", "{a} Research Forum",
                        "Foundation for {a} Affairs"]
_INSTITUTE_TOPICS = ["Regional", "Security", "Strategic", "Economic", "Democratic", "Migration", "Energy", "Conflict"]
_OFFICIAL_TITLES = ["Interior Minister", "Defense Minister", "Foreign Minister", "Health Minister",
                    "Finance Minister", "Prime Minister", "President", "Gen.", "Col.", "Maj. Gen.", "Governor",
                    "Mayor", "Justice Minister", "Deputy Prime Minister", "Information Minister"]
_ROLES = ["police spokesman", "army spokeswoman", "provincial governor", "senior security official",
          "opposition lawmaker", "local council member", "government spokesman", "hospital director",
          "central bank deputy governor", "civil defense official", "ministry spokeswoman", "regional commander"]
_JOBS = ["schoolteacher", "shopkeeper", "taxi driver", "nurse", "student", "farmer", "engineer", "street vendor",
         "retired civil servant", "mechanic", "pharmacist", "construction worker", "mother of four", "fisherman",
         "doctor", "baker", "accountant", "truck driver", "university lecturer", "tailor"]
_AGENCIES = ["Northwire", "Meridian News", "Gulf Ledger", "Atlas Wire", "Harbor Press", "Eastbridge News Service"]
_SOURCES = [  # (domain, outlet)
    ("northwire.co.uk", "Northwire"), ("thecapitalpost.com", "The Capital Post"),
    ("meridian-news.org", "Meridian News"), ("gulfledger.com", "Gulf Ledger"), ("atlaswire.net", "Atlas Wire"),
    ("eastbridgetimes.com", "The Eastbridge Times"), ("harborpress.org", "Harbor Press"),
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_CURRENCIES = ["euros", "pounds", "dinars", "rupees", "pesos", "yuan", "shillings", "naira", "rand", "lira"]
_DIRECTIONS = ["northern", "southern", "eastern", "western", "central", "northeastern", "southwestern"]
_QUOTES = [
    "We have nothing left, not even a roof over our heads",
    "Nobody told us anything, we found out from our neighbors",
    "This is a dark day for all of us",
    "The government must choose between its people and its partners",
    "We will not allow anyone to drag the country into chaos",
    "Our teams are working around the clock, but the needs are enormous",
    "These numbers will rise, I am afraid",
    "We came here to ask for our rights, nothing more",
    "Every family in this street has lost someone",
    "There is no military solution to this crisis",
    "The markets had priced in a cut, and they did not get one",
    "We have asked for an independent investigation and we expect answers",
    "It was like the ground opened up beneath us",
    "The agreement is a first step, not the end of the road",
    "People are tired, prices are rising and salaries are not",
    "We are doing everything we can to bring those responsible to justice",
    "The hospitals are overwhelmed and we are running out of fuel",
    "I have lived here for forty years and I have never seen anything like it",
    "The vote was free and fair, whatever the losers say",
    "Investors want clarity, and right now they are not getting it",
    "This court has shown that no one is above the law",
    "The talks were difficult but constructive",
]


@dataclass(frozen=True)
class Place:
    city: str
    country: str
    nationality: str
    pool: str


PLACES = [Place(*item.split("|")) for line in _PLACES.strip().splitlines() for item in line.split(";")]
_BY_COUNTRY: dict[str, list[Place]] = {}
for _place in PLACES:
    _BY_COUNTRY.setdefault(_place.country, []).append(_place)


# Sentence templates: {names} come from the article's cast; the others are drawn afresh at each use.
@dataclass(frozen=True)
class Topic:
    name: str
    event: tuple[str, ...]
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    body: tuple[str, ...]


TOPICS = (
    Topic(
        "attack", ("bombing", "attack", "blast", "shelling", "drone strike", "ambush"),
        ("{n_digits} killed in {City} {event}; {acr_short} blames {grp}",
         "{event_cap} in {Country} kills at least {n_digits}, officials say",
         "{Nat} forces hunt attackers after deadly {event} in {City}",
         "Death toll from {City} {event} rises to {n_digits}"),
        ("At least {n} people were killed and {m} wounded on {weekday} when {a_event} tore through a crowded "
         "market in {City}'s {direction} district, police and hospital officials said.",
         "{A_event} killed {n} people, including {k} children, in the {direction} outskirts of {City} on "
         "{weekday}, the {ministry} said, the deadliest such incident in {months} months.",
         "{Nat} security forces said {n} soldiers and {few} civilians died on {weekday} when gunmen ambushed "
         "a convoy on the road between {City} and {city2}, and {m} people were wounded."),
        ("Hospital officials put the death toll at {n}, with {m} others injured, {few} of them critically.",
         "{off_title} {off_last} said {arrests} suspects had been detained in raids overnight and that "
         "{few} of them had confessed to planning the {event}.",
         "No group immediately claimed responsibility, but officials pointed at {grp}, which has carried out "
         "at least {n_digits} attacks in the province since {date}.",
         "By {weekday} evening, the toll stood at {n} dead, {m} wounded and {few} missing.",
         "{local}, said the explosion shattered windows several streets away. \"{quote},\" he said.",
         "{The_intl} condemned the {event} and called on all sides to protect civilians, "
         "saying {big} people had been displaced from the area since {month}.",
         "Police said {arrests} people were arrested in connection with the {event}, and that {few} more "
         "were being questioned at a base near {city2}.",
         "Dozens were detained overnight; the {ministry} later put the number of arrests at {arrests}.",
         "The army said it killed {n} militants in a counter-raid on {weekday}, a figure that could not be "
         "independently verified.",
         "Witnesses said the attackers arrived in {few} pickup trucks shortly after {time} and fired on "
         "security forces for nearly {few} hours.",
         "{grp} has been blamed for a string of bombings that killed more than {big_small} people in {year}."),
    ),
    Topic(
        "protest", ("protests", "demonstrations", "rallies", "marches"),
        ("Thousands rally in {City} against {acr_short}-backed budget; {arrests} arrested",
         "{Nat} police fire tear gas as {event} spread to {city2}",
         "{event_cap} grip {Country} for a {ordinal} day",
         "{City} {event} turn violent; {n_digits} injured"),
        ("Tens of thousands of people marched through {City} on {weekday} to protest against rising fuel "
         "prices, and police said {arrests} demonstrators were arrested after clashes near parliament.",
         "Police in {City} fired tear gas and water cannon on {weekday} to disperse {event} against "
         "{leader_title} {leader}, and the {ministry} said {m} officers were injured.",
         "{event_cap} spread from {City} to at least {few} other cities on {weekday}, {Nat} media reported, "
         "a week after the government raised bread prices by {pct}."),
        ("The {ministry} said {m} members of the security forces were injured, {few} of them seriously, and "
         "that around {arrests} people were detained for setting fire to police vehicles.",
         "{local}, came with his {few} brothers. \"{quote},\" he said.",
         "Organizers said the crowd dispersed at about {time} after {local_name}, a union leader, read a "
         "statement calling for a general strike on {date}.",
         "A medical source at the main hospital in {City} said at least {n} protesters were treated for "
         "breathing problems and {few} for gunshot wounds.",
         "{The_intl} said at least {arrests} people had been arrested since the {event} began "
         "on {date} and urged the authorities to release them.",
         "Government spokesman {local_name} told reporters that the right to protest was guaranteed but "
         "that the state would act against \"those who attack public property.\"",
         "The {acr} said it would join the {event} on {weekday} if the government did not reverse the "
         "price increase, which it said would push {pct} of households into poverty.",
         "Inflation in {Country} reached {pct} in {month}, the highest in {months} years, according to "
         "official figures.",
         "Police later said {n} people had been charged with rioting and {few} with assaulting officers."),
    ),
    Topic(
        "election", ("election", "vote", "runoff", "referendum", "poll"),
        ("{acr_short} claims victory in {Country} {event} as count drags on",
         "{Nat} opposition rejects {event} results, calls for recount",
         "Turnout reaches {pct} in {Country}'s {event}",
         "{leader} wins second term in {Country} {event}"),
        ("Preliminary results from {Country}'s {event} showed the {org_def} ahead with {pct} of the "
         "vote on {weekday}, but opposition parties said the count in {City} had been rigged.",
         "Voters in {Country} went to the polls on {weekday} in a {event} seen as a test for {leader_title} "
         "{leader}, whose government has struggled with inflation of {pct}.",
         "{Nat} election officials said turnout reached {pct} in the {event} on {weekday}, with long queues "
         "reported in {City} and {city2} well after polls were due to close at {time}."),
        ("The election commission said {big} ballots had been counted by {time} and that full results were "
         "expected by {date}.",
         "Observers from {the_intl} said voting was largely orderly but reported \"serious "
         "irregularities\" at {n_digits} polling stations.",
         "The {acr}, which won {seats} of {total_seats} seats in the last parliament, campaigned on a promise to "
         "cut fuel taxes and raise public wages by {pct}.",
         "{local}, said she had voted for the first time. \"{quote},\" she said.",
         "Police said {arrests} people had been arrested for vote-buying, and {few} polling stations were "
         "closed after clashes between rival supporters.",
         "Analysts said a runoff on {date} was likely if no candidate crossed the {pct} threshold.",
         "{leader_title} {leader} cast his ballot in {City} in the morning and told reporters he would "
         "\"respect the will of the people.\"",
         "The campaign cost an estimated {money}, according to the election watchdog."),
    ),
    Topic(
        "economy", ("rate decision", "budget", "bond sale", "currency slide", "trade deal"),
        ("{Country}'s central bank holds rates at {pct}; {currency} slips",
         "{corp} to cut {big} jobs as {Country} economy slows",
         "{Country} unveils {money} budget, targets {pct} deficit",
         "{Nat} inflation eases to {pct} in {month}"),
        ("{Country}'s central bank kept its benchmark interest rate at {pct} on {weekday}, surprising "
         "economists who had expected a cut, and said inflation would stay above target until {year_next}.",
         "{corp} said on {weekday} it would cut {big} jobs and close {few} plants in {Country} after profit "
         "fell {pct} in the first half, sending its shares down {pct_small} in {City}.",
         "The {Nat} government presented a {money} budget to parliament in {City} on {weekday}, promising to "
         "bring the deficit down to {pct} of economic output by {year_next}."),
        ("Annual inflation slowed to {pct} in {month} from {pct} a month earlier, the statistics office said.",
         "The {currency} fell {pct_small} against the dollar after the announcement, and the main stock index "
         "in {City} closed down {pct_small}.",
         "{ana}, an economist at {inst}, said the decision showed the bank was \"worried about the second "
         "round effects of energy prices.\"",
         "{The_intl} forecast growth of {pct_small} this year and urged the government to cut energy "
         "subsidies that cost {money} a year.",
         "{corp}, which employs about {big} people in {Country}, said it would invest {money} in new plants "
         "in {city2} over the next {few} years.",
         "Exports rose {pct} in the first quarter to {money}, driven by sales of oil and fertilizer.",
         "The finance ministry said it would sell {money} of bonds on {date} to cover the gap.",
         "Unions said {big} workers would strike on {date} if wages did not rise by at least {pct}.",
         "\"{quote},\" said {local_name}, chief economist at {corp_short} Capital in {City}."),
    ),
    Topic(
        "disaster", ("flood", "earthquake", "landslide", "wildfire", "storm", "cyclone"),
        ("{event_cap} kills {n_digits} in {Country}, thousands displaced",
         "Rescuers search for survivors after {event} in {City}",
         "{Country} declares emergency as {event} hits {city2}",
         "Death toll from {Country} {event} climbs to {n_digits}"),
        ("{A_event} killed at least {n} people and forced {big} from their homes in and around {City} "
         "after {few} days of heavy rain, the civil defense agency said on {weekday}.",
         "Rescuers dug through rubble in {City} on {weekday} after a strong {event} killed at least {n} "
         "people and injured {m}, {Nat} officials said.",
         "{A_event} swept through villages south of {City} on {weekday}, killing {n} people and leaving "
         "{few} missing, the provincial governor said."),
        ("The civil defense agency said {m} people were injured and {big} homes damaged or destroyed.",
         "{off_title} {off_last} visited the area on {weekday} and promised {money} in emergency aid.",
         "{The_intl} said it was sending {few} planes carrying tents, blankets and medical supplies "
         "for {big} people.",
         "{local}, said the water rose in less than an hour. \"{quote},\" she said.",
         "Weather officials said more than {rain} millimeters of rain fell in {hours} hours, the most since "
         "records began in {year_old}.",
         "Roads between {City} and {city2} were cut, and power was out for {pct} of households.",
         "Police said {few} people had been arrested for looting shops in the flooded {direction} district.",
         "Insurers estimated losses at {money}, a figure {ana} of {inst} called \"conservative.\""),
    ),
    Topic(
        "diplomacy", ("talks", "ceasefire talks", "negotiations", "consultations"),
        ("{Country} and {Country2} agree to resume {event} in {City}",
         "{leader} hosts {Nat2} leader for {event} on border dispute",
         "{intl_acr_or_name} brokers {event} between {Country} and {Country2}",
         "{Nat} envoy says {event} with {Country2} made \"real progress\""),
        ("{Country} and {Country2} agreed on {weekday} to resume {event} on a disputed border after a meeting "
         "in {City} between their foreign ministers, the first in {months} months.",
         "{leader_title} {leader} met the {Nat2} foreign minister in {City} on {weekday} for {event} on "
         "prisoner exchanges and trade, officials from both sides said.",
         "Delegations from {Country} and {Country2} opened {event} in {City} on {weekday} under the "
         "auspices of {the_intl}, aiming at a ceasefire along a front where {big} people have died."),
        ("{intl_person} welcomed the meeting and said {the_intl} was ready to help.",
         "The two sides agreed to exchange {arrests} prisoners by {date} and to reopen {few} border crossings.",
         "A joint statement said trade between the two countries reached {money} last year, up {pct}.",
         "{ana} of {inst} said the {event} were \"a first step, but the hard questions remain open.\"",
         "The {acr} criticized the {event}, saying the government had given away too much without "
         "consulting parliament.",
         "\"{quote},\" {off_title} {off_last} told reporters after the meeting.",
         "Officials said the next round would be held in {city2} on {date}.",
         "The dispute has displaced {big} people since {year}, according to {the_intl}."),
    ),
    Topic(
        "trial", ("trial", "verdict", "hearing", "appeal", "sentencing"),
        ("{Nat} court sentences {few_digits} over {City} killings",
         "Former minister goes on trial in {City} over {money} graft case",
         "{Country} court acquits {acr_short} leader; supporters celebrate",
         "Judge in {City} delays {event} of {n_digits} protesters"),
        ("A court in {City} sentenced {few} men to life in prison on {weekday} for a {year} attack that "
         "killed {n} people, ending a {event} that lasted {months} months.",
         "A former {Nat} minister went on trial in {City} on {weekday} accused of embezzling {money} from "
         "a public housing fund, in the country's biggest corruption case in years.",
         "The leader of the {org_def} was acquitted on {weekday} of charges of inciting violence, "
         "a court in {City} ruled, and hundreds of supporters celebrated outside."),
        ("Prosecutors said the defendants had received {money} from abroad and had planned {few} other attacks.",
         "Defense lawyer {local_name} said his client would appeal. \"{quote},\" he said.",
         "The court also ordered the seizure of assets worth {money} and fined {corp} {money_small}.",
         "Police arrested {arrests} people outside the courthouse after scuffles between rival supporters.",
         "{The_intl} said the {event} fell short of international standards and that {few} witnesses "
         "had been prevented from testifying.",
         "The judge, {local_name}, said the evidence against {few} of the accused was insufficient.",
         "The case has been closely watched since {year}, when {n} people were killed in clashes in {city2}.",
         "The {acr} said the verdict proved the charges had been \"political from the start.\""),
    ),
)

# Paragraphs that fit any story; the organization intro opens the second paragraph so the acronym
# is defined before it is used.
ORG_INTRO = (
    "The {org_def}, the main opposition bloc in parliament, said the government had ignored "
    "repeated warnings.",
    "The {org_def}, which holds {seats} seats in parliament, called for an emergency session.",
    "In a statement, the {org_def} said {off_title} {off} should resign.",
    "Leaders of the {org_def} met in {City} on {weekday} and demanded an independent inquiry.",
    "The {org_def}, founded in {year}, said it would hold the government responsible.",
)
GENERIC = (
    "{off_title} {off} told reporters in {City} that the government would \"not be intimidated\" and "
    "promised to publish a full account by {date}.",
    "\"{quote},\" {off_title} {off} said at a news conference.",
    "{ana}, a senior fellow at {inst}, said {Country} faced \"its hardest test since {year}.\"",
    "The {acr} said {arrests} of its members had been detained since {month}.",
    "{intl_person} said on {weekday} that the situation in {Country} was \"deeply worrying.\"",
    "The {ministry} did not respond to a request for comment.",
    "{Country} has received {money} in aid from {the_intl} since {year}.",
    "{Nat2} officials said they were following events closely and had asked their citizens in {City} to "
    "stay indoors.",
    "Residents of {city2}, about {distance} from {City}, reported similar scenes.",
    "{local}, said: \"{quote}.\"",
    "The {acr} has repeatedly accused {leader_title} {leader} of sidelining parliament.",
    "Shares of {corp}, the country's largest {corp_kind} company, fell {pct_small} on {weekday}.",
    "{off_title} {off_last} is due to brief lawmakers on {date}.",
    "{grp} said in a statement on social media that it \"would answer\" any raid on its positions.",
    "{The_intl} estimates that {pct} of the population needs humanitarian assistance.",
)
BOILERPLATE = ("Advertisement", "Read more:", "Sign up for our daily briefing")


class _Slots(dict):
    """The article's cast; any other field is drawn afresh each time a template asks for it."""

    def __init__(self, rng: random.Random, cast: dict):
        super().__init__(cast)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        if key in ("off", "off_last"):  # the official's full name first, then the surname
            self["off"], self["off_last"] = self["official"], self["official_last"]
            return self["official"]
        if key in ("acr", "org_def"):  # the first mention defines the acronym, later ones use it
            first, self["acr"], self["org_def"] = f"{self['org']} ({self['acr_short']})", self["acr_short"], self["org"]
            return first
        return _DYNAMIC[key](self.rng, self)


def _count(rng: random.Random, low: int, high: int) -> str:
    value = rng.randint(low, high)
    return _NUMBER_WORDS[value] if value < 10 else f"{value:,}"


def _money(rng: random.Random, low: float = 1.0) -> str:
    amount = round(rng.uniform(low, 950), 1 if rng.random() < 0.5 else 0)
    amount_text = f"{amount:g}"
    unit = rng.choice(["million", "million", "billion"])
    if rng.random() < 0.55:
        return f"${amount_text} {unit}"
    return f"{amount_text} {unit} {rng.choice(_CURRENCIES)}"


def _pct(rng: random.Random, low: float, high: float) -> str:
    value = round(rng.uniform(low, high), 1)
    return f"{value:g}%" if rng.random() < 0.3 else f"{value:g} percent"


def _date(rng: random.Random) -> str:
    return f"{rng.choice(_AP_MONTHS)} {rng.randint(1, 28)}"


def _name(rng: random.Random, pool: str) -> str:
    if rng.random() < 0.1:
        pool = rng.choice(list(_NAMES))
    first, last = _NAMES[pool]
    return f"{rng.choice(first.split())} {rng.choice(last.split())}"


def _local(rng: random.Random, slots: dict) -> str:
    return f"{_name(rng, slots['pool'])}, a {rng.randint(19, 78)}-year-old {rng.choice(_JOBS)} from {slots['City']}"


def _other_city(rng: random.Random, slots: dict) -> str:
    """Another city of the same country, else of the same region."""
    same = [p.city for p in _BY_COUNTRY[slots["Country"]] if p.city != slots["City"]]
    if not same or rng.random() < 0.2:
        same = [p.city for p in PLACES if p.pool == slots["pool"] and p.city != slots["City"]]
    return rng.choice(same)


def _distance(rng: random.Random) -> str:
    km = rng.randint(15, 420)
    return f"{km} km ({round(km * 0.621)} miles)"


_DYNAMIC = {
    "n": lambda r, s: _count(r, 2, 75),
    "n_digits": lambda r, s: str(r.randint(3, 90)),
    "m": lambda r, s: _count(r, 5, 240),
    "k": lambda r, s: _count(r, 1, 15),
    "few": lambda r, s: _count(r, 2, 9),
    "few_digits": lambda r, s: str(r.randint(2, 14)),
    "arrests": lambda r, s: _count(r, 8, 460),
    "big": lambda r, s: f"{r.randint(1_200, 250_000):,}",
    "big_small": lambda r, s: str(r.randint(20, 400)),
    "seats": lambda r, s: str(r.randint(12, 140)),
    "total_seats": lambda r, s: str(r.choice([150, 200, 225, 300, 329, 350, 450])),
    "weekday": lambda r, s: r.choice(_WEEKDAYS),
    "date": lambda r, s: _date(r),
    "month": lambda r, s: r.choice(_MONTHS),
    "months": lambda r, s: str(r.randint(2, 18)),
    "year": lambda r, s: str(r.randint(1994, 2023)),
    "year_old": lambda r, s: str(r.randint(1880, 1960)),
    "year_next": lambda r, s: str(r.randint(2025, 2030)),
    "ordinal": lambda r, s: r.choice(["second", "third", "fourth", "fifth", "sixth", "seventh"]),
    "hours": lambda r, s: str(r.choice([12, 24, 36, 48, 72])),
    "rain": lambda r, s: str(r.randint(80, 400)),
    "distance": lambda r, s: _distance(r),
    "time": lambda r, s: f"{r.randint(1, 11)}{r.choice(['', ':15', ':30', ':45'])} {r.choice(['a.m.', 'p.m.'])}",
    "money": lambda r, s: _money(r),
    "money_small": lambda r, s: f"${r.randint(2, 900)},000",
    "pct": lambda r, s: _pct(r, 2, 68),
    "pct_small": lambda r, s: _pct(r, 0.2, 9.5),
    "quote": lambda r, s: r.choice(_QUOTES),
    "local": _local,
    "local_name": lambda r, s: _name(r, s["pool"]),
    "city2": _other_city,
    "direction": lambda r, s: r.choice(_DIRECTIONS),
    "Country2": lambda r, s: s["other"].country,
    "Nat2": lambda r, s: s["other"].nationality,
    "intl_person": lambda r, s: r.choice(_REAL_PEOPLE) if r.random() < 0.5
    else f"{r.choice(['U.N. envoy', 'EU envoy', 'AU mediator', 'U.S. envoy'])} {_name(r, r.choice(list(_NAMES)))}",
    "currency": lambda r, s: s["currency_name"],
}


def _org(rng: random.Random) -> tuple[str, str]:
    words = [rng.choice(_ORG_HEADS), rng.choice(_ORG_KINDS)]
    if rng.random() < 0.4:
        words.insert(1, rng.choice([h for h in _ORG_HEADS if h != words[0]]))
    tail = rng.choice(_ORG_TAILS)
    name = " ".join(words + ([tail] if tail else []))
    acronym = "".join(w[0] for w in name.split() if w[0].isupper())
    return name, acronym


def _cast(rng: random.Random, place: Place, topic: Topic) -> dict:
    org, acr = _org(rng)
    intl_name, intl_acr = rng.choice(_INTERNATIONAL)
    the_intl = intl_name if intl_name in _NO_ARTICLE else f"the {intl_name}"
    corp_stem = rng.choice(_CORP_STEMS)
    corp_kind = rng.choice(_CORP_KINDS)
    corp = " ".join(part for part in (corp_stem, corp_kind, rng.choice(_CORP_FORMS)) if part)
    off = _name(rng, place.pool)
    event = rng.choice(topic.event)
    inst = rng.choice(_INSTITUTES) if rng.random() < 0.5 else (
        f"the {rng.choice(_INVENTED_INSTITUTES).format(a=rng.choice(_INSTITUTE_TOPICS))} in {rng.choice(PLACES).city}")
    return {
        "City": place.city, "Country": place.country, "Nat": place.nationality, "pool": place.pool,
        "other": rng.choice([p for p in PLACES if p.country != place.country]),
        "official": off, "official_last": off.split()[-1], "off_title": rng.choice(_OFFICIAL_TITLES),
        "leader": _name(rng, place.pool), "leader_title": rng.choice(["President", "Prime Minister"]),
        "org": org, "acr_short": acr,
        "grp": f"the {rng.choice(_GROUP_NAMES)} of {rng.choice(_GROUP_OF)}",
        "intl_name": intl_name, "the_intl": the_intl, "The_intl": the_intl[0].upper() + the_intl[1:],
        "intl_acr_or_name": intl_acr or intl_name,
        "corp": corp, "corp_short": corp_stem, "corp_kind": corp_kind.lower(),
        "ana": _name(rng, rng.choice(list(_NAMES))), "inst": inst,
        "ministry": rng.choice(["Interior Ministry", "Health Ministry", "Defense Ministry", "Information Ministry"]),
        "event": event, "event_cap": event[0].upper() + event[1:],
        "A_event": ("An " if event[0] in "aeiou" else "A ") + event, "a_event": ("an " if event[0] in "aeiou" else "a ") + event,
        "currency_name": rng.choice(_CURRENCIES[2:]) if rng.random() < 0.5 else "local currency",
    }


def _fill(template: str, slots: _Slots) -> str:
    text = template.format_map(slots)
    return text[0].upper() + text[1:]


def article(rng: random.Random, index: int) -> dict:
    """One news-please record."""
    place = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    slots = _Slots(rng, _cast(rng, place, topic))
    domain, outlet = rng.choice(_SOURCES)
    agency = outlet if rng.random() < 0.5 else rng.choice(_AGENCIES)
    published = datetime(2024, 1, 1) + timedelta(minutes=rng.randint(0, 365 * 24 * 60 - 1))

    head = place.city.upper()
    if rng.random() < 0.75 and place.city != place.country:
        head += f", {place.country}"
    undated = rng.random() < 0.15  # no metadata date: the dateline gives month and day
    if undated:
        head += f", {_AP_MONTHS[published.month - 1]} {published.day}"
    dateline = f"{head} ({agency}) - " if rng.random() < 0.9 else f"{head} - "

    paragraphs = rng.randint(5, 8)
    target = rng.randint(380, 450)
    body_pool = list(topic.body) + list(GENERIC)
    rng.shuffle(body_pool)
    texts: list[str] = []
    words = 0
    for number in range(paragraphs):
        sentences = []
        if number == 0:
            sentences.append(dateline + _fill(rng.choice(topic.leads), slots))
        elif number == 1:
            sentences.append(_fill(rng.choice(ORG_INTRO), slots))
        quota = (target - words) / (paragraphs - number)
        while sum(len(s.split()) for s in sentences) < quota - 10 and len(sentences) < 4:
            if not body_pool:
                body_pool = list(topic.body) + list(GENERIC)
                rng.shuffle(body_pool)
            sentences.append(_fill(body_pool.pop(), slots))
        paragraph = " ".join(sentences)
        words += len(paragraph.split())
        texts.append(paragraph)
    if rng.random() < 0.05:
        texts.insert(rng.randint(2, len(texts) - 1), rng.choice(BOILERPLATE))
    byline = _name(rng, rng.choice(list(_NAMES)))
    if rng.random() < 0.15:
        texts.append(f"(Additional reporting by {_name(rng, place.pool)}; Editing by {byline})")

    title = _fill(rng.choice(topic.headlines), slots)
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    if undated:
        date_publish = None
    elif rng.random() < 0.8:
        date_publish = published.strftime("%Y-%m-%d %H:%M:%S")
    else:
        date_publish = published.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    return {
        "title": title,
        "maintext": "\n".join(texts),
        "date_publish": date_publish,
        "url": f"https://www.{domain}/{published:%Y/%m/%d}/{slug}-{index:07d}",
        "source_domain": domain,
        "language": "en",
        "authors": [byline],
    }


def articles(count: int, seed: int = DEFAULT_SEED) -> Iterator[dict]:
    """`count` records, the same ones for the same seed."""
    rng = random.Random(seed)
    for index in range(count):
        yield article(rng, index)


def write_jsonl(records: Iterable[dict], folder: Path, per_file: int = RECORDS_PER_FILE,
                prefix: str = "bench") -> list[Path]:
    """Records as JSONL files of `per_file` lines each; the paths written, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    handle = None
    try:
        for number, record in enumerate(records):
            if number % per_file == 0:
                if handle is not None:
                    handle.close()
                paths.append(folder / f"{prefix}-{len(paths):05d}.jsonl")
                handle = paths[-1].open("w", encoding="utf-8")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if handle is not None:
            handle.close()
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    for record in articles(args.articles, args.seed):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
