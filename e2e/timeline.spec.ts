import { readFile } from 'node:fs/promises';
import { expect, test, type Page, type Route } from '@playwright/test';
import { buildTimelineFiles } from '../src/lib/data/timelineView';

const reportedCards = (page: Page) => page.getByTestId('event-card').filter({ hasNotText: 'referred to' });

test.describe('timeline', () => {
  test('filters by date through the inputs and keeps it in the URL', async ({ page }) => {
    await page.goto('/');
    await expect(reportedCards(page)).toHaveCount(2);
    await page.getByLabel('From', { exact: true }).fill('2024-07-01');
    await expect(page).toHaveURL(/from=2024-07-01/);
    await expect(reportedCards(page)).toHaveCount(1);
    await expect(reportedCards(page).first()).toContainText('July 2024');
    await expect(page.getByTestId('filter-chips')).toContainText('From 2024-07-01');

    await page.getByRole('button', { name: 'Remove filter From 2024-07-01' }).click();
    await expect(reportedCards(page)).toHaveCount(2);
    await expect(page).not.toHaveURL(/from=/);

    await page.goBack();
    await expect(page).toHaveURL(/from=2024-07-01/);
    await expect(reportedCards(page)).toHaveCount(1);
  });

  test('filters by date through the URL and says when nothing matches', async ({ page }) => {
    await page.goto('/?from=2024-06-01&to=2024-06-30');
    await expect(reportedCards(page)).toHaveCount(1);
    await expect(reportedCards(page).first()).toContainText('June 2024');
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('2024-06-30');

    await page.goto('/?from=2030-01-01');
    await expect(page.getByTestId('empty-state')).toContainText('No events match');
    await page.getByTestId('empty-state').getByRole('button', { name: 'Clear filters' }).click();
    await expect(reportedCards(page)).toHaveCount(2);
  });

  test('bad URL parameters are ignored with a visible note', async ({ page }) => {
    await page.goto('/?from=2024-13-45&to=soon&type=party&org=%3Cscript%3E&order=sideways');
    const notes = page.getByTestId('param-notes');
    await expect(notes).toContainText('from=2024-13-45');
    await expect(notes).toContainText('to=soon');
    await expect(notes).toContainText('type=party');
    await expect(notes).toContainText('org=<script>');
    await expect(reportedCards(page)).toHaveCount(2);
  });

  test('the order toggle lists oldest first', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Newest first' }).click();
    await expect(page).toHaveURL(/order=oldest/);
    await expect(reportedCards(page).first()).toContainText('June 2024');
  });

  test('a date preset and a type filter combine as chips', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Last month' }).click();
    // A month back from the newest event (23 July 2024) still includes 26 June.
    await expect(page).toHaveURL(/from=2024-06-24&to=2024-07-23/);
    await expect(reportedCards(page)).toHaveCount(2);
    await page.getByLabel('Type', { exact: true }).selectOption('seminar');
    await expect(page.getByTestId('filter-chips')).toContainText('Type: seminar');
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await page.getByRole('button', { name: 'Remove filter Type: seminar' }).click();
    await page.getByLabel('Type', { exact: true }).selectOption('round table');
    await expect(page.getByTestId('filter-chips')).toContainText('Type: round table');
    await expect(reportedCards(page)).toHaveCount(2);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(reportedCards(page)).toHaveCount(2);
  });

  test('dragging across the histogram selects those months', async ({ page }) => {
    await page.goto('/');
    const box = (await page.getByTestId('histogram').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2);
    await page.mouse.up();
    await expect(page).toHaveURL(/from=2024-07-01&to=2024-07-31/);
    await expect(reportedCards(page)).toHaveCount(1);
  });

  test('exports the current selection as CSV with one row per event', async ({ page }) => {
    await page.goto('/?to=2024-06-30');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('events.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe('id,date,endDate,type,title,location,organizers,participants,referenced,sources');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('2024-06-26');
    expect(lines[1]).toContain('round table');
  });

  test('exports iCalendar and JSON too', async ({ page }) => {
    await page.goto('/');
    const ics = page.waitForEvent('download');
    await page.getByRole('button', { name: 'iCal' }).click();
    const icsText = await readFile((await (await ics).path())!, 'utf8');
    expect(icsText).toContain('BEGIN:VCALENDAR');
    expect(icsText.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: 'JSON' }).click();
    const rows = JSON.parse(await readFile((await (await json).path())!, 'utf8')) as { date: string }[];
    expect(rows.map((r) => r.date)).toContain('2024-07-23');
  });

  test('filters by a person picked by name, once the full data has loaded behind the timeline', async ({ page }) => {
    await page.goto('/');
    await expect(reportedCards(page)).toHaveCount(2);
    // The suggestions come from the full data, which loads in the background after the first screen.
    await page.getByLabel('Person or organization').fill('Sohail Mahmod');
    await page.getByRole('button', { name: /Sohail Mahmood/ }).click();
    await expect(page).toHaveURL(/person=/);
    await expect(page.getByTestId('filter-chips')).toContainText('Person: Sohail Mahmood');
    await expect(reportedCards(page)).toHaveCount(1);
    await expect(reportedCards(page).first()).toContainText('Sohail Mahmood');

    await page.getByRole('button', { name: 'Remove filter Person: Sohail Mahmood' }).click();
    await expect(reportedCards(page)).toHaveCount(2);
  });

  test('a card with many speakers names the first six and counts the rest; the event page lists all', async ({ page }) => {
    const people = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, name: `Speaker Number${i}`, aliases: [] }));
    const evidence = { documentId: 'd', start: 0, end: 1 };
    const event = {
      id: 'e1',
      documentId: 'd',
      documentIds: ['d'],
      title: 'A crowded conference',
      type: 'conference',
      date: '2024-05-02',
      endDate: null,
      dateSource: 'text',
      location: null,
      organizerIds: [],
      participants: people.map((p) => ({ personId: p.id, role: null, organizationId: null, capacity: 'speaker', evidence })),
      referenced: false,
      evidence,
    };
    await page.route('**/data/timeline*.json', (route) => route.fulfill({ status: 404, body: 'none' }));
    await page.route('**/data/events.json', (route) => route.fulfill({ json: [event] }));
    await page.route('**/data/people.json', (route) => route.fulfill({ json: people }));
    await page.route('**/data/organizations.json', (route) => route.fulfill({ json: [] }));
    await page.goto('/');
    const card = page.getByTestId('event-card');
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('and 14 more');
    await expect(card.getByRole('link', { name: /^Speaker Number/ })).toHaveCount(6);
    // A plain click navigates inside the app: the page is not reloaded.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await card.getByRole('link', { name: 'A crowded conference' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'A crowded conference' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await expect(page.getByRole('main').getByRole('link', { name: 'Speaker Number19' }).first()).toBeVisible();
  });

  test.describe('while only the newest events are loaded', () => {
    /** Serves a head of one event, and holds `timeline.json` until `release` is called. */
    async function holdTimeline(page: Page): Promise<{ release: () => void; total: number; reported: number }> {
      const data = async (name: string) => JSON.parse(await readFile(`public/data/${name}.json`, 'utf8')) as never[];
      const events: { referenced: boolean }[] = await data('events');
      const source = { documents: await data('documents'), events: events as never[], people: await data('people'), organizations: await data('organizations') };
      const { head } = buildTimelineFiles(source, 1);
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/data/timeline-head.json', (route) => route.fulfill({ json: head }));
      await page.route('**/data/timeline.json', async (route: Route) => {
        await held;
        await route.fallback();
      });
      // The full data would stand in for the timeline file: keep it back too.
      await page.route('**/data/events.json', async (route: Route) => {
        await held;
        await route.fallback();
      });
      return { release, total: events.length, reported: events.filter((e) => !e.referenced).length };
    }

    test('the newest events show at once with the whole count, the rest follow', async ({ page }) => {
      const { release, total, reported } = await holdTimeline(page);
      await page.goto('/');
      await expect(page.getByTestId('event-card')).toHaveCount(1);
      await expect(page.getByText(`Loading ${total - 1} more events…`)).toBeVisible();
      await expect(page.getByTestId('result-count')).toContainText(`${reported} events reported`);
      await expect(page.getByLabel('Place')).toBeDisabled();
      release();
      await expect(page.getByTestId('event-card')).toHaveCount(total);
      await expect(page.getByText(/more events?…/)).toHaveCount(0);
      await expect(page.getByLabel('Place')).toBeEnabled();
    });

    test('a filtered or re-ordered timeline waits for every event', async ({ page }) => {
      const { release } = await holdTimeline(page);
      await page.goto('/?order=oldest');
      await expect(page.getByRole('status').filter({ hasText: 'Loading' }).first()).toBeVisible();
      await expect(page.getByTestId('event-card')).toHaveCount(0);
      release();
      await expect(page.getByTestId('event-card').first()).toContainText('2024');
      const dates = await page.getByTestId('event-card').locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? '').filter(Boolean));
      expect(dates.length).toBeGreaterThan(1);
      expect([...dates].sort()).toEqual(dates);
    });
  });
});
