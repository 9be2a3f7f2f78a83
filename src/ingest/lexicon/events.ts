import type { EventType } from '../../model/schema';

/**
 * Words that name an event, mapped to the schema's event type. Order matters: longer, more specific
 * phrases first ("panel discussion" before "discussion", "round table" before "table").
 */
export const EVENT_WORDS: [RegExp, EventType][] = [
  [/\bround[- ]?tables?\b/i, 'round table'],
  [/\bpanel discussions?\b|\bpanel(?:ists)?\b|\bpanels?\b/i, 'panel discussion'],
  [/\bwebinars?\b|\bonline (?:conference|seminar|meeting)s?\b/i, 'webinar'],
  [/\bsummits?\b/i, 'summit'],
  [/\bconferences?\b|\bcongress\b|\bsymposium\b/i, 'conference'],
  [/\bseminars?\b|\bcolloquium\b/i, 'seminar'],
  [/\bforums?\b/i, 'forum'],
  [/\bworkshops?\b|\btraining\b/i, 'workshop'],
  [/\bbriefings?\b|\bbriefed\b|\bbriefs\b|\bpress conference\b/i, 'briefing'],
  [/\blectures?\b|\btalks?\b(?= (?:on|by|at))/i, 'lecture'],
  [/\breceptions?\b|\bdinner\b|\biftar\b|\blunch(?:eon)?\b|\bbanquet\b|\bgala\b/i, 'reception'],
  [/\bceremon(?:y|ies)\b|\blaunch(?:ed|ing)?\b|\bunveil(?:ed|ing)\b|\binaugurat(?:ed|ion)\b|\bcelebrat(?:ed|ion|ions)\b/i, 'ceremony'],
  [/\bexhibitions?\b|\bexhibits?\b|\bexpo\b/i, 'exhibition'],
  [/\bmeetings?\b|\bmet with\b|\bmet\b|\btalks\b|\bconsultations\b|\bdialogue\b/i, 'meeting'],
  [/\bvisits?\b|\bvisited\b/i, 'visit'],
];

/** The event type a phrase names, or null. */
export function eventTypeOf(phrase: string): EventType | null {
  for (const [re, t] of EVENT_WORDS) if (re.test(phrase)) return t;
  return null;
}
