import { lazy } from 'react';
import { createBrowserRouter, createRoutesFromElements, Route } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from '../lib/ui/NotFound';

// Each page is its own chunk, so the first paint loads only the shell and the page shown.
const loadTimelinePage = () => import('../features/timeline/TimelinePage');
const TimelinePage = lazy(loadTimelinePage);
const EventPage = lazy(() => import('../features/events/EventPage'));
const PeoplePage = lazy(() => import('../features/people/PeoplePage'));
const PersonPage = lazy(() => import('../features/people/PersonPage'));
const OrganizationsPage = lazy(() => import('../features/organizations/OrganizationsPage'));
const OrganizationPage = lazy(() => import('../features/organizations/OrganizationPage'));
const SearchPage = lazy(() => import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage })));

/** On the timeline, its chunk loads alongside the app's first render, not after it. */
if (typeof window !== 'undefined' && window.location.pathname === import.meta.env.BASE_URL) void loadTimelinePage();

/** A data router, so scroll positions are restored on back/forward (ScrollRestoration in Layout). */
export const router = createBrowserRouter(
  createRoutesFromElements(
    <Route element={<Layout />}>
      <Route index element={<TimelinePage />} />
      <Route path="events/:id" element={<EventPage />} />
      <Route path="people" element={<PeoplePage />} />
      <Route path="people/:id" element={<PersonPage />} />
      <Route path="organizations" element={<OrganizationsPage />} />
      <Route path="organizations/:id" element={<OrganizationPage />} />
      <Route path="search" element={<SearchPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>,
  ),
);
