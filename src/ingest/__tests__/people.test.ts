/** People, roles, affiliations, participation and linking: synthetic sentences of the report genre. */
import { describe, expect, it } from 'vitest';
import { nameCandidates } from '../extract/people';
import { cutTrailingName } from '../extract/organizations';

describe('name candidates', () => {
  it('keeps long runs whole once title words are split off', () => {
    expect(nameCandidates('Host Major General Ahmad Rafiq Ul Haq Malik (Retd), Chairman').map((h) => h.name)).toEqual(['Ahmad Rafiq Ul Haq Malik']);
  });
  it('does not read names out of mixed-case acronyms', () => {
    expect(nameCandidates('Chairman BoG, XYZ, Ambassador Tariq Rauf said').map((h) => h.name)).toEqual(['Tariq Rauf']);
  });
  it('lets a city that is also a given name open a long name', () => {
    expect(nameCandidates('The hosts, Santiago Ortega Blanco and Ana Ruiz, spoke').map((h) => h.name)).toContain('Santiago Ortega Blanco');
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
