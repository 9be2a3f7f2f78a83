/**
 * The synthetic world behind a generated corpus: people, organizations and summits that recur
 * across documents (so cross-document linking matters), and one event per document.
 */
import {
  COUNTRY_ADJECTIVE,
  DEPARTMENTS,
  FACULTIES,
  FIELDS,
  FORUM_ADJ,
  FORUM_WORDS,
  MINISTRIES,
  ORDINALS,
  PLACES,
  REGIONS,
  SUBTITLES,
  SUMMIT_BODIES,
  TOPICS,
  UNIVERSITY_WORDS,
  type Region,
} from './lexicon';
import type { Rng } from './prng';

export type OrgKind = 'institute' | 'university' | 'embassy' | 'ministry' | 'forum' | 'parliament';

export interface Org {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrgKind;
  /** The country the organization belongs to (an embassy's sending country). */
  country: string;
  city: string;
  /** For embassies: the host country. */
  host?: string;
}

export interface Person {
  id: string;
  first: string;
  last: string;
  name: string;
  female: boolean;
  honorific: 'Dr.' | 'Prof.' | null;
  role: string;
  /** The unit inside the organization ("Faculty of Law"), for deans and professors. */
  unit: string | null;
  orgId: string;
  country: string;
}

export interface Summit {
  id: string;
  name: string;
  short: string;
  city: string;
  country: string;
  date: string;
}

export interface World {
  people: Person[];
  orgs: Org[];
  summits: Summit[];
  orgById: Map<string, Org>;
  peopleByOrg: Map<string, Person[]>;
  personById: Map<string, Person>;
}

function acronymOf(name: string): string {
  const skip = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at']);
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !skip.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

export function isoDate(rng: Rng, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m, 2)}-${pad(rng.int(1, days), 2)}`;
}

/** Builds organizations, people and summits sized for a corpus of `events` documents. */
export function buildWorld(rng: Rng, events: number): World {
  const orgCount = Math.max(40, Math.round(events * 0.06));
  const personCount = Math.max(80, Math.round(events * 0.45));
  const orgs: Org[] = [];
  const seenOrg = new Set<string>();
  const addOrg = (o: Omit<Org, 'id'>) => {
    if (seenOrg.has(o.name)) return;
    seenOrg.add(o.name);
    orgs.push({ ...o, id: `o${pad(orgs.length, 5)}` });
  };
  let guard = 0;
  while (orgs.length < orgCount && guard++ < orgCount * 50) {
    const place = rng.pick(PLACES);
    const city = rng.pick(place.cities);
    const k = rng.next();
    if (k < 0.3) {
      const field = rng.pick(FIELDS);
      const pattern = rng.int(0, 3);
      const name =
        pattern === 0
          ? `Institute of ${field} ${city}`
          : pattern === 1
            ? `Centre for ${field}`
            : pattern === 2
              ? `${city} Institute of ${field}`
              : `${rng.pick(FORUM_ADJ)} Institute for ${field}`;
      addOrg({ name, acronym: rng.chance(0.8) ? acronymOf(name) : null, kind: 'institute', country: place.country, city });
    } else if (k < 0.5) {
      const pattern = rng.int(0, 2);
      const name =
        pattern === 0
          ? `University of ${city}`
          : pattern === 1
            ? `${rng.pick(UNIVERSITY_WORDS)} University of ${rng.pick(['Sciences', 'Modern Languages', 'Technology', 'Humanities', 'Economics'])}`
            : `${city} ${rng.pick(UNIVERSITY_WORDS)} University`;
      addOrg({ name, acronym: rng.chance(0.6) ? acronymOf(name) : null, kind: 'university', country: place.country, city });
    } else if (k < 0.72) {
      const region = rng.pick(REGIONS);
      const country = rng.pick(region.countries);
      const host = rng.pick(PLACES);
      if (host.country === country) continue;
      addOrg({ name: `Embassy of ${country} in ${host.country}`, acronym: null, kind: 'embassy', country, city: host.cities[0]!, host: host.country });
    } else if (k < 0.84) {
      const name = `Ministry of ${rng.pick(MINISTRIES)}`;
      addOrg({ name: `${name} of ${place.country}`, acronym: null, kind: 'ministry', country: place.country, city: place.cities[0]! });
    } else if (k < 0.97) {
      const name = `${rng.pick(FORUM_ADJ)} ${rng.pick(FIELDS.slice(0, 12))} ${rng.pick(FORUM_WORDS)}`;
      addOrg({ name, acronym: acronymOf(name), kind: 'forum', country: place.country, city });
    } else {
      addOrg({ name: `Senate of ${place.country}`, acronym: null, kind: 'parliament', country: place.country, city: place.cities[0]! });
    }
  }

  const people: Person[] = [];
  const seenName = new Set<string>();
  guard = 0;
  while (people.length < personCount && guard++ < personCount * 50) {
    const org = orgs[rng.skewed(orgs.length, 1.4)]!;
    const region: Region =
      org.kind === 'embassy'
        ? (REGIONS.find((r) => r.countries.includes(org.country)) ?? rng.pick(REGIONS))
        : rng.chance(0.7)
          ? (REGIONS.find((r) => r.countries.includes(org.country)) ?? rng.pick(REGIONS))
          : rng.pick(REGIONS);
    const female = rng.chance(0.35);
    const first = rng.pick(female ? region.female : region.male);
    const last = rng.pick(region.last);
    const middle = rng.chance(0.12) ? ` ${rng.pick(female ? region.female : region.male)}` : '';
    const name = `${first}${middle} ${last}`;
    if (seenName.has(name)) continue;
    seenName.add(name);
    const { role, unit, honorific } = roleFor(rng, org);
    people.push({ id: `p${pad(people.length, 6)}`, first, last, name, female, honorific, role, unit, orgId: org.id, country: org.country });
  }

  const summits: Summit[] = [];
  const summitCount = Math.max(12, Math.round(events / 250));
  for (let i = 0; i < summitCount; i++) {
    const body = rng.pick(SUMMIT_BODIES);
    const place = rng.pick(PLACES);
    const city = place.cities[0]!;
    const date = isoDate(rng, 2015, 2025);
    const name = rng.chance(0.5) ? `${city} ${body.short} Summit ${date.slice(0, 4)}` : `${rng.pick(ORDINALS)} ${body.short} Summit`;
    summits.push({ id: `s${pad(i, 4)}`, name, short: body.short, city, country: place.country, date });
  }
  const peopleByOrg = new Map<string, Person[]>();
  for (const p of people) {
    let list = peopleByOrg.get(p.orgId);
    if (!list) peopleByOrg.set(p.orgId, (list = []));
    list.push(p);
  }
  return { people, orgs, summits, orgById: new Map(orgs.map((o) => [o.id, o])), peopleByOrg, personById: new Map(people.map((p) => [p.id, p])) };
}

function roleFor(rng: Rng, org: Org): { role: string; unit: string | null; honorific: Person['honorific'] } {
  const dr = () => (rng.chance(0.45) ? ('Dr.' as const) : null);
  switch (org.kind) {
    case 'institute': {
      const role = rng.pick(['President', 'Director General', 'Director', 'Executive Director', 'Senior Research Fellow', 'Chairman', 'Research Associate']);
      return { role, unit: null, honorific: dr() };
    }
    case 'university': {
      const k = rng.next();
      if (k < 0.15) return { role: 'Vice Chancellor', unit: null, honorific: rng.chance(0.5) ? 'Prof.' : 'Dr.' };
      if (k < 0.35) return { role: 'Dean', unit: `Faculty of ${rng.pick(FACULTIES)}`, honorific: 'Dr.' };
      if (k < 0.55) return { role: 'Chairperson', unit: `Department of ${rng.pick(DEPARTMENTS)}`, honorific: dr() };
      return { role: rng.pick(['Professor', 'Associate Professor', 'Assistant Professor']), unit: `Department of ${rng.pick(DEPARTMENTS)}`, honorific: rng.chance(0.5) ? 'Prof.' : 'Dr.' };
    }
    case 'embassy':
      return { role: rng.pick(['Ambassador', 'Ambassador', 'Deputy Head of Mission', 'Counsellor', 'First Secretary', 'Defence Attaché']), unit: null, honorific: null };
    case 'ministry':
      return { role: rng.pick(['Minister', 'Federal Minister', 'Secretary', 'Additional Secretary', 'Spokesperson', 'Director General']), unit: null, honorific: rng.chance(0.15) ? 'Dr.' : null };
    case 'forum':
      return { role: rng.pick(['National Coordinator', 'Chairman', 'Founder', 'Secretary General', 'Programme Director']), unit: null, honorific: rng.chance(0.25) ? 'Dr.' : null };
    case 'parliament':
      return { role: 'Senator', unit: null, honorific: null };
  }
}

export const EVENT_KINDS = [
  { type: 'round table', words: ['round table', 'roundtable discussion'] },
  { type: 'conference', words: ['conference', 'international conference'] },
  { type: 'seminar', words: ['seminar'] },
  { type: 'webinar', words: ['webinar', 'online seminar'] },
  { type: 'forum', words: ['forum'] },
  { type: 'briefing', words: ['briefing', 'press briefing'] },
  { type: 'lecture', words: ['lecture', 'public lecture'] },
  { type: 'panel discussion', words: ['panel discussion'] },
  { type: 'workshop', words: ['workshop', 'training workshop'] },
  { type: 'reception', words: ['reception'] },
  { type: 'ceremony', words: ['ceremony', 'signing ceremony'] },
  { type: 'exhibition', words: ['exhibition', 'photo exhibition'] },
] as const;

export type Capacity = 'keynote' | 'chief guest' | 'guest of honor' | 'moderator' | 'speaker' | 'host';

export interface EventPlan {
  key: string;
  type: string;
  noun: string;
  title: string;
  topic: (typeof TOPICS)[number];
  date: string;
  endDate: string | null;
  city: string;
  country: string;
  organizerIds: string[];
  participants: Array<{ personId: string; capacity: Capacity }>;
  summitIds: string[];
}

/** Plans the event one document reports. */
export function planEvent(rng: Rng, world: World, key: string): EventPlan {
  const kind = rng.pick(EVENT_KINDS);
  const topic = rng.pick(TOPICS);
  const summit = rng.chance(0.3) ? world.summits[rng.skewed(world.summits.length, 1.5)]! : null;
  const theme = topic.theme.charAt(0).toUpperCase() + topic.theme.slice(1);
  const titlePattern = rng.int(0, 4);
  const title =
    summit && rng.chance(0.6)
      ? `${summit.name}: ${rng.pick(SUBTITLES)}`
      : titlePattern === 0
        ? `${theme}: ${rng.pick(SUBTITLES)}`
        : titlePattern === 1
          ? `${theme} in a Changing Region`
          : titlePattern === 2
            ? `${rng.pick(SUBTITLES)} in ${theme}`
            : `${theme} and ${rng.pick(TOPICS).theme.replace(/^./, (c) => c.toUpperCase())}`;
  const host = world.orgs[rng.skewed(world.orgs.length, 1.6)]!;
  const organizerIds = [host.id];
  if (rng.chance(0.45)) {
    const co = world.orgs[rng.skewed(world.orgs.length, 1.6)]!;
    if (co.id !== host.id) organizerIds.push(co.id);
  }
  const n = rng.int(2, 6);
  const chosen = new Set<string>();
  const participants: EventPlan['participants'] = [];
  // People of the organizers come first, then anyone (skewed: some people appear very often).
  const hostPeople = organizerIds.flatMap((id) => world.peopleByOrg.get(id) ?? []);
  while (participants.length < n && chosen.size < world.people.length) {
    const p = hostPeople.length > 0 && participants.length === 0 && rng.chance(0.7) ? rng.pick(hostPeople) : world.people[rng.skewed(world.people.length, 1.8)]!;
    if (chosen.has(p.id)) continue;
    chosen.add(p.id);
    participants.push({ personId: p.id, capacity: 'speaker' });
  }
  participants[0]!.capacity = rng.chance(0.5) ? 'keynote' : 'host';
  if (participants.length > 2 && rng.chance(0.5)) participants[participants.length - 1]!.capacity = 'moderator';
  if (participants.length > 3 && rng.chance(0.6)) participants[1]!.capacity = rng.chance(0.5) ? 'chief guest' : 'guest of honor';
  const date = isoDate(rng, 2016, 2025);
  let endDate: string | null = null;
  if ((kind.type === 'conference' || kind.type === 'forum' || kind.type === 'exhibition') && rng.chance(0.4)) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + rng.int(1, 2));
    endDate = d.toISOString().slice(0, 10);
  }
  const hostCountry = host.kind === 'embassy' ? (host.host ?? host.country) : host.country;
  const place = PLACES.find((p) => p.country === hostCountry) ?? rng.pick(PLACES);
  const city = host.kind === 'embassy' || rng.chance(0.7) ? host.city : rng.pick(place.cities);
  return {
    key,
    type: kind.type,
    noun: rng.pick(kind.words),
    title,
    topic,
    date,
    endDate,
    city,
    country: place.country,
    organizerIds,
    participants,
    summitIds: summit ? [summit.id] : [],
  };
}

export function adjectiveOf(country: string): string {
  return COUNTRY_ADJECTIVE[country] ?? PLACES.find((p) => p.country === country)?.adjective ?? country;
}
