/**
 * Event extraction on synthetic reports (invented names and sentences of the genre's shapes):
 * type, title, date, location, organizers, further reported and referenced events, determinism.
 */
import { describe, expect, it } from 'vitest';
import { datesIn, yearByWeekday } from '../extract/dates';
import { findEvents } from '../extract/events';
import { findPublished } from '../metadata';
import { ingestRecords } from '../pipeline';
import { textRecord } from './fixtures/records';


/** Ingests one synthetic report and returns its events with organizer names resolved. */
function run(text: string) {
  const { corpus } = ingestRecords([textRecord('t.txt', text)]);
  const orgs = new Map(corpus.organizations.map((o) => [o.id, o]));
  const doc = corpus.documents[0]!;
  const events = corpus.events.map((e) => ({ ...e, organizers: e.organizerIds.map((id) => orgs.get(id)!.name) }));
  return { doc, main: events.find((e) => !e.referenced)!, events };
}

describe('event type', () => {
  it('prefers the organized event over a celebration it marks', () => {
    const { main } = run(
      'VILNIUS. On the occasion of the 25th anniversary celebration of the Republic of Freedonia, the Embassy of Freedonia organized an online round table with scholars and diplomats.',
    );
    expect(main.type).toBe('round table');
  });
  it('reads a celebration with guests as a reception, and "met with" as a meeting', () => {
    expect(run('The Embassy of Freedonia in Ruritania celebrated its National Day with a gathering of guests and diplomats.').main.type).toBe('reception');
    expect(
      run('Lisbon, March 3, 2021 – Minister of Foreign Affairs Anna Berg met with Executive Director of the Secretariat of the Conference on Northern Dialogue Paul Kent.').main.type,
    ).toBe('meeting');
  });
  it('reads a political consultation as a meeting, a concert as another event with its title, and no event still to come as the report\'s', () => {
    expect(run('Vietnam and Mexico held their seventh political consultation in Mexico City on March 18, 2025, as the two countries prepare to celebrate 50 years of ties.').main.type).toBe('meeting');
    const concert = run('Tokyo, Nov 18, 2022 (ONA) — The Embassy of Oman in Tokyo organised on Thursday evening a concert entitled “Harmony of Two Shores” at Suntory Hall.');
    expect([concert.main.type, concert.main.title]).toEqual(['other', 'Harmony of Two Shores']);
    const book = run('Bishkek, Nov. 9, 2023 / Kabar /. The presentation of the book took place at the National Academy of Sciences.\n\nThe Vice-President of the Academy stressed the translation and proposed to hold a joint scientific conference on Oriental studies next year.');
    expect(book.main.type).not.toBe('conference');
  });
});

describe('event words beyond the common ones', () => {
  it('reads a conclave as a conference with its organizer, a courtesy call as a meeting, a festival as an event', () => {
    const { main } = run('Lakeside Conclave 2024 concludes\n\nThe 5th Lakeside Conclave was held from 12 to 14 November 2024 at the Serena Hotel, Islamabad. The conclave was organised by the Institute of Peace Studies.');
    expect(main).toMatchObject({ type: 'conference', title: '5th Lakeside Conclave', date: '2024-11-12', endDate: '2024-11-14', organizers: ['Institute of Peace Studies'] });
    expect(run('The Ambassador paid a courtesy call on the Minister of Foreign Affairs in Baku on 3 May 2023.').main.type).toBe('meeting');
    expect(run('The Embassy of Freedonia organized a Freedonian Film Festival in Seoul on 3 May 2023.').main).toMatchObject({ type: 'other', title: 'Freedonian Film Festival' });
  });
  it('reads a national or culture day held under a "Press Release" header as a reception with its place and host', () => {
    const { main } = run('Press Release\n\nThe Embassy of Freedonia in Ruritania held a Freedonian Culture Day at the National Council of the Arts (NCA), Islamabad on 15 October 2022. The chief guest, Minister Lena Vogt, appreciated the cultural ties.');
    expect(main).toMatchObject({ type: 'reception', location: 'Islamabad', date: '2022-10-15', organizers: ['Embassy of Freedonia in Ruritania'] });
  });
});

describe('event type by usage', () => {
  it('takes the noun the report keeps using over a brand name’s noun', () => {
    const { main } = run(
      'The 12th Lakeside Roundtable: a Report\n\nThe Institute of Peace Studies has hosted the Lakeside Roundtable series since 1990. The institute is convening the conference every year. This year’s conference saw many scholars.',
    );
    expect(main.type).toBe('conference');
  });
  it('never takes a dateline for the event date, even when the publication date is given elsewhere', () => {
    const { main } = run('VIENNA, Feb 16 (XYZ): The Institute of Peace Studies hosted a panel discussion in Vienna.\n\nPublished in The Lakeside Times, February 16, 2025');
    expect(main.dateSource).toBe('published');
    expect(main.date).toBe('2025-02-16');
  });
});

describe('event title', () => {
  it('takes a title the text marks for the event in a later sentence, by its word or as "the event"', () => {
    const roundTable = run('Experts call for early execution of the railway at IRS round table\n\nISLAMABAD, Feb 20, 2025 (APP): Speakers at a round table on Thursday urged early work on the railway.\n\nThe round table titled “Trans-Afghan Railway: A Corridor for Regional Prosperity” was organised by the Institute of Regional Studies.');
    expect(roundTable.main.title).toBe('Trans-Afghan Railway: A Corridor for Regional Prosperity');
    const ceremony = run('Chisinau – The project results were presented at a closing ceremony in Chisinau on 29 November 2023.\n\nThe event, "Stronger Together for the Prut", was organized by UNDP Moldova.');
    expect(ceremony.main.title).toBe('Stronger Together for the Prut');
    const noTitle = run('Chisinau – The project results were presented at a closing ceremony in Chisinau on 29 November 2023.\n\nThe Minister said of the ceremony that it was "a good day for the river".');
    expect(noTitle.main.title).toBeNull();
  });
  it('reads a headline with a site name after a bar, and one whose verb is "concludes", down to the event\'s name; the event does not organize itself', () => {
    const html = '<html><head><title>Seminar on Water Diplomacy | Institute of Lake Studies</title></head><body><article><h1>Seminar on Water Diplomacy in South Asia</h1><p>The Institute of Lake Studies organized a seminar on water diplomacy on 1 December 2022 in Islamabad.</p></article></body></html>';
    const { corpus } = ingestRecords([textRecord('t.html', html)]);
    expect(corpus.events[0]!.title).toBe('Seminar on Water Diplomacy in South Asia');
    const { main } = run('Annual Conference on Steppe Connectivity concludes in Tashkent\n\nTASHKENT, October 14, 2023 — The two-day Annual Conference on Steppe Connectivity, held on 12 and 13 October, brought together 300 delegates. The conference was jointly organized by the Nordic Institute for Security and the Baltic Policy Fund.');
    expect(main.title).toBe('Annual Conference on Steppe Connectivity');
    expect(main.organizers).toEqual(['Nordic Institute for Security', 'Baltic Policy Fund']);
  });
  it('reads a body named like an event that hosts another event as the organizer, not as the event', () => {
    const { main } = run('DOHA, Oct 7 (UzA): Lakeside Governance Forum (LGF), in collaboration with the Capital University of Sciences, hosted a training workshop on regional connectivity on Monday at its premises in Doha.');
    expect(main.type).toBe('workshop');
    expect(main.title).toBeNull();
    expect(main.organizers).toEqual(['Lakeside Governance Forum', 'Capital University of Sciences']);
  });
  it('prefers another city of the report to the city of an institution\'s name, and takes that one when no other is given', () => {
    expect(run('Lecture on the war\n\nThe Centre hosted a lecture by Professor Karl Berg of the University of Chicago on 3 May 2023. The Centre is based in Lahore.').main.location).toBe('Lahore');
    expect(run('The Centre hosted a lecture on 3 May 2023 at the Holy Spirit University of Kaslik.').main.location).toBe('Kaslik');
  });
  it('takes no organizer from an acronym that opens a theme, only from one that opens an event\'s name', () => {
    expect(run('Lahore, 10 June 2023: The Department of Political Science hosted the launch of the book "CPEC: A Decade On" on Friday.').main.organizers).toEqual(['Department of Political Science']);
    expect(run('The EUISS Annual Conference 2024 was held in Paris on 3 May 2024.').main.organizers).toEqual(['EUISS']);
  });
  it('does not take the named event a side event is held beside as its title, and joins a bare acronym to its full name', () => {
    const { main } = run('NIS hosts side event on maritime security\n\nBy Staff Reporter | June 3, 2023\n\nSINGAPORE: On the sidelines of the 20th Harbour Security Dialogue, the Nordic Institute for Security held a closed-door roundtable on maritime security on Friday.');
    expect(main.title).toBeNull();
    expect(main.type).toBe('round table');
    expect(main.date).toBe('2023-06-02');
    expect(main.organizers).toEqual(['Nordic Institute for Security']);
  });
  it('takes a theme after "titled" with or without quotes, not a possessive or an organizer name', () => {
    expect(run('The Freedonian Embassy organised a seminar. The ambassador hosted the seminar titled Freedonia and Ruritania Trade Prospects. It went well.').main.title).toBe(
      'Freedonia and Ruritania Trade Prospects',
    );
    expect(run('The Centre for Regional Studies recently held a seminar examining the significance of the Union’s “Year of Culture 2030.”').main.title).toBeNull();
    expect(run('He spoke as chief guest at a seminar organized jointly by the ‘Voices of Tomorrow’ and the Centre for Regional Studies.').main.title).toBeNull();
  });
  it('prefers the event’s proper name over its slogan, and a headline that names the event', () => {
    expect(run("Titled 'Bridges Across Borders,' the Lakeside International Forum gathered over 100 speakers in Geneva.").main.title).toBe('Lakeside International Forum');
    const { main } = run(
      'Launch of the Anniversary Issue of the Horizon Journal\n\nGeneva, May 4, 2022 (XYZ): The Centre for Regional Studies organised Launch of the Anniversary Issue of its Horizon Journal titled “Fifty Years of Friendship” on May 3, 2022.',
    );
    expect(main.title).toBe('Launch of the Anniversary Issue of the Horizon Journal');
    expect(main.date).toBe('2022-05-03');
  });
  it('reads a program-style report: heading, theme line, organizer line, date line', () => {
    const { main } = run(
      'Seminar Report\n\n“Regional Connectivity – Prospects and\n\nOrganized by\n\nCentre for Regional Studies, Islamabad\n\nMarriott Hotel, Islamabad\n\nOn 14th March 2019\n\nThe Seminar was attended by many guests.',
    );
    expect(main.title).toBe('Regional Connectivity – Prospects and');
    expect(main.organizers).toContain('Centre for Regional Studies');
    expect(main.date).toBe('2019-03-14');
    expect(main.location).toBe('Islamabad');
  });
});

describe('event organizers', () => {
  it('reads who organized the event from a later sentence: a passive after its title, partners "in collaboration with", subjects of "jointly organised the programme"', () => {
    const titled = run('ISLAMABAD, Feb 20, 2025 (APP): Speakers at a round table on Thursday urged early work on the railway.\n\nThe round table titled “Trans-Afghan Railway: A Corridor for Regional Prosperity” was organised by the Institute of Regional Studies (IRS) in collaboration with the Embassy of the Republic of Uzbekistan in Islamabad.');
    expect(titled.main.organizers).toEqual(['Institute of Regional Studies', 'Embassy of the Republic of Uzbekistan in Islamabad']);
    const forum = run('OTTAWA, November 20, 2023 – Experts met at the third Ottawa forum on November 16 and 17.\n\nThe two-day forum, organized by the Centre for International Policy Studies (CIPS) in partnership with the Asia Pacific Foundation of Canada, gathered 200 people.');
    expect(forum.main.organizers).toEqual(['Centre for International Policy Studies', 'Asia Pacific Foundation of Canada']);
    const jointly = run('A memorial lecture was delivered at Dhaka University yesterday, 7 December 2023.\n\nThe Department of Peace and Conflict Studies and the Lakeside Rafiq Trust jointly organised the programme.');
    expect(jointly.main.organizers).toEqual(['Department of Peace and Conflict Studies', 'Lakeside Rafiq Trust']);
  });
  it('keeps each mention of an organization once, however many readings find it', () => {
    const { corpus } = ingestRecords([textRecord('t.txt', 'The seminar was organized by the Lakeside Policy Institute (LPI) in Almaty on 3 May 2023. It was jointly organized by the Lakeside Policy Institute and the Baltic Fund.')]);
    for (const o of corpus.organizations) {
      const spans = (o.mentions ?? []).map((m) => `${m.documentId}:${m.start}-${m.end}`);
      expect(new Set(spans).size).toBe(spans.length);
    }
  });
  it('reads "the Embassy" as the subject of organizing as the one embassy the document names', () => {
    const { main } = run('PRESS RELEASE\n\nEmbassy of the Republic of Freedonia in the Kingdom of Belgium\n\nOn 23rd of March 2023, the Embassy organized a business forum in Brussels. The forum was opened by Ambassador Karl Berg.');
    expect(main.organizers).toEqual(['Embassy of the Republic of Freedonia in the Kingdom of Belgium']);
  });
  it('finds the subject after a dateline and the names after cue phrases', () => {
    const { main } = run(
      'ISLAMABAD, Oct 31 (XYZ): The Embassy of Freedonia, in collaboration with the Centre for Regional Studies and the Institute of Peace Studies, organized a round table on trade.',
    );
    expect(main.organizers).toEqual(expect.arrayContaining(['Embassy of Freedonia', 'Centre for Regional Studies', 'Institute of Peace Studies']));
  });
  it('takes no organizer out of a quoted title', () => {
    const { main } = run("The Embassy of Freedonia in Tokyo, in collaboration with Lakeside University, organized a seminar titled 'Freedonia-Japan Relations: Opportunities for Cooperation' on 12 April 2022.");
    expect(main.title).toBe('Freedonia-Japan Relations: Opportunities for Cooperation');
    expect(main.organizers).toEqual(['Embassy of Freedonia in Tokyo', 'Lakeside University']);
  });
  it('reads "the event was organised in partnership with", an acronym opening the name, and countries as chairs', () => {
    const a = run('FRIS Annual Conference 2031\n\n5 May 2031\n\nThe event was organised in partnership with the Lakeside Presidency of the Council and the Royal Institute for Global Affairs.');
    expect(a.main.organizers).toEqual(expect.arrayContaining(['FRIS', 'Royal Institute for Global Affairs']));
    expect(a.main.date).toBe('2031-05-05');
    expect(a.doc.published).toBeNull();
    const b = run('An informal meeting of the Council of Northern Cooperation was held on the sidelines of the assembly under the chairmanship of Norway, attended by ministers.');
    expect(b.main.organizers).toEqual(expect.arrayContaining(['Council of Northern Cooperation', 'Norway']));
  });
  it('takes the theme after an event word and a colon in the headline, and reads a Markdown speaker list', () => {
    const md = '# Webinar: The Future of Arms Control\n\nThe Lakeside Centre organized a webinar on 28 February 2023.\n\n## Speakers\n\n- **Dr. Toby Dalton**, Co-Director, Nuclear Policy Program, Carnegie Endowment for International Peace\n- **Dr. Sadia Tasleem**, Lecturer, Lakeside University';
    const { corpus } = ingestRecords([textRecord('t.md', md)]);
    const main = corpus.events.find((e) => !e.referenced)!;
    expect(main.title).toBe('The Future of Arms Control');
    const people = corpus.people.map((p) => p.name).sort();
    expect(people).toEqual(['Sadia Tasleem', 'Toby Dalton']);
    expect(main.participants.find((p) => corpus.people.find((x) => x.id === p.personId)!.name === 'Toby Dalton')!.role).toBe('Co-Director, Nuclear Policy Program');
  });
  it('places the event where its own sentence says, over the agency\'s dateline', () => {
    const { main } = run('NUR-SULTAN. KAZINFORM – The Ambassador took part in a round table organized by the Lakeside Institute in The Hague, Lakeside News Agency reports.');
    expect(main.location).toBe('The Hague');
    expect(main.organizers).toEqual(['Lakeside Institute in The Hague']);
    expect(run('ISLAMABAD, May 2 (APP): The Institute of Peace Studies organized a seminar on Monday.').main.location).toBe('Islamabad');
  });
  it('reads an arrival on a visit as the reported event, and a summit it follows as referenced', () => {
    const all = run('Prime Minister Omar Saleh arrived in Beijing on a five-day official visit to China on 4 June 2024. During the visit, he will meet the President. The visit follows the Lakeside Summit held in Astana on 3-4 July 2023.').events;
    expect(all.find((e) => !e.referenced)).toMatchObject({ type: 'visit', date: '2024-06-04', location: 'Beijing' });
    expect(all.find((e) => e.referenced)).toMatchObject({ type: 'summit', date: '2023-07-03', endDate: '2023-07-04' });
  });
  it('reads a named event with its complement, and "It was organized by" as the event\'s organizer', () => {
    const { main } = run('The three-day International Conference on Water Security was held from 9 to 11 May 2023 in Dushanbe. It was organized by the Government of Freedonia.');
    expect(main).toMatchObject({ title: 'International Conference on Water Security', date: '2023-05-09', endDate: '2023-05-11', organizers: ['Government of Freedonia'] });
    expect(run('The Lakeside Forum on Monday discussed trade.').main.title).toBe('Lakeside Forum');
  });
  it('credits no organizer with the session that a side event is held on the margins of', () => {
    const { main } = run('On 7 March 2024, the Permanent Mission of Freedonia to the United Nations hosted a side event on the margins of the 68th session of the Commission on the Status of Women.');
    expect(main.organizers).toEqual(['Permanent Mission of Freedonia to the United Nations']);
    const during = run('During the meeting of the Council of Ministers of the Northern Treaty Organization, the ministers discussed security.');
    expect(during.main.organizers.join(' ')).toMatch(/Northern Treaty Organization/);
  });
  it('credits the host institution of "took place in" and thanks for jointly organizing', () => {
    const a = run('A briefing by the deputy minister for heads of missions took place in the Ministry of Foreign Affairs of Freedonia.');
    expect(a.main.organizers.join(' ')).toMatch(/Ministry of Foreign Affairs/);
    const b = run(
      'Ruritanian envoy briefs students on reforms\n\nThe ambassador briefed students of Lakeside University about the reforms.\n\nThe Embassy of Ruritania expressed its gratitude to Professor Ann Lee for jointly organizing the event.',
    );
    expect(b.main.organizers).toContain('Embassy of Ruritania');
  });
});

describe('event dates', () => {
  it('resolves "yesterday" in the lead of an anaphoric event sentence', () => {
    const { main } = run(
      'Published March 5, 2021\n\nThe Federal Government, yesterday, presented letters of credence to new envoys.\n\nAt the ceremony which took place in Abuja, were the minister and the governor.',
    );
    expect(main.date).toBe('2021-03-04');
    expect(main.dateSource).toBe('text');
  });
  it('settles a weekday date without a year among the years the text names, never by the clock', () => {
    expect(yearByWeekday(3, 26, 3, [2017])).toBe(2017); // Wednesday, 26 April 2017
    const t = 'The envoy on Wednesday, 26th April hosted a dinner for the 2017 season.';
    expect(datesIn(t, { start: 0, end: t.length }, null, [2017]).map((d) => d.date)).toEqual(['2017-04-26']);
    expect(datesIn(t, { start: 0, end: t.length }, null, [])).toEqual([]);
    const { main } = run('The Embassy of Freedonia hosted a reception in Vienna for its National Day.');
    expect(main.date).toBeNull();
    expect(main.dateSource).toBeNull();
  });
  it('does not take a date of another event in a later sentence, nor the dateline', () => {
    const { main, events } = run(
      'Vienna, April 13, 2022 – The foreign minister met with the secretary general of the Northern Council.\n\nThe secretary general informed about the decisions of the Senior Officials Committee adopted on March 30, 2022 and the visits to member states.',
    );
    expect(main.date).toBe('2022-04-13');
    expect(events.filter((e) => e.referenced).map((e) => e.date)).toContain('2022-03-30');
  });
  it('reads dates with its own grammar: ranges across months, ordinals, "the 5th of May", not acronyms', () => {
    const t = 'It ran from 30 June – 2 July 2024, then on the 5th of May, and on Sept. 8, 2022; the 33rd APR met.';
    expect(datesIn(t, { start: 0, end: t.length }, '2024-07-10').map((d) => [d.date, d.endDate])).toEqual([
      ['2024-06-30', '2024-07-02'],
      ['2024-05-05', null],
      ['2022-09-08', null],
    ]);
  });
  it('reads parenthesized datelines, and a year-less dateline’s year from the same day written in full', () => {
    expect(findPublished('', 'LAKESIDE UNIVERSITY IN QATAR (Sept. 8, 2022) Seven diplomats were invited.').date).toBe('2022-09-08');
    const text = 'VIENNA, Dec 28 (XYZ): The institute organized a briefing.\n\nIt recalled the summit of June 6, 2023.\n\nPublished in The Lakeside Times, December 28, 2018';
    expect(findPublished('', text).date).toBe('2018-12-28');
  });
});

describe('publication lines and relative days', () => {
  it('reads a publication date with a time after a dash, and one in a byline', () => {
    expect(findPublished('', 'Minister holds talks\n\n15 March 2023 - 14:20\n\nOn March 14, the minister met his counterpart.').date).toBe('2023-03-15');
    expect(findPublished('', 'Institute hosts side event\n\nBy Staff Reporter | June 3, 2023\n\nA roundtable was held on Friday.').date).toBe('2023-06-03');
  });
  it('reads a publication date in figures after a label or alone on a line, and a slashed date that only reads month first', () => {
    expect(run('Posted: 2023-05-20\n\nA seminar was held in Oslo on 18 May.').doc.published).toBe('2023-05-20');
    expect(run('20.05.2023\n\nA roundtable took place in Oslo on May 18th.').main.date).toBe('2023-05-18');
    expect(run('Seminar on trade\n20/05/2023 10:30\n\nA roundtable took place in Oslo.').doc.published).toBe('2023-05-20');
    expect(run('Date: 05/20/2023\n\nA roundtable took place in Oslo.').doc.published).toBe('2023-05-20');
  });
  it('reads a programme\'s date line with a time range, and its venue line as the place', () => {
    const { main } = run('Lakeside event: The future of trade\n\nThursday 16 November 2023, 12:00 - 13:00 GMT\n\nLakeside House, London\n\nSpeakers\nDr Sara Khan, Director, Trade Programme, Lakeside House');
    expect(main.date).toBe('2023-11-16');
    expect(main.location).toBe('London');
  });
  it('knows the capitals of the smaller states, and a country of two words before a name', () => {
    const text = 'SKOPJE, 30 November 2023 – The Minister took part in the 30th meeting of the Ministerial Council, held in Skopje. He met the Foreign Minister of North Macedonia Bujar Osmani and the President of Rwanda Paul Kagame.';
    const { main } = run(text);
    expect(main.location).toBe('Skopje');
    expect(Object.fromEntries(ingestRecords([textRecord('t.txt', text)]).docs[0]!.extraction.people.map((p) => [p.name, p.orgKey]))).toEqual({ 'Bujar Osmani': 'country:North Macedonia', 'Paul Kagame': 'country:Rwanda' });
  });
  it('reads a date line after two places or a weekday, and takes the city of either place as the location', () => {
    expect(findPublished('', 'Deputy Minister receives Ambassador\n\nHanoi/Jakarta, Tuesday, 7 February 2023\n\nThe envoy paid a courtesy call.').date).toBe('2023-02-07');
    const { main } = run('Lecture at the Centre for Peace\n\nNUST, Islamabad – 10 March 2023\n\nThe Centre for Peace hosted a public lecture by Professor Karl Berg, Professor of Political Science at the University of Chicago.');
    expect(main.date).toBe('2023-03-10');
    expect(main.location).toBe('Islamabad');
  });
  it('reads a page\'s stamp lines: a date in figures among times, views and bylines, a label or an abbreviated weekday before a date', () => {
    expect(run('Report launched\n14.03.2024 | 17:42 | Views: 1 284\n\nThe report was presented on Tuesday.').doc.published).toBe('2024-03-14');
    expect(run('Ministers meet\nBurak Bir, Ali Murat Alhas   |11.04.2025 - Update : 11.04.2025\n\nThe ministers met in Antalya.').doc.published).toBe('2025-04-11');
    expect(run('Workshop report\n\nBrussels, 24.11.2023\n\nA workshop was held on 22 November 2023.').doc.published).toBe('2023-11-24');
    expect(run('The report was presented on 10.05.2024 in Tashkent by the team of the institute.\n\nMore text.').doc.published).toBeNull();
    expect(findPublished('', 'Ministers meet\n\nNews | 15 March 2024\n\nThe ministers met.').date).toBe('2024-03-15');
    expect(findPublished('', 'Rivers must unite\n\nStaff Correspondent\nFri Dec 8, 2023 12:00 AM\n\nA lecture was delivered yesterday.').date).toBe('2023-12-08');
  });
  it('reads datelines with an agency after a comma, between slashes or of two words, and a dateline under a headline that ends in "on"', () => {
    expect(findPublished('', 'Kuala Lumpur, November 07, 2024, SPA -- The Embassy opened an exhibition.').date).toBe('2024-11-07');
    expect(findPublished('', 'Bishkek, Nov. 9, 2023 / Kabar /. The presentation of the book took place.').date).toBe('2023-11-09');
    expect(findPublished('', 'Mexico, Jan 7 (Prensa Latina) The President inaugurated the Meeting of Ambassadors 2025 on Tuesday.\n\nThe review, scheduled for 2026, will be complex.').date).toBe('2025-01-07');
    expect(run('Forum takes stock of the strategy one year on\nOTTAWA, November 20, 2023 – The third forum was held on November 16 and 17 at the University.').doc.published).toBe('2023-11-20');
  });
  it('dates the event by "last night", by a programme\'s date label, or by its lead when the event\'s own sentence has no date', () => {
    expect(run('KUALA LUMPUR, June 13, 2024 -- The minister spoke at a reception hosted by the Embassy at a hotel here last night.').main.date).toBe('2024-06-12');
    const announcement = run('China in the Arctic\n\nPublished: 24 January 2024\n\nTime: Wednesday 7 February 2024, 10:00–11:30 CET\nPlace: Digital (Zoom)\n\nIn this webinar, organised jointly by the two institutes, we take stock of the issues.');
    expect(announcement.main.date).toBe('2024-02-07');
    const news = run('Speakers say at memorial lecture at DU\n\nFri Dec 8, 2023 12:00 AM\n\nSouth Asian countries must treat shared rivers as a common resource if the region is to cope, a Nepali academic said yesterday.\n\nHe was delivering the 11th Memorial Lecture at Dhaka University.');
    expect(news.main.date).toBe('2023-12-07');
  });
  it('dates an event page by its date line, and not by the date of what the event came after', () => {
    const page = run('Book Launch: Steppe Corridors\n\nPublished April 2, 2024\n\nWednesday, April 17, 2024 · 12:00–1:30 p.m. ET\n\nJoin us for the launch of a new book on the Middle Corridor, with the author and two discussants.');
    expect(page.main.date).toBe('2024-04-17');
    const lecture = run('Annual lecture\n\nPosted November 18, 2024\n\nLess than three weeks after the contested elections of October 26, 2024, the Center welcomed the former Foreign Minister to deliver the annual lecture on Thursday.');
    expect(lecture.main.date).toBe('2024-11-14');
  });
  it('reads a courtesy call paid as the reported event, not a meeting it recalls', () => {
    const { main } = run('DHAKA, March 7, 2023 (BSS) - The new High Commissioner of Sri Lanka paid a courtesy call on the Foreign Secretary at his office today.\n\nThe Foreign Secretary recalled the consultations between the two countries held in Colombo on January 12, 2023.');
    expect([main.type, main.date]).toEqual(['meeting', '2023-03-07']);
  });
  it('takes no date of another matter from the lead', () => {
    const { main } = run('Nur-Sultan, April 13, 2022 – The Minister met with the Executive Director of the Secretariat.\n\nThe Executive Director informed the Minister about the implementation of the decisions of the Senior Officials Committee adopted on March 30, 2022, and about the results of visits.');
    expect(main.date).toBe('2022-04-13');
  });
  it('reads "Today" inside a sentence as part of a name, not as the publication day', () => {
    const { main } = run('Posted on 2 February 2024\n\nThe Nordic Institute hosted a panel discussion titled "Allies or Rivals? The Baltic Today" on January 30, 2024 in Oslo.');
    expect(main.date).toBe('2024-01-30');
    expect(main.title).toBe('Allies or Rivals? The Baltic Today');
  });
});

describe('further reported and referenced events', () => {
  it('finds a second event that opens its own paragraph, and none from anaphora', () => {
    const { events } = run(
      'Published December 18, 2016\n\nThe ambassador of Freedonia hosted a reception in Islamabad to celebrate National Day.\n\nThe event was attended by many envoys.\n\nGuests enjoyed the music.\n\nRuritania’s High Commissioner welcomed a large number of guests to a ceremony to celebrate the country’s Independence Day this week.',
    );
    const reported = events.filter((e) => !e.referenced);
    expect(reported.map((e) => e.type)).toEqual(['reception', 'ceremony']);
    expect(reported[1]!.date).toBe('2016-12-18');
  });
  it('dates referenced elections and summits by the nearest event word', () => {
    const { events } = run(
      'ISLAMABAD, NOV 26 (XYZ) - Upcoming Parliamentary Elections in Ruritania on 22th December 2019 are significant, said the ambassador while briefing students.',
    );
    expect(events.filter((e) => e.referenced).map((e) => e.date)).toEqual(['2019-12-22']);
  });
  it('is deterministic and gives evidence inside the text', () => {
    const text = 'GENEVA, May 2 (XYZ): The Institute of Peace Studies organized a seminar titled “Water and Peace” on Monday at its campus in Geneva.';
    const ctx = { text, sentences: [{ start: 0, end: text.length }], published: '2024-05-02', publishedEvidence: { start: 0, end: 19 }, docTitle: null };
    const a = findEvents(ctx);
    const b = findEvents(ctx);
    expect(a).toEqual(b);
    const e = a[0]!;
    expect(text.slice(e.titleEvidence!.start, e.titleEvidence!.end)).toBe('Water and Peace');
    expect(text.slice(e.dateEvidence!.start, e.dateEvidence!.end)).toMatch(/Monday/);
    expect(e.date).toBe('2024-04-29');
    expect(e.location).toBe('Geneva');
    expect(text.slice(e.locationEvidence!.start, e.locationEvidence!.end)).toMatch(/^geneva$/i);
  });
});

describe('places and markdown', () => {
  it('knows major cities beyond capitals, and not a person named after one', () => {
    expect(run('The Institute of Peace Studies hosted a seminar on water at its premises in Bukhara.').main.location).toBe('Bukhara');
    expect(
      run('LAKESIDE UNIVERSITY IN QATAR (Sept. 8, 2022) The Student Society organized a panel discussion.\n\nHosts Santiago Rubio and Ana Lee introduced the guests.').main.location,
    ).toBe('Qatar');
  });
  it('strips markdown markup so a byline date is the publication date', () => {
    const { corpus } = ingestRecords([textRecord('t.md', '# Water in a Changing Region\n\n_April 2, 2019 · Vienna_\n\nThe **Institute of Peace Studies** hosted a seminar in Vienna.')]);
    expect(corpus.documents[0]!.published).toBe('2019-04-02');
  });
});
