/**
 * extract: the facts of one document (events, people, organizations) with evidence spans.
 * Pure over the record; each fact kind has its own module, this one wires them and decides
 * who took part (and in what capacity) versus who is only mentioned.
 */
import type { Capacity } from '../../model/schema';
import type { DocRecord, LocalParticipant, LocalPerson, Span } from '../types';
import { findEvents, leadOf } from './events';
import { eventOrganizers } from './events/organizers';
import { findOrganizations, OrgTable } from './organizations';
import { capsNamesCased, findPeople, roleSpans } from './people';
import { assessParticipation } from './people/participation';
import { matchesOf } from '../regex';

/** Capacity cues, strongest first; each applies to the people of the clause it is in. */
const CAPACITY_CUES: [RegExp, Capacity][] = [
  [/\bchief guests?\b/i, 'chief guest'],
  [/\bguests? of hono(?:u)?r\b/i, 'guest of honor'],
  [/\bkeynote\b/i, 'keynote'],
  [/\bmoderat(?:or|ed|ing|es)\b|\bfacilitat(?:or|ed)\b|\bchaired\b|\bcompered\b/i, 'moderator'],
  [/\bhost(?:ed|s)?\b(?!\s+by)|\bhosting\b|(?:^|\n)Host\b/i, 'host'],
];
const SPEAK = /\b(?:said|says|spoke|speak|speaking|speech|speeches|stated|noted|added|told|stressed|emphasi[sz]ed|highlighted|remarked|remarks|observed|explained|underlined|underscored|pointed|expressed|informed|welcomed|thanked|presented|delivered|urged|called|opened|briefed|shared|address|addressed|addressing|talked|drew|discussed|speakers?|panelists?|panel|presentation|introduc\w*|outlined|elaborated|maintained|opined|mentioned|asserted|recalled|according|believes?|suggested|proposed|reiterated|congratulated|greeted|awarded|handed|presented|cut|lectured|participated|launched|moderated|impressions)\b/i;
const ATTEND = /\b(?:attend(?:ed|ees|ing)?|present|presence|among|guests?|participants?|joined|graced|included|including|received|were|also)\b/i;
/** Contexts that name a person without their taking part. */
const MENTION_ONLY = /(?:published by|written by|authored by|article by|book by|message (?:of|from)|letter (?:of|from)|on behalf of|initiative of|leadership of|invitation of|founded by|by the late|the late|proposed by|signed by|appointed by|decree of|instructions? of|vision of|policy of|quoted|citing|cited)\s*(?:the\s+)?(?:[A-Z][\w.-]*\s*,?\s*(?:of\s+(?:the\s+)?)?){0,8}$/;

function clauseOf(text: string, s: Span, pos: number): Span {
  const part = text.slice(s.start, s.end);
  const rel = pos - s.start;
  let start = 0;
  let end = part.length;
  for (const m of matchesOf(/;|,?\s+while\s+|,?\s+whereas\s+|,\s+but\s+|\.\s/g, part)) {
    if (m.index! + m[0].length <= rel) start = m.index! + m[0].length;
    else if (m.index! >= rel) {
      end = m.index!;
      break;
    }
  }
  return { start: s.start + start, end: s.start + end };
}

function sentenceAt(sentences: Span[], pos: number): Span {
  return sentences.find((s) => s.start <= pos && pos < s.end) ?? { start: pos, end: pos };
}

/** Capacity and participation of one person from the clauses their mentions are in. */
export function assess(text: string, sentences: Span[], p: LocalPerson): { participant: boolean; capacity: Capacity; evidence: Span } {
  let capacity: Capacity | null = null;
  let participant = false;
  let evidence = p.mentions[0]!;
  let mentionOnly = 0;
  for (const m of p.mentions) {
    const s = sentenceAt(sentences, m.start);
    const c = clauseOf(text, s, m.start);
    const clause = text.slice(c.start, c.end);
    const before = text.slice(Math.max(s.start, m.start - 120), m.start);
    if (MENTION_ONLY.test(before)) {
      mentionOnly++;
      continue;
    }
    // The possessive names someone else's thing ("Franklin's efforts") unless the clause speaks.
    const possessive = /^[’']s\b/.test(text.slice(m.end, m.end + 2));
    for (const [re, cap] of CAPACITY_CUES) {
      const hit = re.exec(clause);
      if (!hit) continue;
      if (cap === 'host') {
        // "X hosted …" (X before the verb) or a "Host" label before X; not "hosted by Y" for others.
        const at = c.start + hit.index;
        if (!(m.start < at || /^\s*Host\b/.test(clause))) continue;
      }
      if (!capacity || CAPACITY_CUES.findIndex(([, k]) => k === cap) < CAPACITY_CUES.findIndex(([, k]) => k === capacity)) capacity = cap;
      participant = true;
      evidence = m;
    }
    if (!possessive && SPEAK.test(clause)) {
      participant = true;
      if (!capacity) evidence = m;
      capacity = capacity ?? 'speaker';
    } else if (!possessive && ATTEND.test(clause)) {
      participant = true;
      if (!capacity) evidence = m;
    }
  }
  if (mentionOnly && mentionOnly === p.mentions.length) participant = false;
  return { participant, capacity: capacity ?? 'attendee', evidence };
}

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
    main.participants = participantsOf(text, sentences, people);
  }
  for (const p of people) p.participant = Boolean(main?.participants.some((x) => x.personKey === p.key));
  return { events, people, orgs: [...orgs.orgs.values()].map((o) => ({ ...o, key: o.key })) };
}

function participantsOf(text: string, sentences: Span[], people: LocalPerson[]): LocalParticipant[] {
  const out: LocalParticipant[] = [];
  // (A loop, not `flatMap` with a callback, which is slow in V8.)
  const allMentions: Span[] = [];
  for (const p of people) for (const m of p.mentions) allMentions.push(m);
  for (const p of people) {
    const a = assessParticipation(text, sentences, p, allMentions);
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
