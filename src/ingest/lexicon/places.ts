/**
 * Countries (with demonyms and alternative names) and cities. A country is an affiliation
 * ("the Kazakh Ambassador" → Kazakhstan) and a fallback location; a city is a location.
 * Format of each row: Country|alt names and demonyms (comma separated)|cities (comma separated).
 */
const ROWS = `Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Argentina|Argentine,Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra,Sydney,Melbourne
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani,Azeri|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Bolivia|Bolivian|La Paz
Bosnia and Herzegovina|Bosnian|Sarajevo
Brazil|Brazilian|Brasilia,Rio de Janeiro,Sao Paulo
Brunei|Bruneian|Bandar Seri Begawan
Bulgaria|Bulgarian|Sofia
Cambodia|Cambodian|Phnom Penh
Canada|Canadian|Ottawa,Toronto
Chile|Chilean|Santiago
China|Chinese,People's Republic of China,PRC|Beijing,Shanghai
Colombia|Colombian|Bogota
Costa Rica|Costa Rican|San Jose
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech,Czechia|Prague
Denmark|Danish|Copenhagen
Dominican Republic|Dominican|Santo Domingo
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish|Helsinki
France|French|Paris
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Guatemala|Guatemalan|Guatemala City
Hungary|Hungarian|Budapest
India|Indian|New Delhi,Delhi,Mumbai
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem,Tel Aviv
Italy|Italian|Rome
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh,Kazakhstani,Kazak|Astana,Nur-Sultan,Almaty
Kenya|Kenyan|Nairobi
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz,Kyrgyz Republic|Bishkek
Laos|Lao,Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut,Kaslik
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Malaysia|Malaysian|Kuala Lumpur
Maldives|Maldivian|Male
Mexico|Mexican|Mexico City,Queretaro
Mongolia|Mongolian|Ulaanbaatar
Morocco|Moroccan|Rabat
Myanmar|Burmese|Naypyidaw,Yangon
Nepal|Nepali,Nepalese|Kathmandu
Netherlands|Dutch,Holland|Amsterdam,The Hague
New Zealand|New Zealander|Wellington
Nigeria|Nigerian|Abuja,Lagos,Kano
North Korea|DPRK|Pyongyang
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani,Pak|Islamabad,Karachi,Lahore,Rawalpindi,Peshawar,Quetta
Palestine|Palestinian|Ramallah
Panama|Panamanian|Panama City
Paraguay|Paraguayan|Asuncion
Peru|Peruvian|Lima
Philippines|Filipino,Philippine|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian,Russian Federation|Moscow,Saint Petersburg
Saudi Arabia|Saudi|Riyadh,Jeddah
Serbia|Serbian|Belgrade
Singapore|Singaporean|
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Ljubljana
South Africa|South African|Pretoria,Johannesburg,Cape Town
South Korea|Korean,Republic of Korea,Korea|Seoul
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern,Geneva
Syria|Syrian|Damascus
Tajikistan|Tajik|Dushanbe
Thailand|Thai|Bangkok
Turkey|Turkish,Turkiye,Türkiye|Ankara,Istanbul
Turkmenistan|Turkmen|Ashgabat
Ukraine|Ukrainian|Kyiv,Kiev
United Arab Emirates|UAE,Emirati|Abu Dhabi,Dubai
United Kingdom|British,UK,U.K.,Britain,Great Britain|London
United States|American,US,U.S.,USA,United States of America|Washington,New York
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent,Samarkand
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese,Viet Nam|Hanoi
Yemen|Yemeni|Sanaa
Zimbabwe|Zimbabwean|Harare`;

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

/** Country named by a name, alternative name or demonym (case-insensitive), else undefined. */
export function countryOf(word: string): CountryInfo | undefined {
  return countryByWord.get(word.toLowerCase().replace(/^the\s+/, '').replace(/^republic of\s+/, ''));
}

export function cityCountry(word: string): CountryInfo | undefined {
  return cityByWord.get(word.toLowerCase());
}

/** All country words and city names, longest first, for building matchers. */
export const COUNTRY_WORDS = [...countryByWord.keys()].sort((a, b) => b.length - a.length);
export const CITY_WORDS = [...cityByWord.keys()].sort((a, b) => b.length - a.length);
