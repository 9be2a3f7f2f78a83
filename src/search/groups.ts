/**
 * The result groups, in display order. Kept apart from format.ts so the header search box (in the
 * entry chunk) does not pull in the index decoder and its schema library.
 */
export type ResultGroup = 'events' | 'people' | 'organizations' | 'passages';
export const RESULT_GROUPS: readonly ResultGroup[] = ['events', 'people', 'organizations', 'passages'];
