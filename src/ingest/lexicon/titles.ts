/**
 * Honorifics (never part of a name) and the title words that make up roles. These lexicons, not
 * names from any corpus, are how the extractor recognises "Director General Sohail Mahmood".
 */

/** Lowercase, without the trailing dot. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'dr', 'doctor', 'prof', 'professor', 'he', 'h', 'e',
  'his', 'her', 'excellency', 'hon', 'honourable', 'honorable', 'sir', 'dame', 'lord', 'lady',
  'sheikh', 'shaikh', 'engr', 'eng', 'rev', 'fr', 'father', 'sr', 'br', 'brother', 'sister',
  'mian', 'syed', 'hafiz', 'haji', 'alhaji', 'chief', 'barrister', 'advocate', 'justice', 'retd',
  'rtd', 'gen', 'general', 'lt', 'col', 'maj', 'brig', 'capt', 'cdr', 'cdre', 'commodore', 'adm', 'air', 'marshal',
  'ambassador', 'amb', 'senator', 'sen', 'minister', 'president', 'prince', 'princess', 'king', 'queen',
  'rev', 'reverend', 'pastor', 'imam', 'mufti', 'maulana', 'ustad',
  // Malaysian honours ("Tan Sri", "Datuk Seri": their second words are also given names, so not here).
  'datuk', 'dato', 'datin', 'tun',
]);

/** Honorifics that are family names too, at a name's end ("Mushahid Hussain Syed", "Ahmed Sheikh"). */
export const SURNAME_HONORIFICS = new Set(['syed', 'sheikh', 'shaikh', 'mian']);

/** Adjectives that describe a person before a title ("Renowned economist", "Noted scholar"): neither role nor organization. */
export const DESCRIBING = new Set([
  'renowned', 'noted', 'prominent', 'eminent', 'veteran', 'famous', 'celebrated', 'well-known', 'acclaimed',
  'seasoned', 'respected', 'esteemed', 'young', 'top',
]);

/** Adjectives of a region, not a country, before a title ("European Commissioner", "Nordic ministers"): no organization alone. */
export const REGIONAL_ADJECTIVES = new Set([
  'european', 'african', 'asian', 'arab', 'nordic', 'baltic', 'caribbean', 'eurasian', 'balkan', 'pacific', 'gulf',
]);

/** Words that make up a role ("Deputy Director General", "Minister of State", "High Commissioner"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'director', 'general', 'dean', 'professor', 'prof', 'minister', 'senator', 'ambassador',
  'secretary', 'chairman', 'chairperson', 'chairwoman', 'chair', 'coordinator', 'deputy', 'executive', 'head',
  'chief', 'adviser', 'advisor', 'commissioner', 'consul', 'envoy', 'governor', 'mayor', 'member', 'editor',
  'founder', 'ceo', 'rector', 'chancellor', 'lecturer', 'researcher', 'fellow', 'analyst', 'expert', 'officer',
  'attache', 'attaché', 'counsellor', 'counselor', 'charge', 'spokesperson', 'spokesman', 'representative',
  'permanent', 'former', 'federal', 'caretaker', 'senior', 'assistant', 'associate', 'acting', 'principal',
  'commander', 'lieutenant', 'colonel', 'major', 'captain', 'journalist', 'anchor', 'dg', 'md', 'managing',
  'manager', 'speaker', 'leader', 'premier', 'prime', 'parliamentarian', 'mna', 'mpa', 'mp', 'legislator',
  'diplomat', 'scholar', 'author', 'economist', 'historian', 'partner', 'principal', 'convener', 'convenor',
  'patron', 'trustee', 'treasurer', 'registrar', 'provost', 'superintendent', 'inspector', 'judge', 'justice',
  'undersecretary', 'high', 'national', 'special', 'regional', 'country', 'resident',
  'coordinating', 'programme', 'program', 'research', 'honorary', 'emeritus', 'visiting', 'distinguished',
  'first', 'second', 'third', 'staff', 'press', 'military', 'defence', 'defense', 'commercial', 'trade',
  'political', 'economic', 'cultural', 'ombudsman',
  'auditor', 'marshal', 'admiral',
  'brigadier', 'commodore', 'air', 'rear', 'flight', 'retd', 'retired', 'elbasy', 'king', 'queen', 'prince', 'emir', 'sheikh', 'monarch', 'mufti',
  'imam', 'bishop', 'cardinal', 'rev', 'father', 'officers', 'officer', 'foreign', 'service', 'state',
  'additional', 'joint', 'parliamentary', 'independent', 'freelance',
]);

/** Title words that can head a role on their own (not just modify one). */
export const TITLE_HEADS = new Set([
  'president', 'director', 'dean', 'professor', 'prof', 'minister', 'senator', 'ambassador', 'secretary',
  'chairman', 'chairperson', 'chairwoman', 'chair', 'coordinator', 'head', 'chief', 'adviser', 'advisor',
  'commissioner', 'consul', 'envoy', 'governor', 'mayor', 'member', 'editor', 'founder', 'ceo', 'rector',
  'chancellor', 'lecturer', 'researcher', 'fellow', 'analyst', 'expert', 'officer', 'officers', 'attache', 'attaché',
  'counsellor', 'counselor', 'spokesperson', 'spokesman', 'representative', 'commander', 'journalist', 'anchor',
  'dg', 'md', 'manager', 'speaker', 'leader', 'premier', 'parliamentarian', 'mna', 'mpa', 'mp', 'legislator',
  'diplomat', 'scholar', 'author', 'economist', 'historian', 'partner', 'convener', 'convenor', 'patron',
  'trustee', 'treasurer', 'registrar', 'provost', 'judge', 'undersecretary',
  'ombudsman',
  'general', 'lieutenant', 'colonel', 'major', 'captain', 'brigadier', 'commodore', 'admiral', 'marshal', 'king', 'queen',
  'prince', 'emir', 'elbasy', 'associate',
]);

/**
 * Title words joined by hyphens are title words too: "Vice-Minister", "Co-Founder", "Deputy-Director",
 * "Lieutenant-General", "Editor-in-Chief", "Under-Secretary-General": a title head after a title word
 * or "vice", "co", "under", "ex". They are added to both sets once (some 16,000 strings): a look-up
 * that split every word it missed at its hyphens cost more, on the hot paths that ask these sets
 * about nearly every word.
 */
function addCompounds(): void {
  const prefixes = [...TITLE_WORDS, 'vice', 'co', 'under', 'ex'];
  const heads = [...TITLE_HEADS];
  for (const p of prefixes) {
    for (const h of heads) {
      const compound = `${p}-${h}`;
      TITLE_HEADS.add(compound);
      TITLE_WORDS.add(compound);
    }
  }
  for (const h of heads) {
    TITLE_HEADS.add(`${h}-in-chief`);
    TITLE_WORDS.add(`${h}-in-chief`);
  }
  for (const p of ['under', 'deputy', 'assistant', 'vice']) {
    for (const h of ['secretary-general', 'director-general']) {
      TITLE_HEADS.add(`${p}-${h}`);
      TITLE_WORDS.add(`${p}-${h}`);
    }
  }
}
addCompounds();

/**
 * Words that name a minister's portfolio ("Minister of Investment", "Minister of Water Resources").
 * Right after "Minister of|for" they are the portfolio, not the first part of the minister's name;
 * elsewhere some are names ("Power", "Gas"), so this list applies only there.
 */
export const PORTFOLIO_WORDS = new Set([
  'investment', 'investments', 'railways', 'resources', 'emergency', 'situations', 'ecology', 'natural',
  'mineral', 'minerals', 'housing', 'aviation', 'fisheries', 'livestock', 'petroleum', 'mines', 'textile',
  'textiles', 'privatization', 'privatisation', 'statistics', 'taxation', 'customs', 'employment', 'welfare',
  'social', 'overseas', 'narcotics', 'power', 'irrigation', 'telecommunication', 'telecommunications',
  'innovation', 'innovations', 'technologies', 'communication', 'infrastructure', 'home', 'internal',
  'external', 'revenue', 'budget', 'urban', 'rural', 'reconstruction', 'humanitarian', 'migration',
  'refugees', 'diaspora', 'gender', 'women', 'family', 'children', 'sport', 'arts', 'heritage', 'posts',
  'postal', 'roads', 'highways', 'ports', 'shipping', 'logistics', 'forestry', 'forests', 'wildlife',
  'environmental', 'nuclear', 'atomic', 'space', 'mining', 'geology', 'hydrocarbons', 'oil', 'gas',
  'electricity', 'renewable', 'cyber', 'intelligence', 'veterans', 'pensions', 'labor', 'labour', 'trade',
  'finance', 'energy', 'health', 'education', 'interior', 'justice', 'agriculture', 'culture', 'economy',
  'industry', 'tourism', 'defence', 'defense', 'transport', 'information', 'commerce', 'planning', 'science',
  'water', 'digital', 'sports', 'youth', 'foreign', 'affairs', 'security', 'media', 'climate', 'technology',
  'development', 'environment', 'communications', 'religious', 'press', 'broadcasting',
  'poverty', 'reduction', 'enlargement', 'neighbourhood', 'neighborhood', 'cooperation', 'co-operation',
  'relations', 'integration', 'partnership', 'partnerships', 'protection', 'consular', 'multilateral',
  'bilateral', 'protocol', 'equality', 'inclusion', 'diplomacy', 'policy', 'strategic',
  // Regions a post covers: "Director General for Asia-Pacific".
  'asia-pacific', 'europe', 'africa', 'americas', 'asia', 'eurasia', 'caribbean', 'arctic',
]);

/** Titles whose plural names something else: "speakers" of an event (not of assemblies), "partners" of a project. */
const PLURAL_NOT_TITLE = new Set(['speaker', 'partner']);

/**
 * The singular of a plural title word ("Ambassadors" → "Ambassador", "secretaries" → "secretary"),
 * or null when `w` is not one.
 */
export function singularTitle(w: string): string | null {
  if (w.length < 4 || w.charCodeAt(w.length - 1) !== 115) return null; // not ending in "s"
  const l = w.toLowerCase();
  const stem = l.endsWith('ies') ? `${l.slice(0, -3)}y` : l.slice(0, -1);
  if ((!TITLE_HEADS.has(stem) && !HONORIFICS.has(stem)) || PLURAL_NOT_TITLE.has(stem)) return null;
  return l.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
}

/** Words that make a capitalised phrase an organization. */
/** Institution heads in German, French, Spanish, Portuguese and Italian ("Friedrich Ebert Stiftung"). */
const FOREIGN_INSTITUTION_HEADS = [
  'stiftung', 'institut', 'universität', 'universitat', 'akademie', 'gesellschaft', 'zentrum', 'fondation',
  'université', 'universite', 'ministère', 'ministere', 'fundación', 'fundacion', 'instituto', 'universidad',
  'ministerio', 'centro', 'fundação', 'fundacao', 'universidade', 'fondazione', 'istituto', 'università', 'universita',
];

export const ORG_WORDS = new Set([
  'institute', 'institution', 'university', 'embassy', 'ministry', 'centre', 'center', 'council', 'division',
  'department', 'faculty', 'commission', 'organization', 'organisation', 'agency', 'foundation', 'society',
  'academy', 'college', 'school', 'bank', 'association', 'chamber', 'corporation', 'company', 'committee',
  'parliament', 'senate', 'assembly', 'office', 'secretariat', 'group', 'club', 'museum', 'press', 'news',
  'times', 'force', 'forces', 'army', 'navy', 'government', 'party', 'union', 'federation', 'network', 'trust',
  'board', 'consulate', 'mission', 'high commission', 'authority', 'bureau', 'directorate', 'cabinet',
  'presidency', 'court', 'tribunal', 'hospital', 'library', 'hotel', 'hall', 'club', 'radio', 'television', 'tv',
  'service', 'services', 'studies', 'research', 'relations', 'affairs', 'diplomacy', 'cooperation',
  'initiative', 'programme', 'program', 'project', 'fund', 'league', 'alliance', 'coalition', 'movement',
  'endowment', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'srl', 'bv', 'pte', 'pvt', 'corp', 'media', 'magazine',
  'newspaper', 'channel', 'post', 'tribune', 'observer',
  'daily', 'journal', 'gazette', 'herald', 'inform', 'kazinform', 'network', 'unit', 'cell', 'desk', 'wing',
  'corps', 'conference', 'organization', 'nations', 'forum', 'society', 'circle', 'think-tank', 'laboratory',
  'lab', 'observatory', 'station', 'house', 'palace', 'secretariat', 'republic', 'kingdom', 'emirates',
  'states', 'federation', 'confederation', 'community', 'fleet', 'command', 'police', 'guard', 'troops',
  // The same heads in the languages whose institutions keep their own names in English reports.
  ...FOREIGN_INSTITUTION_HEADS,
]);

/**
 * What "Head of" and "Chief of" make a title with, not an organization: "Head of Mission",
 * "Chief of Staff", "Chief of Navy".
 */
export const HEAD_OF_WHAT = ['mission', 'chancery', 'delegation', 'staff', 'navy', 'army', 'protocol'];

/** Heads of an institution (the org that a sub-unit such as a department belongs to). */
export const INSTITUTION_HEADS = new Set([
  'institute', 'university', 'embassy', 'ministry', 'centre', 'center', 'council', 'commission', 'organization',
  'organisation', 'agency', 'foundation', 'society', 'academy', 'college', 'bank', 'association', 'chamber',
  'corporation', 'company', 'parliament', 'senate', 'assembly', 'consulate', 'mission', 'authority', 'bureau',
  'government', 'party', 'union', 'federation', 'network', 'trust', 'fund', 'league', 'alliance', 'museum',
  'secretariat', 'conference', 'forum', ...FOREIGN_INSTITUTION_HEADS,
]);
