/**
 * link: the one stage that sees the whole corpus. Gives one identity to each person and
 * organization across documents and assigns stable ids.
 *
 * People are blocked by the skeleton of their surname (so the work is linear in practice, not
 * quadratic), and inside a block merged only when the names agree part by part; names that add or
 * drop a part merge only when their affiliations do not disagree, and a shorter name that fits two
 * different longer ones joins neither. Organizations merge on their
 * folded content words ({@link orgKey}), or when an acronym one document defines is used bare in another.
 */
import type { Corpus } from '../model/corpus';
import type { Evidence, ExplorerDocument, ExplorerEvent, Organization, Person } from '../model/schema';
import { slugify, uniqueId } from './ids';
import { memoizeString } from './memo';
import { compareNames, nameTokens, skeleton, tokenCompatible } from './names';
import type { DocRecord, LocalOrg, LocalPerson } from './types';

/**
 * The key of an organization name across documents: its content words, folded, so "the Embassy
 * of X" = "Embassy of X" and "Institute of …" = "Institute for …", with British and American
 * spellings made one. Not the consonant skeletons that absorb transliterations of people's names:
 * with those, "Hungary" and "Nigeria" were one word ("ngr"), and so were their embassies.
 */
export const orgKey = memoizeString(computeOrgKey);

function computeOrgKey(name: string): string {
  const toks = nameTokens(name.replace(/^the\s+/i, '')).filter((t) => !ORG_STOP.has(t));
  return toks.map(americanSpelling).join(' ');
}
const ORG_STOP = new Set(['the', 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'de']);

/** "centre" → "center", "defence" → "defense", "labour" → "labor", "organisation" → "organization", "programme" → "program". */
function americanSpelling(word: string): string {
  return word
    .replace(/([^aeiou])re$/, '$1er')
    .replace(/ence$/, 'ense')
    .replace(/our$/, 'or')
    .replace(/isation$/, 'ization')
    .replace(/mme$/, 'm');
}
class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // Smaller index wins: the result does not depend on the order of unions.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface OrgMention {
  doc: DocRecord;
  org: LocalOrg;
}
interface PersonMention {
  doc: DocRecord;
  person: LocalPerson;
}

function ev(doc: DocRecord, s: { start: number; end: number }): Evidence {
  return { documentId: doc.id, start: s.start, end: s.end };
}

// The two below gather a group's names and evidence by loops: `flatMap` with a callback took
// ~3% of the samples of a profile of extract+link over the 10k corpus (a country's group holds
// thousands of mentions).

/** The name and then the aliases of each of a group's mentions, in order. */
function namesAndAliases<M>(g: readonly M[], of: (m: M) => { name: string; aliases: readonly string[] }): string[] {
  const out: string[] = [];
  for (const m of g) {
    const x = of(m);
    out.push(x.name);
    for (const a of x.aliases) out.push(a);
  }
  return out;
}

/** The evidence of each mention span of a group's mentions, in order. */
function evidenceOf<M extends { doc: DocRecord }>(g: readonly M[], of: (m: M) => { mentions: readonly { start: number; end: number }[] }): Evidence[] {
  const out: Evidence[] = [];
  for (const m of g) for (const s of of(m).mentions) out.push(ev(m.doc, s));
  return out;
}

/** Picks the display name: the most frequent longest form, ties broken alphabetically. */
function pickName(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => {
    const la = nameTokens(a).length;
    const lb = nameTokens(b).length;
    if (la !== lb) return lb - la;
    const ca = counts.get(a)!;
    const cb = counts.get(b)!;
    if (ca !== cb) return cb - ca;
    return a < b ? -1 : a > b ? 1 : 0;
  })[0]!;
}

function sortedUnique(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort();
}

function linkOrgs(docs: DocRecord[]): { orgs: Organization[]; idOf: Map<DocRecord, Map<string, string>> } {
  const mentions: OrgMention[] = [];
  for (const doc of docs) for (const org of doc.extraction.orgs) mentions.push({ doc, org });
  const uf = new UnionFind();
  mentions.forEach(() => uf.add());
  // Full-name keys.
  const byKey = new Map<string, number>();
  const acronymDefs = new Map<string, Set<number>>();
  mentions.forEach((m, i) => {
    const keys = [m.org.name, ...m.org.aliases.filter((a) => !isAcronym(a))].map(orgKey).filter(Boolean);
    for (const k of keys) {
      const j = byKey.get(`${m.org.kind}:${k}`);
      if (j === undefined) byKey.set(`${m.org.kind}:${k}`, i);
      else uf.union(i, j);
    }
    for (const a of m.org.aliases.filter(isAcronym)) {
      if (!isAcronym(m.org.name)) {
        const set = acronymDefs.get(a.toUpperCase()) ?? new Set();
        set.add(i);
        acronymDefs.set(a.toUpperCase(), set);
      }
    }
  });
  // An acronym defined by exactly one full name (after merging) joins its bare uses to that name.
  mentions.forEach((m, i) => {
    if (!isAcronym(m.org.name)) return;
    const defs = acronymDefs.get(m.org.name.toUpperCase());
    if (!defs) return;
    const roots = new Set([...defs].map((d) => uf.find(d)));
    if (roots.size === 1) uf.union(i, [...defs][0]!);
  });
  const groups = new Map<number, OrgMention[]>();
  mentions.forEach((m, i) => {
    const r = uf.find(i);
    const g = groups.get(r) ?? [];
    g.push(m);
    groups.set(r, g);
  });
  const orgs: Organization[] = [];
  const idOf = new Map<DocRecord, Map<string, string>>();
  const used = new Set<string>();
  const ordered = [...groups.values()]
    .map((g) => {
      const full = g.map((m) => m.org.name).filter((n) => !isAcronym(n));
      const name = full.length ? pickName(full) : pickName(g.map((m) => m.org.name));
      return { g, name };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : docOrder(a.g) - docOrder(b.g)));
  for (const { g, name } of ordered) {
    const id = uniqueId(slugify(name), used);
    const aliases = sortedUnique(namesAndAliases(g, (m) => m.org).filter((a) => a !== name));
    const mentionsEv = evidenceOf(g, (m) => m.org);
    orgs.push({
      id,
      name,
      aliases,
      kind: g.some((m) => m.org.kind === 'country') ? 'country' : 'organization',
      mentions: sortEvidence(mentionsEv),
    });
    for (const m of g) {
      const map = idOf.get(m.doc) ?? new Map<string, string>();
      map.set(m.org.key, id);
      idOf.set(m.doc, map);
    }
  }
  return { orgs, idOf };
}

function docOrder(g: { doc: DocRecord }[]): number {
  return Math.min(...g.map((m) => Number.parseInt(m.doc.id, 36) || 0));
}

/**
 * An acronym, allowing white space around it but none inside. (Asked of every organization name
 * and alias of the corpus, several times: one pattern on the trimmed text, which `trim` cuts at
 * the same white space as `\s`, and which the pattern refuses inside.)
 */
export function isAcronym(s: string): boolean {
  return ACRONYM_NAME.test(s.trim());
}
const ACRONYM_NAME = /^[A-Z][A-Z0-9&.-]{1,9}$/;

/** Evidence in document and text order, each span once (two mentions merged into one group may share a span). */
function sortEvidence(e: Evidence[]): Evidence[] {
  e.sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end));
  return e.filter((x, i) => i === 0 || x.documentId !== e[i - 1]!.documentId || x.start !== e[i - 1]!.start || x.end !== e[i - 1]!.end);
}

function linkPeople(
  docs: DocRecord[],
  orgIdOf: Map<DocRecord, Map<string, string>>,
): { people: Person[]; idOf: Map<DocRecord, Map<string, string>> } {
  const mentions: PersonMention[] = [];
  for (const doc of docs) for (const person of doc.extraction.people) mentions.push({ doc, person });
  const uf = new UnionFind();
  mentions.forEach(() => uf.add());
  const tokens = mentions.map((m) => nameTokens(m.person.name));
  const orgOf = mentions.map((m) => (m.person.orgKey ? (orgIdOf.get(m.doc)?.get(m.person.orgKey) ?? null) : null));
  // Identical mentions (same name tokens, same affiliation) relate to every other mention the
  // same way, so each distinct one is compared once. Mentions i, j (of different documents) are
  // joined when their names and affiliations agree (see `related`); for one distinct signature
  // seen in two or more documents all its mentions are thus connected, and two related
  // signatures connect all their mentions unless both occur in one and the same document only.
  interface Sig {
    tokens: readonly string[];
    org: string | null;
    members: number[];
    /** The one document all members are in, or null when they span several. */
    doc: DocRecord | null;
  }
  const sigs = new Map<string, Sig>();
  // Block by surname skeleton: only people in the same block are compared.
  const blocks = new Map<string, Sig[]>();
  tokens.forEach((t, i) => {
    if (t.length < 2) return; // a lone surname is never linked across documents
    const org = orgOf[i] ?? null;
    const key = `${org ?? ''}\u0000${t.join(' ')}`;
    let sig = sigs.get(key);
    if (!sig) {
      sig = { tokens: t, org, members: [], doc: mentions[i]!.doc };
      sigs.set(key, sig);
      const k = skeleton(t[t.length - 1]!);
      const b = blocks.get(k) ?? [];
      b.push(sig);
      blocks.set(k, b);
    } else if (sig.doc !== mentions[i]!.doc) sig.doc = null;
    sig.members.push(i);
  });
  const joinAll = (a: Sig, b: Sig): void => {
    for (const i of a.members) uf.union(i, b.members[0]!);
    for (const j of b.members) uf.union(j, a.members[0]!);
  };
  for (const sig of sigs.values()) if (sig.doc === null) joinAll(sig, sig);
  for (const block of blocks.values()) {
    // A shorter name joins the longer names it fits once the block is read, and only when they do
    // not differ among themselves: "Amara Kiprop" fits "Amara Ngozi Kiprop" and "Amara Lerato
    // Kiprop", two people, and joining it to both would make them one.
    const longerOf = new Map<Sig, Sig[]>();
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const a = block[x]!;
        const b = block[y]!;
        if (a.doc !== null && a.doc === b.doc) continue;
        if (!related(a.tokens, a.org, b.tokens, b.org)) continue;
        if (a.tokens.length === b.tokens.length) {
          joinAll(a, b);
          continue;
        }
        const [shorter, longer] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
        const longers = longerOf.get(shorter) ?? [];
        longers.push(longer);
        longerOf.set(shorter, longers);
      }
    }
    for (const [shorter, longers] of longerOf) {
      const ambiguous = longers.some((l, i) => longers.some((m, j) => j > i && compareNames(l.tokens, m.tokens) === 'different'));
      if (!ambiguous) for (const l of longers) joinAll(shorter, l);
    }
  }
  const groups = new Map<number, PersonMention[]>();
  mentions.forEach((m, i) => {
    const r = uf.find(i);
    const g = groups.get(r) ?? [];
    g.push(m);
    groups.set(r, g);
  });
  const ordered = [...groups.values()]
    .map((g) => ({ g, name: pickName(g.map((m) => m.person.name)) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const used = new Set<string>();
  const people: Person[] = [];
  const idOf = new Map<DocRecord, Map<string, string>>();
  for (const { g, name } of ordered) {
    const id = uniqueId(slugify(name), used);
    people.push({
      id,
      name,
      aliases: sortedUnique(namesAndAliases(g, (m) => m.person).filter((a) => a !== name)),
      mentions: sortEvidence(evidenceOf(g, (m) => m.person)),
    });
    for (const m of g) {
      const map = idOf.get(m.doc) ?? new Map<string, string>();
      map.set(m.person.key, id);
      idOf.set(m.doc, map);
    }
  }
  return { people, idOf };
}

/** Whether two people mentions in different documents are the same person, by name and affiliation. */
function related(ti: readonly string[], oi: string | null, tj: readonly string[], oj: string | null): boolean {
  const rel = compareNames(ti, tj);
  if (rel === 'different') return false;
  if (rel === 'subset' && oi && oj && oi !== oj) return false;
  // An extra leading given name ("Ali Muhammad Khan" vs "Muhammad Khan") is a different
  // first name: only a shared affiliation joins them. A dropped middle name is not.
  if (rel === 'subset' && !tokenCompatible(ti[0]!, tj[0]!) && !(oi && oi === oj)) return false;
  if (rel === 'subset' && Math.min(ti.length, tj.length) < 2) return false;
  return true;
}

/** Builds the corpus (the output contract) from extracted documents. */
export function link(docs: DocRecord[]): Corpus {
  const { orgs, idOf: orgIdOf } = linkOrgs(docs);
  const { people, idOf: personIdOf } = linkPeople(docs, orgIdOf);
  const documents: ExplorerDocument[] = [];
  const events: ExplorerEvent[] = [];
  const texts: Record<string, string> = {};
  for (const doc of docs) {
    const oid = orgIdOf.get(doc) ?? new Map<string, string>();
    const pid = personIdOf.get(doc) ?? new Map<string, string>();
    const eventIds: string[] = [];
    doc.extraction.events.forEach((e, n) => {
      const id = `${doc.id}-e${n + 1}`;
      eventIds.push(id);
      const organizers = e.organizers
        .map((o) => ({ organizationId: oid.get(o.orgKey) ?? '', evidence: ev(doc, o.evidence) }))
        .filter((o) => o.organizationId)
        .filter((o, k, all) => all.findIndex((p) => p.organizationId === o.organizationId) === k);
      events.push({
        id,
        documentId: doc.id,
        documentIds: [doc.id],
        title: e.title,
        type: e.type,
        date: e.date,
        endDate: e.endDate,
        dateSource: e.dateSource,
        location: e.location,
        organizerIds: organizers.map((o) => o.organizationId),
        participants: e.participants
          .filter((p) => pid.has(p.personKey))
          .map((p) => ({
            personId: pid.get(p.personKey)!,
            role: p.role,
            organizationId: p.orgKey ? (oid.get(p.orgKey) ?? null) : null,
            capacity: p.capacity,
            evidence: ev(doc, p.evidence),
            roleEvidence: p.roleEvidence ? ev(doc, p.roleEvidence) : null,
          })),
        referenced: e.referenced,
        evidence: ev(doc, e.evidence),
        titleEvidence: e.titleEvidence ? ev(doc, e.titleEvidence) : null,
        dateEvidence: e.dateEvidence ? ev(doc, e.dateEvidence) : null,
        locationEvidence: e.locationEvidence ? ev(doc, e.locationEvidence) : null,
        organizers,
      });
    });
    documents.push({
      id: doc.id,
      file: doc.file,
      url: doc.url,
      title: doc.title,
      published: doc.published,
      personIds: sortedUnique(pid.values()),
      organizationIds: sortedUnique(oid.values()),
      eventIds,
      textPath: `texts/${doc.id}.txt`,
      textLength: doc.text.length,
    });
    texts[doc.id] = doc.text;
  }
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    documents: documents.sort(byId),
    events: events.sort(byId),
    people: people.sort(byId),
    organizations: orgs.sort(byId),
    texts,
  };
}
