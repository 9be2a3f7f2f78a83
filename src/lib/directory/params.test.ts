import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseQueryAndSort, sortChoices, withSearchText, withSort } from './params';

const parse = (query: string) => {
  const notes: string[] = [];
  return { ...parseQueryAndSort(new URLSearchParams(query), notes), notes };
};

describe('directory URL state', () => {
  it('sorts by best match while there is a search text, by name otherwise', () => {
    expect(parse('q=khan')).toEqual({ q: 'khan', sort: 'match', notes: [] });
    expect(parse('')).toEqual({ q: '', sort: 'name', notes: [] });
    expect(parse('sort=match').sort).toBe('name');
    expect(parse('q=khan&sort=recent').sort).toBe('recent');
    expect(sortChoices('khan')[0]).toBe('match');
    expect(sortChoices('')).not.toContain('match');
  });

  it('cuts a long search text and ignores an unknown sort, each with a note', () => {
    const long = parse(`q=${'a'.repeat(MAX_QUERY_LENGTH + 5)}`);
    expect(long.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(long.notes).toEqual([`The search text was cut to ${MAX_QUERY_LENGTH} characters.`]);
    const bad = parse(`sort=${'x'.repeat(60)}`);
    expect(bad.sort).toBe('name');
    expect(bad.notes[0]).toBe(`Ignored “sort=${'x'.repeat(40)}…”: sort by name, events, recent or match.`);
  });

  it('clearing the search text drops "best match"; the default sort stays out of the URL', () => {
    expect(withSearchText(new URLSearchParams('q=khan&sort=match&org=o1'), '  ').toString()).toBe('org=o1');
    expect(withSearchText(new URLSearchParams('sort=events'), 'khan ').toString()).toBe('sort=events&q=khan');
    expect(withSort(new URLSearchParams('q=khan&sort=events'), 'match', 'khan').toString()).toBe('q=khan');
    expect(withSort(new URLSearchParams(''), 'recent', '').toString()).toBe('sort=recent');
  });
});
