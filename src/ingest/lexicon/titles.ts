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
  'rtd', 'gen', 'general', 'lt', 'col', 'maj', 'brig', 'capt', 'cdr', 'adm', 'air', 'marshal',
  'ambassador', 'amb', 'senator', 'sen', 'minister', 'president', 'prince', 'princess', 'king', 'queen',
  'rev', 'reverend', 'pastor', 'imam', 'mufti', 'maulana', 'ustad',
]);
