/**
 * Renders one planned event as a raw report in one of several house styles: an embassy press
 * release with ticker, menu and footer boilerplate; a think-tank note with a ` date YYYY-MM-DD`
 * line; a wire story with a `CITY, Mon DD (AGENCY):` dateline; a university news page; a Markdown
 * digest; an HTML page. Every text is composed from the lexicon by the seeded generator.
 */
import { MONTHS, MONTHS_SHORT, NEWS_AGENCIES, OUTLETS, REGIONS, WEEKDAYS } from './lexicon';
import type { Rng } from './prng';
import { adjectiveOf, type Capacity, type EventPlan, type Org, type Person, type World } from './world';

export type TemplateName = 'embassy' | 'thinktank' | 'wire' | 'university' | 'markdown' | 'html';

export interface Rendered {
  ext: 'txt' | 'md' | 'html';
  text: string;
  /** Distinctive body words used (for query generation). */
  words: string[];
  published: string;
}

interface Ctx {
  rng: Rng;
  world: World;
  plan: EventPlan;
  people: Person[];
  capacities: Capacity[];
  orgs: Org[];
  published: string;
  words: string[];
}

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};
const longDate = (iso: string) => {
  const { y, m, d } = parts(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
};
const britishDate = (iso: string) => {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const dottedStamp = (rng: Rng, iso: string) => {
  const { y, m, d } = parts(iso);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y} ${String(rng.int(8, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
};
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;

function plusDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function orgName(c: Ctx, org: Org, preferShort = false): string {
  if (org.acronym && (preferShort || c.rng.chance(0.15))) return org.acronym;
  return org.name;
}

function orgFirstMention(c: Ctx, org: Org): string {
  return org.acronym && c.rng.chance(0.5) ? `${org.name} (${org.acronym})` : org.name;
}

function displayName(c: Ctx, p: Person): string {
  const h = p.honorific && c.rng.chance(0.7) ? `${p.honorific} ` : '';
  return `${h}${p.name}`;
}

/** "the President of the Institute ..., Dr. Jane Doe" and the other ways reports introduce people. */
function introduce(c: Ctx, p: Person): string {
  const org = c.world.orgById.get(p.orgId)!;
  const name = displayName(c, p);
  const unitOf = p.unit ? `${p.unit}, ` : '';
  if (org.kind === 'embassy' && p.role === 'Ambassador') {
    const k = c.rng.int(0, 3);
    if (k === 0) return `Ambassador of ${org.country} ${c.rng.chance(0.4) ? 'H.E. ' : ''}${p.name}`;
    if (k === 1) return `the ${adjectiveOf(org.country)} Ambassador ${p.name}`;
    if (k === 2) return `H.E. ${p.name}, Ambassador of ${org.country} to ${org.host ?? 'Pakistan'}`;
    return `${p.name}, the Ambassador of ${org.country}`;
  }
  if (org.kind === 'parliament') return `Senator ${p.name}`;
  const k = c.rng.int(0, 4);
  if (k === 0) return `${p.role} of the ${unitOf}${orgName(c, org)}, ${name}`;
  if (k === 1) return `${name}, ${p.role}, ${unitOf}${orgName(c, org)}`;
  if (k === 2 && org.acronym) return `${org.acronym} ${p.role} ${name}`;
  if (k === 3) return `${name} (${p.role}, ${orgName(c, org)})`;
  return `${p.role} ${name} of ${orgName(c, org)}`;
}

function capacitySentence(c: Ctx, p: Person, cap: Capacity): string | null {
  const who = introduce(c, p);
  const cw = who.charAt(0).toUpperCase() + who.slice(1);
  switch (cap) {
    case 'keynote':
      return c.rng.pick([`${cw} delivered the keynote address.`, `The keynote speech was delivered by ${who}.`]);
    case 'chief guest':
      return c.rng.pick([`${cw} attended the event as the chief guest.`, `${cw} was the chief guest on the occasion.`]);
    case 'guest of honor':
      return c.rng.pick([`${cw} was invited as the guest of honour.`, `${cw} attended the ${c.plan.noun} as the Guest of Honor.`]);
    case 'moderator':
      return c.rng.pick([`The session was moderated by ${who}.`, `${cw} moderated the discussion.`]);
    case 'host':
      return c.rng.pick([`${cw} welcomed the guests.`, `${cw} hosted the ${c.plan.noun} and made the opening remarks.`]);
    default:
      return null;
  }
}

function speakersSentence(c: Ctx): string {
  const speakers = c.people.filter((_, i) => c.capacities[i] === 'speaker').map((p) => introduce(c, p));
  if (speakers.length === 0) return '';
  const list = speakers.length === 1 ? speakers[0]! : `${speakers.slice(0, -1).join(', ')} and ${speakers[speakers.length - 1]}`;
  return c.rng.pick([`The main speakers of the event were ${list}.`, `Speakers included ${list}.`, `Among those who addressed the ${c.plan.noun} were ${list}.`]);
}

const an = (w: string) => (/^[aeiou]/i.test(w) ? `an ${w}` : `a ${w}`);

function opening(c: Ctx, dateText: string | null): string {
  const orgs = c.orgs;
  const first = orgFirstMention(c, orgs[0]!);
  const org = orgs.length > 1 ? `${first}, in collaboration with ${c.rng.chance(0.5) ? 'the ' : ''}${orgFirstMention(c, orgs[1]!)},` : first;
  const when = dateText ? ` on ${dateText}` : '';
  const k = c.rng.int(0, 3);
  const the = /^(Embassy|Ministry|Institute|Centre|University|Senate)/.test(org) ? 'The ' : '';
  if (k === 0) return `${the}${org} organized ${an(c.plan.noun)}, “${c.plan.title}”,${when} in ${c.plan.city}.`;
  if (k === 1) return `${an(c.plan.noun).replace(/^a/, 'A')} titled "${c.plan.title}" was held in ${c.plan.city}${when}, organised by ${the.toLowerCase()}${org.replace(/,$/, '')}.`;
  if (k === 2) return `${the}${org} hosted ${an(c.plan.noun)} on ${c.plan.topic.theme}${when} at its premises in ${c.plan.city}.`;
  return `${c.plan.city} hosted ${an(c.plan.noun)} on "${c.plan.title}"${when}, convened by ${the.toLowerCase()}${org.replace(/,$/, '')}.`;
}

const STATEMENTS = [
  (s: string, w: string[], t: string) => `${s} stressed that ${t} was central to the partnership, pointing to ${w[0]} and ${w[1]} as areas that deserve sustained attention.`,
  (s: string, w: string[], t: string) => `In ${s.endsWith('s') ? 'the' : 'the'} remarks that followed, ${s} observed that progress on ${w[2]} depended on predictable rules and on trust between neighbours, and that ${t} could not be left to chance.`,
  (s: string, w: string[], _t: string, country: string) => `According to ${s}, ${country} had already launched several projects on ${w[1]}, and the next step was to connect them with regional plans for ${w[3]}.`,
  (s: string, w: string[]) => `${s} noted that the discussion on ${w[0]} had matured over the past years and called for a joint working group to prepare concrete proposals on ${w[4]}.`,
  (s: string, w: string[], t: string) => `Speaking about ${t}, ${s} said that experts, officials and students all had a role to play, and invited the audience to follow up on ${w[5]}.`,
  (s: string, w: string[]) => `${s} presented figures on ${w[3]} and argued that closer coordination on ${w[2]} would benefit both sides.`,
];

const FILLERS = [
  (c: Ctx) => `The ${c.plan.noun} was attended by diplomats, scholars, journalists and students, who took part in a lively question and answer session.`,
  (c: Ctx) => `Participants exchanged views on ${c.plan.topic.theme} and agreed that dialogue of this kind should continue on a regular basis.`,
  (c: Ctx) => `At the end of the ${c.plan.noun}, souvenirs were presented to the guests and a group photograph was taken.`,
  () => `Representatives of the diplomatic corps, academia and civil society were present, along with members of the media.`,
  () => `The organizers announced that a summary of the recommendations would be shared with the relevant ministries.`,
];

function statements(c: Ctx, n: number): string[] {
  const out: string[] = [];
  const words = c.plan.topic.words;
  const country = adjectiveOf(c.orgs[0]!.country) === c.orgs[0]!.country ? c.orgs[0]!.country : c.orgs[0]!.country;
  for (let i = 0; i < n && i < c.people.length; i++) {
    const p = c.people[i]!;
    const ref = c.rng.chance(0.5) ? p.last : c.rng.chance(0.5) ? p.name : `${p.honorific ?? (p.female ? 'Ms.' : 'Mr.')} ${p.last}`;
    const shuffled = c.rng.sample(words, words.length);
    for (const w of shuffled.slice(0, 3)) if (!c.words.includes(w)) c.words.push(w);
    out.push(c.rng.pick(STATEMENTS)(ref, shuffled, c.plan.topic.theme, country));
  }
  return out;
}

function summitSentence(c: Ctx): string | null {
  const id = c.plan.summitIds[0];
  if (!id) return null;
  const s = c.world.summits.find((x) => x.id === id);
  if (!s) return null;
  return c.rng.pick([
    `The discussion focused on the outcomes of the ${s.name} held in ${s.city} on ${longDate(s.date)}.`,
    `Speakers recalled the decisions of the ${s.name}, which took place in ${s.city} in ${MONTHS[parts(s.date).m - 1]} ${parts(s.date).y}.`,
  ]);
}

function body(c: Ctx, dateText: string | null): string[] {
  const paras: string[] = [opening(c, dateText)];
  const caps: string[] = [];
  c.people.forEach((p, i) => {
    const s = capacitySentence(c, p, c.capacities[i]!);
    if (s) caps.push(s);
  });
  const speakers = speakersSentence(c);
  paras.push([speakers, ...caps].filter(Boolean).join(' '));
  const summit = summitSentence(c);
  if (summit) paras.push(summit);
  const st = statements(c, c.rng.int(2, Math.min(5, c.people.length)));
  for (let i = 0; i < st.length; i += 2) paras.push(st.slice(i, i + 2).join(' '));
  paras.push(c.rng.pick(FILLERS)(c));
  return paras;
}

function ticker(rng: Rng): string {
  const lines: string[] = [];
  for (let i = 0; i < 3; i++) lines.push((rng.next() * 600 + 1).toFixed(2));
  return lines.join('\n');
}

function embassy(c: Ctx): Rendered {
  const org = c.orgs.find((o) => o.kind === 'embassy') ?? c.orgs[0]!;
  const menu = ['Home', 'About the Embassy', 'Consular Services', 'Press Center', 'News', 'Contacts'].join(c.rng.chance(0.5) ? ' | ' : '\n');
  const stamp = dottedStamp(c.rng, c.published);
  const paras = body(c, c.rng.chance(0.6) ? longDate(c.plan.date) : null);
  const footer = [
    'Share:',
    'Facebook  Twitter  Telegram',
    `© ${parts(c.published).y} ${org.name}. All rights reserved.`,
    `Address: ${c.rng.int(1, 90)} Diplomatic Enclave, ${org.city}`,
    `Tel.: +${c.rng.int(10, 99)} ${c.rng.int(10, 99)} ${c.rng.int(1000000, 9999999)}`,
  ].join('\n');
  const text = [
    ticker(c.rng),
    '',
    menu,
    '',
    'News',
    '',
    c.plan.title,
    '',
    c.plan.title,
    `Photo: ${org.acronym ?? 'MFA'} ${stamp} ${c.rng.int(50, 2000)}`,
    '',
    paras.join('\n\n'),
    '',
    footer,
    '',
  ].join('\n');
  return { ext: 'txt', text, words: c.words, published: c.published };
}

function thinktank(c: Ctx): Rendered {
  const org = c.orgs[0]!;
  const gap = '\n\n\n\n\n\n';
  const paras = body(c, c.rng.chance(0.5) ? britishDate(c.plan.date) : `${weekday(c.plan.date)}`);
  const reporter = c.rng.chance(0.5) ? `, press service of the ${orgName(c, org, true)} reports` : '';
  paras[0] = paras[0]!.replace(/\.$/, `${reporter}.`);
  const text = [` date ${c.published} Images | ${orgName(c, org, true)}`, '', paras.join(gap), '', c.rng.chance(0.5) ? `Tags: ${c.plan.topic.theme}, ${c.plan.city}, ${c.plan.type}` : ''].join('\n');
  return { ext: 'txt', text, words: c.words, published: c.published };
}

function wire(c: Ctx): Rendered {
  const agency = c.rng.pick(NEWS_AGENCIES);
  const { m, d } = parts(c.published);
  const dateline = `${c.plan.city.toUpperCase()}, ${MONTHS_SHORT[m - 1]} ${d} (${agency.short}):`;
  const paras = body(c, c.rng.chance(0.6) ? `${weekday(c.plan.date)}` : null);
  paras[0] = `${dateline} ${paras[0]}`;
  const region = c.rng.pick(REGIONS);
  const byline = c.rng.chance(0.6) ? `${c.rng.pick(region.male)} ${c.rng.pick(region.last)}` : 'Staff Reporter';
  const outlet = c.rng.pick(OUTLETS);
  const text = [byline, '', paras.join('\n\n'), '', `Published in ${outlet}, ${longDate(c.published)}`, c.rng.chance(0.5) ? `Copyright © ${outlet}` : '', ''].join('\n');
  return { ext: 'txt', text, words: c.words, published: c.published };
}

function university(c: Ctx): Rendered {
  const org = c.orgs.find((o) => o.kind === 'university') ?? c.orgs[0]!;
  const paras = body(c, longDate(c.plan.date));
  const text = [
    `Home » News & Events » ${c.plan.title}`,
    '',
    c.plan.title,
    `Posted on ${britishDate(c.published)} by Media Office, ${org.name}`,
    '',
    paras.join('\n\n'),
    '',
    'Related news',
    `- ${c.rng.pick(['Admissions open for the new session', 'Convocation ceremony held', 'Faculty development programme concludes'])}`,
    '',
  ].join('\n');
  return { ext: 'txt', text, words: c.words, published: c.published };
}

function markdown(c: Ctx): Rendered {
  const paras = body(c, britishDate(c.plan.date));
  const list = c.people.map((p, i) => {
    const org = c.world.orgById.get(p.orgId)!;
    return `- **${displayName(c, p)}**, ${p.role}, ${orgName(c, org)} (${c.capacities[i]})`;
  });
  const text = [`# ${c.plan.title}`, '', `_${longDate(c.published)} · ${c.plan.city}_`, '', paras[0]!, '', '## Participants', '', ...list, '', '## Discussion', '', paras.slice(1).join('\n\n'), ''].join('\n');
  return { ext: 'md', text, words: c.words, published: c.published };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html(c: Ctx): Rendered {
  const org = c.orgs[0]!;
  const paras = body(c, longDate(c.plan.date));
  const text = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(c.plan.title)} | ${esc(org.name)}</title>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>
<style>body{font-family:sans-serif}</style>
</head>
<body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/events">Events</a></li><li><a href="/publications">Publications</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<main>
<article>
<h1>${esc(c.plan.title)}</h1>
<p class="meta"><time datetime="${c.published}">${britishDate(c.published)}</time></p>
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
</main>
<footer><p>&copy; ${parts(c.published).y} ${esc(org.name)}</p><p>Subscribe to our newsletter</p></footer>
</body>
</html>
`;
  return { ext: 'html', text, words: c.words, published: c.published };
}

const RENDERERS: Record<TemplateName, (c: Ctx) => Rendered> = { embassy, thinktank, wire, university, markdown, html };

/** Picks a house style: mostly .txt, about 12% Markdown and 6% HTML. */
export function pickTemplate(rng: Rng, plan: EventPlan, world: World): TemplateName {
  const r = rng.next();
  if (r < 0.12) return 'markdown';
  if (r < 0.18) return 'html';
  const kinds = plan.organizerIds.map((id) => world.orgById.get(id)?.kind);
  if (kinds.includes('embassy') && rng.chance(0.6)) return 'embassy';
  if (kinds.includes('university') && rng.chance(0.6)) return 'university';
  return rng.pick(['thinktank', 'wire', 'embassy', 'wire'] as const);
}

export function render(rng: Rng, world: World, plan: EventPlan, template: TemplateName): Rendered {
  const people = plan.participants.map((p) => world.personById.get(p.personId) ?? null).filter((p): p is Person => p !== null);
  const published = plusDays(plan.date, rng.int(0, 3));
  const c: Ctx = {
    rng,
    world,
    plan,
    people,
    capacities: plan.participants.map((p) => p.capacity),
    orgs: plan.organizerIds.map((id) => world.orgById.get(id)!),
    published,
    words: [],
  };
  return RENDERERS[template](c);
}
