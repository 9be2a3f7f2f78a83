import type { EventHit, OrganizationHit, PassageHit, PersonHit } from '../../search/format';

/** In-app paths for hits. Ids are URI-encoded, so a path never leaves its route (no `javascript:`). */
export function hitHref(hit: EventHit | PersonHit | OrganizationHit | PassageHit, query: string): string {
  const enc = encodeURIComponent;
  switch (hit.group) {
    case 'events':
      return `/events/${enc(hit.id)}`;
    case 'people':
      return `/people/${enc(hit.id)}`;
    case 'organizations':
      return `/organizations/${enc(hit.id)}`;
    case 'passages':
      // The event page may highlight the passage: doc + offsets into that document's cleaned text.
      return hit.eventId
        ? `/events/${enc(hit.eventId)}?doc=${enc(hit.documentId)}&start=${hit.start}&end=${hit.end}`
        : searchHref(query);
  }
}

export function searchHref(query: string): string {
  return `/search?${new URLSearchParams({ q: query }).toString()}`;
}

export const GROUP_LABELS = {
  events: 'Events',
  people: 'People',
  organizations: 'Organizations',
  passages: 'Passages of report text',
} as const;
