/**
 * extract: the facts of one document (events, people, organizations) with evidence spans.
 * Pure over the record; each fact kind has its own module, this one wires them and decides
 * who took part (and in what capacity) versus who is only mentioned.
 */
import type { DocRecord, LocalParticipant, LocalPerson, Span } from '../types';
import { findEvents, leadOf } from './events';
import { eventOrganizers } from './events/organizers';
import { findOrganizations, OrgTable } from './organizations';
import { capsNamesCased, findPeople, roleSpans } from './people';
import { assessParticipation, type EventDay } from './people/participation';

export function extractFacts(doc: DocRecord): DocRecord['extraction'] {
  const { text, sentences } = doc;
  const orgs = new OrgTable();
  findOrganizations(text, orgs);
  const people = findPeople(capsNamesCased(text), sentences, orgs);
  const events = findEvents({ text, sentences, published: doc.published, publishedEvidence: doc.publishedEvidence, docTitle: doc.title });
  const main = events.find((e) => !e.referenced);
  if (main) {
    const octx = { text, sentences, docTitle: doc.title, publishedEvidence: doc.publishedEvidence };
    for (const e of events) if (!e.referenced) e.organizers = eventOrganizers(octx, e, orgs, e === main, leadOf.get(e) ?? null);
    main.participants = participantsOf(text, sentences, people, main.date ? { date: main.date, endDate: main.endDate, published: doc.published } : null);
  }
  for (const p of people) p.participant = Boolean(main?.participants.some((x) => x.personKey === p.key));
  return { events, people, orgs: [...orgs.orgs.values()].map((o) => ({ ...o, key: o.key })) };
}

function participantsOf(text: string, sentences: Span[], people: LocalPerson[], day: EventDay | null): LocalParticipant[] {
  const out: LocalParticipant[] = [];
  // (A loop, not `flatMap` with a callback, which is slow in V8.)
  const allMentions: Span[] = [];
  for (const p of people) for (const m of p.mentions) allMentions.push(m);
  for (const p of people) {
    const a = assessParticipation(text, sentences, p, allMentions, day);
    if (!a.participant) continue;
    out.push({ personKey: p.key, role: p.role, orgKey: p.orgKey, capacity: a.capacity, evidence: a.evidence, roleEvidence: roleSpans.get(p) ?? null });
  }
  return out;
}

/** Stage. */
export function extract(doc: DocRecord): DocRecord {
  if (!doc.text) return doc;
  return { ...doc, extraction: extractFacts(doc) };
}
