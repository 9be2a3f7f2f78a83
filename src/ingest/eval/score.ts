/**
 * Scores an ingested corpus against gold annotations with the metrics of GOLD-FORMAT.md.
 * Every miss is recorded with its file so the CLI can list them.
 */
import type { Corpus } from '../../model/corpus';
import type { ExplorerEvent, Organization, Person } from '../../model/schema';
import { addDays } from '../extract/dates';
import { nameTokens } from '../names';
import type { Gold, GoldEvent, GoldPerson } from './gold';
import { containsKeyWords, namesMatch, placesMatch, titlesMatch, words } from './match';

export interface Ratio {
  hit: number;
  total: number;
}
export interface Metrics {
  participantPrecision: Ratio;
  participantRecall: Ratio;
  participantF1: number;
  roleAccuracy: Ratio;
  affiliationAccuracy: Ratio;
  namedRecall: Ratio;
  titleAccuracy: Ratio;
  typeAccuracy: Ratio;
  dateAccuracy: Ratio;
  locationAccuracy: Ratio;
  organizerRecall: Ratio;
  referencedRecall: Ratio;
  publishedAccuracy: Ratio;
  crossDocLinking: Ratio;
  falseMerges: number;
}
export interface Miss {
  file: string;
  metric: string;
  detail: string;
}
/** `corpus` plus, per gold, the document id it describes (null when the file was not ingested). */
export interface ScoreInput {
  corpus: Corpus;
  golds: { gold: Gold; documentId: string | null }[];
}

const r = (): Ratio => ({ hit: 0, total: 0 });
export const value = (x: Ratio): number => (x.total ? x.hit / x.total : 1);

function personNames(p: Person): string[] {
  return [p.name, ...p.aliases];
}
function personMatches(p: Person, name: string): boolean {
  return personNames(p).some((n) => namesMatch(n, name));
}
/** Exact fold equality first, so "Muhammad Khan" prefers itself over "Ali Muhammad Khan". */
function matchScore(p: Person, name: string): number {
  const g = nameTokens(name).join(' ');
  if (personNames(p).some((n) => nameTokens(n).join(' ') === g)) return 2;
  return personMatches(p, name) ? 1 : 0;
}

function orgTexts(o: Organization | undefined): string[] {
  return o ? [o.name, ...o.aliases] : [];
}

function scoreEvent(
  file: string,
  label: string,
  ge: GoldEvent,
  e: ExplorerEvent | undefined,
  published: string | null,
  orgs: Map<string, Organization>,
  m: Metrics,
  misses: Miss[],
): void {
  const miss = (metric: string, detail: string): void => void misses.push({ file, metric, detail: `${label}: ${detail}` });
  m.titleAccuracy.total++;
  if (titlesMatch(e?.title ?? null, ge.title)) m.titleAccuracy.hit++;
  else miss('title', `got ${JSON.stringify(e?.title ?? null)}, want ${JSON.stringify(ge.title ?? null)}`);
  m.typeAccuracy.total++;
  if (e?.type === ge.type) m.typeAccuracy.hit++;
  else miss('type', `got ${e?.type ?? 'no event'}, want ${ge.type}`);
  m.dateAccuracy.total++;
  const got = e?.date ?? null;
  const want = ge.date ?? null;
  let dateOk: boolean;
  if (ge.dateExplicit) dateOk = got === want && (ge.endDate === undefined || (e?.endDate ?? null) === (ge.endDate ?? null));
  else if (!want) dateOk = !got || (published !== null && got <= published && got >= addDays(published, -7));
  else dateOk = got !== null && got <= want && got >= addDays(want, -7);
  if (dateOk) m.dateAccuracy.hit++;
  else miss('date', `got ${got}–${e?.endDate ?? ''}, want ${want}–${ge.endDate ?? ''}${ge.dateExplicit ? ' (explicit)' : ''}`);
  m.locationAccuracy.total++;
  if (placesMatch(e?.location ?? null, ge.location)) m.locationAccuracy.hit++;
  else miss('location', `got ${JSON.stringify(e?.location ?? null)}, want ${JSON.stringify(ge.location ?? null)}`);
  for (const o of ge.organizers ?? []) {
    m.organizerRecall.total++;
    const found = (e?.organizerIds ?? []).some((id) => orgTexts(orgs.get(id)).some((t) => containsKeyWords(t, o)));
    if (found) m.organizerRecall.hit++;
    else
      miss('organizer', `missing ${JSON.stringify(o)}; got ${JSON.stringify((e?.organizerIds ?? []).map((id) => orgs.get(id)?.name))}`);
  }
}

/** Pairs gold events with extracted reported events: main to the best, others greedily by type. */
function pairEvents(golds: GoldEvent[], events: ExplorerEvent[]): (ExplorerEvent | undefined)[] {
  const left = [...events];
  return golds.map((g, i) => {
    let k = i === 0 ? 0 : left.findIndex((e) => e.type === g.type);
    if (k < 0) k = left.findIndex((e) => e.date === g.date);
    if (k < 0) k = 0;
    const [e] = left.splice(k, 1);
    return e;
  });
}

export function score({ corpus, golds }: ScoreInput): { metrics: Metrics; misses: Miss[] } {
  const m: Metrics = {
    participantPrecision: r(),
    participantRecall: r(),
    participantF1: 0,
    roleAccuracy: r(),
    affiliationAccuracy: r(),
    namedRecall: r(),
    titleAccuracy: r(),
    typeAccuracy: r(),
    dateAccuracy: r(),
    locationAccuracy: r(),
    organizerRecall: r(),
    referencedRecall: r(),
    publishedAccuracy: r(),
    crossDocLinking: r(),
    falseMerges: 0,
  };
  const misses: Miss[] = [];
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const orgs = new Map(corpus.organizations.map((o) => [o.id, o]));
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  /** gold identity (canonical folded name) → document → matched person id */
  const identities = new Map<string, Map<string, string | null>>();

  for (const { gold, documentId } of golds) {
    const file = gold.file;
    const miss = (metric: string, detail: string): void => void misses.push({ file, metric, detail });
    const doc = documentId ? docs.get(documentId) : undefined;
    const events = corpus.events.filter((e) => e.documentId === documentId);
    const reported = events.filter((e) => !e.referenced);
    const referenced = corpus.events.filter((e) => e.referenced && e.documentIds.includes(documentId ?? ''));
    m.publishedAccuracy.total++;
    if ((doc?.published ?? null) === (gold.published ?? null)) m.publishedAccuracy.hit++;
    else miss('published', `got ${doc?.published ?? null}, want ${gold.published ?? null}`);

    const goldEvents = [gold.event, ...(gold.otherEvents ?? [])].filter((x): x is GoldEvent => Boolean(x));
    const paired = pairEvents(goldEvents, reported);
    goldEvents.forEach((ge, i) => scoreEvent(file, i === 0 ? 'event' : `otherEvents[${i - 1}]`, ge, paired[i], doc?.published ?? null, orgs, m, misses));

    // Participants: people attached to the document's reported events.
    const parts = new Map<string, { personId: string; role: string | null; organizationId: string | null }>();
    for (const e of reported) for (const p of e.participants) if (!parts.has(p.personId)) parts.set(p.personId, p);
    const goldParts = gold.participants ?? [];
    const candidates = [...parts.values()];
    const used = new Set<string>();
    const matchOf = new Map<GoldPerson, string>();
    for (const pass of [2, 1]) {
      for (const g of goldParts) {
        if (matchOf.has(g)) continue;
        const c = candidates.find((p) => !used.has(p.personId) && people.has(p.personId) && matchScore(people.get(p.personId)!, g.name) >= pass);
        if (c) {
          used.add(c.personId);
          matchOf.set(g, c.personId);
        }
      }
    }
    m.participantRecall.total += goldParts.length;
    m.participantPrecision.total += candidates.length;
    m.participantRecall.hit += matchOf.size;
    m.participantPrecision.hit += matchOf.size;
    for (const g of goldParts) {
      const pid = matchOf.get(g);
      if (!pid) {
        miss('participant', `missed ${g.name} (${g.role ?? '-'}, ${g.org ?? '-'}, ${g.capacity ?? '-'})`);
        continue;
      }
      const p = parts.get(pid)!;
      if (g.role) {
        m.roleAccuracy.total++;
        if (containsKeyWords(p.role, g.role)) m.roleAccuracy.hit++;
        else miss('role', `${g.name}: got ${JSON.stringify(p.role)}, want ${JSON.stringify(g.role)}`);
      }
      if (g.org) {
        m.affiliationAccuracy.total++;
        const texts = [...orgTexts(p.organizationId ? orgs.get(p.organizationId) : undefined), p.role ?? ''];
        if (texts.some((t) => containsKeyWords(t, g.org!))) m.affiliationAccuracy.hit++;
        else
          miss('affiliation', `${g.name}: got ${JSON.stringify(p.organizationId ? orgs.get(p.organizationId)?.name : null)} / role ${JSON.stringify(p.role)}, want ${JSON.stringify(g.org)}`);
      }
    }
    for (const c of candidates) {
      if (![...matchOf.values()].includes(c.personId)) miss('extra participant', `${people.get(c.personId)?.name ?? c.personId} (${c.role ?? '-'})`);
    }
    // Named recall and identities: every gold person among the document's people.
    const docPeople = (doc?.personIds ?? []).map((id) => people.get(id)).filter((p): p is Person => Boolean(p));
    for (const g of [...goldParts, ...(gold.mentioned ?? [])]) {
      m.namedRecall.total++;
      const best = [...docPeople].sort((a, b) => matchScore(b, g.name) - matchScore(a, g.name))[0];
      const ok = matchOf.get(g) ?? (best && matchScore(best, g.name) > 0 ? best.id : null);
      if (ok) m.namedRecall.hit++;
      else miss('named', `${g.name} not among the document's people`);
      const key = nameTokens(g.same ?? g.name).join(' ');
      const map = identities.get(key) ?? new Map<string, string | null>();
      if (documentId && !map.has(documentId)) map.set(documentId, ok);
      identities.set(key, map);
    }
    // Referenced events, by date.
    for (const re of gold.referencedEvents ?? []) {
      if (!re.date) continue;
      m.referencedRecall.total++;
      if (referenced.some((e) => e.date === re.date)) m.referencedRecall.hit++;
      else miss('referenced', `${re.title ?? '?'} on ${re.date}; got ${JSON.stringify(referenced.map((e) => e.date))}`);
    }
  }
  // Cross-document linking: a gold identity in several documents must have one person id.
  const ownerOf = new Map<string, string>();
  for (const [key, byDoc] of [...identities.entries()].sort()) {
    const ids = [...byDoc.values()];
    if (byDoc.size >= 2) {
      m.crossDocLinking.total++;
      if (ids.every((id) => id && id === ids[0])) m.crossDocLinking.hit++;
      else misses.push({ file: '*', metric: 'linking', detail: `${key}: ${JSON.stringify(Object.fromEntries(byDoc))}` });
    }
    for (const id of new Set(ids)) {
      if (!id) continue;
      const other = ownerOf.get(id);
      if (other && other !== key && !namesMatch(other, key)) {
        m.falseMerges++;
        misses.push({ file: '*', metric: 'false merge', detail: `${other} and ${key} share ${id}` });
      } else ownerOf.set(id, key);
    }
  }
  const p = value(m.participantPrecision);
  const rc = value(m.participantRecall);
  m.participantF1 = p + rc ? (2 * p * rc) / (p + rc) : 0;
  return { metrics: m, misses };
}

export { words };
