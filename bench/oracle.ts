/**
 * The "oracle" corpus: the contract data a perfect ingest would produce for a generated corpus,
 * built straight from its truth.json. Search benchmarks use it so that search speed and recall
 * are measured independently of extraction quality and ingest speed (ingest is measured on its
 * own, and the app's load and list figures use real ingest output).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../src/model/corpus';
import type { ExplorerDocument, ExplorerEvent, Organization, Person, EventType, Capacity } from '../src/model/schema';
import type { Truth } from './corpus/generate';

export function readTruth(dir: string): Truth {
  return JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', copy: '©', nbsp: ' ' };

/** The readable text of a generated document (HTML: heading, date and paragraphs). */
export function oracleText(raw: string, file: string): string {
  if (!file.endsWith('.html')) return raw;
  const blocks = [...raw.matchAll(/<(h1|p)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));
  return blocks
    .filter((b) => !/^©|Subscribe/.test(b.replace(/&copy;/, '©')))
    .join('\n\n')
    .replace(/&(\w+);/g, (m, e: string) => ENTITIES[e] ?? m);
}

export function oracleCorpus(dir: string, truth: Truth = readTruth(dir)): Corpus {
  const personById = new Map(truth.people.map((p) => [p.id, p]));
  const orgById = new Map(truth.organizations.map((o) => [o.id, o]));
  const texts: Record<string, string> = {};
  const documents: ExplorerDocument[] = [];
  const events: ExplorerEvent[] = [];
  const eventByKey = new Map<string, ExplorerEvent>();
  const summitEvents = new Map<string, ExplorerEvent>();
  const usedPeople = new Set<string>();
  const usedOrgs = new Set<string>();

  truth.documents.forEach((t, i) => {
    const id = `d${String(i).padStart(6, '0')}`;
    const text = oracleText(readFileSync(join(dir, t.file), 'utf8'), t.file);
    texts[id] = text;
    const at = (s: string) => {
      const k = text.indexOf(s);
      return k < 0 ? { documentId: id, start: 0, end: 0 } : { documentId: id, start: k, end: k + s.length };
    };
    let ev = eventByKey.get(t.eventKey);
    if (ev) ev.documentIds.push(id);
    else {
      ev = {
        id: `ev-${t.eventKey}`,
        documentId: id,
        documentIds: [id],
        title: t.title,
        type: t.type as EventType,
        date: t.date,
        endDate: t.endDate,
        dateSource: 'text',
        location: t.city,
        organizerIds: t.organizerIds,
        participants: t.participants.map((p) => ({
          personId: p.personId,
          role: personById.get(p.personId)?.role ?? null,
          organizationId: personById.get(p.personId)?.orgId ?? null,
          capacity: p.capacity as Capacity,
          evidence: at(personById.get(p.personId)?.name ?? ''),
        })),
        referenced: false,
        evidence: at(t.title),
      };
      eventByKey.set(t.eventKey, ev);
      events.push(ev);
    }
    const eventIds = [ev.id];
    for (const sid of t.summitIds) {
      const s = truth.summits.find((x) => x.id === sid);
      if (!s) continue;
      let se = summitEvents.get(sid);
      if (se) se.documentIds.push(id);
      else {
        se = {
          id: `ev-${sid}`,
          documentId: id,
          documentIds: [id],
          title: s.name,
          type: 'summit',
          date: s.date,
          endDate: null,
          dateSource: 'text',
          location: s.city,
          organizerIds: [],
          participants: [],
          referenced: true,
          evidence: at(s.name),
        };
        summitEvents.set(sid, se);
        events.push(se);
      }
      eventIds.push(se.id);
    }
    for (const p of t.participants) usedPeople.add(p.personId);
    for (const p of t.participants) {
      const o = personById.get(p.personId)?.orgId;
      if (o) usedOrgs.add(o);
    }
    for (const o of t.organizerIds) usedOrgs.add(o);
    documents.push({
      id,
      file: t.file,
      url: null,
      title: t.title,
      published: t.published,
      personIds: t.participants.map((p) => p.personId),
      organizationIds: t.organizerIds,
      eventIds,
      textPath: `texts/${id}.txt`,
      textLength: text.length,
    });
  });
  const people: Person[] = truth.people.filter((p) => usedPeople.has(p.id)).map((p) => ({ id: p.id, name: p.name, aliases: [] }));
  const organizations: Organization[] = truth.organizations
    .filter((o) => usedOrgs.has(o.id) && orgById.has(o.id))
    .map((o) => ({ id: o.id, name: o.name, aliases: o.acronym ? [o.acronym] : [], kind: 'organization' }));
  return { documents, events, people, organizations, texts };
}

/** Writes the contract files (and any extra artifacts such as the search index) into `out`. */
export function writeData(out: string, corpus: Corpus, extra: Record<string, string>, withTexts = false): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'documents.json'), JSON.stringify(corpus.documents));
  writeFileSync(join(out, 'events.json'), JSON.stringify(corpus.events));
  writeFileSync(join(out, 'people.json'), JSON.stringify(corpus.people));
  writeFileSync(join(out, 'organizations.json'), JSON.stringify(corpus.organizations));
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(out, name), content);
  if (withTexts) {
    mkdirSync(join(out, 'texts'), { recursive: true });
    for (const [id, text] of Object.entries(corpus.texts)) writeFileSync(join(out, 'texts', `${id}.txt`), text);
  }
}
