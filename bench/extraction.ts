/**
 * Extraction against the generator's truth. The benchmark ingests a generated corpus whose
 * truth.json says who took part in each report, in what capacity, with what role and organization:
 * at 10,000 reports it measures what the 26 hand-annotated reports of ../shared cannot (linking
 * across thousands of documents, rare phrasings). The generated reports are our own templates, so
 * these figures watch for regressions; the hand-made gold stays the measure of quality.
 *
 * Scored on each report's main event (its first reported event). People are matched within a report
 * by surname (of the name or an alias). Two participants of one generated report share a surname in
 * about 4% of reports: such a surname counts as found for recall but is left out of the capacity,
 * role, affiliation and merge figures rather than guessed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExplorerDocument, ExplorerEvent, Organization, Person } from '../src/model/schema';
import type { Truth } from './corpus/generate';

export interface ExtractionScore {
  /** Participants found that the report's truth lists. */
  participantPrecision: number;
  /** The truth's participants that were found. */
  participantRecall: number;
  /** Of the participants found and matched: the capacity is the truth's. */
  capacity: number;
  /** …the role contains the truth's role words ("Dean, Faculty of Law" for "Dean"). */
  role: number;
  /** …the organization is the truth's (by name or acronym). */
  affiliation: number;
  /** People (with matched mentions) whose mentions belong to more than one true person: false merges. */
  peopleMixed: number;
}

const fold = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const surname = (name: string): string => fold(name).split(' ').pop() ?? '';
const contains = (text: string, words: string): boolean => ` ${fold(text)} `.includes(` ${fold(words)} `);
const share = (n: number, of: number): number => (of ? n / of : 0);

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

/** Scores the ingest output in `dataDir` (the contract's JSON files) against `truth`. */
export function scoreExtraction(dataDir: string, truth: Truth): ExtractionScore {
  const events = readJson<ExplorerEvent[]>(dataDir, 'events.json');
  const people = new Map(readJson<Person[]>(dataDir, 'people.json').map((p) => [p.id, p]));
  const orgs = new Map(readJson<Organization[]>(dataDir, 'organizations.json').map((o) => [o.id, o]));
  const files = new Map(readJson<ExplorerDocument[]>(dataDir, 'documents.json').map((d) => [d.id, d.file.split('/').pop()!]));
  const truthDocs = new Map(truth.documents.map((d) => [d.file, d]));
  const truthPeople = new Map(truth.people.map((p) => [p.id, p]));
  const truthOrgs = new Map(truth.organizations.map((o) => [o.id, o]));

  const mainEvents = new Map<string, ExplorerEvent>();
  for (const e of events) if (!e.referenced && !mainEvents.has(e.documentId)) mainEvents.set(e.documentId, e);

  let found = 0, foundTrue = 0, listed = 0, listedFound = 0, matched = 0, capacityOk = 0, roleOk = 0, affiliationOk = 0;
  const truthPeopleOf = new Map<string, Set<string>>();
  for (const [documentId, event] of mainEvents) {
    const doc = truthDocs.get(files.get(documentId) ?? '');
    if (!doc) continue;
    const bySurname = new Map<string, (typeof doc.participants)[number] | null>();
    for (const tp of doc.participants) {
      const s = surname(truthPeople.get(tp.personId)!.name);
      bySurname.set(s, bySurname.has(s) ? null : tp);
    }
    const foundSurnames = new Set<string>();
    for (const p of event.participants) {
      const person = people.get(p.personId)!;
      const surnames = [person.name, ...person.aliases].map(surname);
      const s = surnames.find((x) => bySurname.has(x));
      found++;
      if (s === undefined) continue;
      foundTrue++;
      foundSurnames.add(s);
      const tp = bySurname.get(s);
      if (!tp) continue;
      const want = truthPeople.get(tp.personId)!;
      const wantOrg = truthOrgs.get(want.orgId);
      const org = p.organizationId ? orgs.get(p.organizationId) : undefined;
      matched++;
      if (p.capacity === tp.capacity) capacityOk++;
      if (p.role && contains(p.role, want.role)) roleOk++;
      if (org && wantOrg && [org.name, ...org.aliases].some((n) => fold(n) === fold(wantOrg.name) || (wantOrg.acronym !== null && fold(n) === fold(wantOrg.acronym)))) affiliationOk++;
      const mixed = truthPeopleOf.get(p.personId) ?? new Set<string>();
      mixed.add(tp.personId);
      truthPeopleOf.set(p.personId, mixed);
    }
    listed += doc.participants.length;
    for (const s of bySurname.keys()) if (foundSurnames.has(s)) listedFound += doc.participants.filter((tp) => surname(truthPeople.get(tp.personId)!.name) === s).length;
  }
  const mixedPeople = [...truthPeopleOf.values()].filter((s) => s.size > 1).length;
  return {
    participantPrecision: share(foundTrue, found),
    participantRecall: share(listedFound, listed),
    capacity: share(capacityOk, matched),
    role: share(roleOk, matched),
    affiliation: share(affiliationOk, matched),
    peopleMixed: share(mixedPeople, truthPeopleOf.size),
  };
}
