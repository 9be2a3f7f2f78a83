/**
 * The fixed query set, derived deterministically from a generated corpus's truth: half clean
 * (full names, surnames, organizations and acronyms, body words, 3–5 letter prefixes), half with
 * one typo inside a surname (surname alone or first name + surname). Each query knows what it
 * targets, so recall@5 can be scored.
 */
import type { Truth } from './corpus/generate';
import { Rng } from './corpus/prng';

export type QueryKind = 'fullname' | 'surname' | 'organization' | 'acronym' | 'body' | 'prefix' | 'surname-typo' | 'fullname-typo';

export interface BenchQuery {
  q: string;
  kind: QueryKind;
  typo: boolean;
  /** Which result group holds the target. */
  group: 'people' | 'organizations' | 'passages';
  /** Relevant record ids (people/organization ids of the oracle data; document ids for passages). */
  relevant: string[];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** One edit inside a word, never on its first letter: substitution, deletion, swap or insertion. */
export function typo(rng: Rng, word: string): string {
  const letters = 'aeioulnrstmkhd';
  const pos = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0: {
      let c = rng.pick(letters.split(''));
      if (c === word[pos]!.toLowerCase()) c = c === 'a' ? 'e' : 'a';
      return word.slice(0, pos) + c + word.slice(pos + 1);
    }
    case 1:
      return word.slice(0, pos) + word.slice(pos + 1);
    case 2:
      if (word[pos] === word[pos + 1]) return word.slice(0, pos) + word.slice(pos + 1);
      return word.slice(0, pos) + word[pos + 1] + word[pos] + word.slice(pos + 2);
    default:
      return word.slice(0, pos) + rng.pick(letters.split('')) + word.slice(pos);
  }
}

export function buildQueries(truth: Truth, count = 200, seed = 'queries'): BenchQuery[] {
  const rng = new Rng(`${seed}:${truth.seed}:${truth.events}`);
  const docIds = truth.documents.map((_, i) => `d${String(i).padStart(6, '0')}`);
  // People and organizations as they occur in documents, so frequent ones are picked more often.
  const occurrences: string[] = [];
  for (const d of truth.documents) for (const p of d.participants) occurrences.push(p.personId);
  const personById = new Map(truth.people.map((p) => [p.id, p]));
  const orgOcc: string[] = [];
  for (const d of truth.documents) for (const o of d.organizerIds) orgOcc.push(o);
  const orgById = new Map(truth.organizations.map((o) => [o.id, o]));
  const used = new Set(occurrences);
  const bySurname = new Map<string, string[]>();
  for (const p of truth.people) {
    if (!used.has(p.id)) continue;
    const k = fold(p.last);
    bySurname.set(k, [...(bySurname.get(k) ?? []), p.id]);
  }
  const byPrefix = (prefix: string) => truth.people.filter((p) => used.has(p.id) && fold(p.last).startsWith(prefix)).map((p) => p.id);
  const withWord = new Map<string, string[]>();
  truth.documents.forEach((d, i) => {
    for (const w of d.words) withWord.set(w, [...(withWord.get(w) ?? []), docIds[i]!]);
  });
  const bodyWords = [...withWord.keys()].sort();

  const half = Math.floor(count / 2);
  const plan: Array<[QueryKind, number]> = [
    ['fullname', Math.round(half * 0.3)],
    ['surname', Math.round(half * 0.25)],
    ['organization', Math.round(half * 0.15)],
    ['acronym', Math.round(half * 0.05)],
    ['body', Math.round(half * 0.15)],
    ['prefix', 0],
  ];
  plan[5]![1] = half - plan.reduce((s, [, n]) => s + n, 0);
  plan.push(['surname-typo', Math.floor((count - half) / 2)], ['fullname-typo', count - half - Math.floor((count - half) / 2)]);

  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  const push = (q: BenchQuery) => {
    if (seen.has(q.q) || q.relevant.length === 0) return false;
    seen.add(q.q);
    out.push(q);
    return true;
  };
  const pickPerson = (simple: boolean) => {
    for (let i = 0; i < 100; i++) {
      const p = personById.get(occurrences[rng.int(0, occurrences.length - 1)]!)!;
      if (!simple || (!p.last.includes(' ') && p.last.length >= 5)) return p;
    }
    return personById.get(occurrences[0]!)!;
  };
  for (const [kind, n] of plan) {
    let made = 0;
    for (let attempt = 0; made < n && attempt < n * 50; attempt++) {
      let q: BenchQuery;
      if (kind === 'fullname' || kind === 'fullname-typo') {
        const p = pickPerson(kind === 'fullname-typo');
        const first = p.name.split(' ')[0]!;
        const name = `${first} ${kind === 'fullname-typo' ? typo(rng, p.last) : p.last}`;
        q = { q: name, kind, typo: kind === 'fullname-typo', group: 'people', relevant: [p.id] };
      } else if (kind === 'surname' || kind === 'surname-typo') {
        const p = pickPerson(kind === 'surname-typo');
        const q0 = kind === 'surname-typo' ? typo(rng, p.last) : p.last;
        q = { q: q0, kind, typo: kind === 'surname-typo', group: 'people', relevant: bySurname.get(fold(p.last)) ?? [p.id] };
      } else if (kind === 'organization' || kind === 'acronym') {
        const o = orgById.get(orgOcc[rng.int(0, orgOcc.length - 1)]!)!;
        if (kind === 'acronym' && !o.acronym) continue;
        q = { q: kind === 'acronym' ? o.acronym! : o.name, kind, typo: false, group: 'organizations', relevant: [o.id] };
      } else if (kind === 'body') {
        const w = bodyWords[rng.int(0, bodyWords.length - 1)]!;
        q = { q: w, kind, typo: false, group: 'passages', relevant: withWord.get(w) ?? [] };
      } else {
        const p = pickPerson(true);
        const prefix = fold(p.last).slice(0, rng.int(3, 5));
        q = { q: prefix, kind, typo: false, group: 'people', relevant: byPrefix(prefix) };
      }
      if (push(q)) made++;
    }
  }
  // Interleave kinds (a stable shuffle) so a time-capped baseline still sees every kind.
  const keyed = out.map((q, i) => ({ q, k: new Rng(`${seed}:order:${i}`).next() }));
  keyed.sort((a, b) => a.k - b.k);
  return keyed.map((x) => x.q);
}

/** Was a relevant record among the first `k` hits of the target group? */
export function hitAtK(q: BenchQuery, top: { people: string[]; organizations: string[]; passages: string[] }, k = 5): boolean {
  const rel = new Set(q.relevant);
  return top[q.group].slice(0, k).some((id) => rel.has(id));
}
