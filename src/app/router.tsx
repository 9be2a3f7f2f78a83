import type { ComponentType } from 'react';
import { createBrowserRouter, createRoutesFromElements, Route } from 'react-router';
import { timelineHeadQuery } from '../lib/data/useExplorerData';
import { Loading } from '../lib/ui/Loading';
import { NotFoundPage } from '../lib/ui/NotFound';
import { Layout } from './Layout';
import { queryClient } from './queryClient';

/** A page module as a lazy route: its default export is the route's component. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

/**
 * A data router: scroll positions are restored on back/forward (ScrollRestoration in Layout), and
 * each page is its own chunk, loaded (with the timeline's first events) before the page renders:
 * on the first visit both start as the app starts, and no loading placeholder is committed only
 * to be replaced (React keeps a committed placeholder on screen for at least 300 ms).
 */
export const router = createBrowserRouter(
  createRoutesFromElements(
    <Route element={<Layout />} hydrateFallbackElement={<Loading />}>
      <Route index lazy={page(() => import('../features/timeline/TimelinePage'))} loader={() => queryClient.ensureQueryData(timelineHeadQuery)} />
      <Route path="events/:id" lazy={page(() => import('../features/events/EventPage'))} />
      <Route path="people" lazy={page(() => import('../features/people/PeoplePage'))} />
      <Route path="people/:id" lazy={page(() => import('../features/people/PersonPage'))} />
      <Route path="organizations" lazy={page(() => import('../features/organizations/OrganizationsPage'))} />
      <Route path="organizations/:id" lazy={page(() => import('../features/organizations/OrganizationPage'))} />
      <Route path="search" lazy={page(() => import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage })))} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>,
  ),
);
