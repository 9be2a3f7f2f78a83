import type { EventType } from '../../model/schema';

/**
 * Words that name an event, mapped to the schema's event type. Order matters: longer, more specific
 * phrases first ("panel discussion" before "discussion", "press conference" before "conference").
 * `strong` words name an event outright ("a seminar"); weak ones only hint at one ("celebrated",
 * "talks", "visit") and give the type only when no strong word is in the sentence. `verbal` words
 * are themselves the organizing act ("met with", "briefed", "visited").
 */
export interface EventWord {
  re: RegExp;
  type: EventType;
  strong: boolean;
  verbal?: boolean;
}

const W = (source: string, type: EventType, strong: boolean, verbal = false): EventWord => ({
  re: new RegExp(source, 'gi'),
  type,
  strong,
  verbal,
});

export const EVENT_WORD_LIST: EventWord[] = [
  W(String.raw`\bround[- ]?tables?\b`, 'round table', true),
  W(String.raw`\bpress (?:conference|briefing)s?\b`, 'briefing', true),
  W(String.raw`\bpanel discussions?\b|\b(?:fireside|coffee) chats?\b|\bpanel debates?\b`, 'panel discussion', true),
  W(String.raw`\bwebinars?\b|\bonline (?:conference|seminar|meeting)s?\b|\bvideo ?conferences?\b`, 'webinar', true),
  W(String.raw`\bsummits?\b`, 'summit', true),
  W(String.raw`\bconferences?\b(?!\s+(?:room|hall|cent(?:re|er)|facilit))|\bcongress\b|\bsymposi(?:um|a)\b|\bconclaves?\b`, 'conference', true),
  W(String.raw`\bseminars?\b|\bcolloqui(?:um|a)\b`, 'seminar', true),
  W(String.raw`\bforums?\b`, 'forum', true),
  W(String.raw`\bworkshops?\b|\bmaster ?class(?:es)?\b`, 'workshop', true),
  W(String.raw`\bbriefings?\b`, 'briefing', true),
  W(String.raw`\blectures?\b`, 'lecture', true),
  W(String.raw`\breceptions?\b|\bdinner\b|\biftar\b|\bluncheon\b|\bbanquet\b|\bgala\b`, 'reception', true),
  W(String.raw`\bceremon(?:y|ies)\b|\bconvocations?\b`, 'ceremony', true),
  W(String.raw`\bexhibitions?\b|\bexpo\b`, 'exhibition', true),
  W(String.raw`\bmeetings?\b|\bcourtesy calls?\b`, 'meeting', true),
  W(String.raw`\bfestivals?\b|\bconcerts?\b|\brecitals?\b`, 'other', true),
  // Weak: they hint at an event when nothing stronger is named.
  W(String.raw`\bbriefed\b|\bbriefs\b`, 'briefing', false, true),
  W(String.raw`\bpanel(?:ists)?\b|\bpanels\b`, 'panel discussion', false),
  W(String.raw`\btraining\b`, 'workshop', false),
  W(String.raw`\btalks?\b(?= (?:on|by|at)\b)`, 'lecture', false),
  W(String.raw`\blunch\b`, 'reception', false),
  W(String.raw`\bcelebrat(?:e|es|ed|ing|ion|ions)\b`, 'reception', false),
  W(String.raw`\b(?:national|independence|culture|cultural|republic|victory|constitution|unity|foundation)\s+days?\b`, 'reception', false),
  W(String.raw`\blaunch(?:ed|ing)?\b|\bunveil(?:ed|ing)\b|\binaugurat(?:ed|ion)\b`, 'ceremony', false),
  W(String.raw`\bexhibits?\b`, 'exhibition', false),
  W(String.raw`\bmet with\b|\bmet\b`, 'meeting', false, true),
  W(String.raw`\btalks\b|\bconsultations?\b|\bdialogue\b`, 'meeting', false),
  W(String.raw`\bvisited\b`, 'visit', false, true),
  W(String.raw`\bvisits?\b`, 'visit', false),
];

/** Backwards-compatible view: (regex, type) pairs in priority order. */
export const EVENT_WORDS: [RegExp, EventType][] = EVENT_WORD_LIST.map((w) => [new RegExp(w.re.source, 'i'), w.type]);

/** One alternation of every event word (fast pre-check). */
export const ANY_EVENT_WORD = new RegExp(EVENT_WORD_LIST.map((w) => `(?:${w.re.source})`).join('|'), 'i');

/**
 * Every event word in one pass: group i + 1 is `EVENT_WORD_LIST[i]`. At one position the earlier
 * (more specific) entry wins, as in the list.
 */
export const EVENT_WORD_SCAN = new RegExp(EVENT_WORD_LIST.map((w) => `(${w.re.source})`).join('|'), 'gi');

/** The event type a phrase names, or null. */
export function eventTypeOf(phrase: string): EventType | null {
  for (const [re, t] of EVENT_WORDS) if (re.test(phrase)) return t;
  return null;
}

/** Event nouns that end an event's proper name ("Asia-Pacific Roundtable", "Annual Conference 2024"). */
export const EVENT_NAME_HEADS =
  'Round ?[Tt]able|Roundtable|Forum|Conference|Summit|Seminar|Symposium|Dialogue|Congress|Lecture|Workshop|Exhibition|Festival|Webinar|Colloquium|Expo|Meeting|Session|Retreat|Week|Days|Conclave';

/**
 * Right before another event's name ("on the sidelines of the 20th X Dialogue", "ahead of the
 * session of X"): the report's event is beside that one, not it.
 */
export const BESIDE_EVENT = /\b(?:margins?|sidelines?|side-lines|ahead|eve|run-up|prior\s+to)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * Verbs that introduce the reported event ("organized a round table", "hosted a reception",
 * "a seminar was held"); shared by event detection and organizer detection.
 */
export const ORGANIZE =
  /\b(?:organi[sz]ed|organi[sz]es|organi[sz]ing|co-organi[sz]ed|held|hosted|hosts|convened|arranged|conducted|took place|takes place|celebrated|marked|gathered|launched|opened|hold|holds|staged|kicked off|presented|screening|welcomed|has started|started|invited|inaugurated)\b/i;
