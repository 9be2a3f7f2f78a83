/**
 * extract: the facts of one document (events, people, organizations) with evidence spans.
 * Pure over the record; each fact kind has its own module.
 */
import type { DocRecord, LocalEvent } from '../types';
import { EVENT_WORDS } from '../lexicon/events';

/** Crude first pass: one reported event, typed by the first event word of the text. */
export function extract(doc: DocRecord): DocRecord {
  if (!doc.text) return doc;
  let type: LocalEvent['type'] = 'other';
  let best = Infinity;
  let evidence = { start: 0, end: Math.min(doc.text.length, 200) };
  for (const [re, t] of EVENT_WORDS) {
    const m = re.exec(doc.text);
    if (m && m.index < best) {
      best = m.index;
      type = t;
      const s = doc.sentences.find((x) => x.start <= m.index && m.index < x.end);
      if (s) evidence = s;
    }
  }
  const ev: LocalEvent = {
    title: null,
    titleEvidence: null,
    type,
    date: doc.published,
    endDate: null,
    dateSource: doc.published ? 'published' : null,
    dateEvidence: null,
    location: null,
    locationEvidence: null,
    organizers: [],
    participants: [],
    referenced: false,
    evidence,
  };
  return { ...doc, extraction: { events: [ev], people: [], orgs: [] } };
}
