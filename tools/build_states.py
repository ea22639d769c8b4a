"""Generate ``ontologies/registry/states.toml`` from pycountry plus a hand-written supplement.

The supplement below is the part a person maintains: the canonical short name news uses,
aliases, demonyms, capital/seat metonyms and Wikidata ids. pycountry supplies the official
name (``pycountry.historic_countries``, ISO 3166-3, for the dissolved states in
:data:`DISSOLVED`). Rerun after editing the table::

    python tools/build_states.py            # writes ontologies/registry/states.toml
    python tools/build_states.py --check    # exit 1 if the file is out of date

Table format, one state a line, fields separated by ``|``, lists separated by ``;``::

    ALPHA3 | short name | wikidata | demonyms | metonyms | aliases
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "ontologies" / "registry" / "states.toml"

OBSERVERS = {"VAT", "PSE"}
#: Territories that organisations admit as members of their own (the Pacific Islands Forum's
#: French Polynesia, New Caledonia, the Cook Islands and Niue; Hong Kong and Macao in the WTO
#: and APEC; the Faroe Islands and Greenland in the Nordic Council; Montserrat in CARICOM; Western
#: Sahara, as the Sahrawi Arab Democratic Republic, in the African Union).
TERRITORIES = {"PYF", "NCL", "COK", "NIU", "HKG", "MAC", "FRO", "GRL", "MSR", "ESH"}
NON_UN = {"XKX", "TWN"} | TERRITORIES

#: States that no longer exist, by ISO 3166-3 former code, with the date (ISO 8601, as precise
#: as known) on which each ceased to exist. They have no ``un_status``: news retrospectives
#: name them ("the German Democratic Republic left the Warsaw Pact in 1990"), but they are
#: not current UN members. West Germany is not here: it is Germany (DEU) in ISO terms.
DISSOLVED = {
    "SUN": "1991-12-26",  # the Soviet Union
    "DDR": "1990-10-03",  # East Germany, on German reunification
    "CSK": "1992-12-31",  # Czechoslovakia
    "YUG": "2003-02-04",  # Yugoslavia (the SFRY, then the FRY) became Serbia and Montenegro
    "SCG": "2006-06",     # Serbia and Montenegro (Montenegro independent 3 June, Serbia 5 June); its name is
                          # the formal one, because news today writes "Serbia and Montenegro" for two states
}

#: ISO names that must not become aliases because they name two states.
AMBIGUOUS = {"Congo", "Serbia and Montenegro"}  # the latter: two states in news since 2006

#: Official names where pycountry has none, or one unsuited to news text.
OFFICIAL = {
    "XKX": "Republic of Kosovo",
    "TWN": "Republic of China",
    "VAT": "Holy See",
    "PSE": "State of Palestine",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "USA": "United States of America",
    "RUS": "Russian Federation",
    "SYR": "Syrian Arab Republic",
    "KOR": "Republic of Korea",
    "LAO": "Lao People's Democratic Republic",
    "BRN": "Brunei Darussalam",
    "FSM": "Federated States of Micronesia",
    "SUN": "Union of Soviet Socialist Republics",
    "CSK": "Czechoslovak Socialist Republic",
    "YUG": "Socialist Federal Republic of Yugoslavia",
    "SCG": "State Union of Serbia and Montenegro",
}


def _plain(text: str | None) -> str | None:
    """An ISO name usable as written in prose (not "Korea, Republic of" or "X (Y)")."""
    return text if text and "," not in text and "(" not in text else None

TABLE = """
AFG | Afghanistan | Q889 | Afghan; Afghans | Kabul | Islamic Emirate of Afghanistan
ALB | Albania | Q222 | Albanian; Albanians | Tirana |
DZA | Algeria | Q262 | Algerian; Algerians | Algiers |
AND | Andorra | Q228 | Andorran; Andorrans | Andorra la Vella |
AGO | Angola | Q916 | Angolan; Angolans | Luanda |
ATG | Antigua and Barbuda | | Antiguan; Antiguans | | Antigua
ARG | Argentina | Q414 | Argentine; Argentines; Argentinian; Argentinians | Buenos Aires; the Casa Rosada; Casa Rosada |
ARM | Armenia | Q399 | Armenian; Armenians | Yerevan |
AUS | Australia | Q408 | Australian; Australians | Canberra |
AUT | Austria | Q40 | Austrian; Austrians | Vienna |
AZE | Azerbaijan | Q227 | Azerbaijani; Azerbaijanis; Azeri; Azeris | Baku |
BHS | Bahamas | | Bahamian; Bahamians | Nassau | the Bahamas
BHR | Bahrain | Q398 | Bahraini; Bahrainis | Manama |
BGD | Bangladesh | Q902 | Bangladeshi; Bangladeshis | Dhaka |
BRB | Barbados | | Barbadian; Barbadians; Bajan; Bajans | Bridgetown |
BLR | Belarus | Q184 | Belarusian; Belarusians; Belarussian; Belarussians | Minsk | Belorussia; Byelorussia; White Russia
BEL | Belgium | Q31 | Belgian; Belgians | |
BLZ | Belize | | Belizean; Belizeans | Belmopan |
BEN | Benin | Q962 | Beninese | Porto-Novo; Cotonou |
BTN | Bhutan | Q917 | Bhutanese | Thimphu |
BOL | Bolivia | Q750 | Bolivian; Bolivians | La Paz | Plurinational State of Bolivia
BIH | Bosnia and Herzegovina | Q225 | Bosnian; Bosnians | Sarajevo | Bosnia; Bosnia-Herzegovina; Bosnia & Herzegovina; BiH
BWA | Botswana | Q963 | Motswana; Batswana | Gaborone |
BRA | Brazil | Q155 | Brazilian; Brazilians | Brasilia; Brasília; Planalto; the Planalto |
BRN | Brunei | Q921 | Bruneian; Bruneians | Bandar Seri Begawan | Brunei Darussalam
BGR | Bulgaria | Q219 | Bulgarian; Bulgarians | Sofia |
BFA | Burkina Faso | Q965 | Burkinabe; Burkinabé | Ouagadougou | Burkina; Upper Volta
BDI | Burundi | Q967 | Burundian; Burundians | Gitega; Bujumbura |
CPV | Cape Verde | Q1011 | Cape Verdean; Cape Verdeans | Praia | Cabo Verde
KHM | Cambodia | Q424 | Cambodian; Cambodians | Phnom Penh | Kampuchea
CMR | Cameroon | Q1009 | Cameroonian; Cameroonians | Yaounde; Yaoundé |
CAN | Canada | Q16 | Canadian; Canadians | Ottawa |
CAF | Central African Republic | Q929 | Central African; Central Africans | Bangui | the Central African Republic; CAR
TCD | Chad | Q657 | Chadian; Chadians | N'Djamena; Ndjamena |
CHL | Chile | Q298 | Chilean; Chileans | Santiago |
CHN | China | Q148 | Chinese | Beijing; Zhongnanhai | People's Republic of China; PRC; mainland China
COL | Colombia | Q739 | Colombian; Colombians | Bogota; Bogotá |
COM | Comoros | Q970 | Comorian; Comorians | Moroni | the Comoros
COG | Republic of the Congo | Q971 | | Brazzaville | the Republic of the Congo; Republic of Congo; the Republic of Congo; Congo-Brazzaville; Congo Republic; Congo (Brazzaville)
COD | Democratic Republic of the Congo | Q974 | | Kinshasa | the Democratic Republic of the Congo; Democratic Republic of Congo; the Democratic Republic of Congo; DRC; the DRC; DR Congo; DR of Congo; D.R. Congo; Congo-Kinshasa; Congo (Kinshasa); Zaire
CRI | Costa Rica | | Costa Rican; Costa Ricans | San José; San Jose |
CIV | Ivory Coast | Q1008 | Ivorian; Ivorians | Yamoussoukro; Abidjan | the Ivory Coast; Côte d'Ivoire; Cote d'Ivoire; Cote dIvoire
HRV | Croatia | Q224 | Croatian; Croatians; Croat; Croats | Zagreb |
CUB | Cuba | Q241 | Cuban; Cubans | Havana |
CYP | Cyprus | Q229 | Cypriot; Cypriots | Nicosia |
CZE | Czech Republic | Q213 | Czech; Czechs | Prague | the Czech Republic; Czechia
DNK | Denmark | Q35 | Danish; Danes | Copenhagen |
DJI | Djibouti | Q977 | Djiboutian; Djiboutians | |
DMA | Dominica | | | Roseau | Commonwealth of Dominica
DOM | Dominican Republic | Q786 | | Santo Domingo | the Dominican Republic
ECU | Ecuador | Q736 | Ecuadorian; Ecuadorians; Ecuadorean; Ecuadoreans | Quito |
EGY | Egypt | Q79 | Egyptian; Egyptians | Cairo |
SLV | El Salvador | Q792 | Salvadoran; Salvadorans; Salvadorean; Salvadoreans | San Salvador |
GNQ | Equatorial Guinea | Q983 | Equatorial Guinean; Equatorial Guineans; Equatoguinean; Equatoguineans | Malabo |
ERI | Eritrea | Q986 | Eritrean; Eritreans | Asmara |
EST | Estonia | Q191 | Estonian; Estonians | Tallinn |
SWZ | Eswatini | Q1050 | Swazi; Swazis; Emaswati | Mbabane | Swaziland
ETH | Ethiopia | Q115 | Ethiopian; Ethiopians | Addis Ababa |
FJI | Fiji | Q712 | Fijian; Fijians | Suva |
FIN | Finland | Q33 | Finnish; Finns | Helsinki |
FRA | France | Q142 | French | Paris; the Elysee; the Élysée; Elysee Palace; the Elysee Palace; the Quai d'Orsay |
GAB | Gabon | Q1000 | Gabonese | Libreville |
GMB | Gambia | Q1005 | Gambian; Gambians | Banjul | the Gambia; The Gambia
GEO | Georgia | Q230 | Georgian; Georgians | Tbilisi |
DEU | Germany | Q183 | German; Germans; West German; West Germans | Berlin; the Chancellery | Federal Republic of Germany; West Germany; FRG; the FRG
GHA | Ghana | Q117 | Ghanaian; Ghanaians | Accra |
GRC | Greece | Q41 | Greek; Greeks | Athens | Hellenic Republic; Hellas
GRD | Grenada | | Grenadian; Grenadians | |
GTM | Guatemala | Q774 | Guatemalan; Guatemalans | Guatemala City |
GIN | Guinea | Q1006 | | Conakry | Guinea-Conakry
GNB | Guinea-Bissau | Q1007 | Bissau-Guinean; Bissau-Guineans | Bissau | Guinea Bissau
GUY | Guyana | | Guyanese | Georgetown |
HTI | Haiti | Q790 | Haitian; Haitians | Port-au-Prince |
HND | Honduras | Q783 | Honduran; Hondurans | Tegucigalpa |
HUN | Hungary | Q28 | Hungarian; Hungarians | Budapest |
ISL | Iceland | Q189 | Icelandic; Icelanders | Reykjavik; Reykjavík |
IND | India | Q668 | Indian; Indians | New Delhi; Delhi | Bharat
IDN | Indonesia | Q252 | Indonesian; Indonesians | Jakarta |
IRN | Iran | Q794 | Iranian; Iranians | Tehran; Teheran | Islamic Republic of Iran; Persia
IRQ | Iraq | Q796 | Iraqi; Iraqis | Baghdad |
IRL | Ireland | Q27 | Irish | Dublin | Republic of Ireland; Eire; Éire
ISR | Israel | Q801 | Israeli; Israelis | | State of Israel
ITA | Italy | Q38 | Italian; Italians | Rome; Palazzo Chigi |
JAM | Jamaica | Q766 | Jamaican; Jamaicans | |
JPN | Japan | Q17 | Japanese | Tokyo |
JOR | Jordan | Q810 | Jordanian; Jordanians | Amman | Transjordan
KAZ | Kazakhstan | Q232 | Kazakh; Kazakhs; Kazakhstani; Kazakhstanis | Astana; Nur-Sultan; Akorda; Almaty |
KEN | Kenya | Q114 | Kenyan; Kenyans | Nairobi |
KIR | Kiribati | | I-Kiribati | Tarawa; South Tarawa |
PRK | North Korea | Q423 | North Korean; North Koreans | Pyongyang | Democratic People's Republic of Korea; DPRK; the DPRK
KOR | South Korea | Q884 | South Korean; South Koreans | Seoul | Republic of Korea; ROK; the ROK
KWT | Kuwait | Q817 | Kuwaiti; Kuwaitis | Kuwait City |
KGZ | Kyrgyzstan | Q813 | Kyrgyz; Kirghiz; Kyrgyzstani; Kyrgyzstanis | Bishkek | Kyrgyz Republic; the Kyrgyz Republic; Kirghizia; Kirgizia
LAO | Laos | Q819 | Lao; Laotian; Laotians | Vientiane | Lao PDR; Lao People's Democratic Republic
LVA | Latvia | Q211 | Latvian; Latvians | Riga |
LBN | Lebanon | Q822 | Lebanese | Beirut |
LSO | Lesotho | Q1013 | Basotho; Mosotho | Maseru |
LBR | Liberia | Q1014 | Liberian; Liberians | Monrovia |
LBY | Libya | Q1016 | Libyan; Libyans | Tripoli |
LIE | Liechtenstein | Q347 | Liechtensteiner; Liechtensteiners | Vaduz |
LTU | Lithuania | Q37 | Lithuanian; Lithuanians | Vilnius |
LUX | Luxembourg | Q32 | Luxembourgish; Luxembourger; Luxembourgers | |
MDG | Madagascar | Q1019 | Malagasy | Antananarivo |
MWI | Malawi | Q1020 | Malawian; Malawians | Lilongwe |
MYS | Malaysia | Q833 | Malaysian; Malaysians | Kuala Lumpur; Putrajaya |
MDV | Maldives | Q826 | Maldivian; Maldivians | Malé | the Maldives
MLI | Mali | Q912 | Malian; Malians | Bamako |
MLT | Malta | Q233 | Maltese | Valletta |
MHL | Marshall Islands | | Marshallese | Majuro | the Marshall Islands
MRT | Mauritania | Q1025 | Mauritanian; Mauritanians | Nouakchott |
MUS | Mauritius | Q1027 | Mauritian; Mauritians | Port Louis |
MEX | Mexico | Q96 | Mexican; Mexicans | Mexico City |
FSM | Micronesia | | Micronesian; Micronesians | Palikir | Federated States of Micronesia; the Federated States of Micronesia
MDA | Moldova | Q217 | Moldovan; Moldovans | Chisinau; Chișinău | Republic of Moldova; Moldavia
MCO | Monaco | Q235 | Monegasque; Monegasques | |
MNG | Mongolia | Q711 | Mongolian; Mongolians | Ulaanbaatar; Ulan Bator |
MNE | Montenegro | Q236 | Montenegrin; Montenegrins | Podgorica |
MAR | Morocco | Q1028 | Moroccan; Moroccans | Rabat |
MOZ | Mozambique | Q1029 | Mozambican; Mozambicans | Maputo |
MMR | Myanmar | Q836 | Burmese | Naypyidaw; Naypyitaw; Nay Pyi Taw | Burma
NAM | Namibia | Q1030 | Namibian; Namibians | Windhoek |
NRU | Nauru | | Nauruan; Nauruans | |
NPL | Nepal | Q837 | Nepali; Nepalis; Nepalese | Kathmandu |
NLD | Netherlands | Q55 | Dutch | | the Netherlands; The Netherlands; Holland; Kingdom of the Netherlands
NZL | New Zealand | Q664 | New Zealander; New Zealanders | Wellington | Aotearoa
NIC | Nicaragua | Q811 | Nicaraguan; Nicaraguans | Managua |
NER | Niger | Q1032 | Nigerien; Nigeriens | Niamey |
NGA | Nigeria | Q1033 | Nigerian; Nigerians | Abuja |
MKD | North Macedonia | Q221 | North Macedonian; North Macedonians | Skopje | Macedonia; Republic of North Macedonia; FYROM; Former Yugoslav Republic of Macedonia
NOR | Norway | Q20 | Norwegian; Norwegians | Oslo |
OMN | Oman | Q842 | Omani; Omanis | Muscat |
PAK | Pakistan | Q843 | Pakistani; Pakistanis | Islamabad |
PLW | Palau | | Palauan; Palauans | Ngerulmud |
PAN | Panama | Q804 | Panamanian; Panamanians | |
PNG | Papua New Guinea | Q691 | Papua New Guinean; Papua New Guineans | Port Moresby | PNG
PRY | Paraguay | Q733 | Paraguayan; Paraguayans | Asuncion; Asunción |
PER | Peru | Q419 | Peruvian; Peruvians | Lima |
PHL | Philippines | Q928 | Filipino; Filipinos; Philippine | Manila; Malacanang; Malacañang | the Philippines; The Philippines
POL | Poland | Q36 | Polish; Poles | Warsaw |
PRT | Portugal | Q45 | Portuguese | Lisbon |
QAT | Qatar | Q846 | Qatari; Qataris | Doha |
ROU | Romania | Q218 | Romanian; Romanians | Bucharest | Roumania; Rumania
RUS | Russia | Q159 | Russian; Russians | Moscow; the Kremlin; Kremlin | Russian Federation; the Russian Federation
RWA | Rwanda | Q1037 | Rwandan; Rwandans | Kigali |
KNA | Saint Kitts and Nevis | | Kittitian; Kittitians | Basseterre | St Kitts and Nevis; St. Kitts and Nevis; St Kitts
LCA | Saint Lucia | | Saint Lucian; Saint Lucians; St Lucian | Castries | St Lucia; St. Lucia
VCT | Saint Vincent and the Grenadines | | Vincentian; Vincentians | Kingstown | St Vincent and the Grenadines; St. Vincent and the Grenadines; Saint Vincent; St Vincent
WSM | Samoa | | Samoan; Samoans | Apia |
SMR | San Marino | Q238 | Sammarinese | |
STP | Sao Tome and Principe | Q1039 | Santomean; Santomeans; Sao Tomean | | São Tomé and Príncipe; Sao Tome; São Tomé; Sao Tome & Principe
SAU | Saudi Arabia | Q851 | Saudi; Saudis; Saudi Arabian; Saudi Arabians | Riyadh | Kingdom of Saudi Arabia; KSA
SEN | Senegal | Q1041 | Senegalese | Dakar |
SRB | Serbia | Q403 | Serbian; Serbians; Serb; Serbs | Belgrade |
SYC | Seychelles | Q1042 | Seychellois | | the Seychelles
SLE | Sierra Leone | Q1044 | Sierra Leonean; Sierra Leoneans | Freetown |
SGP | Singapore | Q334 | Singaporean; Singaporeans | |
SVK | Slovakia | Q214 | Slovak; Slovaks; Slovakian | Bratislava | Slovak Republic
SVN | Slovenia | Q215 | Slovenian; Slovenians; Slovene; Slovenes | Ljubljana |
SLB | Solomon Islands | | Solomon Islander; Solomon Islanders | Honiara | the Solomon Islands; Solomons; the Solomons
SOM | Somalia | Q1045 | Somali; Somalis | Mogadishu |
ZAF | South Africa | Q258 | South African; South Africans | Pretoria | RSA
SSD | South Sudan | Q958 | South Sudanese | Juba |
ESP | Spain | Q29 | Spanish; Spaniards | Madrid; La Moncloa; Moncloa |
LKA | Sri Lanka | Q854 | Sri Lankan; Sri Lankans | Colombo | Ceylon
SDN | Sudan | Q1049 | Sudanese | Khartoum; Port Sudan | the Sudan
SUR | Suriname | | Surinamese | Paramaribo | Surinam
SWE | Sweden | Q34 | Swedish; Swedes | Stockholm |
CHE | Switzerland | Q39 | Swiss | Bern; Berne | Swiss Confederation
SYR | Syria | Q858 | Syrian; Syrians | Damascus |
TJK | Tajikistan | Q863 | Tajik; Tajiks; Tajikistani | Dushanbe |
TZA | Tanzania | Q924 | Tanzanian; Tanzanians | Dodoma | United Republic of Tanzania
THA | Thailand | Q869 | Thai; Thais | Bangkok | Siam
TLS | Timor-Leste | Q574 | Timorese; East Timorese | Dili | East Timor; Timor Leste
TGO | Togo | Q945 | Togolese | Lome; Lomé |
TON | Tonga | | Tongan; Tongans | Nuku'alofa |
TTO | Trinidad and Tobago | | Trinidadian; Trinidadians; Tobagonian | Port of Spain | Trinidad
TUN | Tunisia | Q948 | Tunisian; Tunisians | Tunis |
TUR | Turkey | Q43 | Turkish; Turks | Ankara | Türkiye; Turkiye; Republic of Türkiye
TKM | Turkmenistan | Q874 | Turkmen; Turkmens | Ashgabat |
TUV | Tuvalu | | Tuvaluan; Tuvaluans | Funafuti |
UGA | Uganda | Q1036 | Ugandan; Ugandans | Kampala |
UKR | Ukraine | Q212 | Ukrainian; Ukrainians | Kyiv; Kiev | the Ukraine
ARE | United Arab Emirates | Q878 | Emirati; Emiratis | Abu Dhabi | the United Arab Emirates; UAE; the UAE; U.A.E.; the Emirates; Emirates
GBR | United Kingdom | Q145 | British; Britons; Brits | London; Downing Street; Whitehall; Number 10; No 10 | the United Kingdom; UK; the UK; U.K.; the U.K.; Britain; Great Britain; GB
USA | United States | Q30 | American; Americans | Washington; Washington DC; Washington, D.C.; the White House; White House; the Pentagon | the United States; United States of America; the United States of America; US; the US; U.S.; the U.S.; USA; U.S.A.; America; the States
URY | Uruguay | Q77 | Uruguayan; Uruguayans | Montevideo |
UZB | Uzbekistan | Q265 | Uzbek; Uzbeks; Uzbekistani | Tashkent |
VUT | Vanuatu | | Ni-Vanuatu | Port Vila |
VEN | Venezuela | Q717 | Venezuelan; Venezuelans | Caracas; Miraflores | Bolivarian Republic of Venezuela
VNM | Vietnam | Q881 | Vietnamese | Hanoi | Viet Nam; Socialist Republic of Vietnam
YEM | Yemen | Q805 | Yemeni; Yemenis | Sanaa; Sana'a; Aden |
ZMB | Zambia | Q953 | Zambian; Zambians | Lusaka |
ZWE | Zimbabwe | Q954 | Zimbabwean; Zimbabweans | Harare |
VAT | Holy See | Q237 | | the Vatican; Vatican | the Holy See; Vatican City; Vatican City State; State of the Vatican City
PSE | Palestine | Q219060 | Palestinian; Palestinians | Ramallah | State of Palestine; the State of Palestine; Palestinian territories; the Palestinian territories
XKX | Kosovo | Q1246 | Kosovar; Kosovars; Kosovan; Kosovans | Pristina; Prishtina |
TWN | Taiwan | Q865 | Taiwanese | Taipei | Republic of China; the Republic of China; ROC; Chinese Taipei
PYF | French Polynesia | Q30971 | French Polynesian; French Polynesians | Papeete |
NCL | New Caledonia | Q33788 | New Caledonian; New Caledonians | Nouméa; Noumea |
COK | Cook Islands | Q26988 | Cook Islander; Cook Islanders | Avarua | the Cook Islands
NIU | Niue | Q34020 | Niuean; Niueans | Alofi |
HKG | Hong Kong | Q8646 | Hongkonger; Hongkongers | | Hong Kong SAR; Hong Kong, China
MAC | Macao | Q14773 | Macanese | | Macau; Macao SAR; Macau SAR; Macao, China
FRO | Faroe Islands | Q4628 | Faroese | Tórshavn; Torshavn | the Faroe Islands; the Faroes; Faroes
GRL | Greenland | Q223 | Greenlandic; Greenlanders | Nuuk |
MSR | Montserrat | Q13353 | Montserratian; Montserratians | |
ESH | Western Sahara | Q6250 | Sahrawi; Sahrawis | | Sahrawi Arab Democratic Republic; the Sahrawi Arab Democratic Republic; SADR; the SADR; Sahrawi Republic; the Sahrawi Republic
SUN | Soviet Union | Q15180 | Soviet; Soviets | | the Soviet Union; USSR; the USSR; U.S.S.R.; the U.S.S.R.
DDR | East Germany | Q16957 | East German; East Germans | East Berlin | the German Democratic Republic; GDR; the GDR
CSK | Czechoslovakia | Q33946 | Czechoslovak; Czechoslovaks; Czechoslovakian; Czechoslovakians | | Czech and Slovak Federative Republic; the Czech and Slovak Federative Republic; ČSSR; CSSR
YUG | Yugoslavia | | Yugoslav; Yugoslavs; Yugoslavian; Yugoslavians | | the Socialist Federal Republic of Yugoslavia; SFRY; the SFRY; SFR Yugoslavia; Federal Republic of Yugoslavia; the Federal Republic of Yugoslavia; FRY; the FRY
SCG | State Union of Serbia and Montenegro | Q37024 | | | the State Union of Serbia and Montenegro
"""

HEADER = """\
# States known to alliance-graph: every UN member state, the two UN observer states, Kosovo and
# Taiwan, ten territories that organisations admit as members (French Polynesia, New Caledonia,
# the Cook Islands, Niue, Hong Kong, Macao, the Faroe Islands, Greenland, Montserrat, Western
# Sahara), and five
# dissolved states that news retrospectives still name (the Soviet Union, East
# Germany, Czechoslovakia, Yugoslavia, Serbia and Montenegro). GENERATED by tools/build_states.py
# (pycountry + its hand-written table): edit the table there and rerun the script rather than
# editing this file by hand.
#
# Fields of each [[state]]:
#   id            ISO 3166-1 alpha-3 code (Kosovo: XKX); for a dissolved state its ISO 3166-3
#                 former code (SUN, DDR, CSK, YUG, SCG)
#   name          canonical English short name, as news writes it
#   official_name the formal name (pycountry, or the table where pycountry has none)
#   aliases       other names an article may use (with and without a leading "the")
#   demonyms      adjectives and plural nouns; only those that name this state alone
#   metonyms      capitals and seats of power used for the government ("the Kremlin")
#   un_status     "member", "observer", or absent (always absent for a dissolved state)
#   dissolved     only for a state that no longer exists: the date it ceased to exist, ISO 8601
#                 "YYYY", "YYYY-MM" or "YYYY-MM-DD" (its successors are separate states)
#   wikidata      Wikidata Q-id, only where known with confidence
"""


def _split(field: str) -> list[str]:
    return [part.strip() for part in field.split(";") if part.strip()]


def _q(text: str) -> str:
    """A TOML basic string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _list(items: list[str]) -> str:
    return "[" + ", ".join(_q(i) for i in items) + "]"


def rows() -> list[dict]:
    """The table joined with pycountry, one dict a state, in table order."""
    out = []
    for line in TABLE.strip().splitlines():
        fields = [f.strip() for f in line.split("|")]
        code, name, wikidata, demonyms, metonyms, aliases = fields
        if code in DISSOLVED:
            country = pycountry.historic_countries.get(alpha_3=code)
        else:
            country = pycountry.countries.get(alpha_3=code)
        if country is None and code not in NON_UN:
            raise SystemExit(f"{code} is not an ISO 3166-1 alpha-3 code (or ISO 3166-3, if dissolved)")
        iso_name = _plain(getattr(country, "name", None))
        official = OFFICIAL.get(code) or getattr(country, "official_name", None) or iso_name or name
        if official.lower().startswith("the "):
            official = official[4:]
        alias_list = [a for a in _split(aliases) if a not in (name, official)]
        for extra in (_plain(getattr(country, "common_name", None)), iso_name):
            if extra and extra not in alias_list and extra not in {name, official} | AMBIGUOUS:
                alias_list.append(extra)
        status = ("observer" if code in OBSERVERS else None if code in NON_UN | DISSOLVED.keys()
                  else "member")
        out.append({
            "id": code, "name": name, "official_name": official, "aliases": alias_list,
            "demonyms": _split(demonyms), "metonyms": _split(metonyms),
            "un_status": status, "dissolved": DISSOLVED.get(code), "wikidata": wikidata or None,
        })
    members = [r for r in out if r["un_status"] == "member"]
    if len(members) != 193:
        raise SystemExit(f"expected 193 UN members, the table has {len(members)}")
    if len({r["id"] for r in out}) != len(out):
        raise SystemExit("duplicate id in the table")
    return out


def render() -> str:
    parts = [HEADER]
    for r in rows():
        lines = ["[[state]]", f"id = {_q(r['id'])}", f"name = {_q(r['name'])}",
                 f"official_name = {_q(r['official_name'])}"]
        for key in ("aliases", "demonyms", "metonyms"):
            if r[key]:
                lines.append(f"{key} = {_list(r[key])}")
        if r["un_status"]:
            lines.append(f"un_status = {_q(r['un_status'])}")
        if r["dissolved"]:
            lines.append(f"dissolved = {_q(r['dissolved'])}")
        if r["wikidata"]:
            lines.append(f"wikidata = {_q(r['wikidata'])}")
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run tools/build_states.py", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
