/** The closed vocabularies of the contract, as plain constants (no schema library needed to read them). */
export const EVENT_TYPES = [
  'round table',
  'conference',
  'seminar',
  'webinar',
  'forum',
  'summit',
  'meeting',
  'briefing',
  'lecture',
  'panel discussion',
  'reception',
  'ceremony',
  'exhibition',
  'workshop',
  'visit',
  'other',
] as const;

export const CAPACITIES = [
  'speaker',
  'moderator',
  'host',
  'chief guest',
  'guest of honor',
  'keynote',
  'attendee',
] as const;
