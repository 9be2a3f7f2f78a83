/**
 * Countries (with demonyms and alternative names) and cities. A country is an affiliation
 * ("the Kazakh Ambassador" → Kazakhstan) and a fallback location; a city is a location.
 * Format of each row: Country|alt names and demonyms (comma separated)|cities (comma separated).
 */
import { lowerAscii } from '../../lib/text/charCodes';

const ROWS = `Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers,Oran
Argentina|Argentine,Argentinian|Buenos Aires,Cordoba,Rosario
Armenia|Armenian|Yerevan
Australia|Australian|Canberra,Sydney,Melbourne,Brisbane,Perth,Adelaide
Austria|Austrian|Vienna,Salzburg,Graz,Innsbruck
Azerbaijan|Azerbaijani,Azeri|Baku,Ganja,Sumgait
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka,Chittagong,Chattogram,Sylhet,Khulna,Rajshahi
Belarus|Belarusian|Minsk,Gomel,Brest
Belgium|Belgian|Brussels,Antwerp,Ghent,Bruges,Leuven
Bolivia|Bolivian|La Paz
Bosnia and Herzegovina|Bosnian|Sarajevo
Brazil|Brazilian|Brasilia,Rio de Janeiro,Sao Paulo,Belo Horizonte,Recife
Brunei|Bruneian|Bandar Seri Begawan
Bulgaria|Bulgarian|Sofia
Cambodia|Cambodian|Phnom Penh
Canada|Canadian|Ottawa,Toronto,Montreal,Vancouver,Calgary
Chile|Chilean|Santiago,Valparaiso
China|Chinese,People's Republic of China,PRC|Beijing,Shanghai,Guangzhou,Shenzhen,Wuhan,Chengdu,Chongqing,Xian,Kashgar,Urumqi,Hong Kong,Nanjing,Hangzhou,Tianjin,Kunming,Xiamen,Harbin,Qingdao,Boao
Colombia|Colombian|Bogota,Medellin,Cali
Costa Rica|Costa Rican|San Jose
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech,Czechia|Prague,Brno
Denmark|Danish|Copenhagen
Dominican Republic|Dominican|Santo Domingo
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo,Alexandria,Sharm el-Sheikh
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish|Helsinki
France|French|Paris,Lyon,Marseille,Strasbourg,Bordeaux
Georgia|Georgian|Tbilisi,Batumi,Kutaisi
Germany|German|Berlin,Munich,Hamburg,Frankfurt,Cologne,Bonn,Stuttgart,Dusseldorf,Leipzig,Dresden
Ghana|Ghanaian|Accra
Greece|Greek|Athens,Thessaloniki
Guatemala|Guatemalan|Guatemala City
Hungary|Hungarian|Budapest
India|Indian|New Delhi,Delhi,Mumbai,Kolkata,Chennai,Bengaluru,Bangalore,Hyderabad,Ahmedabad,Pune,Jaipur,Goa
Indonesia|Indonesian|Jakarta,Surabaya,Bandung,Bali,Denpasar,Yogyakarta
Iran|Iranian|Tehran,Mashhad,Isfahan,Shiraz,Tabriz,Qom
Iraq|Iraqi|Baghdad,Basra,Erbil,Mosul,Najaf
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem,Tel Aviv,Haifa
Italy|Italian|Rome,Milan,Naples,Turin,Florence,Venice,Bologna,Genoa
Japan|Japanese|Tokyo,Osaka,Kyoto,Yokohama,Nagoya,Hiroshima,Sapporo,Kobe
Jordan|Jordanian|Amman
Kazakhstan|Kazakh,Kazakhstani,Kazak|Astana,Nur-Sultan,Almaty,Shymkent,Aktau,Aktobe,Karaganda,Pavlodar,Atyrau,Kostanay,Semey,Taraz,Turkistan,Kyzylorda
Kenya|Kenyan|Nairobi,Mombasa,Kisumu
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz,Kyrgyz Republic|Bishkek,Osh,Karakol,Jalal-Abad
Laos|Lao,Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut,Kaslik
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Malaysia|Malaysian|Kuala Lumpur,Penang,George Town,Johor Bahru,Putrajaya,Kota Kinabalu,Kuching
Maldives|Maldivian|Male
Mexico|Mexican|Mexico City,Queretaro,Guadalajara,Monterrey,Puebla,Cancun,Tijuana
Mongolia|Mongolian|Ulaanbaatar
Morocco|Moroccan|Rabat,Casablanca,Marrakech,Tangier,Fez
Myanmar|Burmese|Naypyidaw,Yangon
Nepal|Nepali,Nepalese|Kathmandu
Netherlands|Dutch,Holland|Amsterdam,The Hague,Rotterdam,Utrecht
New Zealand|New Zealander|Wellington
Nigeria|Nigerian|Abuja,Lagos,Kano,Ibadan,Port Harcourt,Kaduna,Enugu
North Korea|DPRK,Democratic People's Republic of Korea,Democratic People’s Republic of Korea|Pyongyang
Norway|Norwegian|Oslo,Bergen
Oman|Omani|Muscat
Pakistan|Pakistani,Pak|Islamabad,Karachi,Lahore,Rawalpindi,Peshawar,Quetta,Multan,Faisalabad,Hyderabad,Sialkot,Gwadar,Gilgit,Muzaffarabad,Abbottabad
Palestine|Palestinian|Ramallah
Panama|Panamanian|Panama City
Paraguay|Paraguayan|Asuncion
Peru|Peruvian|Lima
Philippines|Filipino,Philippine|Manila,Cebu,Davao,Quezon City
Poland|Polish|Warsaw,Krakow,Gdansk,Wroclaw,Poznan
Portugal|Portuguese|Lisbon,Porto
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian,Russian Federation|Moscow,Saint Petersburg,Kazan,Novosibirsk,Yekaterinburg,Sochi,Vladivostok,Nizhny Novgorod,Ufa,Samara,Omsk,Krasnoyarsk
Saudi Arabia|Saudi|Riyadh,Jeddah,Mecca,Medina,Dammam
Serbia|Serbian|Belgrade
Singapore|Singaporean|Singapore
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Ljubljana
South Africa|South African|Pretoria,Johannesburg,Cape Town,Durban
South Korea|Korean,Republic of Korea,Korea|Seoul,Busan,Incheon
Spain|Spanish|Madrid,Barcelona,Valencia,Seville,Bilbao,Malaga
Sri Lanka|Sri Lankan|Colombo,Kandy,Galle,Jaffna,Sri Jayawardenepura Kotte
Sweden|Swedish|Stockholm,Gothenburg,Malmo
Switzerland|Swiss|Bern,Geneva,Zurich,Basel,Lausanne,Davos
Syria|Syrian|Damascus,Aleppo,Homs
Tajikistan|Tajik|Dushanbe,Khujand,Kulob,Bokhtar,Khorog
Thailand|Thai|Bangkok,Chiang Mai,Phuket,Pattaya
Turkey|Turkish,Turkiye,Türkiye|Ankara,Istanbul,Izmir,Bursa,Antalya,Konya,Adana,Gaziantep,Trabzon
Turkmenistan|Turkmen|Ashgabat,Turkmenabat,Dashoguz,Awaza
Ukraine|Ukrainian|Kyiv,Kiev,Kharkiv,Odesa,Odessa,Lviv,Dnipro
United Arab Emirates|UAE,Emirati|Abu Dhabi,Dubai,Sharjah,Ajman
United Kingdom|British,UK,U.K.,Britain,Great Britain|London,Manchester,Birmingham,Edinburgh,Glasgow,Oxford,Cambridge,Liverpool,Leeds,Belfast,Cardiff
United States|American,US,U.S.,USA,United States of America|Washington,New York,Los Angeles,Chicago,San Francisco,Boston,Houston,Seattle,Miami,Atlanta,Philadelphia
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent,Samarkand,Bukhara,Khiva,Andijan,Namangan,Fergana,Nukus,Termez,Karshi,Navoi
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese,Viet Nam|Hanoi,Ho Chi Minh City,Da Nang
Yemen|Yemeni|Sanaa
Zimbabwe|Zimbabwean|Harare
Andorra|Andorran|Andorra la Vella
Angola|Angolan|Luanda
Bahamas|Bahamian|Nassau
Barbados|Barbadian|Bridgetown
Belize|Belizean|Belmopan
Benin|Beninese|Porto-Novo,Cotonou
Bhutan|Bhutanese|Thimphu
Botswana|Motswana,Batswana|Gaborone
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian|Gitega,Bujumbura
Cabo Verde|Cape Verdean,Cape Verde|Praia
Cameroon|Cameroonian|Yaounde,Douala
Central African Republic|Central African|Bangui
Congo|Congolese,DRC,Democratic Republic of the Congo|Kinshasa,Brazzaville
Djibouti|Djiboutian|Djibouti City
El Salvador|Salvadoran|San Salvador
Equatorial Guinea|Equatoguinean|Malabo
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn,Tartu
Eswatini|Swazi,Swaziland|Mbabane
Fiji|Fijian|Suva
Gabon|Gabonese|Libreville
Gambia|Gambian|Banjul
Guinea|Guinean|Conakry
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Iceland|Icelandic|Reykjavik
Ivory Coast|Ivorian,Côte d'Ivoire,Côte d’Ivoire,Cote d'Ivoire|Abidjan,Yamoussoukro
Jamaica|Jamaican|Kingston
Kosovo|Kosovar,Kosovan|Pristina
Lesotho|Basotho|Maseru
Liberia|Liberian|Monrovia
Liechtenstein|Liechtensteiner|Vaduz
Luxembourg|Luxembourgish,Luxembourger|
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Mali|Malian|Bamako
Malta|Maltese|Valletta
Mauritania|Mauritanian|Nouakchott
Mauritius|Mauritian|Port Louis
Moldova|Moldovan|Chisinau
Monaco|Monegasque|
Montenegro|Montenegrin|Podgorica
Mozambique|Mozambican|Maputo
Namibia|Namibian|Windhoek
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
North Macedonia|Macedonian,Macedonia|Skopje
Papua New Guinea|Papua New Guinean|Port Moresby
Rwanda|Rwandan|Kigali
San Marino|Sammarinese|
Senegal|Senegalese|Dakar
Seychelles|Seychellois|
Sierra Leone|Sierra Leonean|Freetown
Somalia|Somali|Mogadishu
South Sudan|South Sudanese|Juba
Sudan|Sudanese|Khartoum
Suriname|Surinamese|Paramaribo
Taiwan|Taiwanese|Taipei,Kaohsiung
Tanzania|Tanzanian|Dodoma,Dar es Salaam,Zanzibar,Arusha
Timor-Leste|Timorese,East Timor|Dili
Togo|Togolese|Lome
Trinidad and Tobago|Trinidadian|Port of Spain
Tunisia|Tunisian|Tunis
Uganda|Ugandan|Kampala,Entebbe
Zambia|Zambian|Lusaka`;

export interface CountryInfo {
  name: string;
  aliases: string[];
  cities: string[];
}

export const COUNTRIES: CountryInfo[] = ROWS.split('\n').map((row) => {
  const [name, alts, cities] = row.split('|');
  return {
    name: name!,
    aliases: (alts ?? '').split(',').filter(Boolean),
    cities: (cities ?? '').split(',').filter(Boolean),
  };
});

const countryByWord = new Map<string, CountryInfo>();
const cityByWord = new Map<string, CountryInfo>();
for (const c of COUNTRIES) {
  countryByWord.set(c.name.toLowerCase(), c);
  for (const a of c.aliases) countryByWord.set(a.toLowerCase(), c);
  for (const city of c.cities) cityByWord.set(city.toLowerCase(), c);
}

/**
 * The first two characters of every key of `words`, lowercased, as one number (see {@link head2}).
 * Nearly every capitalised word of every document is looked up in the place lexicons, and most
 * start with letters no place name starts with: those are answered without a lowercase copy.
 */
function headsOf(words: Iterable<string>): Set<number> {
  const heads = new Set<number>();
  for (const w of words) heads.add(w.charCodeAt(0) * 128 + w.charCodeAt(1));
  return heads;
}

/**
 * The first two characters of `word` lowercased, as one number, when both are ASCII (the first
 * two characters of `word.toLowerCase()` are then exactly these); -1 otherwise (or when shorter).
 */
function head2(word: string): number {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  if (!(a < 128 && b < 128)) return -1; // (NaN for a word shorter than two characters)
  return lowerAscii(a) * 128 + lowerAscii(b);
}

/** Country named by a name, alternative name or demonym (case-insensitive), else undefined. */
export function countryOf(word: string): CountryInfo | undefined {
  const h = head2(word);
  // ("the …" and a state's formal name, "Socialist Republic of …", are cut below before the lookup.)
  // (A formal name always has "of": "Institute", "State Bank" are looked up no further.)
  const formal = FORMAL_HEADS.has(h) && word.includes(' of ');
  if (h >= 0 && !COUNTRY_HEADS.has(h) && h !== THE_HEAD && !formal) return undefined;
  let key = word.toLowerCase();
  // (Checked before replacing: this runs for nearly every capitalised word of every document.)
  if (key.startsWith('the')) key = key.replace(/^the\s+/, '');
  const found = countryByWord.get(key);
  // (A formal name the lexicon lists itself comes first: "Democratic People's Republic of Korea".)
  return found || !(formal || (h < 0 && word.includes(' of '))) ? found : countryByWord.get(key.replace(FORMAL_NAME, ''));
}

/** The words of a state's formal name before its name: modifiers, then the kind of state and "of". */
const FORMAL_MODIFIERS = ['socialist', 'islamic', 'federal', 'democratic', "people's", 'people’s', 'united', 'arab', 'federative', 'bolivarian', 'plurinational', 'hashemite', 'co-operative', 'cooperative'];
const FORMAL_STATES = ['republic', 'kingdom', 'state', 'sultanate', 'emirate', 'principality', 'grand duchy', 'commonwealth', 'federation'];
/** The formal name around a country's: "Socialist Republic of (Viet Nam)", "Kingdom of (Saudi Arabia)", "State of (Qatar)". */
const FORMAL_NAME = new RegExp(String.raw`^(?:(?:${FORMAL_MODIFIERS.join('|')})\s+)*(?:${FORMAL_STATES.join('|')})\s+of\s+(?:the\s+)?`);

export function cityCountry(word: string): CountryInfo | undefined {
  const h = head2(word);
  if (h >= 0 && !CITY_HEADS.has(h)) return undefined;
  return cityByWord.get(word.toLowerCase());
}

const COUNTRY_HEADS = headsOf(countryByWord.keys());
const CITY_HEADS = headsOf(cityByWord.keys());
const THE_HEAD = head2('th');
/** The first two letters of the words a formal name starts with (see {@link FORMAL_NAME}). */
const FORMAL_HEADS = new Set([...FORMAL_MODIFIERS, ...FORMAL_STATES].map(head2));

/** All country words and city names, longest first, for building matchers. */
export const COUNTRY_WORDS = [...countryByWord.keys()].sort((a, b) => b.length - a.length);
export const CITY_WORDS = [...cityByWord.keys()].sort((a, b) => b.length - a.length);
