"""Build dateline/evaluation/gold/entities.jsonl: hand-annotated gold set for entity extraction and normalization.

The articles below are invented for this gold set. Each article carries an annotation table, one
line per surface string:

    surface | LABEL | canonical name          every free occurrence of `surface` in the text
    surface#1,3 | LABEL | canonical name      only occurrences 1 and 3 (0-based, counted over all
                                              word-bounded occurrences of `surface`, case-sensitive)

An empty canonical name means "same as the surface". Occurrences lying inside a longer annotated
span ("Iraq" inside "Islamic Resistance in Iraq") are covered by that span and are not marked again.

The builder finds the offsets, refuses anything it cannot place, and then checks completeness: every
occurrence of an annotated surface (also in ALL CAPS or capitalised) must be covered by an annotated
span unless the article's `skip` table lists it (surface#index | reason). The scheme is
dateline/evaluation/gold/ENTITIES.md.

Usage:  python3 dateline/evaluation/gold/build_entities_gold.py            (writes entities.jsonl)
        python3 dateline/evaluation/gold/build_entities_gold.py --review   (also prints review aids)
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "entities.jsonl"
SAMPLE = Path(__file__).resolve().parents[3] / "seeds" / "landing" / "sample-article.txt"
LABELS = ("PERSON", "ORG", "PLACE", "GROUP", "EVENT", "OTHER")
TITLES = (
    "President", "PM", "Prime Minister", "Minister", "Secretary", "Chancellor", "Speaker", "Senator",
    "Representative", "Governor", "Mayor", "King", "Prince", "Gen.", "Mr", "Ms", "Mrs",
    "Dr", "Dr.", "Professor", "Prof.", "Sheikh", "spokesperson", "spokesman", "commander", "captain",
    "coach", "Chief", "MV ", "the ", "The ", "a ", "an ",
)
ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Ltd|Corp|Co|Fla)\.)$")

DOCS: list[dict] = []


def doc(doc_id: str, topic: str, text: str, ann: str, skip: str = "") -> None:
    DOCS.append({"doc_id": doc_id, "topic": topic, "text": text, "ann": ann, "skip": skip})


# --------------------------------------------------------------------------------------------
# world / conflict
# --------------------------------------------------------------------------------------------
doc("g01", "world", """\
BAGHDAD, Iraq - Iraqi Prime Minister Mohammed Shia al-Sudani on Sunday ordered an inquiry into a drone strike on a supply depot in Anbar's al-Qaem, as pressure mounted on Baghdad to set a date for the departure of American troops.
The depot was used by the Popular Mobilization Forces (PMF), a state-sanctioned umbrella of mostly Shiite armed groups that includes Kataib Hezbollah and Harakat al-Nujaba. PMF officials said four fighters were killed and nine wounded.
"Iraq will not be turned into a battlefield for anyone," army spokesperson Yehia Rasool told reporters at the Ministry of Defence. Rasool said Baghdad had asked the United States for "clarity" on whether its aircraft were involved.
The Pentagon declined to comment. A US defence official, speaking on condition of anonymity, said America had carried out no operations in Iraq over the weekend and pointed to "other actors" in the region.
Sudani's office said he had discussed the strike with Kurdish leaders in Erbil, where the US-led coalition keeps troops at the city's airport, and with Iranian envoy Reza Karimi.
Hadi Jaber, a PMF commander in al-Qaem, said the depot held only food and fuel. Kataib Hezbollah, which Washington blames for dozens of rocket and drone attacks since October, vowed to respond. "The Americans know who is behind this," the group said in a statement.""", """
BAGHDAD | PLACE | Baghdad
Iraq | PLACE |
Iraqi | GROUP | Iraqis
Mohammed Shia al-Sudani | PERSON |
Anbar | PLACE |
al-Qaem | PLACE |
Baghdad | PLACE |
American | GROUP | Americans
Popular Mobilization Forces | ORG |
PMF | ORG | Popular Mobilization Forces
Shiite | GROUP | Shiites
Kataib Hezbollah | ORG |
Harakat al-Nujaba | ORG |
Yehia Rasool | PERSON |
Rasool | PERSON | Yehia Rasool
Ministry of Defence | ORG | Iraqi Ministry of Defence
United States | PLACE |
Pentagon | ORG |
US | PLACE | United States
America | PLACE | United States
Sudani | PERSON | Mohammed Shia al-Sudani
Kurdish | GROUP | Kurds
Erbil | PLACE |
Iranian | GROUP | Iranians
Reza Karimi | PERSON |
Hadi Jaber | PERSON |
Washington | PLACE |
Americans | GROUP |
""")

doc("g02", "world", """\
CAIRO, March 4 (Meridian Press) - Egyptian and Qatari mediators pressed Hamas and Israel on Monday to accept a six-week truce in the Gaza Strip, as aid agencies warned that hunger was spreading rapidly across the north of the enclave.

A Hamas delegation led by senior official Khalil Mansour arrived in Cairo on Sunday, but Israel did not send negotiators, two Egyptian officials said. Hamas's insistence on a permanent ceasefire remains the main sticking point, they added.

Israeli government spokesman Avi Lerner said Hamas’s leaders "know exactly what they need to do" and accused the group of stalling. Mansour said Israel was "using starvation as a weapon", a charge Israel denies.

The United Nations says most of the 2.2 million Palestinians in Gaza face acute food shortages. Trucks carrying flour for the World Food Programme (WFP) were turned back at the Kerem Shalom crossing on Saturday, a WFP spokesperson said.

In Rafah, on the border with Egypt, more than a million displaced people are sheltering in tents. Palestinian health officials said 31 people were killed in Israeli strikes overnight.

Mediators from Qatar, Egypt and the U.S. hope to secure a deal before Ramadan. A State Department official in Washington said the talks were "difficult but not stalled".

(Reporting by Nadia Farouk; Editing by Tom Whitlock)""", """
CAIRO | PLACE | Cairo
Meridian Press | ORG |
Egyptian | GROUP | Egyptians
Qatari | GROUP | Qataris
Hamas | ORG |
Israel | PLACE |
Gaza Strip | PLACE |
Khalil Mansour | PERSON |
Mansour | PERSON | Khalil Mansour
Cairo | PLACE |
Israeli | GROUP | Israelis
Avi Lerner | PERSON |
United Nations | ORG |
Palestinians | GROUP |
Gaza | PLACE | Gaza Strip
World Food Programme | ORG |
WFP | ORG | World Food Programme
Kerem Shalom | PLACE |
Rafah | PLACE |
Egypt | PLACE |
Palestinian | GROUP | Palestinians
Qatar | PLACE |
U.S. | PLACE | United States
Ramadan | EVENT |
State Department | ORG | United States Department of State
Washington | PLACE |
Nadia Farouk | PERSON |
Tom Whitlock | PERSON |
""")

doc("g03", "world", """\
KYIV, Ukraine (AP) — Russian drones and missiles struck energy facilities across Ukraine overnight, knocking out power to hundreds of thousands of homes in the Kharkiv and Odesa regions, Ukrainian officials said Thursday.
Ukraine’s air force said it shot down 38 of 45 Shahed drones, which Kyiv says are supplied by Iran, and three of seven cruise missiles launched from the Black Sea and from Russia’s Belgorod region.
“Every night Russia tries to leave Ukrainians in the dark and cold,” Energy Minister Oksana Hrytsenko wrote on Telegram. State grid operator Ukrenergo said repairs would take several days.
The Kremlin did not comment on the strikes. Russia’s Defence Ministry said its forces had hit “military-industrial targets” and claimed to have captured the village of Novoselivka in the eastern Donetsk region, a claim Ukraine’s General Staff disputed.
At NATO headquarters in Brussels, alliance officials said members were discussing new air-defence deliveries. Germany has pledged another Patriot system, while the Netherlands said it would send more F-16 jets “within weeks.”
Ukrainian President Volodymyr Zelensky urged allies to move faster. “Patriots save lives. Every delay costs lives,” Zelensky said in his nightly video address.""", """
KYIV | PLACE | Kyiv
Ukraine | PLACE |
AP | ORG | Associated Press
Russian | GROUP | Russians
Kharkiv | PLACE |
Odesa | PLACE |
Ukrainian | GROUP | Ukrainians
Shahed | OTHER |
Kyiv | PLACE |
Iran | PLACE |
Black Sea | PLACE |
Russia | PLACE |
Belgorod | PLACE |
Ukrainians | GROUP |
Oksana Hrytsenko | PERSON |
Telegram | ORG |
Ukrenergo | ORG |
Kremlin | ORG |
Defence Ministry | ORG | Russian Ministry of Defence
Novoselivka | PLACE |
Donetsk | PLACE |
General Staff | ORG | Ukrainian General Staff
NATO | ORG | North Atlantic Treaty Organization
Brussels | PLACE |
Germany | PLACE |
Patriot | OTHER |
Netherlands | PLACE |
F-16 | OTHER |
Volodymyr Zelensky | PERSON |
Patriots | OTHER | Patriot
Zelensky | PERSON | Volodymyr Zelensky
""")

doc("g04", "world", """\
SUDAN'S ARMY SAYS IT REPELLED RSF ASSAULT ON EL FASHER

PORT SUDAN, Sudan — Sudan's army said on Tuesday it had repelled a major assault by the paramilitary Rapid Support Forces (RSF) on El Fasher, the last big city in the Darfur region still under its control.

Army spokesperson Nabil Abdallah said "hundreds" of RSF fighters had been killed in the fighting on the city's eastern edge. The claim could not be independently verified. The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, said in a statement that its forces had "liberated" several districts.

Abdallah said the Sudanese Armed Forces (SAF) still controlled El Fasher's airport and its main hospital.

The United Nations has warned that more than 800,000 civilians are trapped in the city. Doctors Without Borders (MSF) said its team at the South Hospital had received 47 wounded people in a single day.

The war between the SAF and the RSF erupted in Khartoum in April 2023 and has forced more than 10 million people from their homes, many of them into Chad and Egypt. Talks hosted by Saudi Arabia and the United States in Jeddah collapsed last year.

The African Union called for an immediate ceasefire, while Washington said it was "deeply alarmed" by reports of ethnically motivated killings of Masalit civilians in West Darfur.""", """
SUDAN | PLACE | Sudan
RSF | ORG | Rapid Support Forces
EL FASHER | PLACE | El Fasher
PORT SUDAN | PLACE | Port Sudan
Sudan | PLACE |
Rapid Support Forces | ORG |
El Fasher | PLACE |
Darfur | PLACE |
Nabil Abdallah | PERSON |
Mohamed Hamdan Dagalo | PERSON |
Hemedti | PERSON | Mohamed Hamdan Dagalo
Abdallah | PERSON | Nabil Abdallah
Sudanese Armed Forces | ORG |
SAF | ORG | Sudanese Armed Forces
United Nations | ORG |
Doctors Without Borders | ORG |
MSF | ORG | Doctors Without Borders
South Hospital | PLACE |
Khartoum | PLACE |
Chad | PLACE |
Egypt | PLACE |
Saudi Arabia | PLACE |
United States | PLACE |
Jeddah | PLACE |
African Union | ORG |
Washington | PLACE |
Masalit | GROUP |
West Darfur | PLACE |
""")

doc("g05", "world", """\
ISLAMABAD (Northwire) - Pakistan's interior minister, Tariq Khan, ordered a security review on Friday after gunmen attacked a convoy carrying Chinese engineers in Khyber Pakhtunkhwa province, killing two police escorts.
The convoy was travelling from Peshawar to the Dasu hydropower project on the Indus River. No group claimed responsibility, but officials suspect the Pakistani Taliban, formally known as Tehreek-e-Taliban Pakistan (TTP), which has stepped up attacks near the Afghan border.
"Those who target our friends target Pakistan itself," Khan told the Senate. Beijing has repeatedly pressed Islamabad to protect Chinese citizens working on the China-Pakistan Economic Corridor (CPEC), a flagship of President Xi Jinping's Belt and Road Initiative.
Opposition lawmaker Ayesha Khan, no relation to the minister, said the government had ignored warnings from provincial police. "The minister keeps promising reviews. We need results," Ms Khan said.
Tariq Khan said he would travel to Kabul next week to press the Taliban administration to act against TTP hideouts in Afghanistan. The Chinese embassy said it "strongly condemned" the attack and urged a thorough investigation.""", """
ISLAMABAD | PLACE | Islamabad
Northwire | ORG |
Pakistan | PLACE |
Tariq Khan | PERSON |
Chinese | GROUP | Chinese
Khyber Pakhtunkhwa | PLACE |
Peshawar | PLACE |
Dasu | PLACE |
Indus River | PLACE | Indus
Pakistani Taliban | ORG | Tehreek-e-Taliban Pakistan
Tehreek-e-Taliban Pakistan | ORG |
TTP | ORG | Tehreek-e-Taliban Pakistan
Afghan | GROUP | Afghans
Khan#1 | PERSON | Tariq Khan
Senate | ORG | Senate of Pakistan
Beijing | PLACE |
Islamabad | PLACE |
China-Pakistan Economic Corridor | OTHER |
CPEC | OTHER | China-Pakistan Economic Corridor
Xi Jinping | PERSON |
Belt and Road Initiative | OTHER |
Ayesha Khan | PERSON |
Khan#3 | PERSON | Ayesha Khan
Kabul | PLACE |
Taliban | ORG |
Afghanistan | PLACE |
""")

doc("g06", "world", """\
HOUTHI MISSILE HITS BULK CARRIER IN RED SEA, CREW EVACUATED

ADEN, Yemen - A Liberian-flagged bulk carrier was hit by an anti-ship missile in the southern Red Sea on Wednesday and its 21 crew members were evacuated, the vessel's operator and British maritime authorities said.

The MV Coral Dawn, operated by Halvorsen Shipping Ltd., was sailing from Brazil to the Netherlands with a cargo of soybeans when it was struck about 60 nautical miles west of Hodeidah, the UK Maritime Trade Operations (UKMTO) agency said. UKMTO said a fire on board had been brought under control.

Yemen's Houthis claimed the attack in a televised statement by their military spokesman, Yahya Saree, who said the ship belonged to a company that had "violated the ban" on entering Israeli ports. Halvorsen Shipping said the Coral Dawn had no links to Israel.

The Iran-aligned Houthi movement has targeted merchant shipping near the Bab el-Mandeb strait since late 2023, saying it acts in solidarity with Palestinians in Gaza. The attacks have forced many carriers to divert around Africa's Cape of Good Hope.

The US and Britain have carried out repeated strikes on Houthi targets in Yemen, and the European Union runs a naval mission, Aspides, to escort vessels. A spokesperson for the US Central Command said an American destroyer had assisted the crew.""", """
HOUTHI | ORG | Houthis
RED SEA | PLACE | Red Sea
ADEN | PLACE | Aden
Yemen | PLACE |
Liberian | GROUP | Liberians
Red Sea | PLACE |
British | GROUP | Britons
Coral Dawn | OTHER |
Halvorsen Shipping Ltd. | ORG | Halvorsen Shipping
Brazil | PLACE |
Netherlands | PLACE |
Hodeidah | PLACE |
UK Maritime Trade Operations | ORG | United Kingdom Maritime Trade Operations
UKMTO | ORG | United Kingdom Maritime Trade Operations
Houthis | ORG |
Yahya Saree | PERSON |
Israeli | GROUP | Israelis
Halvorsen Shipping | ORG |
Israel | PLACE |
Iran | PLACE |
Houthi | ORG | Houthis
Bab el-Mandeb | PLACE |
Palestinians | GROUP |
Gaza | PLACE | Gaza Strip
Africa | PLACE |
Cape of Good Hope | PLACE |
US | PLACE | United States
Britain | PLACE | United Kingdom
European Union | ORG |
Aspides | EVENT |
US Central Command | ORG | United States Central Command
American | GROUP | Americans
""")

doc("g07", "world", """\
GOMA, Democratic Republic of Congo, Feb 12 (Northwire) - M23 rebels pushed to within 20 km of Goma on Monday, residents and aid workers said, as thousands of people fled into the city from camps on its northern outskirts.
The Rwandan-backed group seized the town of Sake over the weekend after heavy fighting with Congolese troops and allied militias known as Wazalendo, according to local officials in North Kivu province.
Congo's government accuses Rwanda of arming the rebels and sending its own soldiers across the border. Kigali denies the charge and says Kinshasa works with the Democratic Forces for the Liberation of Rwanda (FDLR), a Hutu militia founded by people linked to the 1994 genocide.
"The front line is moving every day," said Jean-Paul Mukendi, a nurse at a clinic run by the International Committee of the Red Cross (ICRC) in Goma. He said the ICRC had treated more than 300 wounded since January.
The UN peacekeeping mission, MONUSCO, said its troops were supporting the Congolese army around Sake. South Africa, Malawi and Tanzania have also sent troops as part of a regional force under the Southern African Development Community (SADC).
Lake Kivu, which borders Goma to the south, has become the main escape route for civilians trying to reach Bukavu.
(Reporting by Grace Ndaya; Writing by Hugo Brenner)""", """
GOMA | PLACE | Goma
Democratic Republic of Congo | PLACE |
Northwire | ORG |
M23 | ORG |
Goma | PLACE |
Rwandan | GROUP | Rwandans
Sake | PLACE |
Congolese | GROUP | Congolese
Wazalendo | ORG |
North Kivu | PLACE |
Congo | PLACE | Democratic Republic of Congo
Rwanda | PLACE |
Kigali | PLACE |
Kinshasa | PLACE |
Democratic Forces for the Liberation of Rwanda | ORG |
FDLR | ORG | Democratic Forces for the Liberation of Rwanda
Hutu | GROUP | Hutus
Jean-Paul Mukendi | PERSON |
International Committee of the Red Cross | ORG |
ICRC | ORG | International Committee of the Red Cross
UN | ORG | United Nations
MONUSCO | ORG |
South Africa | PLACE |
Malawi | PLACE |
Tanzania | PLACE |
Southern African Development Community | ORG |
SADC | ORG | Southern African Development Community
Lake Kivu | PLACE |
Bukavu | PLACE |
Grace Ndaya | PERSON |
Hugo Brenner | PERSON |
""")

doc("g08", "world", """\
TEHRAN, Feb 5 (Northwire) - Iran condemned U.S. strikes on targets in Iraq and Syria as a "strategic mistake" on Monday but signalled it did not want a wider war, as the Islamic Revolutionary Guard Corps (IRGC) denied that any of its personnel had been killed.
Foreign Ministry spokesman Kaveh Nasseri said Washington was "playing with fire" and that the strikes violated the sovereignty of Iraq and Syria. But he said Tehran "does not seek tension" in the region.
The United States said it had hit more than 85 targets linked to the IRGC's Quds Force and allied militias, including Kataib Hezbollah’s headquarters near al-Qaem in Anbar province. The Pentagon said the strikes were a response to a drone attack that killed three American soldiers at Tower 22, a US outpost in Jordan.
Ali Akbar Ahmadian, secretary of Iran's Supreme National Security Council, met Iraqi officials in Tehran on Sunday. Iranian state media said Ahmadian had urged Baghdad to "accelerate" the exit of foreign forces.
Analysts said the Islamic Resistance in Iraq, an umbrella of Iran-backed groups that has claimed most attacks on US bases, was likely to pause operations. "Tehran wants to keep its network intact," said Hamid Rezaei, an analyst at the Gulf Policy Institute in Doha.""", """
TEHRAN | PLACE | Tehran
Northwire | ORG |
Iran | PLACE |
U.S. | PLACE | United States
Iraq | PLACE |
Syria | PLACE |
Islamic Revolutionary Guard Corps | ORG |
IRGC | ORG | Islamic Revolutionary Guard Corps
Foreign Ministry | ORG | Iranian Ministry of Foreign Affairs
Kaveh Nasseri | PERSON |
Washington | PLACE |
Tehran | PLACE |
United States | PLACE |
Quds Force | ORG |
Kataib Hezbollah | ORG |
al-Qaem | PLACE |
Anbar | PLACE |
Pentagon | ORG |
American | GROUP | Americans
Tower 22 | PLACE |
US | PLACE | United States
Jordan | PLACE |
Ali Akbar Ahmadian | PERSON |
Supreme National Security Council | ORG |
Iraqi | GROUP | Iraqis
Iranian | GROUP | Iranians
Ahmadian | PERSON | Ali Akbar Ahmadian
Baghdad | PLACE |
Islamic Resistance in Iraq | ORG |
Hamid Rezaei | PERSON |
Gulf Policy Institute | ORG |
Doha | PLACE |
""")

# --------------------------------------------------------------------------------------------
# politics
# --------------------------------------------------------------------------------------------
doc("g09", "politics", """\
WASHINGTON, Feb 26 (Northwire) - The U.S. House of Representatives will vote this week on a $95 billion aid package for Ukraine, Israel and Taiwan, ending months of delay that alarmed allies from Kyiv to Taipei, Republican leaders said on Monday.
The Senate passed the package earlier this month with support from 22 Republicans. In the House, a group of conservatives led by Representative Dana Whitfield of Ohio has threatened to force a leadership vote if the bill reaches the floor without new border security measures.
"America cannot write blank checks while our own border is open," Whitfield said on Fox News.
The White House urged lawmakers to act quickly. "Every day Congress waits, Ukraine loses ground," press secretary Laura Benton said. Democrats, who are in the minority in the House, have offered to supply votes to pass the measure. Senator Chris Alvarez, a Democrat from Arizona, called it "the most important vote of this Congress."
The Pentagon has warned that its stocks of artillery shells for Kyiv are nearly exhausted. The bill would also fund humanitarian aid for Palestinians in Gaza and restock the Iron Dome missile defense system in Israel.
In Kyiv, Ukrainian officials welcomed the news. "We count on the United States," said Mykola Savchuk, an adviser to the Ukrainian president.""", """
WASHINGTON | PLACE | Washington
Northwire | ORG |
U.S. | PLACE | United States
House of Representatives | ORG | United States House of Representatives
Ukraine | PLACE |
Israel | PLACE |
Taiwan | PLACE |
Kyiv | PLACE |
Taipei | PLACE |
Republican | GROUP | Republicans
Senate | ORG | United States Senate
Republicans | GROUP |
House | ORG | United States House of Representatives
Dana Whitfield | PERSON |
Ohio | PLACE |
America | PLACE | United States
Whitfield | PERSON | Dana Whitfield
Fox News | ORG |
White House | ORG |
Congress | ORG | United States Congress
Laura Benton | PERSON |
Democrats | GROUP |
Chris Alvarez | PERSON |
Democrat | GROUP | Democrats
Arizona | PLACE |
Pentagon | ORG |
Palestinians | GROUP |
Gaza | PLACE | Gaza Strip
Iron Dome | OTHER |
Ukrainian | GROUP | Ukrainians
United States | PLACE |
Mykola Savchuk | PERSON |
""")

doc("g10", "politics", """\
LONDON (AP) — Britain's government survived a rebellion by Conservative lawmakers on Tuesday as the House of Commons approved legislation to revive a plan to send some asylum-seekers to Rwanda, despite warnings from the UN refugee agency that it breaches international law.

The Safety of Rwanda Bill passed by 312 votes to 276. About 40 Conservative MPs had threatened to vote against it, arguing it was too weak, but most backed down after Home Secretary Daniel Whitcombe promised tougher rules.

"This is the toughest immigration legislation ever introduced by a UK government," Whitcombe told the Commons.

The opposition Labour Party called the plan an expensive gimmick. Labour's home affairs spokeswoman, Priya Sandhu, said Britain had already paid Rwanda 240 million pounds "for a scheme that has not removed a single person."

The UN High Commissioner for Refugees (UNHCR) said the bill was incompatible with the Refugee Convention. It now goes to the House of Lords, where peers are expected to propose amendments.

Downing Street said the first flights could leave for Kigali by spring. Defence Secretary Grant Ellison said the Royal Air Force was ready to provide aircraft if commercial airlines refused to take part.""", """
LONDON | PLACE | London
AP | ORG | Associated Press
Britain | PLACE | United Kingdom
Conservative | GROUP | Conservatives
House of Commons | ORG |
Rwanda | PLACE |
UN | ORG | United Nations
Safety of Rwanda Bill | OTHER |
Daniel Whitcombe | PERSON |
UK | PLACE | United Kingdom
Whitcombe | PERSON | Daniel Whitcombe
Commons | ORG | House of Commons
Labour Party | ORG |
Labour | ORG | Labour Party
Priya Sandhu | PERSON |
UN High Commissioner for Refugees | ORG | United Nations High Commissioner for Refugees
UNHCR | ORG | United Nations High Commissioner for Refugees
Refugee Convention | OTHER |
House of Lords | ORG |
Downing Street | ORG |
Kigali | PLACE |
Grant Ellison | PERSON |
Royal Air Force | ORG |
""")

doc("g11", "politics", """\
PARIS — President Emmanuel Macron hosted more than 20 European leaders at the Élysée Palace on Monday for talks on increasing military support for Ukraine, and said sending European troops should not be “ruled out” in the future.

Macron’s remarks drew swift pushback from Berlin. A spokesman for the German government said Germany had “no plans” to send soldiers, while Poland, the Czech Republic and Sweden also distanced themselves from the idea. The Kremlin warned that the deployment of troops from NATO countries would make a direct conflict with the alliance “inevitable.”

French officials said the meeting had agreed to form a coalition to supply long-range missiles to Kyiv and to help Ukraine buy artillery shells from outside the European Union. A Czech plan to source ammunition from countries such as South Korea and Turkey won backing from the Netherlands and Denmark.

European Commission President Ursula von der Leyen said the EU would present a defence industry strategy within weeks.

Ukrainian President Volodymyr Zelensky, who joined by video link, thanked “President Macron and all friends of Ukraine.”""", """
PARIS | PLACE | Paris
Emmanuel Macron | PERSON |
European | GROUP | Europeans
Élysée Palace | PLACE |
Ukraine | PLACE |
Macron | PERSON | Emmanuel Macron
Berlin | PLACE |
German | GROUP | Germans
Germany | PLACE |
Poland | PLACE |
Czech Republic | PLACE |
Sweden | PLACE |
Kremlin | ORG |
NATO | ORG | North Atlantic Treaty Organization
French | GROUP | French
Kyiv | PLACE |
European Union | ORG |
Czech | GROUP | Czechs
South Korea | PLACE |
Turkey | PLACE |
Netherlands | PLACE |
Denmark | PLACE |
European Commission | ORG |
Ursula von der Leyen | PERSON |
EU | ORG | European Union
Ukrainian | GROUP | Ukrainians
Volodymyr Zelensky | PERSON |
""")

doc("g12", "politics", """\
NEW DELHI, April 19 (Meridian Press) - Millions of Indians queued outside polling stations on Friday as voting began in the world's largest election, with Prime Minister Narendra Modi's Bharatiya Janata Party (BJP) seeking a third consecutive term.

The first of seven phases covers 102 seats across 21 states and territories, including all 39 seats in Tamil Nadu, where the BJP has never been a major force. Modi has campaigned on India's economic growth and on the opening of a Hindu temple in Ayodhya in January.

The opposition INDIA alliance, led by the Congress party, accuses the government of targeting its leaders with tax and corruption cases. Congress leader Rahul Gandhi told a rally in Kerala that the vote was a fight "to save the constitution."

In Uttar Pradesh, India's most populous state, BJP workers went door to door in Varanasi, the constituency Modi has represented since 2014. In the northeastern state of Manipur, where clashes between Meitei and Kuki groups have killed more than 200 people since last year, the Election Commission of India reported scattered violence.

Some Muslim voters in Assam said they feared being struck off the rolls. Results will be announced on June 4.""", """
NEW DELHI | PLACE | New Delhi
Meridian Press | ORG |
Indians | GROUP |
Narendra Modi | PERSON |
Bharatiya Janata Party | ORG |
BJP | ORG | Bharatiya Janata Party
Tamil Nadu | PLACE |
Modi | PERSON | Narendra Modi
India | PLACE |
Hindu | GROUP | Hindus
Ayodhya | PLACE |
INDIA | ORG | Indian National Developmental Inclusive Alliance
Congress | ORG | Indian National Congress
Rahul Gandhi | PERSON |
Kerala | PLACE |
Uttar Pradesh | PLACE |
Varanasi | PLACE |
Manipur | PLACE |
Meitei | GROUP | Meiteis
Kuki | GROUP | Kukis
Election Commission of India | ORG |
Muslim | GROUP | Muslims
Assam | PLACE |
""")

doc("g13", "politics", """\
BRASILIA (Northwire) - Brazilian President Luiz Inácio Lula da Silva on Wednesday announced a plan to restore 12 million hectares of degraded land in the Amazon by 2030, as his government seeks to build momentum before Brazil hosts the COP30 climate summit in Belém.
Lula told a ceremony at the Planalto Palace that deforestation in the Amazon had fallen by half since he took office, citing data from the National Institute for Space Research (INPE). "Brazil is back in the fight against climate change," he said.
Environment Minister Marina Silva said the plan would be financed partly by the Amazon Fund, which is backed by Norway and Germany, and by a new credit line at the Brazilian Development Bank (BNDES).
Farm lobby groups in Mato Grosso criticised the measures. "Producers are being treated as criminals," said Antônio Ferraz, head of a soy growers' association in the state. The agribusiness caucus in Congress has pushed a bill to loosen rules on land titling.
Environmental groups including Greenpeace welcomed the target but said enforcement against illegal miners in Yanomami territory remained weak. INPE is due to publish its annual deforestation figures in November.""", """
BRASILIA | PLACE | Brasília
Northwire | ORG |
Brazilian | GROUP | Brazilians
Luiz Inácio Lula da Silva | PERSON |
Amazon | PLACE | Amazon rainforest
Brazil | PLACE |
COP30 | EVENT |
Belém | PLACE |
Lula | PERSON | Luiz Inácio Lula da Silva
Planalto Palace | PLACE |
National Institute for Space Research | ORG |
INPE | ORG | National Institute for Space Research
Marina Silva | PERSON |
Amazon Fund | ORG |
Norway | PLACE |
Germany | PLACE |
Brazilian Development Bank | ORG |
BNDES | ORG | Brazilian Development Bank
Mato Grosso | PLACE |
Antônio Ferraz | PERSON |
Congress | ORG | National Congress of Brazil
Greenpeace | ORG |
Yanomami | GROUP |
""")

doc("g14", "politics", """\
BERLIN (Meridian Press) - Germany's centre-left Social Democrats (SPD) on Saturday chose Labour Minister Katrin Vogel as their candidate for chancellor, hoping she can revive a party trailing far behind the conservatives in opinion polls.

Vogel, 54, won 91 percent of the vote at a party congress in Hamburg. She will face Markus Brandt of the Christian Democratic Union (CDU), whose alliance with the Bavarian Christian Social Union (CSU) leads polls with about 31 percent.

The far-right Alternative for Germany (AfD) is polling second at around 19 percent, ahead of the SPD and the Greens. All mainstream parties have ruled out working with the AfD, which the domestic intelligence agency, the BfV, has classified as a confirmed extremist group in Saxony and Thuringia.

Brandt, a former mayor of Düsseldorf, said the SPD had "run out of ideas" on the economy. Germany's economy shrank slightly last year, hit by high energy costs after Russia cut gas supplies over the war in Ukraine.

In her speech, Vogel promised to raise the minimum wage and to invest 100 billion euros in railways through Deutsche Bahn. "Germans want security, not slogans," she said.""", """
BERLIN | PLACE | Berlin
Meridian Press | ORG |
Germany | PLACE |
Social Democrats | ORG | Social Democratic Party of Germany
SPD | ORG | Social Democratic Party of Germany
Katrin Vogel | PERSON |
Vogel | PERSON | Katrin Vogel
Hamburg | PLACE |
Markus Brandt | PERSON |
Christian Democratic Union | ORG |
CDU | ORG | Christian Democratic Union
Bavarian | GROUP | Bavarians
Christian Social Union | ORG |
CSU | ORG | Christian Social Union
Alternative for Germany | ORG |
AfD | ORG | Alternative for Germany
Greens | ORG | Alliance 90/The Greens
BfV | ORG | Federal Office for the Protection of the Constitution
Saxony | PLACE |
Thuringia | PLACE |
Brandt | PERSON | Markus Brandt
Düsseldorf | PLACE |
Russia | PLACE |
Ukraine | PLACE |
Deutsche Bahn | ORG |
Germans | GROUP |
""")

doc("g15", "politics", """\
EAGLE PASS, Texas -- Texas National Guard troops strung more razor wire along the Rio Grande on Thursday, defying a request from the Department of Homeland Security to give federal Border Patrol agents access to a riverside park in Eagle Pass.

The standoff over Shelby Park has become the sharpest clash yet between Texas and the Biden administration over immigration. The Supreme Court ruled last month that federal agents may cut the wire, but Texas officials have continued to block access.

"We will not surrender our border," said Marcus Reyes, a spokesman for the Texas Military Department. Governors from 25 Republican-led states have signed a letter backing Texas.

DHS said in a statement that Texas was "endangering lives" and asked the Justice Department to intervene.

Migrant crossings in the area have fallen since Mexican authorities stepped up checks on freight trains heading north from Mexico City and the southern state of Chiapas. Many of the migrants come from Venezuela, Honduras and Guatemala.

Hector Villarreal, whose family has ranched near the river for four generations, said both governments had failed. "Austin and Washington are fighting over headlines. Nobody is fixing anything," he said.""", """
EAGLE PASS | PLACE | Eagle Pass
Texas | PLACE |
Texas National Guard | ORG |
Rio Grande | PLACE |
Department of Homeland Security | ORG | United States Department of Homeland Security
Border Patrol | ORG | United States Border Patrol
Eagle Pass | PLACE |
Shelby Park | PLACE |
Biden | PERSON | Joe Biden
Supreme Court | ORG | Supreme Court of the United States
Marcus Reyes | PERSON |
Texas Military Department | ORG |
Republican | GROUP | Republicans
DHS | ORG | United States Department of Homeland Security
Justice Department | ORG | United States Department of Justice
Mexican | GROUP | Mexicans
Mexico City | PLACE |
Chiapas | PLACE |
Venezuela | PLACE |
Honduras | PLACE |
Guatemala | PLACE |
Hector Villarreal | PERSON |
Austin | PLACE |
Washington | PLACE |
""")

# --------------------------------------------------------------------------------------------
# business
# --------------------------------------------------------------------------------------------
doc("g16", "business", """\
FRANKFURT, April 11 (Northwire) - The European Central Bank kept interest rates at a record high on Thursday but signalled it could start cutting them in June if inflation keeps easing, putting it on course to move before the U.S. Federal Reserve.
"If our updated assessment were to further increase our confidence that inflation is converging to our target, it would be appropriate to reduce the current level of monetary policy restriction," the ECB said in a statement.
ECB President Christine Lagarde told a news conference that a few policymakers had already been ready to cut. Lagarde said the bank was "data-dependent, not Fed-dependent", a reference to the Fed’s recent signals that American rate cuts may be delayed.
Germany's Bundesbank has argued for caution, while policymakers from Italy, Portugal and Greece have pushed for an early move. Inflation in the 20 countries that share the euro fell to 2.4% in March.
Markets now price about 90 basis points of cuts this year. The euro fell 0.6% against the dollar. The Bank of England, which meets next month, is expected to keep its main rate at 5.25%.
"Frankfurt has in effect pre-announced a June cut," said Sophie Marchetti, chief economist at Lombard Ridge Capital in Milan.""", """
FRANKFURT | PLACE | Frankfurt
Northwire | ORG |
European Central Bank | ORG |
U.S. | PLACE | United States
Federal Reserve | ORG |
ECB | ORG | European Central Bank
Christine Lagarde | PERSON |
Lagarde | PERSON | Christine Lagarde
Fed | ORG | Federal Reserve
American | GROUP | Americans
Germany | PLACE |
Bundesbank | ORG |
Italy | PLACE |
Portugal | PLACE |
Greece | PLACE |
Bank of England | ORG |
Frankfurt | PLACE |
Sophie Marchetti | PERSON |
Lombard Ridge Capital | ORG |
Milan | PLACE |
""")

doc("g17", "business", """\
By Hannah Okafor

Brightwater Analytics Inc. shares jumped 14% in after-hours trading on Tuesday after the cloud software maker reported quarterly revenue well above Wall Street forecasts and raised its full-year outlook, citing strong demand from banks deploying artificial intelligence tools.

The San Jose, California-based company said revenue rose 31% to $1.2 billion in the three months to March. Chief Executive Priya Raman said Brightwater had signed new contracts with JPMorgan Chase & Co. and HSBC Holdings plc during the quarter and was expanding a partnership with Microsoft Corp. to sell its software through the Azure cloud marketplace.

"Customers are moving from pilots to production," Raman told analysts on a conference call.

Brightwater competes with Snowflake Inc. and Datadog Inc., as well as with in-house tools built by Amazon and by Alphabet's Google. Analysts at Goldman Sachs raised their price target on the stock to $140 from $115.

Shares of Brightwater, which is listed on the Nasdaq, have risen 60% this year. Chief Financial Officer Tom Hadley said the company would open a data centre in Dublin, Ireland, to serve European clients under the EU's data protection rules.""", """
Hannah Okafor | PERSON |
Brightwater Analytics Inc. | ORG | Brightwater Analytics
Wall Street | ORG |
San Jose | PLACE |
California | PLACE |
Priya Raman | PERSON |
Brightwater | ORG | Brightwater Analytics
JPMorgan Chase & Co. | ORG | JPMorgan Chase
HSBC Holdings plc | ORG | HSBC
Microsoft Corp. | ORG | Microsoft
Azure | OTHER | Microsoft Azure
Raman | PERSON | Priya Raman
Snowflake Inc. | ORG | Snowflake
Datadog Inc. | ORG | Datadog
Amazon | ORG |
Alphabet | ORG |
Google | ORG |
Goldman Sachs | ORG |
Nasdaq | ORG |
Tom Hadley | PERSON |
Dublin | PLACE |
Ireland | PLACE |
European | GROUP | Europeans
EU | ORG | European Union
""")

doc("g18", "business", """\
OSLO (Meridian Press) - Halvorsen Shipping Ltd. has agreed to buy Norwegian rival Nordkapp Logistics AS for 2.1 billion euros, creating Scandinavia's second-largest container operator behind Denmark's A.P. Moller-Maersk, the companies said on Monday.

Chief Executive Ingrid Halvorsen, a granddaughter of the company's founder, said the deal would give Halvorsen Shipping access to Nordkapp's Arctic routes and its terminals in Tromsø and Hamburg. "This is about scale, and it is about the Arctic," Ms Halvorsen told reporters at the Oslo Stock Exchange.

The deal requires approval from the European Commission and from Norway's competition authority. Halvorsen's shares rose 6%, while Nordkapp's jumped 22%.

Nordkapp's largest shareholder, the Oslo-based investment firm Fjellheim Capital, said it would back the offer. Analysts at DNB Markets said the price, 11 times expected earnings, was "full but defensible".

Halvorsen Shipping, whose bulk carrier Coral Dawn was struck by a missile in the Red Sea this year, has been hit by higher insurance costs on routes through the Suez Canal.""", """
OSLO | PLACE | Oslo
Meridian Press | ORG |
Halvorsen Shipping Ltd. | ORG | Halvorsen Shipping
Norwegian | GROUP | Norwegians
Nordkapp Logistics AS | ORG | Nordkapp Logistics
Scandinavia | PLACE |
Denmark | PLACE |
A.P. Moller-Maersk | ORG |
Ingrid Halvorsen | PERSON |
Halvorsen Shipping | ORG |
Nordkapp | ORG | Nordkapp Logistics
Arctic | PLACE |
Tromsø | PLACE |
Hamburg | PLACE |
Halvorsen#3 | PERSON | Ingrid Halvorsen
Oslo Stock Exchange | ORG |
European Commission | ORG |
Norway | PLACE |
Halvorsen#4 | ORG | Halvorsen Shipping
Oslo | PLACE |
Fjellheim Capital | ORG |
DNB Markets | ORG |
Coral Dawn | OTHER |
Red Sea | PLACE |
Suez Canal | PLACE |
""")

doc("g19", "business", """\
VIENNA/RIYADH, June 2 (Northwire) - OPEC+ agreed on Sunday to extend most of its oil output cuts well into next year, as Saudi Arabia and Russia sought to shore up prices amid sluggish demand growth in China and rising supply from the United States, Guyana and Brazil.
The group, which pumps about 40% of the world's crude, will also begin to unwind 2.2 million barrels per day of voluntary cuts by eight members from October, Saudi Energy Minister Prince Abdulaziz bin Salman told reporters after the meeting.
Brent crude futures fell 1.1% to $80.20 a barrel in early Asian trade on Monday as traders focused on the planned increase in supply.
The United Arab Emirates won approval to raise its production target gradually, a long-standing demand from Abu Dhabi. Iraq and Kazakhstan, which have repeatedly pumped above their quotas, pledged to compensate with deeper cuts.
"OPEC+ is telling the market it will not let prices collapse, but it also wants its market share back," said Jorge Montiel, head of commodities research at Bancroft Securities in London.
State oil giant Saudi Aramco is expected to set its official selling prices for July later this week.""", """
VIENNA | PLACE | Vienna
RIYADH | PLACE | Riyadh
Northwire | ORG |
OPEC+ | ORG |
Saudi Arabia | PLACE |
Russia | PLACE |
China | PLACE |
United States | PLACE |
Guyana | PLACE |
Brazil | PLACE |
Saudi | GROUP | Saudis
Abdulaziz bin Salman | PERSON |
Brent | OTHER | Brent crude
Asian | GROUP | Asians
United Arab Emirates | PLACE |
Abu Dhabi | PLACE |
Iraq | PLACE |
Kazakhstan | PLACE |
Jorge Montiel | PERSON |
Bancroft Securities | ORG |
London | PLACE |
Saudi Aramco | ORG |
""")

doc("g20", "business", """\
BRUSSELS — European Union lawmakers gave final approval on Wednesday to the world's first comprehensive rules for artificial intelligence, setting up a clash with US tech companies that warn the law could stifle innovation.

The AI Act, passed by the European Parliament by 523 votes to 46, bans some uses of the technology outright, such as social scoring, and imposes strict obligations on systems used in hiring, policing and credit decisions.

Italian lawmaker Marco Ferri, who steered the bill through Parliament, said it would "put people, not algorithms, at the centre." Developers such as OpenAI, the maker of ChatGPT, and Google will have to disclose what data they used to train their most powerful models.

France and Germany had pushed to soften the rules on so-called foundation models to protect domestic champions such as Paris-based Mistral AI and Germany's Aleph Alpha.

The law will be enforced by a new AI Office inside the European Commission. Companies that break it face fines of up to 7% of global turnover. "Europe is now the global standard-setter," said Commission vice-president Elena Kostova.

The Computer & Communications Industry Association (CCIA), whose members include Amazon and Meta, said parts of the law were "vague" and warned that the EU risked falling further behind in the technology race.""", """
BRUSSELS | PLACE | Brussels
European Union | ORG |
US | PLACE | United States
AI Act | OTHER | Artificial Intelligence Act
European Parliament | ORG |
Italian | GROUP | Italians
Marco Ferri | PERSON |
Parliament | ORG | European Parliament
OpenAI | ORG |
ChatGPT | OTHER |
Google | ORG |
France | PLACE |
Germany | PLACE |
Paris | PLACE |
Mistral AI | ORG |
Aleph Alpha | ORG |
AI Office | ORG | European AI Office
European Commission | ORG |
Europe | PLACE |
Commission | ORG | European Commission
Elena Kostova | PERSON |
Computer & Communications Industry Association | ORG |
CCIA | ORG | Computer & Communications Industry Association
Amazon | ORG |
Meta | ORG |
EU | ORG | European Union
""")

doc("g21", "business", """\
SHENZHEN, China (AP) — Chinese electric carmaker BYD Co. Ltd. overtook Tesla Inc. as the world's biggest seller of battery-powered vehicles in the last quarter, according to figures released Tuesday, as price cuts at home helped it fend off slowing demand.

BYD sold 526,409 battery electric cars between October and December, compared with 484,507 for Tesla, which is led by Elon Musk. Over the full year, Tesla remained ahead.

The Shenzhen-based company, which is partly owned by Warren Buffett's Berkshire Hathaway, is building factories in Hungary, Thailand and Brazil. Its plant in Szeged, Hungary, is due to start production next year.

The European Union has launched an anti-subsidy investigation into Chinese-made electric vehicles, a move Beijing has called protectionist. BYD's Seal sedan and its cheaper Dolphin hatchback have begun to win buyers in Europe.

Musk said last year that Chinese carmakers would "demolish" most rivals if there were no trade barriers.

"BYD is the one to watch. It makes its own batteries and its own chips," said Wang Lei, an analyst at Orient Auto Research in Shanghai.""", """
SHENZHEN | PLACE | Shenzhen
China | PLACE |
AP | ORG | Associated Press
Chinese | GROUP | Chinese
BYD Co. Ltd. | ORG | BYD
Tesla Inc. | ORG | Tesla
BYD | ORG |
Tesla | ORG |
Elon Musk | PERSON |
Shenzhen | PLACE |
Warren Buffett | PERSON |
Berkshire Hathaway | ORG |
Hungary | PLACE |
Thailand | PLACE |
Brazil | PLACE |
Szeged | PLACE |
European Union | ORG |
Beijing | PLACE |
Seal | OTHER | BYD Seal
Dolphin | OTHER | BYD Dolphin
Europe | PLACE |
Musk | PERSON | Elon Musk
Wang Lei | PERSON |
Orient Auto Research | ORG |
Shanghai | PLACE |
""")

doc("g22", "business", """\
BRITISH STEEL TALKS STALL AS UNIONS THREATEN STRIKE

Talks between British Steel and trade unions over the future of its Scunthorpe plant stalled on Thursday, raising the prospect of the first national steel strike in Britain in more than four decades.

The company, owned by China's Jingye Group since 2020, plans to close both blast furnaces at Scunthorpe and replace them with electric arc furnaces there and in Teesside, putting up to 2,000 jobs at risk.

The Community union and Unite said members had voted overwhelmingly for industrial action. "Our members will not be sacrificed so that a furnace can be built somewhere cheaper," said Unite national officer Gareth Pryce.

A government spokesperson said the UK had offered 500 million pounds towards the new furnaces and urged both sides to "keep talking".

Tata Steel Ltd., which owns the larger Port Talbot steelworks in Wales, reached a deal with unions last month after agreeing to extend redundancy payments.

Jingye said in a statement that the Scunthorpe plant was losing about 1 million pounds a day. Joanne Petch, the Labour MP for a neighbouring Lincolnshire seat, said British Steel workers "deserve better than a countdown to closure".""", """
BRITISH STEEL | ORG | British Steel
British Steel | ORG |
Scunthorpe | PLACE |
Britain | PLACE | United Kingdom
China | PLACE |
Jingye Group | ORG |
Teesside | PLACE |
Community | ORG |
Unite | ORG |
Gareth Pryce | PERSON |
UK | PLACE | United Kingdom
Tata Steel Ltd. | ORG | Tata Steel
Port Talbot | PLACE |
Wales | PLACE |
Jingye | ORG | Jingye Group
Joanne Petch | PERSON |
Labour | ORG | Labour Party
Lincolnshire | PLACE |
""")

# --------------------------------------------------------------------------------------------
# sport
# --------------------------------------------------------------------------------------------
doc("g23", "sport", """\
Arsenal moved three points clear at the top of the Premier League with a 2-0 win over Manchester City at the Emirates Stadium on Sunday, as Brazilian winger Lucas Moreira scored one goal and set up another.

Moreira curled in a shot from the edge of the area in the 23rd minute before crossing for Norwegian striker Erik Lund to head in just after halftime. City, who had won their previous eight league games, rarely threatened.

"We showed today that we can compete with anyone, and we did it without the ball for long spells," said Arsenal captain Tom Ashworth.

City's assistant coach Pedro Alves blamed fatigue after their Champions League trip to Copenhagen in midweek. "The legs were not there. We have no excuses, but it was visible," Alves said.

Liverpool, who drew 1-1 at Aston Villa on Saturday, are second, with City a further point behind. Arsenal, who last won the title in 2004, face Bayern Munich in the Champions League quarter-finals next month.

Ashworth said the squad would not get carried away. "Nobody remembers who was top in the spring," he said.""", """
Arsenal | ORG |
Premier League | ORG |
Manchester City | ORG |
Emirates Stadium | PLACE |
Brazilian | GROUP | Brazilians
Lucas Moreira | PERSON |
Moreira | PERSON | Lucas Moreira
Norwegian | GROUP | Norwegians
Erik Lund | PERSON |
City | ORG | Manchester City
Tom Ashworth | PERSON |
Pedro Alves | PERSON |
Champions League | EVENT | UEFA Champions League
Copenhagen | PLACE |
Alves | PERSON | Pedro Alves
Liverpool | ORG |
Aston Villa | ORG |
Bayern Munich | ORG |
Ashworth | PERSON | Tom Ashworth
""")

doc("g24", "sport", """\
SEINE PASSES WATER TESTS AHEAD OF PARIS OLYMPICS TRIATHLON

PARIS — Water quality in the Seine met safety standards on nine of the past 10 days, organisers of the Paris Olympics said on Friday, easing fears that the triathlon and marathon swimming events at Paris 2024 might have to be moved or cancelled.

Organising committee spokeswoman Claire Dufresne said the results showed that a 1.4 billion euro programme to clean up the river, including a huge storage basin near Austerlitz station, was working. "The Seine is ready," she said.

Paris Mayor Anne Hidalgo, who has promised to swim in the river before the Games open, called the data "a victory for the city". Hidalgo has said the clean-up will leave a lasting legacy for Parisians.

The International Olympic Committee (IOC) said it had "full confidence" in the plans. World Triathlon, the sport's governing body, will make a final decision early on each morning of competition. Heavy rain can still push bacteria levels above safe limits when storm drains overflow upstream of the Pont Alexandre III, where the swims start.

Athletes are less sure. "I'll swim wherever they tell me, but I'd like to see the numbers first," said Australian triathlete Mia Kendrick, who finished fourth at the Olympics in Tokyo.""", """
SEINE | PLACE | Seine
PARIS OLYMPICS | EVENT | Paris Olympics
PARIS | PLACE | Paris
Seine | PLACE |
Paris Olympics | EVENT |
Paris 2024 | EVENT | Paris Olympics
Claire Dufresne | PERSON |
Austerlitz | PLACE | Gare d'Austerlitz
Paris | PLACE |
Anne Hidalgo | PERSON |
Games | EVENT | Paris Olympics
Hidalgo | PERSON | Anne Hidalgo
Parisians | GROUP |
International Olympic Committee | ORG |
IOC | ORG | International Olympic Committee
World Triathlon | ORG |
Pont Alexandre III | PLACE |
Australian | GROUP | Australians
Mia Kendrick | PERSON |
Olympics#1 | EVENT | Tokyo Olympics
Tokyo | PLACE |
""")

doc("g25", "sport", """\
LAHORE, Pakistan — Pakistan beat England by six wickets at the Gaddafi Stadium on Saturday to level the three-match Twenty20 series at 1-1, with left-arm spinner Farhan Ahmed taking four wickets and captain Bilal Qureshi hitting an unbeaten 71.

England, put in to bat, were bowled out for 142 in 19.3 overs. Ahmed, 21 and playing only his third international, removed openers Harry Collins and Liam Doherty in his first over.

England's leg-spinner Zain Ahmed, whose parents emigrated from Lahore, took two wickets in front of a crowd that cheered him almost as loudly as the home side. "It was strange and special," the Birmingham-born Ahmed said. "My grandmother was in the stands supporting Pakistan."

Qureshi said the win was perfect preparation for the T20 World Cup in the West Indies and the United States in June. "Farhan has something special. He spins it both ways and he is fearless," he said.

The England and Wales Cricket Board (ECB) said fast bowler Sam Turnbull would miss the deciding match in Rawalpindi on Tuesday with a side strain. The Pakistan Cricket Board said the decider was sold out, with Pakistani fans expecting another full house.""", """
LAHORE | PLACE | Lahore
Pakistan | PLACE |
England | PLACE |
Gaddafi Stadium | PLACE |
Farhan Ahmed | PERSON |
Bilal Qureshi | PERSON |
Ahmed#1 | PERSON | Farhan Ahmed
Harry Collins | PERSON |
Liam Doherty | PERSON |
Zain Ahmed | PERSON |
Lahore | PLACE |
Birmingham | PLACE |
Ahmed#3 | PERSON | Zain Ahmed
Qureshi | PERSON | Bilal Qureshi
T20 World Cup | EVENT |
West Indies | PLACE |
United States | PLACE |
Farhan | PERSON | Farhan Ahmed
England and Wales Cricket Board | ORG |
ECB | ORG | England and Wales Cricket Board
Sam Turnbull | PERSON |
Rawalpindi | PLACE |
Pakistan Cricket Board | ORG |
Pakistani | GROUP | Pakistanis
""")

doc("g26", "sport", """\
CELTICS ROUT HEAT TO TAKE 3-1 SERIES LEAD

MIAMI (AP) — Jalen Brooks scored 33 points and the Boston Celtics routed the Miami Heat 118-84 on Monday night to take a 3-1 lead in their first-round NBA playoff series.

Marcus Hale added 21 points and 10 rebounds for the Celtics, who led by as many as 38 and can close out the series at TD Garden on Wednesday. The Celtics have now won 11 straight road playoff games against Eastern Conference opponents.

Tyler Vance led the Heat with 19 points. They were without veteran forward Andre Collins, who has a sprained knee, and shot just 31% from the field.

"We didn't have an answer for Brooks tonight. He got to his spots all night," Heat coach Ray Delgado said.

Brooks, who made 13 of 22 shots, said the Celtics were not looking ahead. "They've come back from worse. We know that," he said.

The Celtics finished the regular season with the league's best record at 64-18. The winner of the series will face either the Cleveland Cavaliers or the Orlando Magic in the Eastern Conference semifinals.""", """
CELTICS | ORG | Boston Celtics
HEAT | ORG | Miami Heat
MIAMI | PLACE | Miami
AP | ORG | Associated Press
Jalen Brooks | PERSON |
Boston Celtics | ORG |
Miami Heat | ORG |
NBA | ORG | National Basketball Association
Marcus Hale | PERSON |
Celtics | ORG | Boston Celtics
TD Garden | PLACE |
Eastern Conference | ORG |
Tyler Vance | PERSON |
Heat | ORG | Miami Heat
Andre Collins | PERSON |
Brooks | PERSON | Jalen Brooks
Ray Delgado | PERSON |
Cleveland Cavaliers | ORG |
Orlando Magic | ORG |
""")

doc("g27", "sport", """\
MELBOURNE, Australia — Serbian qualifier Sofia Marković reached the Australian Open quarter-finals on Monday with a 6-4, 3-6, 7-5 win over fourth seed Hannah Lindqvist of Sweden, the biggest victory of her career.

Marković, ranked 112th in the world, saved three break points at 5-5 in the deciding set before breaking Lindqvist's serve with a forehand winner down the line. The 19-year-old from Belgrade dropped to the court of Rod Laver Arena in disbelief.

"I grew up watching Novak Djokovic win here. To play on this court is a dream," Marković said. Djokovic, who has won the title 10 times, sent her a message of congratulations on social media.

Australian hopes ended when local favourite Jasmine Tran lost 6-2, 6-3 to American Cara Whitmore, the 2022 champion, on Margaret Court Arena.

Tennis Australia said a record 90,000 fans passed through the gates of Melbourne Park on Monday, and the WTA confirmed that Marković will climb into the top 60 of the rankings.

She will next face Whitmore, who has not dropped a set all tournament.""", """
MELBOURNE | PLACE | Melbourne
Australia | PLACE |
Serbian | GROUP | Serbs
Sofia Marković | PERSON |
Australian Open | EVENT |
Hannah Lindqvist | PERSON |
Sweden | PLACE |
Marković | PERSON | Sofia Marković
Lindqvist | PERSON | Hannah Lindqvist
Belgrade | PLACE |
Rod Laver Arena | PLACE |
Novak Djokovic | PERSON |
Djokovic | PERSON | Novak Djokovic
Australian | GROUP | Australians
Jasmine Tran | PERSON |
American | GROUP | Americans
Cara Whitmore | PERSON |
Margaret Court Arena | PLACE |
Tennis Australia | ORG |
Melbourne Park | PLACE |
WTA | ORG | Women's Tennis Association
Whitmore | PERSON | Cara Whitmore
""")

doc("g28", "sport", """\
NEW YORK — FIFA confirmed on Sunday that MetLife Stadium in East Rutherford, New Jersey, will host the final of the 2026 World Cup, the first edition of the tournament to be staged across three countries: the United States, Canada and Mexico.

FIFA President Gianni Infantino said the expanded 48-team World Cup would be "the biggest event the planet has ever seen."

The opening match will be played at Mexico City's Estadio Azteca on June 11, making it the first stadium to host games at three World Cups. The semi-finals will be held in Dallas and Atlanta.

Canadian organisers said Toronto and Vancouver would each stage six matches, including Canada's first two group games.

"For American soccer, this is the moment we have been waiting for since 1994," said Lauren Pierce, chief executive of the U.S. Soccer Federation. The US men's team is guaranteed a place as a co-host, as are Mexico and Canada. The Americans reached the round of 16 in Qatar in 2022.

CONCACAF, the confederation that governs the sport in North and Central America and the Caribbean, will receive six direct places at the tournament.""", """
NEW YORK | PLACE | New York
FIFA | ORG |
MetLife Stadium | PLACE |
East Rutherford | PLACE |
New Jersey | PLACE |
2026 World Cup | EVENT |
United States | PLACE |
Canada | PLACE |
Mexico | PLACE |
Gianni Infantino | PERSON |
World Cup | EVENT | 2026 World Cup
Mexico City | PLACE |
Estadio Azteca | PLACE |
World Cups | EVENT | FIFA World Cup
Dallas | PLACE |
Atlanta | PLACE |
Canadian | GROUP | Canadians
Toronto | PLACE |
Vancouver | PLACE |
American | GROUP | Americans
Lauren Pierce | PERSON |
U.S. Soccer Federation | ORG | United States Soccer Federation
US | PLACE | United States
Americans | GROUP |
Qatar | PLACE |
CONCACAF | ORG |
North and Central America | PLACE |
Caribbean | PLACE |
""")

# --------------------------------------------------------------------------------------------
# science
# --------------------------------------------------------------------------------------------
doc("g29", "science", """\
CAPE CANAVERAL, Fla. (AP) — NASA rolled its giant Space Launch System rocket to the launch pad at Kennedy Space Center on Tuesday ahead of the Artemis II mission, which will send four astronauts around the Moon and back for the first time in more than half a century.

The crew will fly in an Orion capsule built by Lockheed Martin, with a service module supplied by the European Space Agency (ESA) and assembled by Airbus in Bremen, Germany. One of the four is a Canadian astronaut, a seat secured by the Canadian Space Agency in exchange for a robotic arm for a future lunar station.

Mission manager Daniel Okoro said engineers had completed repairs to Orion's heat shield, which lost more material than expected during the uncrewed Artemis I flight in 2022. "We understand what happened, and we have fixed it," Okoro said.

NASA has said the flight will last about 10 days. ESA officials said a European astronaut could join a later landing mission.

The agency is racing China, which plans to put its own astronauts on the Moon by 2030. SpaceX, the rocket company founded by Elon Musk, is building the Starship lander that NASA intends to use for the first landing.""", """
CAPE CANAVERAL | PLACE | Cape Canaveral
Fla. | PLACE | Florida
AP | ORG | Associated Press
NASA | ORG | National Aeronautics and Space Administration
Space Launch System | OTHER |
Kennedy Space Center | PLACE |
Artemis II | EVENT |
Moon | PLACE |
Orion | OTHER |
Lockheed Martin | ORG |
European Space Agency | ORG |
ESA | ORG | European Space Agency
Airbus | ORG |
Bremen | PLACE |
Germany | PLACE |
Canadian | GROUP | Canadians
Canadian Space Agency | ORG |
Daniel Okoro | PERSON |
Artemis I | EVENT |
Okoro | PERSON | Daniel Okoro
European | GROUP | Europeans
China | PLACE |
SpaceX | ORG |
Elon Musk | PERSON |
Starship | OTHER |
""")

doc("g30", "science", """\
2023 WAS HOTTEST YEAR ON RECORD BY WIDE MARGIN, EU MONITOR SAYS

BRUSSELS — Last year was the hottest on record, with global temperatures nearly 1.5 degrees Celsius above pre-industrial levels, the European Union's Copernicus Climate Change Service (C3S) said on Tuesday.

C3S said every day of 2023 had been at least 1 degree warmer than the pre-industrial average, and that nearly half of the days exceeded 1.5 degrees. The El Niño weather pattern, which warms the surface of the eastern Pacific, added to the heat trapped by greenhouse gas emissions.

"These are not just numbers. They are floods, fires and lost harvests," said senior scientist Lukas Berger. Berger said 2024 could be warmer still.

The World Meteorological Organization (WMO) in Geneva said Antarctic sea ice had shrunk to record lows, while Canada suffered its worst wildfire season and Storm Daniel killed thousands of people in Derna, Libya, when two dams burst.

Governments agreed at the COP28 summit in Dubai in December to "transition away" from fossil fuels. The WMO warned that the 1.5-degree goal of the Paris Agreement was slipping out of reach.""", """
EU | ORG | European Union
BRUSSELS | PLACE | Brussels
European Union | ORG |
Copernicus Climate Change Service | ORG |
C3S | ORG | Copernicus Climate Change Service
El Niño | EVENT |
Pacific | PLACE | Pacific Ocean
Lukas Berger | PERSON |
Berger | PERSON | Lukas Berger
World Meteorological Organization | ORG |
WMO | ORG | World Meteorological Organization
Geneva | PLACE |
Antarctic | PLACE |
Canada | PLACE |
Storm Daniel | EVENT |
Derna | PLACE |
Libya | PLACE |
COP28 | EVENT |
Dubai | PLACE |
Paris Agreement | OTHER |
""")

doc("g31", "science", """\
OXFORD, England -- A malaria vaccine developed by the University of Oxford cut cases among young children by about three quarters in a large trial in four African countries, researchers reported in The Lancet on Thursday.

The vaccine, R21/Matrix-M, is manufactured by the Serum Institute of India and was recommended by the World Health Organization (WHO) last October. The trial enrolled 4,800 children at sites in Burkina Faso, Kenya, Mali and Tanzania.

"This is a tool that can save tens of thousands of lives every year," said Professor Rachel Mensah, who led the trial at the university's Jenner Institute. Mensah said protection held up well after a booster dose given a year later.

Ghanaian regulators were the first to approve the shot. Gavi, which funds vaccines for poorer countries, said it expected to help at least 15 countries introduce it this year. The vaccine is cheaper than the older RTS,S shot developed by GSK, and the Serum Institute says it can make 100 million doses a year.

The WHO says malaria killed more than 600,000 people in 2022, most of them children in Africa. Nigeria alone accounts for more than a quarter of deaths.""", """
OXFORD | PLACE | Oxford
England | PLACE |
University of Oxford | ORG |
African | GROUP | Africans
Lancet | OTHER | The Lancet
R21/Matrix-M | OTHER |
Serum Institute of India | ORG |
World Health Organization | ORG |
WHO | ORG | World Health Organization
Burkina Faso | PLACE |
Kenya | PLACE |
Mali | PLACE |
Tanzania | PLACE |
Rachel Mensah | PERSON |
Jenner Institute | ORG |
Mensah | PERSON | Rachel Mensah
Ghanaian | GROUP | Ghanaians
Gavi | ORG | Gavi, the Vaccine Alliance
RTS,S | OTHER |
GSK | ORG |
Serum Institute | ORG | Serum Institute of India
Africa | PLACE |
Nigeria | PLACE |
""")

doc("g32", "science", """\
CAIRO (Meridian Press) - Egyptian archaeologists have uncovered a 4,300-year-old tomb belonging to a royal scribe at the Saqqara necropolis south of Cairo, the Ministry of Tourism and Antiquities said on Saturday.

The tomb, decorated with brightly painted scenes of fishing and harvest, belonged to a man named Nefer-Iri, who served at the court of the pharaoh Unas, the ministry said.

"The colours are as fresh as the day they were painted," said Khaled Fawzy, who led the excavation for the Supreme Council of Antiquities. Fawzy said the team had also found a limestone statue of the scribe and his wife, and a sealed burial shaft that has not yet been opened.

The discovery is the latest in a series at Saqqara, home to the Step Pyramid of Djoser, the oldest of Egypt's pyramids. The finds will be put on display at the Grand Egyptian Museum near Giza once restoration work is complete.

Egypt hopes such discoveries will help lift tourism, a vital source of foreign currency. Officials want to attract 30 million visitors a year by 2028, many of them on cruises along the Nile between Luxor and Aswan.""", """
CAIRO | PLACE | Cairo
Meridian Press | ORG |
Egyptian | GROUP | Egyptians
Saqqara | PLACE |
Cairo | PLACE |
Ministry of Tourism and Antiquities | ORG | Egyptian Ministry of Tourism and Antiquities
Nefer-Iri | PERSON |
Unas | PERSON |
Khaled Fawzy | PERSON |
Supreme Council of Antiquities | ORG |
Fawzy | PERSON | Khaled Fawzy
Step Pyramid of Djoser | PLACE |
Egypt | PLACE |
Grand Egyptian Museum | PLACE |
Giza | PLACE |
Nile | PLACE |
Luxor | PLACE |
Aswan | PLACE |
""")

doc("g33", "science", """\
Scientists at the Larkspur Institute for Computational Biology in Cambridge, Massachusetts, have used an artificial intelligence model to design new antibiotics that cleared drug-resistant infections in mice, according to a study published on Wednesday in the journal Nature.

The model, called MolForge, screened about 12 million virtual molecules and proposed several hundred that had never been made before. The team synthesised 58 of them, and six killed bacteria that resist most existing drugs.

"We went from a blank page to working compounds in months, not years," said lead author Dr. Amara Osei. Osei said two of the compounds worked by a mechanism not seen in any approved antibiotic.

The work builds on AlphaFold, the protein-structure tool from Google DeepMind whose creators shared the 2024 Nobel Prize in Chemistry.

Independent experts were cautious. "Mice are not people, and many promising compounds fail in the clinic," said Professor Tom Ridley of the University of Cambridge in England.

The research was funded by the Wellcome Trust and the US National Institutes of Health (NIH). Larkspur has licensed MolForge to a start-up, Verdant Therapeutics Inc., based in Boston, which hopes to begin human trials within three years.""", """
Larkspur Institute for Computational Biology | ORG |
Cambridge | PLACE | Cambridge, Massachusetts
Massachusetts | PLACE |
Nature | OTHER |
MolForge | OTHER |
Amara Osei | PERSON |
Osei | PERSON | Amara Osei
AlphaFold | OTHER |
Google DeepMind | ORG |
Nobel Prize in Chemistry | OTHER |
Tom Ridley | PERSON |
University of Cambridge | ORG |
England | PLACE |
Wellcome Trust | ORG |
US | PLACE | United States
National Institutes of Health | ORG |
NIH | ORG | National Institutes of Health
Larkspur | ORG | Larkspur Institute for Computational Biology
Verdant Therapeutics Inc. | ORG | Verdant Therapeutics
Boston | PLACE |
""")

# --------------------------------------------------------------------------------------------
# business (2): markets wire, tickers, earnings tables, press releases, regulators, analysts
# --------------------------------------------------------------------------------------------
doc("g34", "business", """\
U.S. MONEY MARKETS - BILL RATES EDGE UP AHEAD OF TREASURY AUCTIONS

NEW YORK, March 3 (Northwire) - Interest rates on short-dated U.S. government bills edged higher on Monday as investors made room for a heavy week of supply from the Treasury and pared bets that the Federal Reserve would cut rates before the summer.
The rate on three-month bills rose 2 basis points to 5.24%, while six-month bill rates touched their highest level in three weeks. The Treasury will sell $142 billion of three- and six-month bills on Monday afternoon, followed by $46 billion of 52-week bills on Tuesday.
"Money market funds have plenty of cash to absorb the supply, but they want to be paid a little more for it," said Karen Doyle, head of rates strategy at Whitfield Hale Securities in New York.
Usage of the Federal Reserve Bank of New York's overnight reverse repurchase facility fell to $412 billion, the lowest since mid-2021, as funds moved cash into bills. Futures markets priced a 38% chance of a Fed cut in May, down from 55% a week ago.
Traders will also watch Friday's employment report from the Labor Department for signs that the labour market is cooling.
(Reporting by Gemma Lowry; Editing by Paul Sandoval)""", """
U.S. | PLACE | United States
TREASURY | ORG | United States Department of the Treasury
NEW YORK | PLACE | New York
Northwire | ORG |
Treasury | ORG | United States Department of the Treasury
Federal Reserve | ORG |
Karen Doyle | PERSON |
Whitfield Hale Securities | ORG |
New York | PLACE |
Federal Reserve Bank of New York | ORG |
Fed | ORG | Federal Reserve
Labor Department | ORG | United States Department of Labor
Gemma Lowry | PERSON |
Paul Sandoval | PERSON |
""")

doc("g35", "business", """\
JAPAN STOCKS - NIKKEI CLIMBS AS WEAK YEN LIFTS TOYOTA, EXPORTERS

TOKYO, Oct 16 (Northwire) - Japan's Nikkei share average rose 1.1% on Wednesday as a weaker yen lifted exporters, with Toyota Motor Corp <7203.T> gaining 2.4% after Japan's Ministry of Finance signalled it was in no hurry to step into currency markets.
The Nikkei 225 ended at 39,910.55, its highest close in three weeks, while the broader Topix gained 0.8%. Sony Group Corp <6758.T> rose 1.9% and Honda Motor Co <7267.T> added 1.6%.
Toyota, the world's top-selling carmaker, earns about a third of its operating profit in North America, and every one-yen move against the dollar shifts its annual profit by tens of billions of yen, according to the company.
"Exporters are the obvious trade while the Ministry of Finance stays quiet, but the Bank of Japan meeting at the end of the month is the bigger risk," said Haruto Sakai, chief equity strategist at Mizuho Securities.
Chip-related shares lagged. Tokyo Electron Ltd <8035.T> fell 1.3% and Advantest Corp <6857.T> slipped 0.9% after U.S. semiconductor stocks fell overnight.
Trading volume on the Tokyo Stock Exchange's prime market was 1.9 billion shares, below the average of the past 30 days.""", """
JAPAN | PLACE | Japan
NIKKEI | OTHER | Nikkei 225
TOYOTA | ORG | Toyota
TOKYO | PLACE | Tokyo
Northwire | ORG |
Japan | PLACE |
Nikkei | OTHER | Nikkei 225
Toyota Motor Corp | ORG | Toyota
Ministry of Finance | ORG | Japanese Ministry of Finance
Nikkei 225 | OTHER |
Topix | OTHER |
Sony Group Corp | ORG | Sony
Honda Motor Co | ORG | Honda
Toyota | ORG |
North America | PLACE |
Bank of Japan | ORG |
Haruto Sakai | PERSON |
Mizuho Securities | ORG |
Tokyo Electron Ltd | ORG | Tokyo Electron
Advantest Corp | ORG | Advantest
U.S. | PLACE | United States
Tokyo Stock Exchange | ORG |
""")

doc("g36", "business", """\
TABLE - Vantor Chemicals Q3 results

FRANKFURT, Nov 7 (Northwire) - Vantor Chemicals AG <VNTG.DE>, Germany's third-largest specialty chemicals maker, reported the following results for the third quarter (in millions of euros unless stated):

                              Q3 2024     Q3 2023
Sales                           4,812       5,106
EBITDA before special items       611         702
Operating income (EBIT)           344         431
Net income                        198         255
Earnings per share (euros)       1.04        1.34
Free cash flow                    340         295
Net debt                        6,920       7,410

Full-year outlook: EBITDA before special items of 2.4 billion to 2.6 billion euros (unchanged).

NOTE: Chief Executive Stefan Kroll said demand from carmakers and builders in Europe remained weak, while sales in China and North America had stabilised. Vantor, based in Marl in the Ruhr region, is cutting 1,800 jobs under a savings programme it calls "Fit for 2026".
Analysts polled by the company had on average expected quarterly EBITDA of 640 million euros. Vantor shares have lost 18% this year, while Frankfurt's blue-chip DAX index has gained 11%.""", """
Vantor Chemicals | ORG |
FRANKFURT | PLACE | Frankfurt
Northwire | ORG |
Vantor Chemicals AG | ORG | Vantor Chemicals
Germany | PLACE |
Stefan Kroll | PERSON |
Europe | PLACE |
China | PLACE |
North America | PLACE |
Vantor | ORG | Vantor Chemicals
Marl | PLACE |
Ruhr | PLACE |
Fit for 2026 | OTHER |
Frankfurt | PLACE |
DAX | OTHER |
""")

doc("g37", "business", """\
FOR IMMEDIATE RELEASE

JOHANNESBURG and PERTH, 12 February 2025 - Halden Mining Ltd. ("Halden") (ASX: HDN) and Karoo Platinum Holdings Ltd ("Karoo Platinum") (JSE: KPH) today announced an all-share merger of equals that will create the world's fourth-largest producer of platinum group metals.

Under the agreement, Karoo Platinum shareholders will receive 0.82 new Halden shares for each share held. The combined group, to be named Halden Karoo Resources Plc, will seek a primary listing on the London Stock Exchange, with secondary listings in Johannesburg and Sydney.

"Together we will own long-life, low-cost ounces in the Bushveld Complex and nickel in Western Australia," said Matthew Corbin, Chief Executive of Halden, who will lead the combined company. Naledi Mokoena, Chief Executive of Karoo Platinum, will become chair.

The transaction is subject to approval by shareholders, by the Competition Commission of South Africa and by the Foreign Investment Review Board (FIRB) of Australia.

Morgan Stanley & Co. International plc and Rand Merchant Bank are acting as financial advisers to Halden; Lazard and Standard Bank are advising Karoo Platinum. Slaughter and May and Webber Wentzel are acting as legal counsel.

About Halden Mining
Halden Mining Ltd. is a Perth-based producer of nickel and platinum group metals with operations in Western Australia and South Africa.

Media contacts: Claire Whitby (Halden) +61 8 9200 1100; Sipho Dlamini (Karoo Platinum) +27 11 500 2300""", """
JOHANNESBURG | PLACE | Johannesburg
PERTH | PLACE | Perth
Halden Mining Ltd. | ORG | Halden Mining
Halden | ORG | Halden Mining
ASX | ORG | Australian Securities Exchange
Karoo Platinum Holdings Ltd | ORG | Karoo Platinum
Karoo Platinum | ORG |
JSE | ORG | Johannesburg Stock Exchange
Halden Karoo Resources Plc | ORG | Halden Karoo Resources
London Stock Exchange | ORG |
Johannesburg | PLACE |
Sydney | PLACE |
Bushveld Complex | PLACE |
Western Australia | PLACE |
Matthew Corbin | PERSON |
Naledi Mokoena | PERSON |
Competition Commission of South Africa | ORG |
Foreign Investment Review Board | ORG |
FIRB | ORG | Foreign Investment Review Board
Australia | PLACE |
Morgan Stanley & Co. International plc | ORG | Morgan Stanley
Rand Merchant Bank | ORG |
Lazard | ORG |
Standard Bank | ORG |
Slaughter and May | ORG |
Webber Wentzel | ORG |
Halden Mining | ORG |
Perth | PLACE |
South Africa | PLACE |
Claire Whitby | PERSON |
Sipho Dlamini | PERSON |
""")

doc("g38", "business", """\
WASHINGTON, June 18 (Meridian Press) - The Federal Trade Commission on Tuesday sued to block Acme Corp's $8.4 billion purchase of rival kitchen appliance maker Larchmont Home Brands Inc., saying the deal would leave U.S. shoppers with just two big suppliers of stand mixers and countertop ovens.
In a complaint filed in the U.S. District Court for the District of Columbia, the FTC said Acme and Larchmont compete head-to-head for shelf space at Walmart Inc. and Target Corp. and on Amazon.com, and that together they sell about 58% of the stand mixers bought in America.
"Families should not have to pay more for a mixer because two rivals decided to stop competing," Henry Liu, director of the FTC's Bureau of Competition, said in a statement.
Acme, based in Columbus, Ohio, said it would fight the lawsuit. "We compete every day with Whirlpool, SharkNinja and a growing wave of low-cost imports from China," Chief Executive Daniel Prescott told analysts on a call.
Shares of Larchmont, which agreed to the deal in January, fell 9% to $31.20 on the Nasdaq. Acme shares rose 1% on the New York Stock Exchange.
The case is the third merger challenge brought by the agency this year. Antitrust lawyers said a trial could begin in the autumn, after the deal's original closing date.""", """
WASHINGTON | PLACE | Washington
Meridian Press | ORG |
Federal Trade Commission | ORG |
Acme Corp | ORG | Acme
Larchmont Home Brands Inc. | ORG | Larchmont Home Brands
U.S. | PLACE | United States
U.S. District Court for the District of Columbia | ORG | United States District Court for the District of Columbia
FTC | ORG | Federal Trade Commission
Acme | ORG |
Larchmont | ORG | Larchmont Home Brands
Walmart Inc. | ORG | Walmart
Target Corp. | ORG | Target
Amazon.com | ORG | Amazon
America | PLACE | United States
Henry Liu | PERSON |
Bureau of Competition | ORG | Federal Trade Commission Bureau of Competition
Columbus | PLACE | Columbus, Ohio
Ohio | PLACE |
Whirlpool | ORG |
SharkNinja | ORG |
China | PLACE |
Daniel Prescott | PERSON |
Nasdaq | ORG |
New York Stock Exchange | ORG |
""")

doc("g39", "business", """\
CENTRAL BANKS - SNB CUTS AGAIN, BANK OF ENGLAND HOLDS, NORGES BANK WAITS

ZURICH/LONDON, Sept 25 (Harbourline) - The Swiss National Bank cut its policy rate by a quarter point to 0.75% on Thursday, its fourth reduction in a year, while the Bank of England left borrowing costs unchanged and Norway's Norges Bank signalled it would keep rates on hold until December.
The SNB said a strong Swiss franc had pushed inflation down faster than it had expected. Its decision came a week after the Federal Reserve delivered a half-point cut and the European Central Bank lowered its deposit rate for a second time.
In London, the Bank of England's Monetary Policy Committee voted 7-2 to keep its main rate at 4.75%, with two members backing a cut. "We need to be careful not to cut too fast or by too much," the committee said in its minutes.
Further afield, Bank Indonesia held its rate at 6.0%, while the Bangko Sentral ng Pilipinas (BSP) lowered its benchmark by 25 basis points. The People's Bank of China kept its one-year loan prime rate unchanged.
"The SNB is now much closer to zero than anyone expected six months ago, and negative rates are back on the table for next year," said Lukas Frei, an economist at UBS in Zurich.""", """
SNB | ORG | Swiss National Bank
BANK OF ENGLAND | ORG | Bank of England
NORGES BANK | ORG | Norges Bank
ZURICH | PLACE | Zurich
LONDON | PLACE | London
Harbourline | ORG |
Swiss National Bank | ORG |
Bank of England | ORG |
Norway | PLACE |
Norges Bank | ORG |
Swiss | GROUP |
Federal Reserve | ORG |
European Central Bank | ORG |
London | PLACE |
Monetary Policy Committee | ORG | Bank of England Monetary Policy Committee
Bank Indonesia | ORG |
Bangko Sentral ng Pilipinas | ORG |
BSP | ORG | Bangko Sentral ng Pilipinas
People's Bank of China | ORG |
Lukas Frei | PERSON |
UBS | ORG |
Zurich | PLACE |
""")

doc("g40", "business", """\
LONDON, May 14 (Northwire) - Kestrel Aerospace Plc, a Bristol-based maker of wing components for the Airbus A320 and the Boeing 737 MAX, said on Tuesday it intends to float on the London Stock Exchange in a listing that could value it at up to 2.5 billion pounds, one of the biggest London debuts this year.
Kestrel, which also makes fuel-system parts for engines built by Rolls-Royce Holdings Plc, plans to raise 400 million pounds in new shares to pay for a second plant near Toulouse, France, close to Airbus's final assembly lines.
"Airbus alone has more than 7,000 A320-family jets still to deliver, and every one of them needs our parts," Chief Executive Fiona Marsh said in an interview.
The company was founded in 1969 by engineer Walter Kestrel, weeks after Apollo 11 landed on the Moon, and was bought by private equity firm Graycliff Partners in 2016. Graycliff will sell part of its 70% stake in the offering.
Goldman Sachs and Barclays are joint global coordinators. If it lists as planned in June, Kestrel would be eligible for the FTSE 250 index.
The float will test changes to the listing rules made by the Financial Conduct Authority (FCA) last year to lure more companies to London after a string of firms chose New York instead.""", """
LONDON | PLACE | London
Northwire | ORG |
Kestrel Aerospace Plc | ORG | Kestrel Aerospace
Bristol | PLACE |
Airbus A320 | OTHER |
Boeing 737 MAX | OTHER |
London Stock Exchange | ORG |
London | PLACE |
Kestrel | ORG | Kestrel Aerospace
Rolls-Royce Holdings Plc | ORG | Rolls-Royce
Toulouse | PLACE |
France | PLACE |
Airbus | ORG |
A320 | OTHER | Airbus A320
Fiona Marsh | PERSON |
Walter Kestrel | PERSON |
Apollo 11 | EVENT |
Moon | PLACE |
Graycliff Partners | ORG |
Graycliff | ORG | Graycliff Partners
Goldman Sachs | ORG |
Barclays | ORG |
FTSE 250 | OTHER |
Financial Conduct Authority | ORG |
FCA | ORG | Financial Conduct Authority
New York | PLACE |
""")

doc("g41", "business", """\
TABLE - Kobayashi Precision Industries nine-month results

TOKYO, Feb 6 (Northwire) - Kobayashi Precision Industries Co., Ltd. <7741.T> reported the following group results (in billions of yen unless specified):

                       9 months to    9 months to    Year to Mar 31
                       Dec 31, 2024   Dec 31, 2023   2025 (forecast)
Sales                         412.6          388.1          560.0
Operating profit               48.3           41.7           64.0
Recurring profit               51.0           44.2           67.5
Net profit                     33.9           29.8           45.0
EPS (yen)                    112.45          98.80         149.30
Annual dividend (yen)            --             --          42.00

NOTE: Kobayashi makes bearings and precision gearboxes for industrial robots built by Fanuc Corp <6954.T> and Yaskawa Electric Corp <6506.T>, and for chipmaking equipment.
The company was founded by Kenji Kobayashi in Nagoya in 1952 and is run by his grandson, President Takeshi Kobayashi.
Its full-year operating profit forecast compares with a consensus of 61.2 billion yen from nine analysts polled by LSEG.""", """
Kobayashi Precision Industries | ORG |
TOKYO | PLACE | Tokyo
Northwire | ORG |
Kobayashi Precision Industries Co., Ltd. | ORG | Kobayashi Precision Industries
Kobayashi | ORG | Kobayashi Precision Industries
Fanuc Corp | ORG | Fanuc
Yaskawa Electric Corp | ORG | Yaskawa Electric
Kenji Kobayashi | PERSON |
Nagoya | PLACE |
Takeshi Kobayashi | PERSON |
LSEG | ORG | London Stock Exchange Group
""")

doc("g42", "business", """\
METALS - IRON ORE SLIDES AS CHINA CURBS STEEL OUTPUT; MINERS FALL

SINGAPORE, Aug 19 (Harbourline) - Iron ore futures fell for a third session on Monday as steel mills in China cut production to cope with weak demand from the country's property sector.
The most-traded January contract on the Dalian Commodity Exchange fell 2.8% to 712 yuan a tonne, while the benchmark September contract on the Singapore Exchange dropped to $96.40, its lowest in almost two years.
Shares of the big miners followed. Rio Tinto Plc <RIO.L> fell 1.7% in London and BHP Group Ltd <BHP.AX> lost 2.1% in Sydney, while Brazil's Vale SA <VALE3.SA> slipped 1.4% in Sao Paulo. Fortescue Ltd, the third-biggest producer in Australia's Pilbara region, fell 3.0%.
China's crude steel output fell 9% in July from a year earlier, according to the National Bureau of Statistics, and the China Iron and Steel Association urged mills to avoid "disorderly competition".
"The market is finally pricing in that Beijing will not rescue property with another big stimulus," said Tan Mei Ling, a commodities analyst at Straits Capital Research in Singapore. She sees more downside once the giant Simandou deposit in Guinea, which Rio Tinto is developing with Chinese partners, starts shipping ore.
BHP, the world's biggest miner by market value, reports annual results on Tuesday.""", """
CHINA | PLACE | China
SINGAPORE | PLACE | Singapore
Harbourline | ORG |
China | PLACE |
Dalian Commodity Exchange | ORG |
Singapore Exchange | ORG |
Rio Tinto Plc | ORG | Rio Tinto
London | PLACE |
BHP Group Ltd | ORG | BHP
BHP#2 | ORG |
Sydney | PLACE |
Brazil | PLACE |
Vale SA | ORG | Vale
Sao Paulo | PLACE | São Paulo
Fortescue Ltd | ORG | Fortescue
Australia | PLACE |
Pilbara | PLACE |
National Bureau of Statistics | ORG | National Bureau of Statistics of China
China Iron and Steel Association | ORG |
Beijing | PLACE |
Tan Mei Ling | PERSON |
Straits Capital Research | ORG |
Singapore | PLACE |
Simandou | PLACE |
Guinea | PLACE |
Rio Tinto | ORG |
Chinese | GROUP |
""", """
BHP#1 | ticker <BHP.AX>: not an entity
""")

doc("g43", "business", """\
OSLO, Jan 29 (Harbourline) - Fjordvik Pensjon ASA, one of Norway's largest private pension providers, said on Wednesday it had sold its holdings in two building-materials suppliers because of their sales to construction projects in Israeli settlements in the occupied West Bank.
The fund said it had divested shares in Germany's Kessler Baustoffe GmbH and Britain's Tarragon Quarries Plc worth a combined 310 million crowns. It cited UN Security Council Resolution 2334, adopted in 2016, which says the settlements have "no legal validity", and a database of companies compiled by the Office of the UN High Commissioner for Human Rights (OHCHR).
"Our clients expect us not to finance activities that the Security Council has said breach international law," Chief Investment Officer Ingvild Røste told Harbourline.
Kessler said in a statement that it complied with all German and European Union export rules and that its products were sold through independent distributors. Tarragon did not respond to a request for comment.
Norway's sovereign wealth fund, managed by Norges Bank Investment Management, has excluded several companies on similar grounds on the advice of its Council on Ethics. Israel's government has rejected the OHCHR database as biased.""", """
OSLO | PLACE | Oslo
Harbourline | ORG |
Fjordvik Pensjon ASA | ORG | Fjordvik Pensjon
Norway | PLACE |
Israeli | GROUP | Israelis
West Bank | PLACE |
Germany | PLACE |
Kessler Baustoffe GmbH | ORG | Kessler Baustoffe
Britain | PLACE | United Kingdom
Tarragon Quarries Plc | ORG | Tarragon Quarries
UN Security Council Resolution 2334 | OTHER | United Nations Security Council Resolution 2334
Office of the UN High Commissioner for Human Rights | ORG | Office of the United Nations High Commissioner for Human Rights
OHCHR | ORG | Office of the United Nations High Commissioner for Human Rights
Security Council | ORG | United Nations Security Council
Ingvild Røste | PERSON |
Kessler | ORG | Kessler Baustoffe
German | GROUP | Germans
European Union | ORG |
Tarragon | ORG | Tarragon Quarries
Norges Bank Investment Management | ORG |
Council on Ethics | ORG | Norwegian Council on Ethics
Israel | PLACE |
""")

doc("g44", "business", """\
Osprey Foods files for Chapter 11 as debt and store brands take their toll

By Ramona Ellis

Osprey Foods Corp, the Omaha-based maker of Golden Hearth frozen pizza and Prairie Crunch tortilla chips, filed for Chapter 11 bankruptcy protection on Sunday in the U.S. Bankruptcy Court for the Southern District of Texas, listing assets and liabilities of between $1 billion and $10 billion.

The company said it had reached a deal with lenders holding about 80% of its term loans to swap debt for equity, and had lined up $175 million in debtor-in-possession financing led by Wells Fargo & Co. Its 14 plants, including a large pizza factory in Sioux City, Iowa, will keep running.

"Our brands are strong, but our balance sheet was built for a different world," Chief Executive Linda Voss said in a letter to employees. Osprey has struggled as shoppers at Kroger Co. and Costco Wholesale Corp. switched to cheaper store brands.

Private equity firm Sentinel Ridge Partners bought Osprey in a leveraged buyout in 2019, loading it with about $2.3 billion of debt. Sentinel Ridge will lose control under the plan.

Kirkland & Ellis LLP is Osprey's legal adviser, Houlihan Lokey is its investment banker and Alvarez & Marsal is its restructuring adviser.""", """
Osprey Foods | ORG |
Chapter 11 | OTHER |
Ramona Ellis | PERSON |
Osprey Foods Corp | ORG | Osprey Foods
Omaha | PLACE |
Golden Hearth | OTHER |
Prairie Crunch | OTHER |
U.S. Bankruptcy Court for the Southern District of Texas | ORG | United States Bankruptcy Court for the Southern District of Texas
Wells Fargo & Co. | ORG | Wells Fargo
Sioux City | PLACE |
Iowa | PLACE |
Linda Voss | PERSON |
Osprey | ORG | Osprey Foods
Kroger Co. | ORG | Kroger
Costco Wholesale Corp. | ORG | Costco
Sentinel Ridge Partners | ORG |
Sentinel Ridge | ORG | Sentinel Ridge Partners
Kirkland & Ellis LLP | ORG | Kirkland & Ellis
Houlihan Lokey | ORG |
Alvarez & Marsal | ORG |
""")

doc("g45", "business", """\
LISBON, April 2 (Meridian Press) - Banco Ribeira S.A., Portugal's fifth-largest lender, said on Tuesday it would raise 600 million euros in new capital after European Central Bank supervisors told it to strengthen its buffers before the final phase of the Basel III rules takes effect.
The bank's core tier one capital ratio fell to 11.2% at the end of last year, below the 12.5% requested by the ECB's Single Supervisory Mechanism, according to a filing with the Portuguese market regulator CMVM.
Chief Executive Rui Carvalho said the rights issue, underwritten by Caixa BI, BNP Paribas SA and Deutsche Bank AG, would "close the chapter" on losses from commercial property loans in Lisbon and Madrid.
Fitch Ratings placed the bank's BBB- rating on watch negative. Shares in Ribeira fell 7.3% on Euronext Lisbon, dragging the PSI index down 0.4%.
Banco de Portugal, the central bank, said in a statement that the lender remained "solvent and liquid" and that deposits were not at risk.
"Ribeira is paying for a big bet on offices at the top of the market," said Ana Teixeira, a banking analyst at Atlantico Research in Porto.""", """
LISBON | PLACE | Lisbon
Meridian Press | ORG |
Banco Ribeira S.A. | ORG | Banco Ribeira
Portugal | PLACE |
European Central Bank | ORG |
Basel III | OTHER |
ECB | ORG | European Central Bank
Single Supervisory Mechanism | ORG |
Portuguese | GROUP |
CMVM | ORG | Comissão do Mercado de Valores Mobiliários
Rui Carvalho | PERSON |
Caixa BI | ORG |
BNP Paribas SA | ORG | BNP Paribas
Deutsche Bank AG | ORG | Deutsche Bank
Lisbon | PLACE |
Madrid | PLACE |
Fitch Ratings | ORG |
Ribeira | ORG | Banco Ribeira
Euronext Lisbon | ORG |
PSI | OTHER |
Banco de Portugal | ORG |
Ana Teixeira | PERSON |
Atlantico Research | ORG |
Porto | PLACE |
""")

doc("g46", "business", """\
JAKARTA, Sept 4 (Harbourline) - PT Sunda Telecom Tbk, Indonesia's third-largest mobile operator, said on Wednesday it would spend $1.1 billion over three years to extend its 5G network beyond Java and Bali, after winning new spectrum in an auction run by the Ministry of Communication and Informatics.
Equipment will come from Ericsson AB <ERICb.ST> and Nokia Oyj <NOKIA.HE>, the company said, in a blow to China's Huawei Technologies, which supplies most of its existing 4G network. Nokia will also supply the software that runs the network's core.
"We want a customer in Makassar or Jayapura to get the same speeds as one in Jakarta," President Director Made Wirawan told reporters.
Sunda Telecom, which is 40% owned by Singapore-based Merlion Telecom Holdings Pte Ltd, competes with market leader Telkomsel and with Indosat Ooredoo Hutchison. Its shares rose 3.2% on the Indonesia Stock Exchange, outperforming the benchmark Jakarta Composite Index, which gained 0.5%.
Analysts at Maybank Sekuritas said the spending plan would push the company's capital expenditure to about 28% of revenue next year, above the industry average of about 20%.""", """
JAKARTA | PLACE | Jakarta
Harbourline | ORG |
PT Sunda Telecom Tbk | ORG | Sunda Telecom
Indonesia | PLACE |
Java | PLACE |
Bali | PLACE |
Ministry of Communication and Informatics | ORG | Indonesian Ministry of Communication and Informatics
Ericsson AB | ORG | Ericsson
Nokia Oyj | ORG | Nokia
China | PLACE |
Huawei Technologies | ORG | Huawei
Nokia | ORG |
Makassar | PLACE |
Jayapura | PLACE |
Jakarta | PLACE |
Made Wirawan | PERSON |
Sunda Telecom | ORG |
Singapore | PLACE |
Merlion Telecom Holdings Pte Ltd | ORG | Merlion Telecom Holdings
Telkomsel | ORG |
Indosat Ooredoo Hutchison | ORG |
Indonesia Stock Exchange | ORG |
Jakarta Composite Index | OTHER |
Maybank Sekuritas | ORG |
""", """
NOKIA#0 | ticker <NOKIA.HE>: not an entity
""")

doc("g47", "business", """\
CHICAGO, July 12 (Northwire) - Soybean futures on the Chicago Board of Trade fell to a four-year low on Friday after the U.S. Department of Agriculture raised its forecast for the American harvest in its monthly World Agricultural Supply and Demand Estimates report, and as rain across Iowa, Illinois and Nebraska eased worries that a heatwave would damage crops in the Midwest.
Shares of grain merchants Archer-Daniels-Midland Co <ADM.N> and Bunge Global SA <BG.N> fell 2.3% and 1.8% respectively, while privately held Cargill, based in Minneapolis, said big harvests in Brazil and Argentina meant the world would grow more soybeans than it needs for a second straight year.
"The market is telling farmers there is too much soy in the world, and China is buying less of it from America," said Jennifer Kowalski, senior grains analyst at Prairie Gate Advisors in Kansas City, Missouri, adding that Chinese importers had switched many orders to Brazilian cargoes.""", """
CHICAGO | PLACE | Chicago
Northwire | ORG |
Chicago Board of Trade | ORG |
U.S. Department of Agriculture | ORG | United States Department of Agriculture
American | GROUP | Americans
World Agricultural Supply and Demand Estimates | OTHER |
Iowa | PLACE |
Illinois | PLACE |
Nebraska | PLACE |
Midwest | PLACE |
Archer-Daniels-Midland Co | ORG | Archer-Daniels-Midland
Bunge Global SA | ORG | Bunge
Cargill | ORG |
Minneapolis | PLACE |
Brazil | PLACE |
Argentina | PLACE |
China | PLACE |
America | PLACE | United States
Jennifer Kowalski | PERSON |
Prairie Gate Advisors | ORG |
Kansas City | PLACE | Kansas City, Missouri
Missouri | PLACE |
Chinese | GROUP |
Brazilian | GROUP | Brazilians
""")

doc("g48", "business", """\
FOREX - DOLLAR FIRMS AS FED MINUTES LOOM; YEN SLIPS

LONDON, Aug 20 (Harbourline) - The dollar edged up against a basket of major currencies on Tuesday as traders waited for minutes of the Federal Reserve's July meeting for clues on how quickly U.S. interest rates will fall, while the yen weakened after a Bank of Japan deputy governor played down the chance of another rate rise this year.
The dollar index rose 0.2% to 101.6, recovering some of its 2% slide this month. The euro was flat at $1.1080, and sterling slipped 0.1% ahead of a speech by a Bank of England policymaker.
The Swiss franc, a favourite refuge in times of stress, eased 0.3% to 0.8560 per dollar. The Australian dollar fell 0.4% after minutes of the Reserve Bank of Australia's last meeting showed policymakers had discussed raising rates again.
Investors will also hear from Fed officials at the Kansas City Fed's annual conference in Jackson Hole, Wyoming, later this week.
"The market has priced in a lot of easing already, so the bar for the dollar to fall much further is high," said Oliver Brandt, head of currency strategy at Kingsgate Markets in London.""", """
FED | ORG | Federal Reserve
LONDON | PLACE | London
Harbourline | ORG |
Federal Reserve | ORG |
U.S. | PLACE | United States
Bank of Japan | ORG |
Bank of England | ORG |
Swiss | GROUP |
Australian | GROUP | Australians
Reserve Bank of Australia | ORG |
Fed | ORG | Federal Reserve
Kansas City Fed | ORG | Federal Reserve Bank of Kansas City
Jackson Hole | PLACE |
Wyoming | PLACE |
Oliver Brandt | PERSON |
Kingsgate Markets | ORG |
London | PLACE |
""")

doc("g49", "business", """\
UK GROCERS - TESCO GAINS MARKET SHARE AS FOOD INFLATION EASES - KANTAR

LONDON, Oct 1 (Meridian Press) - Tesco Plc lifted its share of Britain's grocery market to 27.8% in the 12 weeks to Sept. 22, its highest in three years, industry data from Kantar showed on Tuesday, as grocery price inflation slowed to 1.9%.
German-owned discounters Aldi and Lidl kept gaining customers, though at a slower pace than last year, while Asda, controlled by private equity firm TDR Capital, lost share for a 12th month in a row.
Marks & Spencer Group Plc grew its food sales by 7.4%, and online grocer Ocado Retail, a joint venture between Ocado Group and M&S, was the fastest-growing grocer for a sixth month.
"Shoppers are still hunting for deals, but they are not trading down the way they did when inflation was in double digits," said Nadia Kaur, head of retail insight at Kantar.
Official figures from the Office for National Statistics due on Oct. 16 are expected to show overall UK inflation just below the Bank of England's 2% target. The Competition and Markets Authority (CMA) said in July it had found no evidence that grocers were profiteering.""", """
UK | PLACE | United Kingdom
TESCO | ORG | Tesco
KANTAR | ORG | Kantar
LONDON | PLACE | London
Meridian Press | ORG |
Tesco Plc | ORG | Tesco
Britain | PLACE | United Kingdom
Kantar | ORG |
German | GROUP | Germans
Aldi | ORG |
Lidl | ORG |
Asda | ORG |
TDR Capital | ORG |
Marks & Spencer Group Plc | ORG | Marks & Spencer
Ocado Retail | ORG |
Ocado Group | ORG |
M&S | ORG | Marks & Spencer
Nadia Kaur | PERSON |
Office for National Statistics | ORG |
Bank of England | ORG |
Competition and Markets Authority | ORG |
CMA | ORG | Competition and Markets Authority
""")

doc("g50", "business", """\
PARIS AIR SHOW - ANDES PACIFIC ORDERS 40 AIRBUS JETS, EYES WIDEBODIES

LE BOURGET, France, June 16 (Northwire) - Chilean carrier Andes Pacific Airlines SA ordered 40 Airbus A321neo jets on Monday, the first day of the Paris Air Show, and said it was in talks with Airbus and Boeing about up to 12 widebody aircraft such as the Boeing 787-9 or the Airbus A350-900.
The order, worth about $5.6 billion at list prices before customary discounts, makes Andes Pacific the largest A321neo customer in South America after LATAM Airlines Group. The jets will be powered by CFM International LEAP-1A engines and delivered from 2029.
"We are growing faster than our fleet. Santiago to Miami, Lima to Madrid - the demand is there," Chief Executive Tomás Errázuriz said at the show.
The Santiago-based airline, which listed on the Santiago Stock Exchange in 2021, also agreed to lease eight Airbus A320neo jets from Irish lessor Avolon.
Supply-chain problems with engines and cabin parts have forced Airbus to slow deliveries this year, but the planemaker said it still aimed to build 75 A320-family jets a month by 2027.""", """
PARIS AIR SHOW | EVENT | Paris Air Show
ANDES PACIFIC | ORG | Andes Pacific Airlines
AIRBUS | ORG | Airbus
LE BOURGET | PLACE | Le Bourget
France | PLACE |
Northwire | ORG |
Chilean | GROUP | Chileans
Andes Pacific Airlines SA | ORG | Andes Pacific Airlines
Airbus A321neo | OTHER |
Paris Air Show | EVENT |
Airbus | ORG |
Boeing | ORG |
Boeing 787-9 | OTHER |
Airbus A350-900 | OTHER |
Andes Pacific | ORG | Andes Pacific Airlines
A321neo | OTHER | Airbus A321neo
South America | PLACE |
LATAM Airlines Group | ORG | LATAM Airlines
CFM International | ORG |
LEAP-1A | OTHER |
Santiago | PLACE |
Miami | PLACE |
Lima | PLACE |
Madrid | PLACE |
Tomás Errázuriz | PERSON |
Santiago Stock Exchange | ORG |
Airbus A320neo | OTHER |
Irish | GROUP |
Avolon | ORG |
A320 | OTHER | Airbus A320
""")

doc("g51", "business", """\
TABLE - Top shareholders in Norrland Paper

STOCKHOLM, March 20 (Harbourline) - The following are the largest shareholders in Swedish forest products group Norrland Paper AB <NORRb.ST> at the end of February, according to data compiled by Modular Finance:

Shareholder                      % of capital   % of votes
Ekman Invest AB                       18.4          42.1
Alecta Tjanstepension                  7.9           5.6
Swedbank Robur Fonder                  5.2           3.7
BlackRock Inc                          3.1           2.2
Norges Bank                            2.9           2.0
AMF Pensionsforsakring AB              2.6           1.8
Vanguard Group Inc                     1.9           1.3
Handelsbanken Fonder                   1.7           1.2

NOTE: Norrland Paper, which runs pulp and paper mills in Umea and Sundsvall, has received a 2.6 billion euro takeover approach from Finnish rival Kuusi Forest Oyj. Ekman Invest, the holding company of the founding family, controls the group through shares carrying ten votes each and has said it will not sell below 40 crowns a share.
Chairman Gustaf Ekman told the business daily Dagens Industri on Tuesday that the board would "take its time". Kuusi shares rose 1.1% in Helsinki.""", """
Norrland Paper | ORG |
STOCKHOLM | PLACE | Stockholm
Harbourline | ORG |
Swedish | GROUP | Swedes
Norrland Paper AB | ORG | Norrland Paper
Modular Finance | ORG |
Ekman Invest AB | ORG | Ekman Invest
Alecta Tjanstepension | ORG | Alecta
Swedbank Robur Fonder | ORG | Swedbank Robur
BlackRock Inc | ORG | BlackRock
Norges Bank | ORG |
AMF Pensionsforsakring AB | ORG | AMF
Vanguard Group Inc | ORG | Vanguard
Handelsbanken Fonder | ORG |
Umea | PLACE | Umeå
Sundsvall | PLACE |
Finnish | GROUP | Finns
Kuusi Forest Oyj | ORG | Kuusi Forest
Ekman Invest | ORG |
Gustaf Ekman | PERSON |
Dagens Industri | ORG |
Kuusi | ORG | Kuusi Forest
Helsinki | PLACE |
""")

doc("g52", "business", """\
Solvane Renewables and Nordlicht Chemie sign 15-year offshore wind power purchase agreement

PARIS, 3 October 2024 - Solvane Renewables SE (Euronext Paris: SOLV), a European developer and operator of offshore wind farms, today announced that it has signed a 15-year power purchase agreement (PPA) with Nordlicht Chemie GmbH, a subsidiary of Germany's Vantor Chemicals AG.
Under the agreement, Nordlicht Chemie will buy 180 megawatts of capacity from the 950-megawatt Iroise Sud wind farm off the coast of Brittany, which is due to start operating in 2027. Power will be delivered through the grid run by RTE and France's interconnectors with Germany.
"Industrial customers want clean power at a price they can plan around for a decade or more. This contract gives them exactly that," said Camille Roux, Chief Executive Officer of Solvane Renewables.
"Iroise Sud will cover about a fifth of the electricity used at our Marl site," said Stefan Kroll, Chief Executive Officer of Vantor Chemicals.
About Solvane Renewables
Solvane Renewables SE is listed on Euronext Paris and operates 2.1 gigawatts of offshore wind capacity in France, Belgium, Poland and Taiwan.
Media contact: Élodie Marchand, Solvane Renewables, +33 1 84 88 20 00""", """
Solvane Renewables | ORG |
Nordlicht Chemie | ORG |
PARIS | PLACE | Paris
Solvane Renewables SE | ORG | Solvane Renewables
Euronext Paris | ORG |
European | GROUP | Europeans
Nordlicht Chemie GmbH | ORG | Nordlicht Chemie
Germany | PLACE |
Vantor Chemicals AG | ORG | Vantor Chemicals
Iroise Sud | PLACE |
Brittany | PLACE |
RTE | ORG | Réseau de Transport d'Électricité
France | PLACE |
Camille Roux | PERSON |
Marl | PLACE |
Stefan Kroll | PERSON |
Vantor Chemicals | ORG |
Belgium | PLACE |
Poland | PLACE |
Taiwan | PLACE |
Élodie Marchand | PERSON |
""")

doc("g53", "business", """\
BROKER RATINGS - EUROPEAN STOCKS: BP CUT, PRUDENTIAL RAISED

LONDON, Jan 15 (Northwire) - The following are rating and price target changes by brokers on European stocks on Wednesday (company, ticker, broker, change):

* BP Plc <BP.L>: Jefferies cuts to "hold" from "buy"; target 440 pence
* Prudential Plc <PRU.L>: Berenberg raises to "buy" from "hold"
* Siemens AG <SIEGn.DE>: Bernstein raises target to 210 euros from 195 euros
* Rio Tinto Plc <RIO.L>: Morgan Stanley cuts target to 5,600 pence from 5,900
* Kering SA <PRTP.PA>: Exane BNP Paribas starts coverage with "underperform"
* Heineken NV <HEIA.AS>: Barclays raises to "overweight" from "equal weight"
* Novo Nordisk A/S <NOVOb.CO>: Deutsche Bank cuts to "hold" from "buy"
* Ericsson AB <ERICb.ST>: UBS raises target to 80 Swedish crowns from 72

NOTE: Jefferies said it saw less room for BP to raise payouts to shareholders if oil stayed below $80 a barrel. Berenberg said Prudential's Asian business, which sells insurance in Hong Kong and Singapore, would benefit from a recovery in visits by mainland Chinese customers.""", """
EUROPEAN | GROUP | Europeans
BP#0,3 | ORG |
PRUDENTIAL | ORG | Prudential
LONDON | PLACE | London
Northwire | ORG |
European | GROUP | Europeans
BP Plc | ORG | BP
Jefferies | ORG |
Prudential Plc | ORG | Prudential
Berenberg | ORG |
Siemens AG | ORG | Siemens
Bernstein | ORG |
Rio Tinto Plc | ORG | Rio Tinto
Morgan Stanley | ORG |
Kering SA | ORG | Kering
Exane BNP Paribas | ORG |
Heineken NV | ORG | Heineken
Barclays | ORG |
Novo Nordisk A/S | ORG | Novo Nordisk
Deutsche Bank | ORG |
Ericsson AB | ORG | Ericsson
UBS | ORG |
Swedish | GROUP | Swedes
Prudential | ORG |
Asian | GROUP | Asians
Hong Kong | PLACE |
Singapore | PLACE |
Chinese | GROUP |
""", """
BP#2 | ticker <BP.L>: not an entity
""")

doc("g54", "business", """\
GERMANY ECONOMY - IFO BUSINESS CLIMATE FALLS AGAIN AS INDUSTRY GLOOM DEEPENS

BERLIN, Nov 25 (Harbourline) - German business morale fell for a third month in November, a survey by the Ifo institute showed on Monday, as manufacturers braced for higher U.S. tariffs and a winter of weak orders from China.
The Ifo business climate index fell to 85.2 from 86.5 in October, below the 86.0 forecast by economists polled by Harbourline. A gauge of current conditions hit its lowest level since the pandemic.
"Industry is in a bad mood, and services are no longer making up for it," said Jana Weissmann, an economist at the Munich-based institute.
The survey followed a string of job cuts announced by Volkswagen, Thyssenkrupp and car parts maker ZF Friedrichshafen, and data from the Federal Statistics Office (Destatis) showing that the economy grew just 0.1% in the third quarter.
Germany's Federal Ministry of Finance has said it will present a supplementary budget next month, and the Bundestag is expected to vote on it before the end of the year. The Bundesbank said last week that the economy was likely to stagnate over the winter.
The ZEW institute's survey of financial analysts, published last week, also pointed to a weak start to next year.""", """
GERMANY | PLACE | Germany
IFO | ORG | Ifo Institute
BERLIN | PLACE | Berlin
Harbourline | ORG |
German | GROUP | Germans
Ifo | ORG | Ifo Institute
U.S. | PLACE | United States
China | PLACE |
Jana Weissmann | PERSON |
Munich | PLACE |
Volkswagen | ORG |
Thyssenkrupp | ORG |
ZF Friedrichshafen | ORG |
Federal Statistics Office | ORG | German Federal Statistical Office
Destatis | ORG | German Federal Statistical Office
Germany | PLACE |
Federal Ministry of Finance | ORG | German Federal Ministry of Finance
Bundestag | ORG |
Bundesbank | ORG |
ZEW | ORG |
""")

doc("g55", "business", """\
MOTOR RACING - PENNANT PAY BECOMES WILLIAMS TITLE SPONSOR IN RECORD DEAL

LONDON, Feb 12 (Meridian Press) - Payments start-up Pennant Pay Ltd has agreed to become title sponsor of the Williams Formula One team in a five-year deal worth about 40 million pounds a season, the biggest in the British team's history, the two companies said on Tuesday.
The team, based in Grove, Oxfordshire, will race as Pennant Williams Racing from next season.
"Formula One now has a global audience that is younger and more female than ever, and that is exactly who we want to reach," Pennant Pay founder and Chief Executive Amira Haddad said at the team's factory.
Williams, the nine-times constructors' champions, were bought by U.S. investment firm Dorilton Capital in 2020 and have spent heavily on new facilities since.
Sponsorship income in F1 has boomed since Liberty Media Corp <FWONK.O> bought the sport in 2017. Rival team Aston Martin races with Aramco's name in its title, while energy drinks maker Red Bull GmbH owns two teams, Red Bull Racing and Racing Bulls.
Title sponsorship across the 10 teams was worth about $700 million last year, according to estimates from consultancy Ampere Sport Analytics.""", """
PENNANT PAY | ORG | Pennant Pay
WILLIAMS | ORG | Williams Racing
LONDON | PLACE | London
Meridian Press | ORG |
Pennant Pay Ltd | ORG | Pennant Pay
Williams | ORG | Williams Racing
Formula One | ORG |
British | GROUP | Britons
Grove | PLACE |
Oxfordshire | PLACE |
Pennant Williams Racing | ORG | Williams Racing
Pennant Pay | ORG |
Amira Haddad | PERSON |
U.S. | PLACE | United States
Dorilton Capital | ORG |
F1 | ORG | Formula One
Liberty Media Corp | ORG | Liberty Media
Aston Martin | ORG | Aston Martin F1 Team
Aramco | ORG | Saudi Aramco
Red Bull GmbH | ORG | Red Bull
Red Bull Racing | ORG |
Racing Bulls | ORG |
Ampere Sport Analytics | ORG |
""")

# --------------------------------------------------------------------------------------------
# sport (2): results lists, league tables, squads, scoreboards, city-named clubs
# --------------------------------------------------------------------------------------------
doc("g56", "sport", """\
SOCCER - ENGLISH PREMIER LEAGUE RESULTS

LONDON, Feb 8 (Northwire) - Results of English Premier League matches on Saturday:

Aston Villa 2 Everton 1
Brentford 0 Tottenham Hotspur 3
Chelsea 1 Newcastle United 1
Crystal Palace 2 Wolverhampton Wanderers 2
Fulham 3 Nottingham Forest 1
Manchester United 2 West Ham United 0
Bournemouth 1 Brighton and Hove Albion 1
Ipswich Town 0 Manchester City 4

Playing on Sunday: Arsenal v Liverpool, Leicester City v Southampton

Standings (tabulate under played, won, drawn, lost, goals for, goals against, points):
1. Manchester City    25 18 4 3 58 21 58
2. Liverpool          24 17 5 2 55 22 56
3. Arsenal            24 16 5 3 49 19 53
4. Aston Villa        25 15 4 6 47 32 49
5. Tottenham Hotspur  25 14 5 6 50 33 47
6. Manchester United  25 13 5 7 38 30 44""", """
ENGLISH PREMIER LEAGUE | ORG | Premier League
LONDON | PLACE | London
Northwire | ORG |
English Premier League | ORG | Premier League
Aston Villa | ORG |
Everton | ORG |
Brentford | ORG |
Tottenham Hotspur | ORG |
Chelsea | ORG |
Newcastle United | ORG |
Crystal Palace | ORG |
Wolverhampton Wanderers | ORG |
Fulham | ORG |
Nottingham Forest | ORG |
Manchester United | ORG |
West Ham United | ORG |
Bournemouth | ORG | AFC Bournemouth
Brighton and Hove Albion | ORG | Brighton & Hove Albion
Ipswich Town | ORG |
Manchester City | ORG |
Arsenal | ORG |
Liverpool | ORG |
Leicester City | ORG |
Southampton | ORG | Southampton FC
""")

doc("g57", "sport", """\
SOCCER - PORTUGUESE AND UKRAINIAN LEAGUE RESULTS

LISBON, Oct 20 (Northwire) - Results of Portuguese Primeira Liga matches at the weekend:

Porto 2 Benfica 1
Sporting 3 Braga 0
Vitoria Guimaraes 1 Boavista 1
Famalicao 0 Estoril Praia 2
Rio Ave 1 Gil Vicente 0
Moreirense 2 Casa Pia 2

Leaders: Porto 22 points from nine games, Sporting 22, Benfica 19.

KYIV, Oct 20 (Northwire) - Results of Ukrainian Premier League matches on Sunday:

Dynamo Kiev 0 Shakhtar Donetsk 0
Zorya Luhansk 2 Dnipro-1 1
Vorskla Poltava 1 Oleksandriya 1
Polissya Zhytomyr 3 Kolos Kovalivka 0
Karpaty Lviv 1 Rukh Lviv 2

Leaders: Dynamo Kiev 26 points from 10 games, Shakhtar Donetsk 24, Polissya 21.
Shakhtar, who have played away from Donetsk since 2014, meet Dynamo again in the Ukrainian Cup quarter-finals in Kyiv next month.""", """
PORTUGUESE | GROUP | Portuguese
UKRAINIAN | GROUP | Ukrainians
LISBON | PLACE | Lisbon
Northwire | ORG |
Portuguese | GROUP |
Primeira Liga | ORG |
Porto | ORG | FC Porto
Benfica | ORG |
Sporting | ORG | Sporting CP
Braga | ORG | SC Braga
Vitoria Guimaraes | ORG | Vitória de Guimarães
Boavista | ORG |
Famalicao | ORG | Famalicão
Estoril Praia | ORG |
Rio Ave | ORG |
Gil Vicente | ORG | Gil Vicente FC
Moreirense | ORG |
Casa Pia | ORG |
KYIV | PLACE | Kyiv
Ukrainian Premier League | ORG |
Dynamo Kiev | ORG | Dynamo Kyiv
Shakhtar Donetsk | ORG |
Zorya Luhansk | ORG |
Dnipro-1 | ORG | SC Dnipro-1
Vorskla Poltava | ORG |
Oleksandriya | ORG | FC Oleksandriya
Polissya Zhytomyr | ORG |
Kolos Kovalivka | ORG |
Karpaty Lviv | ORG |
Rukh Lviv | ORG |
Polissya | ORG | Polissya Zhytomyr
Shakhtar | ORG | Shakhtar Donetsk
Donetsk | PLACE |
Dynamo | ORG | Dynamo Kyiv
Ukrainian Cup | EVENT |
Kyiv | PLACE |
""")

doc("g58", "sport", """\
SOCCER - DUTCH FIRST DIVISION STANDINGS

AMSTERDAM, Nov 10 (Northwire) - Dutch first division (Eredivisie) standings after Sunday's matches (tabulate under games played, won, drawn, lost, goals for, goals against, points):

1. Ajax                12  9  2  1  30  10  29
2. PSV Eindhoven       12  9  1  2  33  12  28
3. Feyenoord           12  8  3  1  27   9  27
4. AZ Alkmaar          12  7  3  2  24  13  24
5. Twente              12  6  4  2  22  14  22
6. Utrecht             12  6  3  3  19  15  21
7. Go Ahead Eagles     12  5  4  3  21  17  19
8. Sparta Rotterdam    12  5  3  4  17  16  18
9. NEC Nijmegen        12  4  5  3  18  16  17
10. Heerenveen         12  4  3  5  15  19  15
11. Fortuna Sittard    12  4  2  6  13  18  14
12. Willem II          12  3  4  5  14  18  13
13. Groningen          12  3  4  5  12  17  13
14. Heracles           12  3  3  6  14  22  12
15. NAC Breda          12  3  2  7  11  21  11
16. PEC Zwolle         12  2  4  6  12  20  10
17. RKC Waalwijk       12  2  2  8  10  24   8
18. Almere City        12  1  4  7   9  26   7

Next round: Feyenoord v Ajax, PSV Eindhoven v Twente (both Sunday)""", """
DUTCH | GROUP | Dutch
AMSTERDAM | PLACE | Amsterdam
Northwire | ORG |
Dutch | GROUP |
Eredivisie | ORG |
Ajax | ORG |
PSV Eindhoven | ORG |
Feyenoord | ORG |
AZ Alkmaar | ORG |
Twente | ORG | FC Twente
Utrecht | ORG | FC Utrecht
Go Ahead Eagles | ORG |
Sparta Rotterdam | ORG |
NEC Nijmegen | ORG |
Heerenveen | ORG | SC Heerenveen
Fortuna Sittard | ORG |
Willem II | ORG |
Groningen | ORG | FC Groningen
Heracles | ORG | Heracles Almelo
NAC Breda | ORG |
PEC Zwolle | ORG |
RKC Waalwijk | ORG |
Almere City | ORG |
""")

doc("g59", "sport", """\
LEVERKUSEN BEAT BAYERN TO GO LEVEL AT THE TOP

LEVERKUSEN, Germany, Nov 23 (Northwire) - Bayer Leverkusen beat Bayern Munich 2-1 at the BayArena on Saturday to draw level on points with the champions at the top of the Bundesliga, with Danish midfielder Mikkel Holm scoring the winner eight minutes from time.
Bayern had led through a first-half penalty from Joshua Meier, but Leverkusen equalised when Nigerian striker Samuel Adeyinka headed in a corner early in the second half.
"We knew that if we stayed calm the chances would come. The fans in Leverkusen deserved this," coach Piet Verhoeven said.
Bayern coach Rainer Holzmann said his side had "stopped playing" after the break. The Munich club have now won only one of their last four league games.
Borussia Dortmund drew 1-1 at Stuttgart, leaving Dortmund eight points behind the leaders, while RB Leipzig climbed to third with a 3-0 win over Eintracht Frankfurt.
Leipzig host Leverkusen next Saturday, and the Bavarians travel to Werder Bremen.""", """
LEVERKUSEN#0 | ORG | Bayer Leverkusen
LEVERKUSEN#1 | PLACE | Leverkusen
BAYERN | ORG | Bayern Munich
Germany | PLACE |
Northwire | ORG |
Bayer Leverkusen | ORG |
Bayern Munich | ORG |
BayArena | PLACE |
Bundesliga | ORG |
Danish | GROUP | Danes
Mikkel Holm | PERSON |
Bayern | ORG | Bayern Munich
Joshua Meier | PERSON |
Leverkusen#1,3 | ORG | Bayer Leverkusen
Leverkusen#2 | PLACE |
Nigerian | GROUP | Nigerians
Samuel Adeyinka | PERSON |
Piet Verhoeven | PERSON |
Rainer Holzmann | PERSON |
Munich | PLACE |
Borussia Dortmund | ORG |
Stuttgart | ORG | VfB Stuttgart
Dortmund | ORG | Borussia Dortmund
RB Leipzig | ORG |
Eintracht Frankfurt | ORG |
Leipzig | ORG | RB Leipzig
Bavarians | ORG | Bayern Munich
Werder Bremen | ORG |
""")

doc("g60", "sport", """\
Real Sociedad drew 1-1 with Valencia at the Anoeta on Sunday, a result that did little for either side's hopes of European football next season.

Japanese winger Ren Takeda put the Basque side ahead after 20 minutes, but Valencia's Uruguayan defender Bruno Cardozo headed in the equaliser in the 71st minute.

"We dominated for an hour and then stopped doing what had worked," said Real Sociedad coach Iñaki Larrea, whose team stay ninth, two points behind Villarreal.

In Barcelona, Barcelona extended their lead at the top of LaLiga to six points by beating Girona 3-1 at the Olympic Stadium on Montjuic, with 17-year-old Pau Roig scoring twice.

Real Madrid, second, were held 0-0 by Athletic Bilbao at San Mames, while Atletico Madrid won 2-0 at Sevilla to stay third. Real Betis beat Osasuna 1-0 in Seville thanks to a late penalty from Alvaro Moreno.

Valencia, who have not won away from home since August, face Real Madrid on Saturday.""", """
Real Sociedad | ORG |
Valencia | ORG | Valencia CF
Anoeta | PLACE |
European | GROUP | Europeans
Japanese | GROUP |
Ren Takeda | PERSON |
Basque | GROUP | Basques
Uruguayan | GROUP | Uruguayans
Bruno Cardozo | PERSON |
Iñaki Larrea | PERSON |
Villarreal | ORG | Villarreal CF
Barcelona#0 | PLACE |
Barcelona#1 | ORG | FC Barcelona
LaLiga | ORG | La Liga
Girona | ORG | Girona FC
Olympic Stadium | PLACE | Estadi Olímpic Lluís Companys
Montjuic | PLACE | Montjuïc
Pau Roig | PERSON |
Real Madrid | ORG |
Athletic Bilbao | ORG |
San Mames | PLACE | San Mamés
Atletico Madrid | ORG | Atlético Madrid
Sevilla | ORG | Sevilla FC
Real Betis | ORG |
Osasuna | ORG |
Seville | PLACE |
Alvaro Moreno | PERSON |
""")

doc("g61", "sport", """\
PSG cruise past Marseille as Monaco slip at Lens

By Julien Mercier

Paris St Germain stretched their lead at the top of Ligue 1 to nine points on Sunday night, beating Marseille 3-0 in Le Classique at the Parc des Princes with two goals from Moroccan forward Ilyes Benali.
Benali opened the scoring after 11 minutes and added a second from the penalty spot before halftime. Portuguese substitute Rui Gaspar completed the win in stoppage time as PSG kept a seventh clean sheet of the season.
"Against Marseille there is always pressure, but my players handled it like adults," PSG coach Andrés Salcedo said. OM, who had won five in a row, drop to fourth.
Monaco, second before the weekend, lost 2-1 at Lens, ending a run of six straight wins for the club from the principality. Back in Monaco, club officials were due to meet on Monday to discuss the future of coach Henrik Dahl.
Lille beat Lyon 2-0 to climb to third. Lyon, seven-times champions, are 12th.
PSG, who host Lille next weekend, have not lost a league game in Paris since April.""", """
PSG | ORG | Paris Saint-Germain
Marseille | ORG | Olympique de Marseille
Monaco#0,1 | ORG | AS Monaco
Monaco#2 | PLACE |
Lens | ORG | RC Lens
Julien Mercier | PERSON |
Paris St Germain | ORG | Paris Saint-Germain
Ligue 1 | ORG |
Le Classique | EVENT |
Parc des Princes | PLACE |
Moroccan | GROUP | Moroccans
Ilyes Benali | PERSON |
Benali | PERSON | Ilyes Benali
Portuguese | GROUP |
Rui Gaspar | PERSON |
Andrés Salcedo | PERSON |
OM | ORG | Olympique de Marseille
Henrik Dahl | PERSON |
Lille | ORG | Lille OSC
Lyon | ORG | Olympique Lyonnais
Paris | PLACE |
""")

doc("g62", "sport", """\
ROME, Feb 4 (Harbourline) - Inter Milan moved seven points clear at the top of Serie A on Sunday after beating Milan 2-1 in the derby at San Siro, where Argentine striker Nicolas Ferreyra scored twice before Milan's Portuguese winger Rui Tavares pulled one back in stoppage time, leaving Inter unbeaten in 16 league games and the fans of the city's other club booing their own players off the pitch.
Juventus stayed second after a goalless draw at Lazio, while Napoli, the defending champions, lost 3-1 to Roma at the Stadio Olimpico, a result that leaves the side from Naples 14 points off the pace and piles pressure on coach Gennaro Esposito, who was appointed only in November after a poor start to the season.
Atalanta, who beat Bologna 1-0 in Bergamo thanks to a late header from Dutch defender Sem de Graaf, are fourth, a point ahead of Roma, with Lazio sixth and Fiorentina seventh before the Europa League resumes for both Roman clubs on Thursday.""", """
ROME | PLACE | Rome
Harbourline | ORG |
Inter Milan | ORG |
Serie A | ORG |
Milan | ORG | AC Milan
San Siro | PLACE |
Argentine | GROUP | Argentines
Nicolas Ferreyra | PERSON |
Portuguese | GROUP |
Rui Tavares | PERSON |
Inter | ORG | Inter Milan
Juventus | ORG |
Lazio | ORG | SS Lazio
Napoli | ORG |
Roma | ORG | AS Roma
Stadio Olimpico | PLACE |
Naples | PLACE |
Gennaro Esposito | PERSON |
Atalanta | ORG |
Bologna | ORG | Bologna FC
Bergamo | PLACE |
Dutch | GROUP |
Sem de Graaf | PERSON |
Fiorentina | ORG |
Europa League | EVENT | UEFA Europa League
Roman | GROUP | Romans
""")

doc("g63", "sport", """\
SOCCER - GERMAN SECOND DIVISION RESULTS AND STANDINGS

BERLIN, March 9 (Northwire) - Results of German second division (2. Bundesliga) matches on Saturday:

Schalke 04 1 Hertha Berlin 1
Hannover 96 2 Fortuna Duesseldorf 0
1. FC Koeln 3 Hamburg SV 1
SC Paderborn 0 Karlsruher SC 0
Darmstadt 2 1. FC Kaiserslautern 2
SSV Ulm 1846 1 Greuther Fuerth 3
Eintracht Braunschweig 0 1. FC Nuremberg 1

Standings (played, won, drawn, lost, goals for, goals against, points):
1. 1. FC Koeln          25 14 6 5 44 28 48
2. Hamburg SV           25 13 7 5 50 30 46
3. Hannover 96          25 12 8 5 37 26 44
4. Schalke 04           25 12 5 8 45 38 41
5. Fortuna Duesseldorf  25 11 7 7 40 34 40

NOTE: Koeln, relegated from the Bundesliga last season, lead by two points. The top two go up automatically, and the third-placed team meets the side finishing 16th in the Bundesliga in a two-legged playoff.""", """
GERMAN | GROUP | Germans
BERLIN | PLACE | Berlin
Northwire | ORG |
German | GROUP | Germans
2. Bundesliga | ORG |
Schalke 04 | ORG |
Hertha Berlin | ORG | Hertha BSC
Hannover 96 | ORG |
Fortuna Duesseldorf | ORG | Fortuna Düsseldorf
1. FC Koeln | ORG | 1. FC Köln
Hamburg SV | ORG | Hamburger SV
SC Paderborn | ORG | SC Paderborn 07
Karlsruher SC | ORG |
Darmstadt | ORG | SV Darmstadt 98
1. FC Kaiserslautern | ORG |
SSV Ulm 1846 | ORG |
Greuther Fuerth | ORG | SpVgg Greuther Fürth
Eintracht Braunschweig | ORG |
1. FC Nuremberg | ORG | 1. FC Nürnberg
Koeln | ORG | 1. FC Köln
Bundesliga | ORG |
""")

doc("g64", "sport", """\
SOCCER - CHAMPIONS LEAGUE RESULTS

LONDON, Nov 6 (Northwire) - Results of Champions League league-phase matches on Wednesday:

Arsenal (England) 2 Shakhtar Donetsk (Ukraine) 0
Scorers: Kieran Walsh 21, Tobias Lindgren 67
Bologna (Italy) 0 Aston Villa (England) 1
Scorer: Danny Reeve 55
Girona (Spain) 2 Slovan Bratislava (Slovakia) 0
Scorers: Pau Soler 12, Alex Garcia 80pen
Juventus (Italy) 0 VfB Stuttgart (Germany) 1
Scorer: Jamal Osei 90+2
Paris St Germain (France) 1 PSV Eindhoven (Netherlands) 1
Scorers: PSG - Yanis Belkacem 44; PSV - Ruud van Leeuwen 61
Sturm Graz (Austria) 0 Sporting (Portugal) 2
Scorers: Nuno Batista 30, 75
Club Brugge (Belgium) 2 AC Milan (Italy) 1
Scorers: Club Brugge - Jonas De Smet 8, Arne Peeters 58; Milan - Davide Conti 83

Leading positions after four rounds: 1. Sporting 12 points, 2. Arsenal 10, 3. Aston Villa 10, 4. VfB Stuttgart 9""", """
CHAMPIONS LEAGUE | EVENT | UEFA Champions League
LONDON | PLACE | London
Northwire | ORG |
Champions League | EVENT | UEFA Champions League
Arsenal | ORG |
England | PLACE |
Shakhtar Donetsk | ORG |
Ukraine | PLACE |
Kieran Walsh | PERSON |
Tobias Lindgren | PERSON |
Bologna | ORG | Bologna FC
Italy | PLACE |
Aston Villa | ORG |
Danny Reeve | PERSON |
Girona | ORG | Girona FC
Spain | PLACE |
Slovan Bratislava | ORG |
Slovakia | PLACE |
Pau Soler | PERSON |
Alex Garcia | PERSON |
Juventus | ORG |
VfB Stuttgart | ORG |
Germany | PLACE |
Jamal Osei | PERSON |
Paris St Germain | ORG | Paris Saint-Germain
France | PLACE |
PSV Eindhoven | ORG |
Netherlands | PLACE |
PSG | ORG | Paris Saint-Germain
Yanis Belkacem | PERSON |
PSV | ORG | PSV Eindhoven
Ruud van Leeuwen | PERSON |
Sturm Graz | ORG |
Austria | PLACE |
Sporting | ORG | Sporting CP
Portugal | PLACE |
Nuno Batista | PERSON |
Club Brugge | ORG |
Belgium | PLACE |
AC Milan | ORG |
Jonas De Smet | PERSON |
Arne Peeters | PERSON |
Milan | ORG | AC Milan
Davide Conti | PERSON |
""")

doc("g65", "sport", """\
SOCCER - WALES NAME SQUAD FOR NATIONS LEAGUE GAMES

CARDIFF, Nov 5 (Northwire) - Wales manager Aled Powell named the following squad on Tuesday for Nations League matches against Finland in Helsinki on Nov. 14 and Montenegro in Cardiff on Nov. 17 (club, caps and goals in brackets):

Goalkeepers: Owen Pritchard (Cardiff City, 14/0), Rhys Morgan (Swansea City, 3/0), Tom Beynon (Manchester City, 0/0)
Defenders: Dylan Hughes (Bournemouth, 41/2), Iwan Pugh (Leeds United, 28/1), Gethin Lloyd (Sheffield United, 19/0), Ben Cadwallader (Wrexham, 2/0), Connor Price (Celtic, 22/1), Mason Evans (Brentford, 11/0)
Midfielders: Elis Griffiths (Nottingham Forest, 37/4), Jordan Parry (Stoke City, 15/1), Harri Vaughan (Plymouth Argyle, 6/0), Lewis Thomas (Fulham, 52/6), Cai Jenkins (Swansea City, 1/0)
Forwards: Sam Bowen (Tottenham Hotspur, 30/9), Dafydd Howells (Bristol City, 44/12), Nathan Rees (Luton Town, 8/2)

NOTE: Uncapped Manchester City goalkeeper Beynon, 19, is the only new face. Captain Thomas needs two more appearances to become the most-capped outfield player in the history of Wales. Powell's side are second in their group, two points behind Finland, and only the group winners go up.""", """
WALES | PLACE | Wales
CARDIFF | PLACE | Cardiff
Northwire | ORG |
Wales | PLACE |
Aled Powell | PERSON |
Nations League | EVENT | UEFA Nations League
NATIONS LEAGUE | EVENT | UEFA Nations League
Finland | PLACE |
Helsinki | PLACE |
Montenegro | PLACE |
Cardiff | PLACE |
Owen Pritchard | PERSON |
Cardiff City | ORG |
Rhys Morgan | PERSON |
Swansea City | ORG |
Tom Beynon | PERSON |
Manchester City | ORG |
Dylan Hughes | PERSON |
Bournemouth | ORG | AFC Bournemouth
Iwan Pugh | PERSON |
Leeds United | ORG |
Gethin Lloyd | PERSON |
Sheffield United | ORG |
Ben Cadwallader | PERSON |
Wrexham | ORG | Wrexham AFC
Connor Price | PERSON |
Celtic | ORG |
Mason Evans | PERSON |
Brentford | ORG |
Elis Griffiths | PERSON |
Nottingham Forest | ORG |
Jordan Parry | PERSON |
Stoke City | ORG |
Harri Vaughan | PERSON |
Plymouth Argyle | ORG |
Lewis Thomas | PERSON |
Fulham | ORG |
Cai Jenkins | PERSON |
Sam Bowen | PERSON |
Tottenham Hotspur | ORG |
Dafydd Howells | PERSON |
Bristol City | ORG |
Nathan Rees | PERSON |
Luton Town | ORG |
Beynon | PERSON | Tom Beynon
Thomas | PERSON | Lewis Thomas
Powell | PERSON | Aled Powell
""")

doc("g66", "sport", """\
RUGBY UNION - IRELAND SQUAD FOR SIX NATIONS

DUBLIN, Jan 15 (Northwire) - Ireland coach Declan Harte on Wednesday named the following 34-man squad for the Six Nations Championship, which starts against Scotland at the Aviva Stadium on Feb. 1 (club in brackets; 17 of the 34 shown):

Forwards: BYRNE, Cian (Leinster); DOYLE, Padraig (Munster); HEGARTY, Sean (Ulster); KAVANAGH, Eoin (Connacht); MOLONEY, Ross (Leinster); NOLAN, Fintan (Munster); O'SULLIVAN, Darragh (Bath); QUINLAN, Ruairi (Leinster); TIERNEY, Mark (Ulster); WALSH, Conor (Racing 92)
Backs: BRENNAN, Jack (Leinster); CASEY, Liam (Munster); DEMPSEY, Aidan (Connacht); FLYNN, Tadhg (Exeter Chiefs); HAYES, Niall (Ulster); MURPHY, Shane (Leinster); RYAN, Colm (Munster)

NOTE: Byrne, the Leinster hooker, returns after missing the autumn internationals with a knee injury. Harte said Walsh, who joined Racing 92 in Paris last summer, had earned his recall. "His form in France has been outstanding, and he gives us something different at lock," Harte said.
The Irish Rugby Football Union (IRFU) said the Aviva Stadium match against Scotland was sold out.""", """
IRELAND | PLACE | Ireland
SIX NATIONS | EVENT | Six Nations Championship
DUBLIN | PLACE | Dublin
Northwire | ORG |
Ireland | PLACE |
Declan Harte | PERSON |
Six Nations Championship | EVENT |
Scotland | PLACE |
Aviva Stadium | PLACE |
BYRNE, Cian | PERSON | Cian Byrne
Leinster | ORG | Leinster Rugby
DOYLE, Padraig | PERSON | Padraig Doyle
Munster | ORG | Munster Rugby
HEGARTY, Sean | PERSON | Sean Hegarty
Ulster | ORG | Ulster Rugby
KAVANAGH, Eoin | PERSON | Eoin Kavanagh
Connacht | ORG | Connacht Rugby
MOLONEY, Ross | PERSON | Ross Moloney
NOLAN, Fintan | PERSON | Fintan Nolan
O'SULLIVAN, Darragh | PERSON | Darragh O'Sullivan
Bath | ORG | Bath Rugby
QUINLAN, Ruairi | PERSON | Ruairi Quinlan
TIERNEY, Mark | PERSON | Mark Tierney
WALSH, Conor | PERSON | Conor Walsh
Racing 92 | ORG |
BRENNAN, Jack | PERSON | Jack Brennan
CASEY, Liam | PERSON | Liam Casey
DEMPSEY, Aidan | PERSON | Aidan Dempsey
FLYNN, Tadhg | PERSON | Tadhg Flynn
Exeter Chiefs | ORG |
HAYES, Niall | PERSON | Niall Hayes
MURPHY, Shane | PERSON | Shane Murphy
RYAN, Colm | PERSON | Colm Ryan
Byrne | PERSON | Cian Byrne
Harte | PERSON | Declan Harte
Walsh | PERSON | Conor Walsh
Paris | PLACE |
France | PLACE |
Irish Rugby Football Union | ORG |
IRFU | ORG | Irish Rugby Football Union
""")

doc("g67", "sport", """\
TENNIS - MADRID OPEN RESULTS

MADRID, April 30 (Northwire) - Results from the Madrid Open on Tuesday (prefix number denotes seeding):

Men's singles, fourth round
1-Andrei Popescu (Romania) beat Lucas Pereira (Brazil) 6-4 7-6(5)
Tomas Hruby (Czech Republic) beat 6-Henrik Aalto (Finland) 3-6 6-3 6-2
4-Diego Ferrer (Spain) beat Kai Muller (Germany) 7-5 6-1
Jonah Whitaker (U.S.) beat 12-Matteo Sala (Italy) 6-7(3) 6-4 7-6(8)

Women's singles, quarter-finals
2-Elena Moroz (Ukraine) beat 7-Aiko Tanaka (Japan) 6-2 6-3
Lea Fournier (France) beat 3-Madison Cole (U.S.) 4-6 6-4 6-1

NOTE: Ferrer, the only Spaniard left in the men's draw, was roared on by a full house at the Caja Magica. "The Madrid crowd carries you through the tight moments," said the 22-year-old, who will next face Popescu.
Hruby's win was his first over a top-10 player. Fournier, a qualifier, became the first French woman to reach the last four of the tournament since 2016.""", """
MADRID OPEN | EVENT | Madrid Open
MADRID | PLACE | Madrid
Northwire | ORG |
Madrid Open | EVENT |
Andrei Popescu | PERSON |
Romania | PLACE |
Lucas Pereira | PERSON |
Brazil | PLACE |
Tomas Hruby | PERSON |
Czech Republic | PLACE |
Henrik Aalto | PERSON |
Finland | PLACE |
Diego Ferrer | PERSON |
Spain | PLACE |
Kai Muller | PERSON |
Germany | PLACE |
Jonah Whitaker | PERSON |
U.S. | PLACE | United States
Matteo Sala | PERSON |
Italy | PLACE |
Elena Moroz | PERSON |
Ukraine | PLACE |
Aiko Tanaka | PERSON |
Japan | PLACE |
Lea Fournier | PERSON |
France | PLACE |
Madison Cole | PERSON |
Ferrer | PERSON | Diego Ferrer
Spaniard | GROUP | Spaniards
Caja Magica | PLACE | Caja Mágica
Madrid | PLACE |
Popescu | PERSON | Andrei Popescu
Hruby | PERSON | Tomas Hruby
Fournier | PERSON | Lea Fournier
French | GROUP |
""")

doc("g68", "sport", """\
GOLF - LEADING SCORES AT THE SCOTTISH OPEN

NORTH BERWICK, Scotland, July 12 (Northwire) - Leading second-round scores at the Scottish Open at the Renaissance Club on Friday (Britain unless stated, par 70, a denotes amateur):

131 Pedro Alonso (Spain) 65 66
132 Kim Jae-won (South Korea) 67 65, Callum Reid 66 66
133 Tyler Brooks (U.S.) 68 65, Lars Eriksen (Denmark) 64 69
134 Hugo Lambert (France) 67 67, Ewan Fraser (a) 66 68, Matt Devlin (Australia) 70 64
135 Jamie Kerr 69 66, Moritz Albrecht (Germany) 68 67
136 Carlos Vega (Argentina) 70 66, Kenta Aoki (Japan) 67 69

NOTE: Alonso, who won the Spanish Open last year, leads by one stroke going into the weekend. Fraser, a student at the University of Stirling, is the only amateur inside the top 20.
The tournament, co-sanctioned by the DP World Tour and the PGA Tour, is the last event before the Open Championship at Royal Troon next week. The top three players not already exempt earn places in the Open.""", """
SCOTTISH OPEN | EVENT | Scottish Open
NORTH BERWICK | PLACE | North Berwick
Scotland | PLACE |
Northwire | ORG |
Scottish Open | EVENT |
Renaissance Club | PLACE | The Renaissance Club
Britain | PLACE | United Kingdom
Pedro Alonso | PERSON |
Spain | PLACE |
Kim Jae-won | PERSON |
South Korea | PLACE |
Callum Reid | PERSON |
Tyler Brooks | PERSON |
U.S. | PLACE | United States
Lars Eriksen | PERSON |
Denmark | PLACE |
Hugo Lambert | PERSON |
France | PLACE |
Ewan Fraser | PERSON |
Matt Devlin | PERSON |
Australia | PLACE |
Jamie Kerr | PERSON |
Moritz Albrecht | PERSON |
Germany | PLACE |
Carlos Vega | PERSON |
Argentina | PLACE |
Kenta Aoki | PERSON |
Japan | PLACE |
Alonso | PERSON | Pedro Alonso
Spanish Open | EVENT |
Fraser | PERSON | Ewan Fraser
University of Stirling | ORG |
DP World Tour | ORG |
PGA Tour | ORG |
Open Championship | EVENT | The Open Championship
Royal Troon | PLACE |
Open#3 | EVENT | The Open Championship
""")

doc("g69", "sport", """\
MOTOR RACING - BAHRAIN GRAND PRIX RESULTS

SAKHIR, Bahrain, March 2 (Northwire) - Results of the Formula One Bahrain Grand Prix on Saturday (57 laps):

1. Marco Rinaldi (Italy) Ferrari 1:31:44.742
2. Oscar Lindholm (Sweden) McLaren +2.301 seconds
3. Jack Thornton (Britain) Red Bull +9.118
4. Felipe Sousa (Brazil) Red Bull +15.507
5. Yuki Mori (Japan) Aston Martin +31.090
6. Louis Garnier (France) Williams +45.316
7. Noah Becker (Germany) Ferrari +46.002
8. Liam O'Connell (Ireland) McLaren +1 lap

Fastest lap: Rinaldi 1:32.608 on lap 39

Drivers' championship: 1. Rinaldi 25 points, 2. Lindholm 18, 3. Thornton 15
Constructors' championship: 1. Ferrari 31 points, 2. Red Bull 27, 3. McLaren 22

NOTE: Rinaldi led from pole and was never headed under the floodlights at the Bahrain International Circuit, giving Ferrari a perfect start to the season. The teams stay in the Gulf for the Saudi Arabian Grand Prix in Jeddah next weekend.""", """
BAHRAIN GRAND PRIX | EVENT | Bahrain Grand Prix
SAKHIR | PLACE | Sakhir
Bahrain | PLACE |
Northwire | ORG |
Formula One | ORG |
Bahrain Grand Prix | EVENT |
Marco Rinaldi | PERSON |
Italy | PLACE |
Ferrari | ORG | Scuderia Ferrari
Oscar Lindholm | PERSON |
Sweden | PLACE |
McLaren | ORG |
Jack Thornton | PERSON |
Britain | PLACE | United Kingdom
Red Bull | ORG | Red Bull Racing
Felipe Sousa | PERSON |
Brazil | PLACE |
Yuki Mori | PERSON |
Japan | PLACE |
Aston Martin | ORG | Aston Martin F1 Team
Louis Garnier | PERSON |
France | PLACE |
Williams | ORG | Williams Racing
Noah Becker | PERSON |
Germany | PLACE |
Liam O'Connell | PERSON |
Ireland | PLACE |
Rinaldi | PERSON | Marco Rinaldi
Lindholm | PERSON | Oscar Lindholm
Thornton | PERSON | Jack Thornton
Bahrain International Circuit | PLACE |
Gulf | PLACE | Persian Gulf
Saudi Arabian Grand Prix | EVENT |
Jeddah | PLACE |
""")

doc("g70", "sport", """\
CRICKET - COUNTY CHAMPIONSHIP SCOREBOARDS

LONDON, April 12 (Northwire) - Close-of-play scores on the second day of County Championship first division matches on Friday:

At The Oval: Surrey 412 (Ollie Grant 134, Ravi Patel 88; Ben Hollis 4-72) v Yorkshire 187-6 (Jake Whitby 64)
At Trent Bridge: Nottinghamshire 298 (Tom Fenwick 101; Sam Ashcroft 3-55) v Lancashire 301-4 (Ashcroft 122 not out)
At Edgbaston: Warwickshire 256 (Harry Ball 77; Will Tanner 5-48) and 40-1 v Essex 233 (Alastair Cole 59; Karl Dunmore 4-61)
At Taunton: Somerset 344 (Jamie Ord 90, Leo Bright 71) v Hampshire 120-3 (Ned Fairley 51 not out)
At Canterbury: Kent 178 (Omar Rafiq 6-41) v Durham 402-8 declared (Callum Snow 150, Pete Lomax 82)

NOTE: Grant's 134, his first century for Surrey, came off 161 balls. Ashcroft, the Lancashire captain, followed his three wickets with an unbeaten 122 to put his side ahead on first innings at Trent Bridge.
Durham's Snow, 20, made his maiden first-class hundred. Kent, bowled out before lunch, trail by 224 runs.""", """
COUNTY CHAMPIONSHIP | EVENT | County Championship
LONDON | PLACE | London
Northwire | ORG |
County Championship | EVENT |
Oval | PLACE | The Oval
Surrey | ORG | Surrey County Cricket Club
Ollie Grant | PERSON |
Ravi Patel | PERSON |
Ben Hollis | PERSON |
Yorkshire | ORG | Yorkshire County Cricket Club
Jake Whitby | PERSON |
Trent Bridge | PLACE |
Nottinghamshire | ORG | Nottinghamshire County Cricket Club
Tom Fenwick | PERSON |
Sam Ashcroft | PERSON |
Lancashire | ORG | Lancashire County Cricket Club
Ashcroft | PERSON | Sam Ashcroft
Edgbaston | PLACE |
Warwickshire | ORG | Warwickshire County Cricket Club
Harry Ball | PERSON |
Will Tanner | PERSON |
Essex | ORG | Essex County Cricket Club
Alastair Cole | PERSON |
Karl Dunmore | PERSON |
Taunton | PLACE |
Somerset | ORG | Somerset County Cricket Club
Jamie Ord | PERSON |
Leo Bright | PERSON |
Hampshire | ORG | Hampshire County Cricket Club
Ned Fairley | PERSON |
Canterbury | PLACE |
Kent | ORG | Kent County Cricket Club
Omar Rafiq | PERSON |
Durham | ORG | Durham County Cricket Club
Callum Snow | PERSON |
Pete Lomax | PERSON |
Grant | PERSON | Ollie Grant
Snow | PERSON | Callum Snow
""")

doc("g71", "sport", """\
MUMBAI, April 14 (Harbourline) - Mumbai Indians beat Chennai Super Kings by five wickets at the Wankhede Stadium on Sunday, as opener Arjun Mehra hit 82 off 47 balls to keep the five-times champions in the hunt for an Indian Premier League playoff place.

Chennai, put in to bat, made 176-7, with captain Ravi Krishnan scoring 61 and New Zealand all-rounder Blake Harrington adding a quick 35. Mumbai's left-arm seamer Dev Sharma took 3-29.

Mehra and South African batter Kyle Venter put on 96 for the second wicket, and Mumbai reached 180-5 with four balls to spare.

"The Wankhede pitch gets better under lights, so we were happy to chase," Mehra said. "Chennai have beaten us twice here in the last two seasons, so this one feels good."

CSK coach Stephen Rhodes said his side had lost the game in the field. "We dropped three catches, and you cannot do that against Mumbai," he said.

Scores: Chennai Super Kings 176-7 in 20 overs (Ravi Krishnan 61, Blake Harrington 35; Dev Sharma 3-29); Mumbai Indians 180-5 in 19.2 overs (Arjun Mehra 82, Kyle Venter 44).""", """
MUMBAI | PLACE | Mumbai
Harbourline | ORG |
Mumbai Indians | ORG |
Chennai Super Kings | ORG |
Wankhede Stadium | PLACE |
Arjun Mehra | PERSON |
Indian Premier League | ORG |
Chennai | ORG | Chennai Super Kings
Ravi Krishnan | PERSON |
New Zealand | PLACE |
Blake Harrington | PERSON |
Mumbai | ORG | Mumbai Indians
Dev Sharma | PERSON |
Mehra | PERSON | Arjun Mehra
South African | GROUP | South Africans
Kyle Venter | PERSON |
Wankhede | PLACE | Wankhede Stadium
CSK | ORG | Chennai Super Kings
Stephen Rhodes | PERSON |
""")

doc("g72", "sport", """\
CRICKET - AUSTRALIA CRUSH SOUTH AFRICA TO TAKE SERIES LEAD

BRISBANE, Dec 9 (Northwire) - Australia beat South Africa by an innings and 64 runs on the fourth day of the first Test at the Gabba on Monday, with fast bowler Lachlan Pryor taking five wickets as the Proteas collapsed for 171 in their second innings.
South Africa, bowled out for 212 in their first innings in reply to Australia's 447, lost their last seven wickets for 38 runs after tea. Pryor, playing his first Test in Brisbane, finished with 5-41 and eight wickets in the match.
"The Gabba gives you bounce if you hit the right length, and I just kept hitting it," said Pryor, 24, who grew up in Toowoomba, two hours' drive west of the city.
South Africa captain Sipho Nkosi said his batters had "no answers" to the short ball. "We have to be braver in Adelaide," he said. The Proteas have not won a Test in Australia since 2016.
The win lifted Australia to the top of the World Test Championship table. Cricket Australia said 93,000 fans had attended over the four days. The second Test, a day-night match, starts at the Adelaide Oval on Friday.""", """
AUSTRALIA | PLACE | Australia
SOUTH AFRICA | PLACE | South Africa
BRISBANE | PLACE | Brisbane
Northwire | ORG |
Australia | PLACE |
South Africa | PLACE |
Gabba | PLACE | The Gabba
Lachlan Pryor | PERSON |
Proteas | ORG | South Africa national cricket team
Pryor | PERSON | Lachlan Pryor
Brisbane | PLACE |
Toowoomba | PLACE |
Sipho Nkosi | PERSON |
Adelaide | PLACE |
World Test Championship | EVENT |
Cricket Australia | ORG |
Adelaide Oval | PLACE |
""")

doc("g73", "sport", """\
CYCLING - TOUR DE FRANCE STAGE 12 RESULTS

VILLENEUVE-SUR-LOT, France, July 11 (Northwire) - Results of the 12th stage of the Tour de France, a 203.6-km ride from Aurillac to Villeneuve-sur-Lot, on Thursday:

1. Jonas Riis (Denmark) Visma-Lease a Bike 4:33:12
2. Arnaud Lefevre (France) Decathlon AG2R La Mondiale same time
3. Marco Bellini (Italy) UAE Team Emirates s.t.
4. Sam Oakley (Britain) Ineos Grenadiers s.t.
5. Pieter de Vos (Belgium) Soudal Quick-Step +0:04
6. Felix Brandl (Austria) Red Bull-Bora-Hansgrohe +0:04

General classification after stage 12:
1. Luca Moretti (Italy) UAE Team Emirates 50:47:29
2. Jonas Riis (Denmark) Visma-Lease a Bike +1:06
3. Arnaud Lefevre (France) Decathlon AG2R La Mondiale +3:40

NOTE: Riis won the sprint from a reduced group after Ineos Grenadiers set a fierce pace on the last climb, the Cote de Pujols. Moretti kept the yellow jersey. Friday's 13th stage takes the riders into the Pyrenees for a summit finish at Pla d'Adet.""", """
TOUR DE FRANCE | EVENT | Tour de France
VILLENEUVE-SUR-LOT | PLACE | Villeneuve-sur-Lot
France | PLACE |
Northwire | ORG |
Tour de France | EVENT |
Aurillac | PLACE |
Villeneuve-sur-Lot | PLACE |
Jonas Riis | PERSON |
Denmark | PLACE |
Visma-Lease a Bike | ORG | Team Visma-Lease a Bike
Arnaud Lefevre | PERSON |
Decathlon AG2R La Mondiale | ORG |
Marco Bellini | PERSON |
Italy | PLACE |
UAE Team Emirates | ORG |
Sam Oakley | PERSON |
Britain | PLACE | United Kingdom
Ineos Grenadiers | ORG |
Pieter de Vos | PERSON |
Belgium | PLACE |
Soudal Quick-Step | ORG |
Felix Brandl | PERSON |
Austria | PLACE |
Red Bull-Bora-Hansgrohe | ORG |
Luca Moretti | PERSON |
Riis | PERSON | Jonas Riis
Cote de Pujols | PLACE | Côte de Pujols
Moretti | PERSON | Luca Moretti
Pyrenees | PLACE |
Pla d'Adet | PLACE |
""")

doc("g74", "sport", """\
Spurs agree club-record deal for Benfica's Serrano

By Matt Dorsey, Chief Football Writer

Tottenham Hotspur have agreed a club-record fee of about 75 million euros with Benfica for Portuguese midfielder Tiago Serrano, beating Saudi Pro League side Al-Hilal to the 23-year-old's signature.

Serrano, who has won 14 caps for Portugal, is expected to fly to London on Monday for a medical before signing a five-year contract. Spurs will pay 60 million euros up front, with the rest in add-ons linked to Champions League qualification.

Al-Hilal had offered Benfica more money, according to a source close to the Lisbon club, but Serrano made it clear that he wanted to stay in Europe. He scored 11 goals in all competitions last season as Benfica reached the Europa League semi-finals.

The signing is a statement of intent from Tottenham, who finished fifth last season and have made a new central midfielder their priority under head coach Steffen Holm.

Serrano grew up in Setubal and joined Benfica's academy at the age of 10. He would become the third Portuguese player in the squad at the Tottenham Hotspur Stadium.""", """
Spurs | ORG | Tottenham Hotspur
Benfica | ORG |
Serrano | PERSON | Tiago Serrano
Matt Dorsey | PERSON |
Tottenham Hotspur | ORG |
Portuguese | GROUP |
Tiago Serrano | PERSON |
Saudi Pro League | ORG |
Al-Hilal | ORG |
Portugal | PLACE |
London | PLACE |
Champions League | EVENT | UEFA Champions League
Lisbon | PLACE |
Europe | PLACE |
Europa League | EVENT | UEFA Europa League
Tottenham | ORG | Tottenham Hotspur
Steffen Holm | PERSON |
Setubal | PLACE | Setúbal
Tottenham Hotspur Stadium | PLACE |
""")

doc("g75", "sport", """\
YANKEES RALLY PAST RED SOX IN THE BRONX

NEW YORK, Aug 3 (Harbourline) - Luis Ortega hit a two-run homer in the fifth inning and the New York Yankees beat the Boston Red Sox 5-3 on Saturday to move two games clear at the top of the American League East.
Ortega's 28th homer of the season, a drive into the right-field seats at Yankee Stadium, turned a 3-2 deficit into a lead. Closer Devin Marsh pitched a perfect ninth for his 30th save.
"The Red Sox always bring their best to the Bronx, so you have to match that," Yankees manager Frank Russo said.
Boston starter Kenji Ito allowed five runs in five innings. The Red Sox, who have lost four of their last five games, fell to third in the division, behind the Baltimore Orioles.

Line score:
Boston      000 120 000 - 3 8 1
New York    200 030 00x - 5 9 0

The teams meet again on Sunday before the Yankees travel to Toronto to face the Blue Jays. Major League Baseball said the crowd of 47,102 was the biggest at the stadium this season.""", """
YANKEES | ORG | New York Yankees
RED SOX | ORG | Boston Red Sox
BRONX | PLACE | The Bronx
NEW YORK | PLACE | New York
Harbourline | ORG |
Luis Ortega | PERSON |
New York Yankees | ORG |
Boston Red Sox | ORG |
American League East | ORG |
Ortega | PERSON | Luis Ortega
Yankee Stadium | PLACE |
Devin Marsh | PERSON |
Red Sox | ORG | Boston Red Sox
Bronx | PLACE | The Bronx
Yankees | ORG | New York Yankees
Frank Russo | PERSON |
Boston | ORG | Boston Red Sox
Kenji Ito | PERSON |
Baltimore Orioles | ORG |
New York | ORG | New York Yankees
Toronto | PLACE |
Blue Jays | ORG | Toronto Blue Jays
Major League Baseball | ORG |
""")

doc("g76", "sport", """\
SOCCER - HEARTS AND HIBS SHARE THE SPOILS IN EDINBURGH DERBY

EDINBURGH, Dec 28 (Northwire) - Hearts and Hibs drew 1-1 in the Edinburgh derby at Tynecastle on Saturday, with Hibernian substitute Callum McAra equalising in stoppage time after Hearts' Norwegian striker Sindre Vik had headed the home side in front.
The point leaves Heart of Midlothian ninth, a place below their city rivals. "It felt like a win for us, and our fans will enjoy the journey home," Hibs manager Graeme Laing said.
Celtic moved 11 points clear at the top of the Scottish Premiership after beating Rangers 3-1 at Celtic Park, while Aberdeen stayed third with a 2-0 win over Dundee United at Pittodrie.

Results of Scottish Premiership matches on Saturday:
Hearts 1 Hibernian 1
Celtic 3 Rangers 1
Aberdeen 2 Dundee United 0
Kilmarnock 0 St Mirren 0
Motherwell 1 Ross County 2
Dundee 2 St Johnstone 2

Leading positions: 1. Celtic 53 points from 21 games, 2. Rangers 42, 3. Aberdeen 38""", """
HEARTS | ORG | Heart of Midlothian
HIBS | ORG | Hibernian
EDINBURGH | PLACE | Edinburgh
Northwire | ORG |
Hearts | ORG | Heart of Midlothian
Hibs | ORG | Hibernian
Edinburgh | PLACE |
Tynecastle | PLACE | Tynecastle Park
Hibernian | ORG |
Callum McAra | PERSON |
Norwegian | GROUP | Norwegians
Sindre Vik | PERSON |
Heart of Midlothian | ORG |
Graeme Laing | PERSON |
Celtic | ORG |
Scottish Premiership | ORG |
Rangers | ORG |
Celtic Park | PLACE |
Aberdeen | ORG | Aberdeen FC
Dundee United | ORG |
Pittodrie | PLACE | Pittodrie Stadium
Kilmarnock | ORG | Kilmarnock FC
St Mirren | ORG |
Motherwell | ORG | Motherwell FC
Ross County | ORG |
Dundee | ORG | Dundee FC
St Johnstone | ORG |
""")

doc("g77", "sport", """\
RIO DE JANEIRO, May 8 (Harbourline) - Flamengo beat River Plate 2-1 at the Maracana on Wednesday to top their Copa Libertadores group, with Uruguayan midfielder Santiago Ferrand scoring the winner from a free kick in the 84th minute.
River Plate, who won the tournament in 2018, flew back to Buenos Aires needing a win against Bolivar in La Paz in their final group game to be sure of reaching the last 16.
In Sao Paulo, Sao Paulo beat Colo-Colo 3-0 to go through as group winners, while Palmeiras were held 1-1 by Independiente del Valle in Quito. Ferrand, 26, joined Flamengo from Nacional in January.
The South American football confederation CONMEBOL said the final would be played in November.

Results on Wednesday:
Flamengo (Brazil) 2 River Plate (Argentina) 1
Sao Paulo (Brazil) 3 Colo-Colo (Chile) 0
Independiente del Valle (Ecuador) 1 Palmeiras (Brazil) 1
Nacional (Uruguay) 0 Atletico Mineiro (Brazil) 2
Bolivar (Bolivia) 2 Barcelona (Ecuador) 2""", """
RIO DE JANEIRO | PLACE | Rio de Janeiro
Harbourline | ORG |
Flamengo | ORG |
River Plate | ORG |
Maracana | PLACE | Maracanã
Copa Libertadores | EVENT |
Uruguayan | GROUP | Uruguayans
Santiago Ferrand | PERSON |
Buenos Aires | PLACE |
Bolivar | ORG | Club Bolívar
La Paz | PLACE |
Sao Paulo#0 | PLACE | São Paulo
Sao Paulo#1,2 | ORG | São Paulo FC
Colo-Colo | ORG |
Palmeiras | ORG |
Independiente del Valle | ORG |
Quito | PLACE |
Ferrand | PERSON | Santiago Ferrand
Nacional | ORG | Club Nacional de Football
South American | GROUP | South Americans
CONMEBOL | ORG |
Brazil | PLACE |
Argentina | PLACE |
Chile | PLACE |
Ecuador | PLACE |
Uruguay | PLACE |
Atletico Mineiro | ORG | Atlético Mineiro
Bolivia | PLACE |
Barcelona | ORG | Barcelona SC
""")

# --------------------------------------------------------------------------------------------
# the sample article (seeds/landing/sample-article.txt), read verbatim
# --------------------------------------------------------------------------------------------
SAMPLE_ANN = """
ERBIL | PLACE | Erbil
Kurdistan Region | PLACE |
Iraq | PLACE |
US | PLACE | United States
Baghdad | PLACE |
Iraqi | GROUP | Iraqis
Yehia Rasool | PERSON |
US Central Command | ORG | United States Central Command
Kataib Hezbollah | ORG |
U.S. | PLACE | United States
Abu Baqir al-Saadi | PERSON |
Iran | PLACE |
Islamic Resistance | ORG | Islamic Resistance in Iraq
Joe Biden | PERSON |
Jordan | PLACE |
al-Nujaba | ORG | Harakat al-Nujaba
Syria | PLACE |
IRGC | ORG | Islamic Revolutionary Guard Corps
Quds Force | ORG |
Anbar | PLACE |
al-Qaem | PLACE |
Syrian | GROUP | Syrians
Popular Mobilization Forces | ORG |
PMF | ORG | Popular Mobilization Forces
Iranian | GROUP | Iranians
Ali Akbar Ahmadian | PERSON |
Sudani | PERSON | Mohammed Shia al-Sudani
"""


# --------------------------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------------------------
class GoldError(Exception):
    pass


def occurrences(text: str, surface: str) -> list[int]:
    """Start offsets of `surface` in `text` not glued to a letter or digit on either side."""
    found, i = [], text.find(surface)
    while i != -1:
        end = i + len(surface)
        before_ok = i == 0 or not (text[i - 1].isalnum() and surface[0].isalnum())
        after_ok = end == len(text) or not (text[end].isalnum() and surface[-1].isalnum())
        if before_ok and after_ok:
            found.append(i)
        i = text.find(surface, i + 1)
    return found


def parse_table(table: str, doc_id: str) -> list[tuple[str, list[int] | None, str, str]]:
    rows = []
    for line in table.strip().splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3:
            raise GoldError(f"{doc_id}: bad annotation line {line!r}")
        surface, label, canonical = parts
        which = None
        m = re.fullmatch(r"(.+?)#([\d,]+)", surface)
        if m:
            surface, which = m.group(1), [int(x) for x in m.group(2).split(",")]
        if label not in LABELS:
            raise GoldError(f"{doc_id}: unknown label {label!r} in {line!r}")
        rows.append((surface, which, label, canonical or surface))
    return rows


def parse_skip(table: str, doc_id: str) -> set[tuple[str, int]]:
    out = set()
    for line in table.strip().splitlines():
        if not line.strip():
            continue
        ref, _, reason = (p.strip() for p in line.partition("|"))
        m = re.fullmatch(r"(.+)#(\d+)", ref)
        if not m or not reason:
            raise GoldError(f"{doc_id}: skip lines are 'surface#index | reason', got {line!r}")
        out.add((m.group(1), int(m.group(2))))
    return out


def check_span_text(doc_id: str, span: str) -> None:
    if span != span.strip() or not span:
        raise GoldError(f"{doc_id}: span {span!r} has outer whitespace")
    for title in TITLES:
        if span.startswith(title + ("" if title.endswith(" ") else " ")):
            raise GoldError(f"{doc_id}: span {span!r} starts with a title/article {title!r}")
    if span.endswith(("'s", "’s", "'", "’")):
        raise GoldError(f"{doc_id}: span {span!r} keeps a possessive")
    if span[0] in "\"'“‘(«-" or span[-1] in ",;:!?\"'’”)»-":
        raise GoldError(f"{doc_id}: span {span!r} has leading/trailing punctuation")
    if span.endswith(".") and not ABBREVIATION_END.search(span):
        raise GoldError(f"{doc_id}: span {span!r} ends with a full stop that is not an abbreviation")


def annotate(doc_id: str, text: str, table: str, skip_table: str = "") -> list[dict]:
    rows = parse_table(table, doc_id)
    skip = parse_skip(skip_table, doc_id)
    seen_surfaces = [r[0] for r in rows]
    candidates = []  # (start, end, label, canonical, explicit, row index)
    for idx, (surface, which, label, canonical) in enumerate(rows):
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
        for start in chosen:
            candidates.append((start, start + len(surface), label, canonical, which is not None, idx))
    # longest spans first; shorter ones inside them are covered and dropped (unless asked for explicitly)
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    placed: list[tuple] = []
    used_rows = set()
    for cand in candidates:
        s, e, label, canonical, explicit, idx = cand
        clash = None
        for p in placed:
            if s < p[1] and p[0] < e:
                clash = p
                break
        if clash is None:
            placed.append(cand)
            used_rows.add(idx)
            continue
        inside = clash[0] <= s and e <= clash[1] and (clash[1] - clash[0]) > (e - s)
        if inside and not explicit:
            continue
        raise GoldError(
            f"{doc_id}: {text[s:e]!r}@{s} ({rows[idx][0]}) clashes with {text[clash[0]:clash[1]]!r}@{clash[0]}"
        )
    for idx, row in enumerate(rows):
        if idx not in used_rows:
            raise GoldError(f"{doc_id}: annotation {row[0]!r} placed nowhere (always inside longer spans)")
    placed.sort(key=lambda c: c[0])

    # completeness: no occurrence of an annotated surface (or its ALL-CAPS / capitalised form) left bare
    variants = set()
    for surface in seen_surfaces:
        variants |= {surface, surface.upper(), surface[:1].upper() + surface[1:]}
        if surface.isupper() and len(surface) > 3:
            variants.add(surface.title())
    used_skips = set()
    for variant in sorted(variants):
        for n, s in enumerate(occurrences(text, variant)):
            e = s + len(variant)
            if any(p[0] <= s and e <= p[1] for p in placed):
                continue
            if (variant, n) in skip:
                used_skips.add((variant, n))
                continue
            ctx = text[max(0, s - 30): e + 30].replace("\n", " ")
            raise GoldError(f"{doc_id}: {variant!r} occurrence #{n} at {s} is not annotated: ...{ctx}...")
    unused = skip - used_skips
    if unused:
        raise GoldError(f"{doc_id}: skip entries match nothing bare: {sorted(unused)}")

    entities = []
    for s, e, label, canonical, _, _ in placed:
        span = text[s:e]
        check_span_text(doc_id, span)
        entities.append({"start": s, "end": e, "text": span, "label": label, "canonical_name": canonical})
    return entities


DATELINE = re.compile(r"^[A-Z][A-Z.'/ ]*[A-Z.](?:, [^\n]{1,60}?)?(?: \([A-Za-z ]+\))? (?:-|—|--) ")
HEADLINE = re.compile(r"^([^\na-z]*[A-Z][^\na-z]*)\n\n")


def style_counts(records: list[dict]) -> tuple[int, int]:
    datelines = headlines = 0
    for r in records:
        text = r["text"]
        m = HEADLINE.match(text)
        if m:
            headlines += 1
            text = text[m.end():]
        if DATELINE.match(text):
            datelines += 1
    return datelines, headlines


def validate(records: list[dict]) -> None:
    ids = [r["doc_id"] for r in records]
    if len(ids) != len(set(ids)):
        raise GoldError("duplicate doc_id")
    label_of: dict[str, str] = {}
    for r in records:
        text, prev_end = r["text"], -1
        for ent in r["entities"]:
            if text[ent["start"]:ent["end"]] != ent["text"]:
                raise GoldError(f"{r['doc_id']}: offsets do not match {ent}")
            if ent["start"] < prev_end:
                raise GoldError(f"{r['doc_id']}: unsorted or overlapping at {ent}")
            if ent["label"] not in LABELS or not ent["canonical_name"].strip():
                raise GoldError(f"{r['doc_id']}: bad label/canonical {ent}")
            prev_end = ent["end"]
            key = ent["canonical_name"].lower()
            if label_of.setdefault(key, ent["label"]) != ent["label"]:
                raise GoldError(f"canonical {ent['canonical_name']!r} has labels {label_of[key]} and {ent['label']}")
        if r["doc_id"] != "sample":
            words = len(r["text"].split())
            if not 120 <= words <= 300:
                raise GoldError(f"{r['doc_id']}: {words} words, want 120-300")
    datelines, headlines = style_counts(records)
    if datelines < 6 or headlines < 4:
        raise GoldError(f"only {datelines} ALL-CAPS datelines and {headlines} ALL-CAPS headlines")
    if sum(r["doc_id"] != "sample" for r in records) < 32:
        raise GoldError("fewer than 32 written articles")


def build() -> list[dict]:
    records = []
    for d in DOCS:
        records.append({
            "doc_id": d["doc_id"], "topic": d["topic"], "text": d["text"],
            "entities": annotate(d["doc_id"], d["text"], d["ann"], d["skip"]),
        })
    sample_text = SAMPLE.read_text(encoding="utf-8")
    records.append({
        "doc_id": "sample", "topic": "world", "text": sample_text,
        "entities": annotate("sample", sample_text, SAMPLE_ANN),
    })
    validate(records)
    return records


def review(records: list[dict]) -> None:
    """Aids for a human pass: capitalised words outside spans, and surfaces with several canonicals."""
    common = set("""A An The In On At As By For From Of To And But Or If It Its This That These Those He
        She They We I His Her Their Our My Your You After Before While When Where Which Who Whose What
        Some Many More Most All Every No Not One Two Three Four Five Six Seven Eight Nine Ten Analysts
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
        July August September October November December Feb Last Over Under Talks Trucks Mediators
        Markets Inflation Shares Customers Independent Scientists Athletes Water Heavy Results Officials
        Migrant Governments Farm Environmental Environment Army Mission Chief Executive Financial Officer
        Reporting Editing Writing Energy State Home Defence Prime Minister President Representative
        Senator Professor Dr Ms Opposition However According Those Nobody Every Mice Lead Millions
        Governors Developers Companies Business Trade Labour Also Italian""".split())
    for r in records:
        covered = [(e["start"], e["end"]) for e in r["entities"]]
        loose = []
        for m in re.finditer(r"[A-ZÀ-Ý][\w’'.&-]*", r["text"]):
            if any(s <= m.start() < e for s, e in covered):
                continue
            word = m.group().rstrip(".’'")
            if word in common:
                continue
            loose.append(word)
        counts = defaultdict(int)
        for e in r["entities"]:
            counts[e["label"]] += 1
        print(f"{r['doc_id']:7} {len(r['entities']):3} ents {dict(counts)}  words={len(r['text'].split())}")
        if loose:
            print("        bare capitals:", " ".join(sorted(set(loose))))
    by_surface = defaultdict(set)
    for r in records:
        for e in r["entities"]:
            by_surface[e["text"]].add((e["label"], e["canonical_name"]))
    print("\nsurfaces with more than one (label, canonical):")
    for surface, names in sorted(by_surface.items()):
        if len(names) > 1:
            print(f"  {surface!r}: {sorted(names)}")
    print("\nstyle (ALL-CAPS datelines, ALL-CAPS headlines):", style_counts(records))


def main(argv: list[str]) -> int:
    try:
        records = build()
    except GoldError as exc:
        print(f"gold set error: {exc}", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_ents = sum(len(r["entities"]) for r in records)
    print(f"wrote {OUT} ({len(records)} documents, {n_ents} entities)")
    if "--review" in argv:
        review(records)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
