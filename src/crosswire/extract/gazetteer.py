"""Places and titles for entities: data only, no logic.

Countries of the world (UN members and observers plus a few widely reported territories) with their
capitals (including seats of government, e.g. both Pretoria and Cape Town) and demonyms; job titles
and honorifics stripped from names; the common nouns that refer back to an organisation ("the group").
General world knowledge, nothing from a particular article.  Each row: country | capitals | demonyms
(commas inside a field).  spaCy gives GPE/NORP labels; these tables only add the country link and
correct labels (a capital tagged PERSON is a place).
"""

from __future__ import annotations

_COUNTRIES = """
Afghanistan|Kabul|Afghan,Afghans
Albania|Tirana|Albanian,Albanians
Algeria|Algiers|Algerian,Algerians
Andorra|Andorra la Vella|Andorran
Angola|Luanda|Angolan,Angolans
Antigua and Barbuda|Saint John's|Antiguan
Argentina|Buenos Aires|Argentine,Argentinian,Argentinians,Argentines
Armenia|Yerevan|Armenian,Armenians
Australia|Canberra|Australian,Australians
Austria|Vienna|Austrian,Austrians
Azerbaijan|Baku|Azerbaijani,Azeri,Azerbaijanis
Bahamas|Nassau|Bahamian
Bahrain|Manama|Bahraini,Bahrainis
Bangladesh|Dhaka|Bangladeshi,Bangladeshis
Barbados|Bridgetown|Barbadian
Belarus|Minsk|Belarusian,Belarusians
Belgium|Brussels|Belgian,Belgians
Belize|Belmopan|Belizean
Benin|Porto-Novo,Cotonou|Beninese
Bhutan|Thimphu|Bhutanese
Bolivia|Sucre,La Paz|Bolivian,Bolivians
Bosnia and Herzegovina|Sarajevo|Bosnian,Bosnians
Botswana|Gaborone|Motswana,Batswana
Brazil|Brasilia,Brasília|Brazilian,Brazilians
Brunei|Bandar Seri Begawan|Bruneian
Bulgaria|Sofia|Bulgarian,Bulgarians
Burkina Faso|Ouagadougou|Burkinabe
Burundi|Gitega,Bujumbura|Burundian
Cambodia|Phnom Penh|Cambodian,Cambodians
Cameroon|Yaounde,Yaoundé|Cameroonian,Cameroonians
Canada|Ottawa|Canadian,Canadians
Cape Verde|Praia|Cape Verdean
Central African Republic|Bangui|Central African
Chad|N'Djamena|Chadian,Chadians
Chile|Santiago|Chilean,Chileans
China|Beijing|Chinese
Colombia|Bogota,Bogotá|Colombian,Colombians
Comoros|Moroni|Comoran
Congo|Brazzaville|Congolese
Democratic Republic of the Congo|Kinshasa|Congolese
Costa Rica|San Jose,San José|Costa Rican
Croatia|Zagreb|Croatian,Croat,Croats,Croatians
Cuba|Havana|Cuban,Cubans
Cyprus|Nicosia|Cypriot,Cypriots
Czech Republic|Prague|Czech,Czechs
Denmark|Copenhagen|Danish,Dane,Danes
Djibouti|Djibouti|Djiboutian
Dominica|Roseau|Dominican
Dominican Republic|Santo Domingo|Dominican
East Timor|Dili|Timorese
Ecuador|Quito|Ecuadorian,Ecuadorians
Egypt|Cairo|Egyptian,Egyptians
El Salvador|San Salvador|Salvadoran,Salvadorans
Equatorial Guinea|Malabo|Equatoguinean
Eritrea|Asmara|Eritrean,Eritreans
Estonia|Tallinn|Estonian,Estonians
Eswatini|Mbabane|Swazi
Ethiopia|Addis Ababa|Ethiopian,Ethiopians
Fiji|Suva|Fijian
Finland|Helsinki|Finnish,Finn,Finns
France|Paris|French
Gabon|Libreville|Gabonese
Gambia|Banjul|Gambian
Georgia|Tbilisi|Georgian,Georgians
Germany|Berlin|German,Germans
Ghana|Accra|Ghanaian,Ghanaians
Greece|Athens|Greek,Greeks
Grenada|St. George's|Grenadian
Guatemala|Guatemala City|Guatemalan,Guatemalans
Guinea|Conakry|Guinean
Guinea-Bissau|Bissau|Bissau-Guinean
Guyana|Georgetown|Guyanese
Haiti|Port-au-Prince|Haitian,Haitians
Honduras|Tegucigalpa|Honduran,Hondurans
Hungary|Budapest|Hungarian,Hungarians
Iceland|Reykjavik|Icelandic,Icelander,Icelanders
India|New Delhi|Indian,Indians
Indonesia|Jakarta|Indonesian,Indonesians
Iran|Tehran|Iranian,Iranians
Iraq|Baghdad|Iraqi,Iraqis
Ireland|Dublin|Irish
Israel|Jerusalem|Israeli,Israelis
Italy|Rome|Italian,Italians
Ivory Coast|Yamoussoukro,Abidjan|Ivorian,Ivorians
Jamaica|Kingston|Jamaican,Jamaicans
Japan|Tokyo|Japanese
Jordan|Amman|Jordanian,Jordanians
Kazakhstan|Astana,Nur-Sultan|Kazakh,Kazakhstani,Kazakhs
Kenya|Nairobi|Kenyan,Kenyans
Kiribati|Tarawa|I-Kiribati
Kosovo|Pristina|Kosovar,Kosovan
Kuwait|Kuwait City|Kuwaiti,Kuwaitis
Kyrgyzstan|Bishkek|Kyrgyz
Laos|Vientiane|Lao,Laotian
Latvia|Riga|Latvian,Latvians
Lebanon|Beirut|Lebanese
Lesotho|Maseru|Basotho,Mosotho
Liberia|Monrovia|Liberian,Liberians
Libya|Tripoli|Libyan,Libyans
Liechtenstein|Vaduz|Liechtensteiner
Lithuania|Vilnius|Lithuanian,Lithuanians
Luxembourg|Luxembourg|Luxembourgish,Luxembourger
Madagascar|Antananarivo|Malagasy
Malawi|Lilongwe|Malawian,Malawians
Malaysia|Kuala Lumpur|Malaysian,Malaysians
Maldives|Male|Maldivian
Mali|Bamako|Malian,Malians
Malta|Valletta|Maltese
Marshall Islands|Majuro|Marshallese
Mauritania|Nouakchott|Mauritanian
Mauritius|Port Louis|Mauritian
Mexico|Mexico City|Mexican,Mexicans
Micronesia|Palikir|Micronesian
Moldova|Chisinau|Moldovan,Moldovans
Monaco|Monaco|Monegasque
Mongolia|Ulaanbaatar,Ulan Bator|Mongolian,Mongolians
Montenegro|Podgorica|Montenegrin
Morocco|Rabat|Moroccan,Moroccans
Mozambique|Maputo|Mozambican
Myanmar|Naypyidaw,Naypyitaw|Burmese,Myanmarese
Namibia|Windhoek|Namibian
Nauru|Yaren|Nauruan
Nepal|Kathmandu|Nepali,Nepalese
Netherlands|Amsterdam,The Hague|Dutch
New Zealand|Wellington|New Zealander,New Zealanders
Nicaragua|Managua|Nicaraguan,Nicaraguans
Niger|Niamey|Nigerien
Nigeria|Abuja|Nigerian,Nigerians
North Korea|Pyongyang|North Korean,North Koreans
North Macedonia|Skopje|Macedonian,Macedonians
Norway|Oslo|Norwegian,Norwegians
Oman|Muscat|Omani,Omanis
Pakistan|Islamabad|Pakistani,Pakistanis
Palau|Ngerulmud|Palauan
Palestine|Ramallah,East Jerusalem|Palestinian,Palestinians
Panama|Panama City|Panamanian,Panamanians
Papua New Guinea|Port Moresby|Papua New Guinean
Paraguay|Asuncion,Asunción|Paraguayan,Paraguayans
Peru|Lima|Peruvian,Peruvians
Philippines|Manila|Filipino,Philippine,Filipinos
Poland|Warsaw|Polish,Pole,Poles
Portugal|Lisbon|Portuguese
Qatar|Doha|Qatari,Qataris
Romania|Bucharest|Romanian,Romanians
Russia|Moscow|Russian,Russians
Rwanda|Kigali|Rwandan,Rwandans
Saint Kitts and Nevis|Basseterre|Kittitian
Saint Lucia|Castries|Saint Lucian
Saint Vincent and the Grenadines|Kingstown|Vincentian
Samoa|Apia|Samoan
San Marino|San Marino|Sammarinese
Sao Tome and Principe|Sao Tome,São Tomé|Santomean
Saudi Arabia|Riyadh|Saudi,Saudis,Saudi Arabian
Senegal|Dakar|Senegalese
Serbia|Belgrade|Serbian,Serb,Serbs,Serbians
Seychelles|Victoria|Seychellois
Sierra Leone|Freetown|Sierra Leonean
Singapore|Singapore|Singaporean,Singaporeans
Slovakia|Bratislava|Slovak,Slovakian,Slovaks
Slovenia|Ljubljana|Slovenian,Slovene,Slovenians
Solomon Islands|Honiara|Solomon Islander
Somalia|Mogadishu|Somali,Somalis
South Africa|Pretoria,Cape Town,Bloemfontein|South African,South Africans
South Korea|Seoul|South Korean,South Koreans
South Sudan|Juba|South Sudanese
Spain|Madrid|Spanish,Spaniard,Spaniards
Sri Lanka|Colombo,Sri Jayawardenepura Kotte|Sri Lankan,Sri Lankans
Sudan|Khartoum|Sudanese
Suriname|Paramaribo|Surinamese
Sweden|Stockholm|Swedish,Swede,Swedes
Switzerland|Bern,Berne|Swiss
Syria|Damascus|Syrian,Syrians
Taiwan|Taipei|Taiwanese
Tajikistan|Dushanbe|Tajik,Tajiks
Tanzania|Dodoma,Dar es Salaam|Tanzanian,Tanzanians
Thailand|Bangkok|Thai
Togo|Lome,Lomé|Togolese
Tonga|Nuku'alofa|Tongan
Trinidad and Tobago|Port of Spain|Trinidadian
Tunisia|Tunis|Tunisian,Tunisians
Turkey|Ankara|Turkish,Turk,Turks
Turkmenistan|Ashgabat|Turkmen
Tuvalu|Funafuti|Tuvaluan
Uganda|Kampala|Ugandan,Ugandans
Ukraine|Kyiv,Kiev|Ukrainian,Ukrainians
United Arab Emirates|Abu Dhabi|Emirati,Emiratis
United Kingdom|London|British,Briton,Britons
United States|Washington|American,Americans
Uruguay|Montevideo|Uruguayan,Uruguayans
Uzbekistan|Tashkent|Uzbek,Uzbeks
Vanuatu|Port Vila|Ni-Vanuatu
Vatican City|Vatican City|Vatican
Venezuela|Caracas|Venezuelan,Venezuelans
Vietnam|Hanoi|Vietnamese
Yemen|Sanaa,Sana'a|Yemeni,Yemenis
Zambia|Lusaka|Zambian,Zambians
Zimbabwe|Harare|Zimbabwean,Zimbabweans
"""

_ROWS = [line.split("|") for line in _COUNTRIES.strip().splitlines()]

# Country names as written in news, each mapped to itself, plus common alternative names.
COUNTRY_ALIASES: dict[str, str] = {
    **{row[0]: row[0] for row in _ROWS},
    "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
    "the United States": "United States", "America": "United States", "UK": "United Kingdom",
    "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "the UK": "United Kingdom", "Czechia": "Czech Republic", "Burma": "Myanmar", "Holland": "Netherlands",
    "the Netherlands": "Netherlands", "Swaziland": "Eswatini", "Macedonia": "North Macedonia",
    "Cote d'Ivoire": "Ivory Coast", "Côte d'Ivoire": "Ivory Coast", "DRC": "Democratic Republic of the Congo",
    "DR Congo": "Democratic Republic of the Congo", "Timor-Leste": "East Timor", "Türkiye": "Turkey",
    "Turkiye": "Turkey", "the Philippines": "Philippines", "UAE": "United Arab Emirates",
    "the Gambia": "Gambia", "Gaza": "Palestine", "the West Bank": "Palestine", "Russian Federation": "Russia",
    "Viet Nam": "Vietnam", "Korea": "South Korea",
}  # fmt: skip

# Capital (or seat of government) -> country.  A capital often stands for its government ("Moscow
# rejected the plan"): the link is recorded as Actor.country, never as a merge of the two actors.
CAPITALS: dict[str, str] = {cap: row[0] for row in _ROWS for cap in row[1].split(",") if cap}

# Demonym or adjective -> country ("Russian" -> Russia).
DEMONYMS: dict[str, str] = {dem: row[0] for row in _ROWS for dem in row[2].split(",") if dem}

# Job titles and ranks that precede or follow a name ("Russian President Vladimir Putin"); lowercased.
# Multi-word titles are matched before their last word ("secretary of state" before "secretary").
TITLES: frozenset[str] = frozenset(
    """
    president vice-president premier chancellor king queen prince princess emperor sultan emir sheikh
    monarch pope cardinal archbishop bishop imam rabbi ayatollah pastor reverend rev.
    minister secretary ambassador envoy diplomat consul commissioner governor mayor senator sen.
    congressman congresswoman representative rep. speaker lawmaker legislator deputy mp
    general gen. colonel col. lieutenant lt. major maj. captain capt. commander admiral sergeant sgt.
    chief director executive chairman chairwoman chair chairperson ceo cfo coo founder head leader
    spokesman spokeswoman spokesperson adviser advisor aide attorney judge justice prosecutor
    professor prof. dr. doctor mr. mrs. ms. miss mr mrs ms dr sir dame lord lady
    fellow analyst correspondent reporter editor coach manager officer official
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)

# Titles of a legislature's party leaders: every word is part of the title ("Senate minority leader").
PARTY_TITLES: tuple[str, ...] = ("majority leader", "minority leader", "majority whip", "minority whip")

MULTIWORD_TITLES: tuple[str, ...] = PARTY_TITLES + (
    "prime minister", "foreign minister", "defence minister", "defense minister", "interior minister",
    "finance minister", "secretary of state", "secretary-general", "secretary general", "attorney general",
    "executive director", "managing director", "chief executive", "supreme leader", "crown prince",
    "national security adviser", "senior fellow", "special envoy", "first lady", "vice president",
)  # fmt: skip

# Honorifics spaCy sometimes keeps inside a PERSON entity ("Mr. Putin"); stripped from the name.
HONORIFICS: frozenset[str] = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady sen. rep. gen. col. capt. lt. sgt. rev.".split()  # noqa: SIM905 (a word list reads better as prose)
)

# Common nouns that refer back to an organisation named earlier ("the group said", "the Fund's director").
# Resolved only when exactly one earlier ORG fits (see entities.merge_actors).
ORG_NOMINALS: frozenset[str] = frozenset(
    """
    group organisation organization agency fund council committee commission ministry department
    company firm bank union alliance coalition party movement network institute foundation charity
    body board court tribunal association federation league bureau office army militia
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)

# Name particles that are lowercase inside personal and organisation names ("von der Leyen", "al-Nusra").
NAME_PARTICLES: frozenset[str] = frozenset(
    "al el ul bin ibn bint abu de da di del della der van von le la du dos das".split()  # noqa: SIM905 (a word list reads better as prose)
)

# Online platforms and news wires that spaCy's small model often tags PERSON ("wrote on Twitter"): they are
# organisations, never a person who speaks. Lower case.
PLATFORMS: frozenset[str] = frozenset(
    {"twitter", "facebook", "instagram", "youtube", "tiktok", "reddit", "snapchat", "whatsapp", "telegram"}
    | {"linkedin", "truth social", "threads", "x.com", "google", "apple news", "medium", "substack"}
)
