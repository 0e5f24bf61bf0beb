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
