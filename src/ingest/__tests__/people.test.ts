/** People, roles, affiliations, participation and linking: synthetic sentences of the report genre. */
import { describe, expect, it } from 'vitest';
import { isPossessive, nameCandidates } from '../extract/people';
import { cutTrailingName, tidyOrgName } from '../extract/organizations';
import { ingestRecords } from '../pipeline';
import type { LocalPerson } from '../types';
import { textRecord } from './fixtures/records';

/** A report with "Minister of State for …" ended by a verb, and an envoy's bracket with a comma. */
const MINISTER_AND_ENVOYS =
  'A launch was held in Islamabad on Monday. Mr. Ali Muhammad Khan, Minister of State for Parliamentary Affairs graced the occasion as Chief Guest. Among those present were Ambassador Yakubu Ahmed (Qatar); Ambassador Nura Rimi (Egypt, with concurrent accreditation to Eritrea and Palestine).';

/** The ingest of one report. */
const ingestOne = (text: string) => ingestRecords([textRecord('t.txt', text)]);
/** Each person of one report, by name, with one field of theirs. */
const byPerson = <K extends keyof LocalPerson>(text: string, key: K) => Object.fromEntries(ingestOne(text).docs[0]!.extraction.people.map((p) => [p.name, p[key]]));
/** Each person of one report, by name, with their role and organization key. */
const rolesAndOrgs = (text: string) => Object.fromEntries(ingestOne(text).docs[0]!.extraction.people.map((p) => [p.name, [p.role, p.orgKey]]));

describe('name candidates', () => {
  it('keeps initials written together inside a name, but not "H.E." or "U.S." before one', () => {
    expect(nameCandidates('Foreign Minister Retno L.P. Marsudi met the Ambassador of Romania H.E. Katalin Fontaine and the U.S. Ambassador Ann Lee.').map((h) => h.name)).toEqual(['Retno L.P. Marsudi', 'Katalin Fontaine', 'Ann Lee']);
  });
  it('reads no person out of a venue, and no "of the" into a title', () => {
    const text = 'Jakarta, 12 February 2024\n\nThe Foreign Minister received the visit of the Minister of Foreign Affairs of Spain, José Manuel Albares Bueno, at the Pancasila Building.';
    expect(byPerson(text, 'role')).toEqual({ 'José Manuel Albares Bueno': 'Minister of Foreign Affairs' });
  });
  it('keeps an Arabic article joined by a hyphen, "binti", Spanish plural articles and the Filipino "Ma." inside a name', () => {
    expect(nameCandidates('Dr. Ahmed bin Salim al-Harthy, Ambassador, met Hajar Aminah binti Zulkifli and Ma. Cristina de los Reyes-Santos.').map((h) => h.name)).toEqual(['Ahmed bin Salim al-Harthy', 'Hajar Aminah binti Zulkifli', 'Ma. Cristina de los Reyes-Santos']);
  });
  it('reads "Md" as a name part (Muhammad), not a managing director\'s title', () => {
    expect(nameCandidates('Director General Major General Md Abu Bakar Siddique Khan and the MD of the bank spoke.').map((h) => h.name)).toEqual(['Md Abu Bakar Siddique Khan']);
  });
  it('reads no person out of a plan, an act, a sea or a shoal named with capitals', () => {
    const text = 'A seminar was held in Riga on 3 May 2023. She noted the flagship areas of the Economic and Investment Plan presented by Commissioner Anna Berg.\n\nPodcast: What does Russia want in the Baltic Sea?';
    expect(Object.keys(byPerson(text, 'role'))).toEqual(['Anna Berg']);
  });
  it('keeps two particles in a row inside a name', () => {
    expect(nameCandidates('with Dr. Jan van der Berg and Ambassador Maria Fernanda Espinosa de la Torre.').map((h) => h.name)).toEqual(['Jan van der Berg', 'Maria Fernanda Espinosa de la Torre']);
  });
  it('opens no name with a place of two words or a city after a preposition, and reads a family name in capitals before the given name', () => {
    expect(nameCandidates('the Ambassador of Sri Lanka Rukhsana Niazi and the Consul General in Lahore Zhao Shiren spoke').map((h) => h.name)).toEqual(['Rukhsana Niazi', 'Zhao Shiren']);
    const text = 'Ambassador of Japan to Nepal, KIKUTA Yutaka, delivered a lecture in Kathmandu on 1 March 2024. Dr. Ali Khan of NUST Islamabad, and NUST faculty attended.';
    expect(byPerson(text, 'role')).toEqual({ 'Kikuta Yutaka': 'Ambassador', 'Ali Khan': null });
  });
  it('keeps middle initials without dots inside a name, and no acronym after one', () => {
    expect(nameCandidates('Professor Aileen SP Baviera, Chair of the Network, met Ali Khan UN Envoy and EU Ambassador Lena Vogt.').map((h) => h.name)).toEqual(['Aileen SP Baviera', 'Ali Khan', 'Lena Vogt']);
  });
  it('keeps long runs whole once title words are split off', () => {
    expect(nameCandidates('Host Major General Ahmad Rafiq Ul Haq Malik (Retd), Chairman').map((h) => h.name)).toEqual(['Ahmad Rafiq Ul Haq Malik']);
  });
  it('does not read names out of mixed-case acronyms', () => {
    expect(nameCandidates('Chairman BoG, XYZ, Ambassador Tariq Rauf said').map((h) => h.name)).toEqual(['Tariq Rauf']);
  });
  it('keeps a regnal numeral in the name, but not the pronoun "I"', () => {
    expect(nameCandidates('the birthday of Her Majesty Queen Elizabeth II and King Mohammed VI, as Ahmed Khan I think said').map((h) => h.name)).toEqual(['Elizabeth II', 'Mohammed VI', 'Ahmed Khan']);
    expect(byPerson('The High Commission held a reception in Abuja to mark the birthday of Her Majesty Queen Elizabeth II.', 'role')).toEqual({ 'Elizabeth II': 'Queen' });
  });
  it('lets a city that is also a given name open a long name, or one of two parts after an honorific', () => {
    expect(nameCandidates('The hosts, Santiago Ortega Blanco and Ana Ruiz, spoke').map((h) => h.name)).toContain('Santiago Ortega Blanco');
    expect(nameCandidates('Ambassador Rosario Cruz and Dr. Santiago Pérez spoke in Rosario Centro.').map((h) => h.name)).toEqual(['Rosario Cruz', 'Santiago Pérez']);
  });
});

describe('organization phrases', () => {
  it('cuts a person name glued to the end of an organization', () => {
    expect(cutTrailingName('Ministry of Trade Affairs Bolat Serikov')).toBe('Ministry of Trade Affairs');
    expect(cutTrailingName('Secretariat of the Forum on Security in Europe Anna Petrova')).toBe('Secretariat of the Forum on Security in Europe');
    expect(cutTrailingName('Chamber of Commerce')).toBe('Chamber of Commerce');
    expect(cutTrailingName('Institute of Regional Studies Islamabad')).toBe('Institute of Regional Studies Islamabad');
  });
});

describe('organizations of a document', () => {
  const orgNames = (text: string) => ingestOne(text).docs[0]!.extraction.orgs.map((o) => o.name);
  it('joins a bare acronym to the one full name whose initials it is, not to one with an acronym of its own, and drops a possessive', () => {
    const text = 'NIS hosts roundtable\n\nThe Nordic Institute for Security held a roundtable in Oslo on 3 May 2023 on the Shanghai Cooperation Organisation’s summit. The Baltic Centre for Arctic Research (BCAR) and the BCR took part.';
    expect(orgNames(text).sort()).toEqual(['BCR', 'Baltic Centre for Arctic Research', 'Nordic Institute for Security', 'Shanghai Cooperation Organisation']);
  });
  it('ends a name before a date, and knows institution words of other languages', () => {
    expect(orgNames('The seminar was organised by the Centre for Peace and Stability in collaboration with the Friedrich Ebert Stiftung on 3 June 2023. The British High Commission Abuja on Wednesday marked the day.')).toEqual([
      'Centre for Peace and Stability',
      'Friedrich Ebert Stiftung',
      'British High Commission Abuja',
    ]);
  });
  it('reads no organization out of a minister\'s portfolio, a title in capitals or a bare organization word', () => {
    const text = 'The Embassy of Indonesia in Canberra hosted a reception. Guests included Australian Assistant Minister for Foreign Affairs Tim Watts MP and members of the diplomatic corps. The Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov spoke. Uzbek Deputy Head of Mission Dr Ismatulla Fayzulla delivered a presentation. Kenji Suzuki, Minister of the Ministry of Maritime Affairs of Malaysia, also spoke.';
    expect(orgNames(text).sort()).toEqual(['Australia', 'Embassy of Indonesia in Canberra', 'Ministry of Maritime Affairs of Malaysia', 'Uzbekistan']);
    expect(byPerson(text, 'role')).toMatchObject({ 'Tim Watts': 'Assistant Minister for Foreign Affairs', 'Bakhtiyor Saidov': 'Minister of Foreign Affairs' });
  });
  it('reads neither a city in capitals (a dateline) nor the first word of a title as an organization', () => {
    const got = orgNames('ISLAMABAD, 12 May: The Institute of Peace Studies held a seminar. The keynote was delivered by Karl Berg, Research Associate, Arctic Institute.');
    expect(got).toContain('Institute of Peace Studies');
    expect(got).toContain('Arctic Institute');
    expect(got).not.toContain('ISLAMABAD');
    expect(got).not.toContain('Research');
  });
  it('ends an organization before "and the <nationality> …" and before a dangling title word', () => {
    expect(orgNames('The seminar in Oslo was attended by the Embassy of Chile in Norway and the Turkish Ambassador Ali Demir.')).toContain('Embassy of Chile in Norway');
    const tidied = (name: string) => {
      const t = tidyOrgName(name);
      return t ? name.slice(t[0], t[0] + t[1]) : name;
    };
    expect(tidied('Arctic Institute of Law and the Sri Lankan')).toBe('Arctic Institute of Law');
    expect(tidied('Arctic Institute of Law and Vice')).toBe('Arctic Institute of Law');
    expect(tidied('Ministry of Trade and Industry')).toBe('Ministry of Trade and Industry');
  });
});

describe('participation', () => {
  const run = (text: string) => {
    const { corpus } = ingestOne(text);
    const e = corpus.events.find((x) => !x.referenced)!;
    const name = (id: string) => corpus.people.find((p) => p.id === id)!.name;
    return Object.fromEntries((e?.participants ?? []).map((p) => [name(p.personId), p.capacity]));
  };
  it('takes no part for what a clause dated to another day says, unless the clause speaks', () => {
    const got = run('NEW DELHI, 28 February 2024 – The Council hosted a round table on connectivity in New Delhi on 27 February 2024, which took stock of progress since the First India–Central Asia Summit, hosted virtually by Prime Minister Narendra Modi on 27 January 2022.\n\nAmbassador Ulugbek Nazarov of Uzbekistan said the corridor mattered. Professor Yuki Hasegawa discussed the summit at Camp David on August 18, 2023.\n\nLavrov last visited Nairobi on May 29, 2023, when he was received by President William Ruto.');
    expect(got).toEqual({ 'Ulugbek Nazarov': 'speaker', 'Yuki Hasegawa': 'speaker' });
  });
  it('takes no part for one whose greeting was read out, whose invitation was extended, or who set an objective', () => {
    const got = run('SOCHI, November 9, 2024 – The minister opened the conference on Saturday and read out a greeting from Russian President Vladimir Putin. Vice Minister Askhat Nurmanov said the agreement fits the objective set by Head of State Kassym-Jomart Tokayev. The envoy welcomed the visit, following an invitation extended by President Xi Jinping.');
    expect(got).toEqual({ 'Askhat Nurmanov': 'speaker' });
  });
  it('counts a list under "made presentations:" as speakers, and reads a list head\'s last sentence only', () => {
    const got = run('The round table was held in New Delhi on 27 February 2024.\n\nThe following Heads of Mission made presentations:\n\n- H.E. Mr. Ulugbek Nazarov, Ambassador of the Republic of Uzbekistan to India\n- Ms. Aliya Dzhunusova, Deputy Chief of Mission, Embassy of the Republic of Kazakhstan\n\nThe plenary session was moderated by the Dean, Prof. Dr. Shakhnoza Ibragimova. Presentations were made by:\n\n  • Prof. Dr. Mehmet Ali Karaosmanoğlu (Ankara University) – "The Turkic States";\n  • Assoc. Prof. Zhang Haoran (SIIS) – "The SCO after Astana";');
    expect(got).toEqual({ 'Ulugbek Nazarov': 'speaker', 'Aliya Dzhunusova': 'speaker', 'Shakhnoza Ibragimova': 'moderator', 'Mehmet Ali Karaosmanoğlu': 'speaker', 'Zhang Haoran': 'speaker' });
  });
  it('counts both sides of a chat between two people, and those who examined or explored a question', () => {
    const got = run('OTTAWA, November 20, 2023 – The forum was held at the University on November 16.\n\nThe first day closed with a fireside chat between Ambassador Maria Cruz, Ambassador of the Philippines to Canada, and Dr. Priya Bose, Senior Fellow at CIPS. Dr. Tran Quoc Anh and Dr. Zhou Yiming examined the prospects of a trade agreement.\n\nRelations between President Lee Chang and Japan were not discussed.');
    expect(got).toEqual({ 'Maria Cruz': 'speaker', 'Priya Bose': 'speaker', 'Tran Quoc Anh': 'speaker', 'Zhou Yiming': 'speaker' });
  });
  it('reads one name alone after a title of office as a person, and one others spoke of as no speaker', () => {
    const got = run('JAKARTA, Dec 10, 2024 (ANTARA) - Foreign Minister Sugiono met Vietnamese Foreign Minister Bui Thanh Son in Jakarta. Indonesian Ambassador Sulistyo attended. President Joko Widodo was praised for his vision.');
    expect(got).toEqual({ Sugiono: 'attendee', 'Bui Thanh Son': 'attendee', Sulistyo: 'attendee' });
    expect(byPerson('JAKARTA, Dec 10, 2024 (ANTARA) - Foreign Minister Sugiono met Vietnamese Foreign Minister Bui Thanh Son in Jakarta.', 'role')).toMatchObject({ Sugiono: 'Foreign Minister' });
    // (Not a headline's surname, nor a part of a longer name given later, whose title stays the fuller one.)
    const later = byPerson('Ambassador Nagai addresses students\n\nMinister Lavrov said on March 14 that Minister of Foreign Affairs of the Russian Federation Sergey Lavrov held talks in Moscow.', 'role');
    expect(later).toEqual({ 'Sergey Lavrov': 'Minister of Foreign Affairs' });
  });
  it('reads those who signed for a side, a title before "Mr" after another\'s clause, and an institution in lower case after "the"', () => {
    const text = 'ABUJA, Feb. 19, 2025 (NAN) - Nigeria and Brazil signed an MoU at a ceremony in Abuja. The Minister of State for Foreign Affairs, Amb. Bianca Okafor, signed on behalf of Nigeria, while the Ambassador of Brazil to Nigeria, Mr Ricardo Araújo, signed for his country. Also present were the Director, Americas Department of the ministry, Mrs Folasade Adeniji, and the Deputy Head of Mission of the Brazilian Embassy, Mr Thiago Tavares. The treaty signed by President Olusegun Obasanjo in 2005 was recalled.';
    expect(run(text)).toEqual({ 'Bianca Okafor': 'attendee', 'Ricardo Araújo': 'attendee', 'Folasade Adeniji': 'attendee', 'Thiago Tavares': 'attendee' });
    expect(byPerson(text, 'role')).toMatchObject({ 'Ricardo Araújo': 'Ambassador', 'Folasade Adeniji': 'Director' });
  });
  it('takes no part for one whose earlier words a speaker recalls, nor for a head of government named as such', () => {
    const got = run('TASHKENT, March 14, 2024 – The report was presented at a press briefing on Tuesday. Resident Coordinator Ruben Ortega said the choices mattered, recalling that Secretary-General Antonio Guterres has described a just transition as a test. The Chief Guest said the interim government under Chief Adviser Professor Muhammad Yunus attaches priority to the sea. They recalled the inauguration of President Claudia Sheinbaum.');
    expect(got).toEqual({ 'Ruben Ortega': 'speaker' });
  });
  it('keeps the Filipino "Ma." inside the sentence of the name it opens', () => {
    const got = run('The ASEAN dialogue was held in Jakarta on 5 March 2024. Speakers discussed food security on 5 March 2024.\n\nMa. Cristina de los Reyes-Santos, Assistant Secretary of Agriculture, shared the Philippine experience, while Tomasz Kang called for action.');
    expect(got).toMatchObject({ 'Ma. Cristina de los Reyes-Santos': 'speaker' });
  });
  it('makes one listed among the participants who then speaks a speaker', () => {
    const got = run('Roundtable on Trade\n\nThe Lakeside Club held a roundtable in Oslo on 27 September 2023.\n\nParticipants included:\nSergei Volkov (Minister, Eurasian Economic Commission);\nAnna Berg (Director, Nordic Institute).\n\nVolkov noted that trade had doubled.');
    expect(got).toEqual({ 'Sergei Volkov': 'speaker', 'Anna Berg': 'attendee' });
  });
  it('counts one "on the panel" as a speaker', () => {
    expect(run('WASHINGTON, March 24, 2023 — Former officials spoke at a panel hosted by the Lakeside Association on Thursday. "We are in uncharted territory," said Daryl Hale. Also on the panel was Priya Nair, senior director at the Council.')).toEqual({ 'Daryl Hale': 'speaker', 'Priya Nair': 'speaker' });
  });
  it('counts the guest a host receives', () => {
    expect(run('We were delighted to host H.E. Mr. Lars Holm, Ambassador of the Kingdom of Denmark to Pakistan, at our Islamabad office on Monday, 6 November 2023, for a roundtable on energy. The discussion was moderated by Dr. Sania Qadir.')).toEqual({ 'Lars Holm': 'attendee', 'Sania Qadir': 'moderator' });
  });
  it('counts both sides of talks held with someone, also "in <city> with"', () => {
    const got = run('Press release\n\nOn 14 March 2023, Minister of Foreign Affairs of Norway Ivan Petrov held talks in Vienna with Minister of Foreign Affairs of Egypt Karim Nasser.');
    expect(got).toEqual({ 'Ivan Petrov': 'attendee', 'Karim Nasser': 'attendee' });
  });
  it('gives the agents of a passive speech verb in a ";" list head the speaker capacity', () => {
    const got = run('A round table was held in Islamabad on 10 January 2024. The roundtable was addressed by Mr. Asif Durrani, Special Representative of Pakistan for Afghanistan; Ambassador Mansoor Ahmad Khan, former Ambassador of Pakistan to Afghanistan; and Dr. Ashraf Ghani, former President of Afghanistan. The roundtable was attended by diplomats.');
    expect(got).toEqual({ 'Asif Durrani': 'speaker', 'Mansoor Ahmad Khan': 'speaker', 'Ashraf Ghani': 'speaker' });
  });
  it('gives every item of a ";" list the cue of its head, and skips abbreviations inside clauses', () => {
    const got = run('A reception was held in Riga on Monday. Among those present were Ambassador Lena Vogt (Austria); Ambassador Tomas Berg (Sweden); Ambassador Piet Maas (Netherlands). The MCs introduced H.E. Ana Lima (Brazil) and H.E. Juan Soto (Chile).');
    expect(got['Lena Vogt']).toBe('attendee');
    expect(got['Piet Maas']).toBe('attendee');
    expect(got['Ana Lima']).toBe('speaker');
    expect(got['Juan Soto']).toBe('speaker');
  });
  it('keeps a programme block going past a long entry that ends without a full stop', () => {
    const got = run('Seminar Report\n\nModerators\n\nDr. Ivan Popov – Leading Expert, Center of Military-Political Studies, Moscow State Institute of International Relations, Russian Foreign Ministry,\n\n\nDr. Olga Petrenko – Deputy Director of the Center for Strategic Studies under the President of Tajikistan\n\n\nMr. Chen Li - Deputy Director, Academy of Social Sciences\n');
    expect(got).toEqual({ 'Ivan Popov': 'moderator', 'Olga Petrenko': 'moderator', 'Chen Li': 'moderator' });
  });
  it('finds each name of a list under a plural title, and the subjects of a verb after an affiliation or a second name', () => {
    const text = 'A seminar was held in Oslo on 3 May 2023. Panelists included foreign service officers Bernadette Meehan and Ramon Escobar. Ambassadors Lena Vogt and Tomas Berg spoke. Professors Ana Silva and Juan Soto of the University of Oslo also spoke. The Senators Piet Maas, Jan Smit and Karl Berg attended. Maria Costa of the Nordic Institute also spoke. Omar Saleh and Ali Demir gave remarks.';
    expect(run(text)).toEqual({
      'Bernadette Meehan': 'speaker', 'Ramon Escobar': 'speaker', 'Lena Vogt': 'speaker', 'Tomas Berg': 'speaker',
      'Ana Silva': 'speaker', 'Juan Soto': 'speaker', 'Piet Maas': 'attendee', 'Jan Smit': 'attendee', 'Karl Berg': 'attendee',
      'Maria Costa': 'speaker', 'Omar Saleh': 'speaker', 'Ali Demir': 'speaker',
    });
    expect(byPerson(text, 'role')).toMatchObject({
      'Bernadette Meehan': 'foreign service officer', 'Ramon Escobar': 'foreign service officer', 'Lena Vogt': 'Ambassador', 'Tomas Berg': 'Ambassador',
      'Ana Silva': 'Professor', 'Juan Soto': 'Professor', 'Piet Maas': 'Senator', 'Karl Berg': 'Senator',
    });
  });
  it('ends a moderator cue at a verb that lists the others, and reads no preposition into a title', () => {
    const text = 'The webinar, moderated by Ms. Aisha Khan (Senior Research Fellow, CISS), featured presentations from Ambassador (R) Zamir Akram, former Permanent Representative of Pakistan, and Dr. Adil Sultan, Dean at Air University.';
    expect(run(text)).toEqual({ 'Aisha Khan': 'moderator', 'Zamir Akram': 'speaker', 'Adil Sultan': 'speaker' });
    expect(byPerson(text, 'role')['Zamir Akram']).toBe('Ambassador, former Permanent Representative');
  });
  it('reads a list that a sentence ending in a colon opens, as an HTML page gives it', () => {
    const html = '<html><body><article><h1>Seminar on Trade Relations</h1><p>The Embassy of Pakistan in Berlin organized a seminar on trade relations on 12 June 2023.</p><p>The panel comprised:</p><ul><li>Dr. Faisal Khan, Commercial Counsellor, Embassy of Pakistan</li><li>Mr. Thomas Braun, CEO, Braun Textiles GmbH</li></ul><p>Among the guests were:</p><ul><li>Mr. Ali Raza, Honorary Consul</li></ul><p>Ambassador Saqlain Syedah thanked the participants.</p></article></body></html>';
    const { corpus } = ingestRecords([textRecord('t.html', html)]);
    const e = corpus.events.find((x) => !x.referenced)!;
    const name = (id: string) => corpus.people.find((p) => p.id === id)!.name;
    expect(Object.fromEntries(e.participants.map((p) => [name(p.personId), p.capacity]))).toEqual({
      'Faisal Khan': 'speaker', 'Thomas Braun': 'speaker', 'Ali Raza': 'attendee', 'Saqlain Syedah': 'speaker',
    });
    expect(corpus.organizations.map((o) => o.name)).toContain('Braun Textiles GmbH');
  });
  it('gives an inverted speech verb to the speaker after a title with "for" in it, and reads an acronym with its country', () => {
    const text = 'ISLAMABAD, Feb 20, 2024 (APP): A seminar on climate finance was held here on Tuesday. “Pakistan needs urgent support,” said Federal Minister for Climate Change Sherry Rehman, adding that floods cost billions. Mr. Ali Tauqeer Sheikh, CEO LEAD Pakistan, also spoke.';
    expect(run(text)).toEqual({ 'Sherry Rehman': 'speaker', 'Ali Tauqeer Sheikh': 'speaker' });
    expect(byPerson(text, 'role')).toEqual({ 'Sherry Rehman': 'Federal Minister for Climate Change', 'Ali Tauqeer Sheikh': 'CEO' });
    expect(byPerson(text, 'orgKey')['Ali Tauqeer Sheikh']).toBe('org:lead pakistan');
  });
  it('reads "took part in" and "interacted with" as taking part', () => {
    expect(run('NUR-SULTAN. KAZINFORM – Kazakhstan’s Ambassador to the Netherlands Akylbek Kamaldinov took part in the round table organized by the Lakeside Institute in The Hague on 3 May 2023.')).toEqual({ 'Akylbek Kamaldinov': 'attendee' });
    expect(run('A delegation of students visited the Embassy of Turkey in Islamabad on 3 May 2023. Later, the students interacted with Defence Attaché Colonel Ahmet Yilmaz.')).toEqual({ 'Ahmet Yilmaz': 'attendee' });
  });
  it('reads the people of a courtesy call, a delegation and a reception of an envoy, with their titles', () => {
    const a = 'Ambassador of Kazakhstan Yerzhan Kistafin paid a courtesy call on the Chairman of the Senate Sadiq Sanjrani in Islamabad on 5 May 2023. The Kazakh delegation was led by Deputy Foreign Minister Roman Vassilenko.';
    expect(run(a)).toEqual({ 'Yerzhan Kistafin': 'attendee', 'Sadiq Sanjrani': 'attendee', 'Roman Vassilenko': 'attendee' });
    expect(byPerson(a, 'role')['Sadiq Sanjrani']).toBe('Chairman of the Senate');
    const b = 'Foreign Minister Bilawal Bhutto Zardari received the Ambassador of Japan Wada Mitsuhiro at the Foreign Office on Monday. Additional Secretary (Asia Pacific) Ahmed Naseem Warraich also attended the meeting.';
    expect(Object.keys(run(b)).sort()).toEqual(['Ahmed Naseem Warraich', 'Bilawal Bhutto Zardari', 'Wada Mitsuhiro']);
    expect(byPerson(b, 'role')).toMatchObject({ 'Wada Mitsuhiro': 'Ambassador', 'Ahmed Naseem Warraich': 'Additional Secretary' });
    expect(ingestOne(b).docs[0]!.extraction.orgs.map((o) => o.name)).toContain('Foreign Office');
  });
  it('reads programme blocks: labels set the capacity of the lines under them', () => {
    const got = run('Seminar Report\n\nOrganized by\n\nCentre for Regional Studies, Lahore\n\nHost Major General Karim Ul Haq (Retd) - Chairman Centre for Regional Studies\n\nGuest Speakers Dr. Olga Petrenko – Senior Fellow, Institute of World Economy\n\nMr. Chen Li - Deputy Director, Academy of Social Sciences\n');
    expect(got['Karim Ul Haq']).toBe('host');
    expect(got['Olga Petrenko']).toBe('speaker');
    expect(got['Chen Li']).toBe('speaker');
  });
  it('reads a long programme block of a hard-wrapped report (blank lines between its lines) to its end', () => {
    const speakers = ['Olga Petrenko', 'Chen Li', 'Omar Saleh', 'Lena Vogt', 'Karl Berg', 'Tomas Reyes'];
    const items = speakers.map((n, i) => `Dr. ${n} – Senior Fellow, Institute of\n\nWorld Economy and International Relations, Department ${i + 1}`);
    const prose = 'The seminar was followed by a lively discussion in which the audience raised many questions about the region and its future.';
    const got = run(`Seminar Report\n\nSerena Hotel, Islamabad, 27 February 2018\n\nGuest Speakers ${items.join('\n\n')}\n\n${prose}\n\nMr. Ivan Petrov of the Ministry of Trade was also present.\n`);
    for (const n of speakers) expect(got[n]).toBe('speaker');
    expect(got['Ivan Petrov']).toBe('attendee');
  });
  it('does not count the object of gratitude, a cited policy or a represented minister', () => {
    const got = run('The embassy held a seminar in Baku on Friday. Ambassador Rustam Aliyev expressed gratitude to President Dr Omar Farouk for his support. He said the reforms reflect President Ilham Sadiq’s policy. Mr. Karl Weber, representing H.E. Dr. Hans Vogel, Minister of Trade, attended the seminar.');
    expect(got['Rustam Aliyev']).toBe('speaker');
    expect(got['Karl Weber']).toBe('attendee');
    expect(got['Omar Farouk']).toBeUndefined();
    expect(got['Ilham Sadiq']).toBeUndefined();
    expect(got['Hans Vogel']).toBeUndefined();
  });
  it('lets a capacity cue outrank "speaker" whatever the order of mentions', () => {
    const got = run('A seminar was held in Oslo on Monday.\nSpeakers included Karl Berg, Dean of the Law Faculty, and Lena Vogt, Director of the Arctic Institute. The keynote speech was delivered by Karl Berg. The session was moderated by Lena Vogt.');
    expect(got['Karl Berg']).toBe('keynote');
    expect(got['Lena Vogt']).toBe('moderator');
  });
  it('reads "X welcomed the guests" as X hosting, and those who addressed the event as speakers', () => {
    const got = run('A seminar was held in Oslo on Monday. Among those who addressed the seminar were Ambassador Karl Berg and Dr. Omar Saleh. Dean Lena Vogt of the Arctic Institute welcomed the guests.');
    expect(got['Lena Vogt']).toBe('host');
    expect(got['Karl Berg']).toBe('speaker');
    expect(got['Omar Saleh']).toBe('speaker');
  });
  it('reads a bracketed programme label after a listed name, within its item only', () => {
    const got = run('A seminar was held in Oslo on Monday.\n\nParticipants\n\n- Karl Berg, Dean, Law Faculty (moderator)\n- Lena Vogt, Director, Arctic Institute (keynote)\n- Omar Saleh, Ambassador of Chile. The hosts (MCs) thanked everyone.');
    expect(got['Karl Berg']).toBe('moderator');
    expect(got['Lena Vogt']).toBe('keynote');
    expect(got['Omar Saleh']).toBe('attendee');
  });
  it('finds a speaker whose speech verb follows an apposition, and no person in a company named after its owner', () => {
    const got = run('A forum was held in Astana on Monday. Ban Ki-moon, serving as the President of the Global Green Growth Institute, noted that climate matters. Arman Tastanbekov, the owner of Arman N. Tastanbekov Esquire law office, echoed his views.');
    expect(got).toEqual({ 'Ban Ki-moon': 'speaker', 'Arman Tastanbekov': 'speaker' });
    expect(byPerson('A forum was held in Astana on Monday. Ban Ki-moon, serving as the President of the Global Green Growth Institute, noted that climate matters.', 'role')).toEqual({ 'Ban Ki-moon': 'President' });
  });
  it('gives a speech verb to every name "and" joins into its subject, appositions and all', () => {
    const text = 'A conference was held in Brussels on Monday. Steven Everts, EUISS Director and Sven Biscop, Director of the Egmont Institute gave the opening remarks. Ana Lima said that the region matters.';
    expect(run(text)).toEqual({ 'Steven Everts': 'speaker', 'Sven Biscop': 'speaker', 'Ana Lima': 'speaker' });
    expect(byPerson(text, 'role')).toMatchObject({ 'Steven Everts': 'Director', 'Sven Biscop': 'Director' });
  });
  it('gives a capacity noun to the names in apposition with it, not to the objects of their verb', () => {
    const got = run('A reception was held in Seoul on Monday. The club leaders and Masters of the Ceremony (MCs), Emilia Pacheco De Larrea and Santiago Rubio Henao introduced H.E. Luis Alberto Figueiredo (Brazil), H.E. Mariano Segura Ávila (Costa Rica). Keynote speech by HRVP Josep Borrell. The keynote address was delivered by Dr. Omar Saleh.');
    expect(got).toEqual({
      'Emilia Pacheco De Larrea': 'moderator',
      'Santiago Rubio Henao': 'moderator',
      'Luis Alberto Figueiredo': 'speaker',
      'Mariano Segura Ávila': 'speaker',
      'Josep Borrell': 'keynote',
      'Omar Saleh': 'keynote',
    });
  });
  it('reads a long "were" list and "assisted by" as presence', () => {
    const got = run('A reception was held in Abuja on Monday. At the ceremony, which took place at the State House, Abuja, were the Minister of Foreign Affairs, Geoffrey Onyeama and the Deputy Governor of Kano State, Alhaji Nasiru Yusuf-Gawuna. Ambassador Karl Berg was assisted by his secretary Omar Saleh.');
    expect(got['Geoffrey Onyeama']).toBe('attendee');
    expect(got['Nasiru Yusuf-Gawuna']).toBe('attendee');
    expect(got['Omar Saleh']).toBe('attendee');
  });
  it('reads panels that a verb lists ("comprised", "featured"), "presided over" and a vote of thanks', () => {
    const got = run('A seminar was held in Islamabad on Monday. The panel comprised Dr. Ali Raza, Senior Fellow at the Atlantic Council; Mr. Chen Wei, Director of the Shanghai Institute; and Ms. Elena Petrova, Professor at Moscow State University. The webinar featured Dr. Sarah Lee of Harvard Kennedy School and Dr. John Smith from Oxford University. Vice Chancellor of NUST, Lt Gen (Retd) Naweed Zaman, presided over the ceremony. The vote of thanks was given by Brig. (Retd) Imran Malik, Research Fellow at ISSI.');
    expect(got).toEqual({
      'Ali Raza': 'speaker',
      'Chen Wei': 'speaker',
      'Elena Petrova': 'speaker',
      'Sarah Lee': 'speaker',
      'John Smith': 'speaker',
      'Naweed Zaman': 'moderator',
      'Imran Malik': 'speaker',
    });
  });
  it('reads a ";" list of panelists with American-style appositions, and no person in a title after "former"', () => {
    const text = 'WASHINGTON – The Atlantic Council hosted a panel discussion on Tuesday, January 16, 2024. Panelists included Gen. Philip Breedlove, former Supreme Allied Commander Europe; Dr. Kori Schake, Senior Fellow at the American Enterprise Institute; and Ivo Daalder, former U.S. Permanent Representative to NATO.';
    expect(run(text)).toEqual({ 'Philip Breedlove': 'speaker', 'Kori Schake': 'speaker', 'Ivo Daalder': 'speaker' });
    expect(byPerson(text, 'orgKey')).toMatchObject({ 'Kori Schake': 'org:american enterprise institute', 'Ivo Daalder': 'acr:NATO' });
    expect(byPerson(text, 'role')['Ivo Daalder']).toBe('former U.S. Permanent Representative');
  });
  it('gives a speech verb to a name and "of ORG" joined to the next by "and"; no person out of a headline\'s verb', () => {
    const text = 'Foreign Minister Wang Yi Meets with Russian Foreign Minister Sergey Lavrov\n\nA seminar was held in Islamabad on 3 June 2023. Dr. Ana Ruiz of the Fundación Carolina and Prof. Jean Dupont, Director, Institut Montaigne, spoke.';
    expect(run(text)).toMatchObject({ 'Ana Ruiz': 'speaker', 'Jean Dupont': 'speaker' });
    expect(Object.keys(byPerson(text, 'name'))).not.toContain('Wang Yi Meets');
  });
  it('reads "who is the Director of Y" as an apposition, and discussants after a colon as speakers', () => {
    const text = 'A round table was held in Islamabad on 5 May 2023. Mr. Khalid Rahman, who is the Director of the Institute of Policy Studies, said trade matters. The discussants were: Dr. Adil Sultan (Director, Centre for Aerospace Studies); Dr. Lena Vogt (Adviser, Ministry of Commerce).';
    expect(run(text)).toEqual({ 'Khalid Rahman': 'speaker', 'Adil Sultan': 'speaker', 'Lena Vogt': 'speaker' });
    expect(byPerson(text, 'role')).toEqual({ 'Khalid Rahman': 'Director', 'Adil Sultan': 'Director', 'Lena Vogt': 'Adviser' });
    // A retired marker between the title and the name.
    expect(byPerson('A round table was held in Islamabad on 5 May 2023. Ambassador (R) Khalid Mahmood spoke.', 'role')).toEqual({ 'Khalid Mahmood': 'Ambassador' });
  });
  it('reads the counterpart one holds talks with, no dateline place as an organization, and no "Dubai-based" person', () => {
    const text = 'ASTANA – Kazakh Foreign Minister Murat Nurtleu held talks with his Uzbek counterpart Bakhtiyor Saidov in Astana on Feb. 12. Nurtleu noted that trade grew. The talks were curated by Ms. Sana Rehman, a Dubai-based artist.';
    expect(run(text)).toMatchObject({ 'Murat Nurtleu': 'speaker', 'Bakhtiyor Saidov': 'attendee' });
    expect(byPerson(text, 'orgKey')['Murat Nurtleu']).toBe('country:Kazakhstan');
    // A dateline with its date before the title, as a news agency writes it.
    expect(byPerson('Oslo, April 13, 2022 – Deputy Prime Minister – Minister of Foreign Affairs of Norway Lena Vogt met the delegation at the forum.', 'role')['Lena Vogt']).toMatch(/^Deputy Prime Minister/);
    expect(Object.keys(byPerson(text, 'name'))).not.toContain('Dubai-based');
  });
  it('reads every agent of a passive listed after "by", not a name in a relative clause after them', () => {
    const got = run('A seminar was held in Dhaka on 12 March 2023. Papers were presented by Dr. Rashed Titumir, Professor, Department of Development Studies, University of Dhaka, and Mr. Golam Moazzem, Research Director, CPD. The session was addressed by the Ambassador, who thanked Dr. Omar Saleh.');
    expect(got).toEqual({ 'Rashed Titumir': 'speaker', 'Golam Moazzem': 'speaker' });
  });
  it('reads a listed name behind a military rank and a retired marker', () => {
    const text = 'A round table was held in Islamabad on 18 January 2024. Speakers included Air Cdre (Retd) Khalid Banuri and Dr. Adil Sultan, Dean, Air University. Secretary General Ahmed Ali spoke.';
    expect(run(text)).toEqual({ 'Khalid Banuri': 'speaker', 'Adil Sultan': 'speaker', 'Ahmed Ali': 'speaker' });
    expect(byPerson(text, 'role')['Ahmed Ali']).toBe('Secretary General');
  });
  it('reads "the keynote speaker was X" and the reviewers of a book as taking part', () => {
    const got = run('A seminar was held in Brussels on 20 November 2023. The keynote speaker was Olivér Várhelyi, European Commissioner for Neighbourhood and Enlargement. The book was reviewed by Dr. Rifaat Hussain and Dr. Shaheen Akhtar.');
    expect(got).toEqual({ 'Olivér Várhelyi': 'keynote', 'Rifaat Hussain': 'speaker', 'Shaheen Akhtar': 'speaker' });
  });
  it('reads the agent of a passive ("hosted by X", "addressed by X") and gives "hosted by" to the name after it only', () => {
    const got = run('A dinner was held in Oslo on Monday. The dinner was hosted by Ambassador Karl Berg. The ceremony was officiated by Ambassador Lena Vogt. The gathering was addressed by Dr. Omar Saleh.');
    expect(got['Karl Berg']).toBe('host');
    expect(got['Lena Vogt']).toBe('host');
    expect(got['Omar Saleh']).toBe('speaker');
    const listed = run('A seminar, attended by Dr. Omar Saleh and Ms. Ana Lima, was hosted by the Embassy of Chile in Oslo on Monday.');
    expect(listed['Omar Saleh']).toBe('attendee');
    expect(listed['Ana Lima']).toBe('attendee');
  });
  it('reads attending, joining or visiting as presence, not as speaking', () => {
    const got = run('A lunch was held in Beirut on Monday. Dr. Omar Saleh attended the lunch at the invitation of Rev. Fr. Elias Haddad. Ms. Ana Lima joined the guests and later visited the exhibition.');
    expect(got['Omar Saleh']).toBe('attendee');
    expect(got['Elias Haddad']).toBe('host');
    expect(got['Ana Lima']).toBe('attendee');
  });
  it('reads the one thanked "for jointly organizing" the event, and one there "to welcome the guests", as hosts', () => {
    const got = run('A seminar was held in Islamabad on Monday. Dr. Omar Saleh spoke on trade. The Embassy expressed its gratefulness to Professor Adam Saud for jointly organizing the event. Interim Dean Clyde Wilcox was present to welcome the honorable guests.');
    expect(got).toEqual({ 'Omar Saleh': 'speaker', 'Adam Saud': 'host', 'Clyde Wilcox': 'host' });
  });
  it('reads "at the invitation of X" as X hosting', () => {
    const got = run('A lunch was held in Beirut upon the invitation of Rev. Fr. Elias Haddad, University President, in the presence of Mr. Samir Nader, Director General of Trade.');
    expect(got['Elias Haddad']).toBe('host');
    expect(got['Samir Nader']).toBe('attendee');
  });
});

describe('no people out of places and organization names', () => {
  it('reads neither a two-word country or city, nor the field of an institute or dialogue, as a person', () => {
    const text = 'Kuala Lumpur hosted a seminar on 3 May 2023. The Sri Lanka Ambassador spoke. Speakers included Executive Director of the Lakeside Institute of Food Security, Faisal Awan, and National Coordinator of the Heartland Energy Security Dialogue, Usman Warraich.';
    expect(Object.keys(byPerson(text, 'name')).sort()).toEqual(['Faisal Awan', 'Usman Warraich']);
  });
});

describe('roles', () => {
  const roles = (text: string) => byPerson(text, 'role');
  it('reads the ranks of the air force and the navy, also before "(Retd)"', () => {
    const text = 'The Centre organized a seminar in Lahore on 14 March 2024. The panel included Air Marshal (Retd) Asim Karim, President of the Centre; and Commodore (Retd) Baqar Naqvi.';
    expect(roles(text)).toEqual({ 'Asim Karim': 'President of the Centre', 'Baqar Naqvi': 'Commodore' });
    expect(byPerson(text, 'orgKey')['Asim Karim']).toBeNull();
    const more = 'A seminar was held in Karachi on 3 May 2023. It was attended by Rear Admiral John Hale and Flight Lieutenant Ali Raza.';
    expect(rolesAndOrgs(more)).toEqual({ 'John Hale': ['Rear Admiral', null], 'Ali Raza': ['Flight Lieutenant', null] });
  });
  it('reads compound titles with hyphens, a portfolio of affairs after "of State", and no person out of a field of policy', () => {
    const text = 'A briefing was held in Geneva on 21 April 2023. Speakers included Martin Hale, Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, OCHA. U.S. Assistant Secretary of State for South and Central Asian Affairs Donald Lee participated.';
    expect(rolesAndOrgs(text)).toEqual({ 'Martin Hale': ['Under-Secretary-General', 'acr:OCHA'], 'Donald Lee': ['Assistant Secretary of State for South and Central Asian Affairs', 'country:United States'] });
  });
  it('reads a title after an acronym, "Independent" as a title word, troops as an organization, and an acronym with its city after a comma', () => {
    const text = 'Forum on Regional Security\n\nOpening remarks\n- Terhi Laine, EU Special Representative for Central Asia\n\nChair: Dr. Parviz Rahimov, Independent Analyst\nSpeakers:\n- Col. Rustam Nazarov, Deputy Head, Border Troops of Tajikistan\n- Dr. Ali Khan, Rector, NUST Islamabad\n';
    expect(rolesAndOrgs(text)).toEqual({ 'Terhi Laine': ['Special Representative for Central Asia', 'acr:EU'], 'Parviz Rahimov': ['Independent Analyst', null], 'Rustam Nazarov': ['Deputy Head', 'org:border troops of tajikistan'], 'Ali Khan': ['Rector', 'acr:NUST'] });
  });
  it('reads an endowed title with an initial, past a profession in lower case before the honorific title', () => {
    const text = 'The Centre hosted a lecture in Oslo on 3 May 2023 by renowned scholar Professor Karl J. Berg, R. Wendell Harrison Distinguished Service Professor of Political Science at the University of Chicago, on the war.';
    expect(rolesAndOrgs(text)).toEqual({ 'Karl J. Berg': ['R. Wendell Harrison Distinguished Service Professor of Political Science', 'org:university of chicago'] });
  });
  it('keeps a portfolio of affairs and a region\'s adjective in the title, and an apposition before a name that has its own', () => {
    const text = 'A conference was held in Vienna on 17 November 2023. Opening the conference, Austrian Federal Minister for European and International Affairs Johann Gruber spoke. The first panel, chaired by Dr. Heinz Vogel of the University of Vienna, brought together Mr. Kalev Tamm, European Commissioner for Energy, and Ms. Leyla Aliyeva, Vice-President of the Caspian Energy Company.';
    expect(rolesAndOrgs(text)).toEqual({ 'Johann Gruber': ['Federal Minister for European and International Affairs', 'country:Austria'], 'Heinz Vogel': [null, 'org:university of vienna'], 'Kalev Tamm': ['European Commissioner for Energy', null], 'Leyla Aliyeva': ['Vice-President', 'org:caspian energy company'] });
  });
  it('reads the last item of a programme line as the institution, whatever its name', () => {
    const text = 'Webinar on Digital Infrastructure\n\nThe Institute organised a webinar on 14 July 2023.\n\nPanelists:\nArjun Mehta, Co-founder and Chairman, Infosys\nMs. Priya Nair, Principal Economic Adviser, NITI Aayog\n';
    expect(rolesAndOrgs(text)).toEqual({ 'Arjun Mehta': ['Co-founder and Chairman', 'org:infosys'], 'Priya Nair': ['Principal Economic Adviser', 'org:niti aayog'] });
  });
  it('ends an apposition where titles and the next name open a list item; "Chief of Navy" is a title; no person after "for"', () => {
    const text = 'A roundtable was held in Singapore on 2 June 2023. Speakers included Admiral John Hale, Commander of the U.S. Pacific Fleet, Vice Admiral Lim Boon Keng, Chief of Navy of the Republic of Singapore, and Dr Karl Berg, Senior Fellow for Indo-Pacific Defence at the Nordic Institute.';
    expect(rolesAndOrgs(text)).toEqual({ 'John Hale': ['Commander', 'org:u s pacific fleet'], 'Lim Boon Keng': ['Chief of Navy', 'country:Singapore'], 'Karl Berg': ['Senior Fellow for Indo-Pacific Defence', 'org:nordic institute'] });
  });
  it('reads "Vice-" titles and "Parliamentary" as title words, a board in short, and an acronym with its country after a comma', () => {
    const text = 'A seminar was held in Tokyo on 4 October 2022. It was attended by Japanese Parliamentary Vice-Minister for Foreign Affairs Kenji Sato. Speakers included Mr. Omar Farooq, CEO, LEAD Pakistan; and Ms. Sara Malik, Chairperson BoG ISSI.';
    expect(rolesAndOrgs(text)).toEqual({ 'Kenji Sato': ['Parliamentary Vice-Minister for Foreign Affairs', 'country:Japan'], 'Omar Farooq': ['CEO', 'org:lead pakistan'], 'Sara Malik': ['Chairperson BoG', 'acr:ISSI'] });
  });
  it('reads a title and its organization before the honorific title the person goes by, and no joining word at a title\'s end', () => {
    const text = 'A seminar was held in Islamabad on Monday. In his welcome remarks, Director General ISSI Ambassador Sohail Mahmood said the region was changing. Vice Chancellor of NUST, Lt Gen (Retd) Naweed Zaman, presided. The vote of thanks was given by Brig. (Retd) Imran Malik, Research Fellow at ISSI. Kuala Lumpur State University Associate Professor Rashad Guliyev spoke.';
    expect(roles(text)).toEqual({ 'Sohail Mahmood': 'Director General', 'Naweed Zaman': 'Vice Chancellor', 'Imran Malik': 'Research Fellow', 'Rashad Guliyev': 'Associate Professor' });
  });
  it('reads past a programme label heading the line, post-nominal letters and a retired marker', () => {
    const text = 'A seminar was held in Lahore on 3 May 2023.\n\nHost Lieutenant General Karim Ul Haq HI (M), (Retd) - Chairman Centre for Regional Studies\n\nGuest Speakers Sir John Hale KCMG, Director, Chatham House\n\nSpeaker Ayaz Sadiq also spoke.';
    expect(roles(text)).toEqual({ 'Karim Ul Haq': 'Chairman', 'John Hale': 'Director', 'Ayaz Sadiq': 'Speaker' });
    const orgs = byPerson(text, 'orgKey');
    expect(orgs['Karim Ul Haq']).toMatch(/centre for regional studies/);
    expect(orgs['John Hale']).toMatch(/chatham house/);
  });
  it('reads an endowed title, an acronym with its city, and a title list after a bracketed apposition', () => {
    const text = 'A round table was held in Islamabad on 3 May 2023. The session was moderated by Dr. Talat Shabbir, Director of the China-Pakistan Study Centre. Speakers included Ambassador Daniel Fried, Weiser Family Distinguished Fellow at the Atlantic Council; Former Senator Mushahid Hussain Syed and Dr. Huma Baqai, Associate Professor at IBA Karachi. Among those who addressed it were Rafiq Sheikh (Chairperson, State University), Founder of the Indus Studies Council, Nighat Adhikari, Minister of Energy of Malaysia, Kenji Suzuki and Senator Laura Ramirez.';
    expect(roles(text)).toEqual({
      'Talat Shabbir': 'Director', 'Daniel Fried': 'Ambassador, Weiser Family Distinguished Fellow', 'Mushahid Hussain Syed': 'Former Senator',
      'Huma Baqai': 'Associate Professor', 'Rafiq Sheikh': 'Chairperson', 'Nighat Adhikari': 'Founder', 'Kenji Suzuki': 'Minister of Energy', 'Laura Ramirez': 'Senator',
    });
    expect(byPerson(text, 'orgKey')).toMatchObject({ 'Daniel Fried': 'org:atlantic council', 'Huma Baqai': 'acr:IBA', 'Nighat Adhikari': 'org:indus studies council', 'Kenji Suzuki': 'country:Malaysia' });
  });
  it('reads no organization out of a describing adjective, and "State" opening an institution after a title', () => {
    const text = 'A lecture was held in Karachi on 14 November 2023. Renowned economist Dr Ishrat Husain, former Governor State Bank of Pakistan, delivered it. Google CEO Sundar Pichai and Minister of State for Trade Omar Saleh spoke.';
    expect(roles(text)).toEqual({ 'Ishrat Husain': 'economist, former Governor', 'Sundar Pichai': 'CEO', 'Omar Saleh': 'Minister of State for Trade' });
    expect(byPerson(text, 'orgKey')).toMatchObject({ 'Ishrat Husain': 'org:state bank of pakistan', 'Sundar Pichai': 'org:google' });
  });
  it('reads a programme\'s title line under a name line', () => {
    const text = 'Seminar Report\n\nRegional Connectivity\n\n12 March 2024\n\nWelcome Remarks\nAmbassador Sohail Mahmood\nDirector General, ISSI\n\nKeynote Address\nDr. Ishrat Husain\nFormer Governor, State Bank of Pakistan\n\nPanel Discussion\nDr. Talat Shabbir\nMs. Amina Khan\nDirector, CAMEA';
    expect(roles(text)).toEqual({ 'Sohail Mahmood': 'Ambassador, Director General', 'Ishrat Husain': 'Former Governor', 'Talat Shabbir': null, 'Amina Khan': 'Director' });
    expect(byPerson(text, 'orgKey')).toMatchObject({ 'Sohail Mahmood': 'acr:ISSI', 'Ishrat Husain': 'org:state bank of pakistan', 'Amina Khan': 'acr:CAMEA' });
  });
  it('reads a quoted publication as the organization of the title before a name', () => {
    const text = 'A seminar was held in Islamabad on 3 May 2023. Editor-in-Chief of “Lakeside Review” Tazeen Akhtar noted the reforms. Commander-in-Chief Omar Saleh attended.';
    expect(roles(text)).toEqual({ 'Tazeen Akhtar': 'Editor-in-Chief', 'Omar Saleh': 'Commander-in-Chief' });
    expect(byPerson(text, 'orgKey')['Tazeen Akhtar']).toBe('org:lakeside review');
  });
  it('reads "who heads the X" after a name as the head of X', () => {
    const text = 'A seminar was held in Oslo on 3 May 2023. Ana Lima, who heads the Nordic Institute of Asian Studies, said trade matters. Piet Maas, who chairs the Board, spoke.';
    expect(rolesAndOrgs(text)).toEqual({ 'Ana Lima': ['Head', 'org:nordic institute of asian studies'], 'Piet Maas': ['Chair', null] });
  });
  it('reads the apposition after a bracketed programme label', () => {
    expect(roles('A seminar was held in Oslo on 3 May 2023.\n\nSpeakers\n\n- Prof. Omar Saleh (moderator), Dean, Law Faculty, University of Oslo')).toEqual({ 'Omar Saleh': 'Dean, Law Faculty' });
  });
  it('ends a dashed apposition at its closing dash', () => {
    const text = 'A seminar was held in Oslo on 3 May 2023. Dr. Lena Vogt—Director of the Arctic Institute—spoke. Karl Berg – Director, Polar Institute – said hello.';
    expect(roles(text)).toEqual({ 'Lena Vogt': 'Director', 'Karl Berg': 'Director' });
  });
  it('keeps "Minister of Foreign Affairs" whole before the country, and lets a military rank yield to the post after the name', () => {
    const text = 'A meeting was held in Tashkent on 14 June 2023. It was chaired by the Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov. Major General Pasha Habib Uddin, Director General of BIISS, spoke.';
    expect(roles(text)).toEqual({ 'Bakhtiyor Saidov': 'Minister of Foreign Affairs', 'Pasha Habib Uddin': 'Director General' });
    expect(byPerson(text, 'orgKey')['Bakhtiyor Saidov']).toBe('country:Uzbekistan');
  });
  it('keeps "Minister of State" whole and ends an apposition at its verb', () => {
    expect(roles(MINISTER_AND_ENVOYS)).toMatchObject({ 'Ali Muhammad Khan': 'Minister of State for Parliamentary Affairs', 'Nura Rimi': 'Ambassador' });
  });
  it('reads a title before a name across the organization\'s acronym, and "Title of X" after a name without a comma', () => {
    const text = 'A reception was held in Lagos on Monday. Managing-Director of Associated Press of Pakistan (APP), Muhammad Asim Khichi, also attended. Director-General of the Food and Agriculture Organization (FAO) Qu Dongyu spoke. It reflects the reforms, said Furqat Sidikov Ambassador of Uzbekistan while briefing students. So said the Sri Lankan Ambassador Rukhsana Niazi.';
    expect(roles(text)).toEqual({ 'Muhammad Asim Khichi': 'Managing-Director', 'Qu Dongyu': 'Director-General', 'Furqat Sidikov': 'Ambassador', 'Rukhsana Niazi': 'Ambassador' });
  });
  it('keeps a one-word title before the name alongside the apposition after it', () => {
    const got = roles('The seminar was held in Oslo on Monday. The keynote address by Ambassador Lina Berg, Norway’s National Coordinator for the Arctic Council, opened it.');
    expect(got['Lina Berg']).toMatch(/Ambassador/);
    expect(got['Lina Berg']).toMatch(/National Coordinator/);
  });
  it('does not give a name the apposition of the previous name', () => {
    const got = roles('A lunch was held in the presence of Mr. Omar Saleh, Secretary General of the Ministry of Trade, Mr. Fadi Nassar, Regional Director of the UNDP.');
    expect(got['Fadi Nassar']).toMatch(/Regional Director/);
  });
  it('does not give a name the title that "and" joins to it from the previous name', () => {
    const got = roles('The forum opened in Oslo on Monday. Karl Berg, ISDP Director and Lena Vogt, Dean of the Faculty of Law, gave the opening remarks. Among the speakers were Omar Saleh (Director, Arctic Institute) and H.E. Ana Ruiz, Ambassador of Chile to Norway.');
    expect(got['Lena Vogt']).toMatch(/^Dean/);
    expect(got['Ana Ruiz']).toBe('Ambassador');
  });
  it('keeps a lone generic word after "of" in the title ("Head of Mission"), and splits off a named org', () => {
    const got = roles('The forum opened in Oslo on Monday. The speakers were Karl Berg, Deputy Head of Mission, Embassy of Norway in Chile, and Lena Vogt, Director of the Centre for Media Studies.');
    expect(got['Karl Berg']).toBe('Deputy Head of Mission');
    expect(got['Lena Vogt']).toBe('Director');
  });
  it('does not split an organization off inside "Head of Mission" or "Chief of Staff"', () => {
    const got = roles('The forum opened in Oslo on Monday. Among the speakers were Deputy Head of Mission of the Embassy of Chile in Norway, Karl Berg, and Chief of Staff of the Ministry of Defence, Lena Vogt.');
    expect(got['Karl Berg']).toBe('Deputy Head of Mission');
    expect(got['Lena Vogt']).toBe('Chief of Staff');
  });
  it('reads "Research Associate" and "Additional Secretary" as titles', () => {
    const got = roles('The forum opened in Oslo on Monday. The keynote was delivered by Research Associate Dr. Karl Berg, and the session was moderated by Additional Secretary Lena Vogt.');
    expect(got['Karl Berg']).toBe('Research Associate');
    expect(got['Lena Vogt']).toBe('Additional Secretary');
  });
  it('starts the next title after the previous name\'s apposition: a closing bracket, or "of ORG … and"', () => {
    const got = roles('The forum opened in Oslo on Monday. The speakers were Karl Berg (Director, Arctic Institute), ISDP Research Associate Dr. Lena Vogt, Director Omar Saleh of Oslo Institute of Peace Studies and NUS Dean Dr. Ana Ruiz.');
    expect(got['Lena Vogt']).toBe('Research Associate');
    expect(got['Ana Ruiz']).toBe('Dean');
  });
  it('gives the title after the previous name\'s apposition and "and" to the next name, not an "and" inside a title', () => {
    const got = roles('A seminar was held in Oslo on Monday. Speakers included Omar Saleh, First Secretary, Embassy of Chile in Norway and Dean Dr. Ana Ruiz of Oslo University. The guests were Museum Director Lena Vogt, Coordinator of Trade and Government Affairs Karl Berg, and Secretary of Culture Mia Holm.');
    expect(got['Ana Ruiz']).toBe('Dean');
    expect(got['Karl Berg']).toMatch(/^Coordinator/);
    expect(got['Mia Holm']).toBe('Secretary of Culture');
  });
  it('reads the next name\'s title after a closed bracket and "and", and a title between commas after "of ORG"', () => {
    const got = roles('A seminar was held in Oslo on Monday. Speakers included Omar Saleh (Chairperson, State University) and President of the Arctic Institute, Lena Vogt, Mia Holm (Defence Attaché, Embassy of Chile) and President Karl Berg of Oslo University. Also present were Senior Research Fellow Ali Demir of Centre for Media Studies, Vice Chancellor of the Oslo University, Prof. Ana Ruiz.');
    expect(got['Lena Vogt']).toBe('President');
    expect(got['Karl Berg']).toBe('President');
    expect(got['Ana Ruiz']).toBe('Vice Chancellor');
  });
  it('gives the title after the last comma of the previous name\'s apposition to the next name', () => {
    const got = roles('A seminar was held in Oslo on Monday. Speakers included Dr. Omar Saleh, Dean, Faculty of Law, Oslo University, Programme Director Ana Ruiz of the Arctic Institute and Ambassador of Chile Karl Berg.');
    expect(got['Omar Saleh']).toMatch(/^Dean/);
    expect(got['Ana Ruiz']).toBe('Programme Director');
  });
  it('reads titles-first lists', () => {
    const got = roles('The speakers were the President of the Institute of Peace Studies, Sara Qadir, Dean, Faculty of Law, City University, Imran Baig, and Director, Centre for Policy, Nadia Rauf.');
    expect(got['Imran Baig']).toMatch(/Dean/);
    expect(got['Nadia Rauf']).toMatch(/Director/);
  });
  it('reads H.E. as an envoy when no other title is given', () => {
    expect(roles('The host introduced H.E. Rafael Duarte (Peru) to the students.')['Rafael Duarte']).toBe('Ambassador');
  });
  it('reads a title that starts with a vowel after "were"', () => {
    expect(roles('Present were Ambassador Tomas Berg (Sweden); Advisor Lena Vogt (Austria).')['Tomas Berg']).toBe('Ambassador');
  });
});

describe('affiliations', () => {
  const orgKeys = (text: string) => byPerson(text, 'orgKey');
  it('gives the people who lead a side or a delegation its country', () => {
    const text = 'BEIJING, Sept 12, 2023: Pakistan and China held the 4th round of their Strategic Dialogue in Beijing today. The Pakistani side was led by Foreign Secretary Dr. Ali Raza, while the Chinese side was headed by Vice Foreign Minister Sun Wei.';
    expect(orgKeys(text)).toEqual({ 'Ali Raza': 'country:Pakistan', 'Sun Wei': 'country:China' });
  });
  it('keeps a region after "in" in the organization\'s name, not a city', () => {
    const text = 'Ambassador Helga Schmid, Secretary General of the Organization for Security and Co-operation in Europe, addressed a conference in Vienna on 3 May 2023. Kairat Sarybay, Executive Director of the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia, and Ali Khan, Director of the Institute of Strategic Studies in Islamabad, also spoke.';
    expect(orgKeys(text)).toEqual({
      'Helga Schmid': 'org:organization for security and co operation in europe',
      'Kairat Sarybay': 'org:secretariat of the conference on interaction and confidence building measures in asia',
      'Ali Khan': 'org:institute of strategic studies',
    });
  });
  it('reads an institution in brackets after a name as its affiliation, but not the initials of the name itself', () => {
    const text = 'A conference was held in Tashkent on 17 October 2024. Mehmet Karaosmanoğlu (Ankara University) and Irina Semenenko (MGIMO) also spoke. The Asia-Pacific Roundtable (APR) was recalled.';
    expect(orgKeys(text)).toEqual({ 'Mehmet Karaosmanoğlu': 'org:ankara university', 'Irina Semenenko': 'acr:MGIMO' });
  });
  it('takes the title of office over a rank before the name, and no verb in -ing, "the speaker" or "Our" into a title or organization', () => {
    const text = 'DHAKA, 22 April 2025 - BIISS held a seminar. Director General of BIISS Major General Md Abu Bakar Siddique Khan opened it. Introducing the speaker, the Director of IPSS, Dr. Meseret Alemu Tadesse, noted the career of the envoy. Our Director, Timo Rautiainen, opened the discussion. Minister of Information and Broadcasting of Pakistan Ali Raza spoke.';
    expect(rolesAndOrgs(text)).toEqual({
      'Md Abu Bakar Siddique Khan': ['Director General', 'acr:BIISS'],
      'Meseret Alemu Tadesse': ['Director', 'acr:IPSS'],
      'Timo Rautiainen': ['Director', null],
      'Ali Raza': ['Minister of Information and Broadcasting', 'country:Pakistan'],
    });
  });
  it('reads a country\'s possessive before a title as the affiliation, the words before the title\'s head as the role\'s', () => {
    const text = 'Guests at the reception in Abuja on 3 May 2017 included Nigeria’s Senate President, Dr Bukola Saraki, and India\'s National Security Adviser Ajit Doval.';
    expect(rolesAndOrgs(text)).toEqual({ 'Bukola Saraki': ['Senate President', 'country:Nigeria'], 'Ajit Doval': ['National Security Adviser', 'country:India'] });
  });
  it('reads no organization across the end of a sentence', () => {
    const text = 'The reception was held in Abuja on 3 May 2017 with Kenya\'s Senate Speaker Amason Kingi. Pakistan\'s Ministry of Foreign Affairs Spokesperson Mumtaz Baloch spoke.';
    const { corpus } = ingestOne(text);
    expect(corpus.organizations.map((o) => o.name)).not.toContain("Kenya's Senate Speaker Amason Kingi");
    expect(byPerson(text, 'role')).toMatchObject({ 'Amason Kingi': 'Senate Speaker' });
  });
  it('reads a state\'s formal name as its country', () => {
    const text = 'Deputy Minister of Foreign Affairs Budi Santoso received a courtesy call from the Ambassador of the Socialist Republic of Viet Nam to Indonesia, H.E. Tran Van Minh, in Jakarta on 7 February 2023. The Ambassador of the Kingdom of Saudi Arabia, Faisal Al-Rashid, also attended.';
    expect(orgKeys(text)).toMatchObject({ 'Tran Van Minh': 'country:Vietnam', 'Faisal Al-Rashid': 'country:Saudi Arabia' });
  });
  it('takes the institution after "at" over a field after "of", and no organization out of "according to"', () => {
    const text = 'A seminar was held in Dhaka on 5 May 2023. According to Professor Rehman Sobhan, chairman of the Centre for Policy Dialogue, growth is slowing. The session was moderated by Mr. Imtiaz Ahmed, Professor of International Relations at Dhaka University.';
    expect(orgKeys(text)).toEqual({ 'Rehman Sobhan': 'org:centre for policy dialogue', 'Imtiaz Ahmed': 'org:dhaka university' });
    expect(byPerson(text, 'role')['Imtiaz Ahmed']).toBe('Professor of International Relations');
  });
  it('reads a name ending in a city word before "of ORG" as the person, the organization as theirs', () => {
    expect(orgKeys('A round table was held in Oslo on 3 May 2023. Diplomats attended, including Ms. Ana Lima of the Embassy of Brazil.')).toEqual({ 'Ana Lima': 'org:embassy of brazil' });
  });
  it('gives an envoy "to" a country the country of the nationality word, and keeps "to" an organization', () => {
    const text = 'A reception was held in Beijing on 23 March 2023. Among the guests were former Chinese Ambassador to Pakistan Luo Zhaohui and Ivo Daalder, former U.S. Permanent Representative to NATO.';
    expect(orgKeys(text)).toEqual({ 'Luo Zhaohui': 'country:China', 'Ivo Daalder': 'acr:NATO' });
    expect(byPerson(text, 'role')['Luo Zhaohui']).toBe('former Ambassador');
  });
  it('reads "from ORG" right after a name as the affiliation', () => {
    expect(orgKeys('A seminar was held in Oslo on Monday. Prof. Dr. Ayesha Khan from the Quaid-i-Azam University highlighted the role of trade.')).toEqual({ 'Ayesha Khan': 'org:quaid i azam university' });
  });
  it('keeps a portfolio of affairs after "Minister of State for" in the title, and reads the first part of a bracket with a comma', () => {
    expect(orgKeys(MINISTER_AND_ENVOYS)).toMatchObject({ 'Ali Muhammad Khan': null, 'Nura Rimi': 'country:Egypt' });
    expect(byPerson(MINISTER_AND_ENVOYS, 'role')['Ali Muhammad Khan']).toBe('Minister of State for Parliamentary Affairs');
  });
  it('reads "of ORG" right after a name as the affiliation, up to the end of the sentence', () => {
    const got = orgKeys('The seminar was held in Oslo on Monday. The keynote speech was delivered by Ambassador Nazar Abbas of Pakistan. Also present was Dr. Lena Vogt of the University of Oslo, who spoke on trade.');
    expect(got['Nazar Abbas']).toBe('country:Pakistan');
    expect(got['Lena Vogt']).toBe('org:university of oslo');
  });
  it('points the affiliation\'s evidence at the organization\'s words', () => {
    const doc = ingestOne('The seminar was held in Oslo on Monday. Also present was Dr. Lena Vogt of the University of Oslo, who spoke on trade, and Karl Berg of Vice Chancellor Oslo University.').docs[0]!;
    const spoken = (key: string) => new Set(doc.extraction.orgs.find((o) => o.key === key)!.mentions.map((m) => doc.text.slice(m.start, m.end)));
    expect(spoken('org:university of oslo')).toEqual(new Set(['University of Oslo']));
    expect(spoken('org:oslo university')).toEqual(new Set(['Oslo University']));
  });
});

describe('cross-document linking', () => {
  const ingest = (texts: string[]) => ingestRecords(texts.map((t, i) => textRecord(`d${i}.txt`, t))).corpus;
  it('links a bare initial to the full name, and a name glued to an org title', () => {
    const c = ingest([
      'The envoy spoke about the reforms of President of Finland R Valkonen at the seminar in Oslo.',
      'President Rasmus-Eero Valkonen said at the forum in Oslo that reforms continue.',
      'Executive Director of the Secretariat of the Forum on Cooperation in Asia Bolat Serikov said the work goes on.',
      'The meeting was attended by Bolat Serikov, who said the forum grows.',
    ]);
    const ids = (n: string) => c.people.filter((p) => [p.name, ...p.aliases].some((a) => a.includes(n))).map((p) => p.id);
    expect(ids('Valkonen')).toHaveLength(1);
    expect(ids('Serikov')).toHaveLength(1);
    expect(c.documents.find((d) => d.id === 'd2')!.personIds).toEqual(ids('Serikov'));
  });
  it('does not let a shorter name join two longer names that differ (two people), and does join one', () => {
    const c = ingest([
      'The seminar in Oslo was opened by Dean Amara Ngozi Kiprop, who said the work goes on.',
      'The forum in Oslo was opened by Director Amara Lerato Kiprop, who said trade matters.',
      'The lecture in Oslo was given by Amara Kiprop, who said the region grows.',
      'The seminar in Bergen was opened by Dean Karl Johan Berg, who said the work goes on.',
      'The lecture in Bergen was given by Karl Berg, who said the region grows.',
    ]);
    const ids = (n: string) => c.people.filter((p) => [p.name, ...p.aliases].includes(n)).map((p) => p.id);
    expect(ids('Amara Ngozi Kiprop')).toHaveLength(1);
    expect(ids('Amara Ngozi Kiprop')).not.toEqual(ids('Amara Lerato Kiprop'));
    expect(ids('Karl Berg')).toEqual(ids('Karl Johan Berg'));
  });
  it('merges organizations written with "of"/"for" or British/American spelling, and no others', () => {
    const c = ingest([
      'The Centre for Policy Studies held a seminar in Oslo. The Embassy of Hungary in Norway joined it.',
      'The Center for Policy Studies held a forum in Oslo. The Embassy of Nigeria in Norway joined it.',
      'The Institute of Eurasian Studies held a lecture in Oslo on the defence sector.',
      'The Institute for Eurasian Studies held a workshop in Oslo.',
    ]);
    const orgsNamed = (re: RegExp) => c.organizations.filter((o) => [o.name, ...o.aliases].some((a) => re.test(a))).map((o) => o.id);
    expect(orgsNamed(/Cent(?:re|er) for Policy Studies/)).toHaveLength(1);
    expect(orgsNamed(/Institute (?:of|for) Eurasian Studies/)).toHaveLength(1);
    expect(orgsNamed(/Embassy of Hungary/)).toHaveLength(1);
    expect(orgsNamed(/Embassy of Hungary/)).not.toEqual(orgsNamed(/Embassy of Nigeria/));
  });
});

describe('names in capitals', () => {
  it('reads a name written in capitals in a programme list, and no acronym, institution or country run as one', () => {
    const text = 'A seminar was held in Lahore on 3 May 2023.\n\nSPEAKERS\n\nDR. AYESHA RAHMAN, Director, Lahore Institute of Policy\nMR. OMAR SALEH, Senior Fellow, Punjab University\n\nThe UN OCHA, INSTITUTE OF STRATEGIC STUDIES and PAKISTAN CHINA were there.';
    expect(byPerson(text, 'role')).toEqual({ 'Ayesha Rahman': 'Director', 'Omar Saleh': 'Senior Fellow' });
    expect(byPerson(text, 'participant')).toEqual({ 'Ayesha Rahman': true, 'Omar Saleh': true });
  });
});

describe('ministers', () => {
  it('reads the portfolio after "Minister of" as the title\'s, not the first part of the name', () => {
    const text = 'A conference was held in Tashkent on 15 May 2023. Deputy Minister of Investment Laziz Kudratov spoke. Minister for Trade and Investment Ali Khan and Minister of Water Resources Shavkat Khamraev also spoke.';
    expect(byPerson(text, 'role')).toEqual({ 'Laziz Kudratov': 'Deputy Minister of Investment', 'Ali Khan': 'Minister for Trade and Investment', 'Shavkat Khamraev': 'Minister of Water Resources' });
  });
  it('reads any title\'s portfolio or region before a name as the title\'s, and a title\'s institution as its organization', () => {
    const text = 'HANOI, 3 May 2024 - Deputy Minister of Employment and Poverty Reduction Bakhtiyor Usmonov spoke. The delegation included Director General for Asia-Pacific Laura Elena Carrillo Cubillas. EU Commissioner for Neighbourhood and Enlargement Olivér Várhelyi and Director of the Lakeside Foundation Anna Berg also spoke.';
    expect(byPerson(text, 'role')).toEqual({
      'Bakhtiyor Usmonov': 'Deputy Minister of Employment and Poverty Reduction',
      'Laura Elena Carrillo Cubillas': 'Director General for Asia-Pacific',
      'Olivér Várhelyi': 'Commissioner for Neighbourhood and Enlargement',
      'Anna Berg': 'Director',
    });
  });
});

describe('later mentions by part of a name', () => {
  it('reads "He" as a name part but not alone, and a later mention by the family name that comes first', () => {
    const text = 'BEIJING, Jan. 9 (Xinhua) -- Chinese Vice Premier Liu He met with U.S. Treasury Secretary Janet Yellen in Zurich on Wednesday. He said the talks were candid. Foreign Minister Wang Yi also attended. Liu said the two sides agreed. Wang said more talks would follow.';
    const people = ingestOne(text).docs[0]!.extraction.people;
    const mentions = Object.fromEntries(people.map((p) => [p.name, p.mentions.map((m) => text.slice(m.start, m.end))]));
    expect(mentions).toEqual({ 'Liu He': ['Liu He', 'Liu'], 'Janet Yellen': ['Janet Yellen'], 'Wang Yi': ['Wang Yi', 'Wang'] });
  });
  it('reads a later mention by the first part of one name when a verb or an honorific vouches for it, not a heading word', () => {
    const text = 'KUALA LUMPUR, 3 March 2023 (Bernama) -- Prime Minister Anwar Ibrahim met Singapore Prime Minister Lee Hsien Loong and Foreign Minister Retno Marsudi at Seri Perdana today. Anwar said both leaders discussed the rail link. Lee said Singapore welcomed the talks. Madam Retno thanked the hosts. A session on Business opportunities in Asia followed, with Business Opportunities Forum members.';
    const people = ingestOne(text).docs[0]!.extraction.people;
    const mentions = Object.fromEntries(people.map((p) => [p.name, p.mentions.map((m) => text.slice(m.start, m.end))]));
    expect(mentions['Anwar Ibrahim']).toEqual(['Anwar Ibrahim', 'Anwar']);
    expect(mentions['Lee Hsien Loong']).toEqual(['Lee Hsien Loong', 'Lee']);
    expect(mentions['Retno Marsudi']).toEqual(['Retno Marsudi', 'Retno']);
    expect(Object.values(mentions).flat()).not.toContain('Business');
  });
});

describe('name hygiene', () => {
  it('drops possessive phrases and Malaysian honorifics from names', () => {
    const names = nameCandidates('The Chairmanship’s Priorities were set. Tan Sri Ahmad Zaki Yusof, Chairman of the Institute, spoke.').map((h) => h.name);
    expect(names).not.toContain('Chairmanship’s Priorities');
    expect(names).toContain('Ahmad Zaki Yusof');
    const text = 'Prime Minister Datuk Seri Anwar Ibrahim met envoys in Putrajaya on 3 March 2023. Also present was Foreign Minister Dato’ Sri Dr Zambry Abd Kadir.';
    expect(rolesAndOrgs(text)).toEqual({ 'Anwar Ibrahim': ['Prime Minister', null], 'Zambry Abd Kadir': ['Foreign Minister', null] });
  });
});

describe('name tokens', () => {
  it('reads a possessive ending as /[’\']s$/ does', () => {
    for (const w of ['Khan’s', "Khan's", 'Khans', 's', '’s', "'s", 'Khan’', 'Khan’S', '']) expect(isPossessive(w)).toBe(/[’']s$/.test(w));
  });
  it('keeps token offsets across tabs and runs of spaces', () => {
    const text = 'The  Ahmad\tul Haq and B. Smith’s team.';
    expect(nameCandidates(text).map((h) => [h.name, h.span.start, text.slice(h.span.start, h.span.end)])).toEqual([
      ['Ahmad\tul Haq', 5, 'Ahmad\tul Haq'],
      ['B. Smith', 22, 'B. Smith'],
    ]);
  });
});
