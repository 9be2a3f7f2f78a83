/**
 * Word lists for the synthetic corpus: names by region, roles, organization patterns, places,
 * topics. Written for the generator; nothing here is taken from the real reports.
 */

export interface Region {
  key: string;
  /** Country the people of this region usually represent (for embassies and "the X Ambassador"). */
  countries: string[];
  male: string[];
  female: string[];
  last: string[];
}

export const REGIONS: Region[] = [
  {
    key: 'south-asia',
    countries: ['Pakistan', 'Bangladesh', 'Sri Lanka', 'Nepal'],
    male: ['Imran', 'Tariq', 'Faisal', 'Junaid', 'Asad', 'Kamran', 'Zeeshan', 'Haroon', 'Bilal', 'Nadeem', 'Salman', 'Waqar', 'Adnan', 'Shahid', 'Rizwan', 'Usman', 'Fahad', 'Naveed', 'Arshad', 'Javed', 'Saqib', 'Ehsan', 'Raheel', 'Mansoor', 'Qasim', 'Anwar', 'Rafiq', 'Sajjad', 'Taimur', 'Yasir'],
    female: ['Ayesha', 'Sadia', 'Nadia', 'Rabia', 'Saima', 'Farzana', 'Huma', 'Mehreen', 'Shazia', 'Amna', 'Bushra', 'Fatima', 'Hina', 'Maleeha', 'Nighat', 'Samina', 'Tahira', 'Uzma', 'Zainab', 'Rukhsana'],
    last: ['Qureshi', 'Siddiqui', 'Chaudhry', 'Malik', 'Abbasi', 'Hashmi', 'Rizvi', 'Bhatti', 'Gondal', 'Durrani', 'Niazi', 'Kazmi', 'Awan', 'Baloch', 'Khattak', 'Mirza', 'Sheikh', 'Jatoi', 'Lodhi', 'Tarar', 'Warraich', 'Yousafzai', 'Zaidi', 'Ansari', 'Farooqi', 'Gilani', 'Jamali', 'Mengal', 'Paracha', 'Sethi', 'Rahman', 'Hossain', 'Chowdhury', 'Perera', 'Fernando', 'Jayasuriya', 'Shrestha', 'Thapa', 'Adhikari', 'Karki'],
  },
  {
    key: 'central-asia',
    countries: ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan'],
    male: ['Nurlan', 'Yerlan', 'Dauren', 'Bakhyt', 'Aibek', 'Timur', 'Rustam', 'Jasur', 'Sherzod', 'Bekzod', 'Otabek', 'Azamat', 'Ulan', 'Farrukh', 'Davron', 'Murat', 'Serik', 'Kanat', 'Askar', 'Marat', 'Bakhtiyor', 'Ilhom', 'Erkin', 'Daniyar', 'Almas'],
    female: ['Aigerim', 'Dinara', 'Gulnara', 'Madina', 'Saule', 'Zarina', 'Kamila', 'Nodira', 'Aizhan', 'Malika', 'Dilnoza', 'Asel', 'Gulshan', 'Laylo', 'Shahnoza'],
    last: ['Nurmagambetov', 'Abdrakhmanov', 'Tokhtarov', 'Sadykov', 'Zhaksybekov', 'Kassymov', 'Beisenov', 'Utepov', 'Yusupov', 'Karimov', 'Rakhimov', 'Tashkentov', 'Ismoilov', 'Mirzaev', 'Aliyev', 'Jumabaev', 'Toktogulov', 'Osmonov', 'Rahmonov', 'Nazarov', 'Saidov', 'Khodjaev', 'Ergashev', 'Akhmetov', 'Suleimenov', 'Baimukhanov', 'Dzhumabekov', 'Ospanov', 'Tursunov', 'Kurbanov'],
  },
  {
    key: 'east-asia',
    countries: ['China', 'Japan', 'Republic of Korea', 'Mongolia'],
    male: ['Wei', 'Jian', 'Hao', 'Lei', 'Ming', 'Hiroshi', 'Kenji', 'Takeshi', 'Min-jun', 'Seung-ho', 'Batbayar', 'Ganbold', 'Zhiqiang', 'Yong', 'Daisuke'],
    female: ['Xiaoling', 'Mei', 'Yan', 'Lina', 'Yuki', 'Akiko', 'Haruka', 'Ji-yeon', 'Soo-min', 'Oyunchimeg', 'Narantuya', 'Xue'],
    last: ['Zhang', 'Wang', 'Liu', 'Chen', 'Zhao', 'Huang', 'Zhou', 'Sun', 'Tanaka', 'Suzuki', 'Watanabe', 'Nakamura', 'Park', 'Choi', 'Jeong', 'Batjargal', 'Erdenebat', 'Gao', 'Lin', 'Yamamoto'],
  },
  {
    key: 'europe',
    countries: ['Germany', 'France', 'Italy', 'Poland', 'Romania', 'Hungary', 'Norway', 'the Netherlands', 'Spain'],
    male: ['Henrik', 'Matteo', 'Lukas', 'Pierre', 'Tomasz', 'Andrei', 'Bence', 'Jonas', 'Pieter', 'Javier', 'Stefan', 'Nikolai', 'Giorgio', 'Marek', 'Florian', 'Olivier', 'Dragos', 'Lars', 'Emil', 'Rafael'],
    female: ['Ingrid', 'Chiara', 'Sophie', 'Agnieszka', 'Ioana', 'Katalin', 'Marit', 'Annelies', 'Lucia', 'Helena', 'Elena', 'Camille', 'Magdalena', 'Birgit', 'Carmen'],
    last: ['Lindqvist', 'Rossi', 'Brenner', 'Moreau', 'Kowalczyk', 'Popescu', 'Horvath', 'Haugen', 'Van der Berg', 'Castillo', 'Hoffmann', 'Dubois', 'Marchetti', 'Nowak', 'Ionescu', 'Szabo', 'Johansen', 'De Vries', 'Navarro', 'Keller', 'Fontaine', 'Bianchi', 'Wisniewski', 'Dumitrescu', 'Varga'],
  },
  {
    key: 'middle-east',
    countries: ['Turkey', 'Iran', 'Azerbaijan', 'Qatar', 'Saudi Arabia', 'Egypt', 'Jordan'],
    male: ['Mehmet', 'Emre', 'Reza', 'Hossein', 'Elchin', 'Rashad', 'Khalid', 'Omar', 'Youssef', 'Tamer', 'Hamad', 'Saeed', 'Kaveh', 'Orhan', 'Ilham'],
    female: ['Elif', 'Zeynep', 'Maryam', 'Shirin', 'Leyla', 'Aysel', 'Noura', 'Rania', 'Hala', 'Dalia', 'Layla', 'Farah'],
    last: ['Yilmaz', 'Demir', 'Ozturk', 'Kaya', 'Tehrani', 'Hosseini', 'Mammadov', 'Huseynov', 'Al-Thani', 'Al-Harbi', 'El-Sayed', 'Haddad', 'Mansour', 'Nasser', 'Karimi', 'Aksoy', 'Guliyev', 'Al-Mansoori', 'Farouk', 'Shahbazi'],
  },
  {
    key: 'africa',
    countries: ['Kenya', 'Nigeria', 'Ethiopia', 'South Africa', 'Ghana'],
    male: ['Kwame', 'Chinedu', 'Tesfaye', 'Sipho', 'Kofi', 'Emeka', 'Abebe', 'Thabo', 'Otieno', 'Babatunde'],
    female: ['Amara', 'Ngozi', 'Selam', 'Thandiwe', 'Akosua', 'Wanjiru', 'Adaeze', 'Lerato'],
    last: ['Mensah', 'Okonkwo', 'Bekele', 'Ndlovu', 'Asante', 'Adeyemi', 'Kiprop', 'Mokoena', 'Odhiambo', 'Haile', 'Boateng', 'Nwosu'],
  },
  {
    key: 'americas',
    countries: ['the United States', 'Canada', 'Brazil', 'Argentina', 'Mexico'],
    male: ['Michael', 'Daniel', 'Robert', 'Carlos', 'Mateus', 'Diego', 'Andrew', 'Jonathan', 'Luis', 'Gabriel'],
    female: ['Jennifer', 'Sarah', 'Emily', 'Mariana', 'Beatriz', 'Valeria', 'Rachel', 'Laura', 'Patricia', 'Camila'],
    last: ['Whitaker', 'Donovan', 'Harrington', 'Oliveira', 'Carvalho', 'Gutierrez', 'Mendoza', 'Fitzgerald', 'Sullivan', 'Almeida', 'Ramirez', 'Thornton', 'Caldwell', 'Pereira'],
  },
];

/** Host countries where events take place and their cities. */
export const PLACES: Array<{ country: string; cities: string[]; adjective: string }> = [
  { country: 'Pakistan', adjective: 'Pakistani', cities: ['Islamabad', 'Lahore', 'Karachi', 'Peshawar', 'Quetta', 'Multan', 'Faisalabad', 'Rawalpindi'] },
  { country: 'Kazakhstan', adjective: 'Kazakh', cities: ['Astana', 'Almaty', 'Shymkent', 'Aktau'] },
  { country: 'Uzbekistan', adjective: 'Uzbek', cities: ['Tashkent', 'Samarkand', 'Bukhara'] },
  { country: 'Kyrgyzstan', adjective: 'Kyrgyz', cities: ['Bishkek', 'Osh'] },
  { country: 'Tajikistan', adjective: 'Tajik', cities: ['Dushanbe', 'Khujand'] },
  { country: 'China', adjective: 'Chinese', cities: ['Beijing', 'Shanghai', 'Urumqi', 'Kashgar'] },
  { country: 'Turkey', adjective: 'Turkish', cities: ['Ankara', 'Istanbul'] },
  { country: 'Azerbaijan', adjective: 'Azerbaijani', cities: ['Baku'] },
  { country: 'Iran', adjective: 'Iranian', cities: ['Tehran', 'Mashhad'] },
  { country: 'Bangladesh', adjective: 'Bangladeshi', cities: ['Dhaka', 'Chittagong'] },
  { country: 'Sri Lanka', adjective: 'Sri Lankan', cities: ['Colombo', 'Kandy'] },
  { country: 'Romania', adjective: 'Romanian', cities: ['Bucharest', 'Cluj-Napoca'] },
  { country: 'Germany', adjective: 'German', cities: ['Berlin', 'Munich'] },
  { country: 'Belgium', adjective: 'Belgian', cities: ['Brussels'] },
  { country: 'Switzerland', adjective: 'Swiss', cities: ['Geneva'] },
  { country: 'Austria', adjective: 'Austrian', cities: ['Vienna'] },
  { country: 'Qatar', adjective: 'Qatari', cities: ['Doha'] },
  { country: 'Egypt', adjective: 'Egyptian', cities: ['Cairo'] },
  { country: 'Kenya', adjective: 'Kenyan', cities: ['Nairobi'] },
  { country: 'Malaysia', adjective: 'Malaysian', cities: ['Kuala Lumpur'] },
  { country: 'Indonesia', adjective: 'Indonesian', cities: ['Jakarta'] },
];

export const COUNTRY_ADJECTIVE: Record<string, string> = {
  Pakistan: 'Pakistani', Bangladesh: 'Bangladeshi', 'Sri Lanka': 'Sri Lankan', Nepal: 'Nepalese',
  Kazakhstan: 'Kazakh', Uzbekistan: 'Uzbek', Kyrgyzstan: 'Kyrgyz', Tajikistan: 'Tajik', Turkmenistan: 'Turkmen',
  China: 'Chinese', Japan: 'Japanese', 'Republic of Korea': 'Korean', Mongolia: 'Mongolian',
  Germany: 'German', France: 'French', Italy: 'Italian', Poland: 'Polish', Romania: 'Romanian', Hungary: 'Hungarian',
  Norway: 'Norwegian', 'the Netherlands': 'Dutch', Spain: 'Spanish', Turkey: 'Turkish', Iran: 'Iranian',
  Azerbaijan: 'Azerbaijani', Qatar: 'Qatari', 'Saudi Arabia': 'Saudi', Egypt: 'Egyptian', Jordan: 'Jordanian',
  Kenya: 'Kenyan', Nigeria: 'Nigerian', Ethiopia: 'Ethiopian', 'South Africa': 'South African', Ghana: 'Ghanaian',
  'the United States': 'American', Canada: 'Canadian', Brazil: 'Brazilian', Argentina: 'Argentine', Mexico: 'Mexican',
};

/** Subjects for institute and centre names. */
export const FIELDS = [
  'Strategic Studies', 'Policy Research', 'Regional Studies', 'Peace and Conflict Studies', 'International Relations',
  'Economic Development', 'Energy Security', 'Maritime Affairs', 'Water Resources', 'Eurasian Studies',
  'Public Policy', 'Governance', 'Connectivity', 'Climate Adaptation', 'Trade and Investment', 'Diplomatic Studies',
  'Security Studies', 'Development Economics', 'Silk Road Studies', 'Sustainable Development', 'Media Studies',
  'Law and Policy', 'Digital Transformation', 'Food Security', 'Migration Studies',
];

export const UNIVERSITY_WORDS = ['National', 'International', 'Federal', 'Technical', 'Islamic', 'Capital', 'Frontier', 'Eurasian', 'Metropolitan', 'State'];
export const FACULTIES = ['Social Sciences', 'Management Sciences', 'Humanities', 'Law', 'Economics', 'Engineering', 'International Studies'];
export const DEPARTMENTS = ['Politics and International Relations', 'Economics', 'Peace and Conflict Studies', 'Media Studies', 'History', 'Public Administration', 'Defence and Strategic Studies', 'Area Studies'];
export const MINISTRIES = ['Foreign Affairs', 'Planning and Development', 'Commerce', 'Information and Broadcasting', 'Climate Change', 'Education', 'Energy', 'Railways', 'Maritime Affairs', 'Science and Technology', 'Interior', 'Finance'];
export const FORUM_WORDS = ['Forum', 'Council', 'Initiative', 'Network', 'Dialogue', 'Foundation', 'Society'];
export const FORUM_ADJ = ['Asia', 'Eurasia', 'Global', 'Regional', 'Heartland', 'Caspian', 'Indus', 'Himalayan', 'Steppe', 'Crescent'];

export const TOPICS: Array<{ theme: string; words: string[] }> = [
  { theme: 'regional connectivity', words: ['corridor', 'railway', 'logistics', 'transit', 'highways', 'interconnection'] },
  { theme: 'energy cooperation', words: ['pipeline', 'hydropower', 'electricity', 'renewables', 'grid', 'transmission'] },
  { theme: 'water security', words: ['glaciers', 'irrigation', 'basin', 'reservoirs', 'drought', 'watershed'] },
  { theme: 'climate resilience', words: ['emissions', 'adaptation', 'floods', 'heatwaves', 'afforestation', 'mitigation'] },
  { theme: 'trade and investment', words: ['tariffs', 'exports', 'investors', 'chambers', 'freight', 'customs'] },
  { theme: 'digital economy', words: ['fintech', 'broadband', 'startups', 'e-commerce', 'cybersecurity', 'datacentres'] },
  { theme: 'counter-terrorism cooperation', words: ['extremism', 'radicalisation', 'intelligence', 'borders', 'militancy', 'deradicalisation'] },
  { theme: 'cultural diplomacy', words: ['heritage', 'calligraphy', 'manuscripts', 'poetry', 'museums', 'festivals'] },
  { theme: 'education and youth', words: ['scholarships', 'exchanges', 'curricula', 'graduates', 'vocational', 'internships'] },
  { theme: 'multilateral diplomacy', words: ['chairmanship', 'declaration', 'consensus', 'observers', 'secretariat', 'communique'] },
  { theme: 'food security', words: ['wheat', 'fertiliser', 'livestock', 'harvests', 'agritech', 'granaries'] },
  { theme: 'maritime security', words: ['ports', 'shipping', 'piracy', 'naval', 'coastline', 'fisheries'] },
  { theme: 'public health', words: ['vaccines', 'pandemic', 'hospitals', 'pharmaceuticals', 'epidemiology', 'clinics'] },
  { theme: 'tourism', words: ['pilgrims', 'visas', 'hospitality', 'trekking', 'airlines', 'resorts'] },
];

export const SUBTITLES = [
  'Prospects and Challenges', 'The Way Forward', 'Opportunities for Cooperation', 'Lessons Learnt', 'A New Agenda',
  'Building Bridges', 'Shared Priorities', 'From Vision to Action', 'Policy Options', 'Partners in Progress',
  'Achievements and Outlook', 'Reimagining the Region',
];

export const SUMMIT_BODIES = [
  { name: 'Shanghai Cooperation Organisation', short: 'SCO' },
  { name: 'Conference on Interaction and Confidence Building Measures in Asia', short: 'CICA' },
  { name: 'Economic Cooperation Organization', short: 'ECO' },
  { name: 'Organisation of Islamic Cooperation', short: 'OIC' },
  { name: 'Central Asia Regional Economic Cooperation', short: 'CAREC' },
  { name: 'Organization of Turkic States', short: 'OTS' },
];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th', '13th', '14th', '15th', '16th', '17th', '18th', '19th', '20th', '21st', '22nd', '23rd', '24th', '25th'];

export const NEWS_AGENCIES = [
  { short: 'APP', outlet: 'Associated Press of Pakistan' },
  { short: 'KazInform', outlet: 'Kazinform' },
  { short: 'UzA', outlet: 'UzA' },
  { short: 'PPI', outlet: 'Pakistan Press International' },
  { short: 'NNI', outlet: 'News Network International' },
];
export const OUTLETS = ['The Daily Ledger', 'Capital Observer', 'Frontier Post Weekly', 'The Eurasia Courier', 'Steppe Times', 'Indus Tribune', 'Silk Route Review', 'The Morning Dispatch'];
