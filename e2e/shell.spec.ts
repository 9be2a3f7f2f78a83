import { expect, test } from '@playwright/test';

test.describe('app shell', () => {
  test('timeline lists the seed round tables newest first and opens an event page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    const cards = page.getByTestId('event-card').filter({ hasText: /round table/i }).filter({ hasNotText: 'referred to' });
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toContainText('July 2024');
    await expect(cards.nth(0)).toContainText('Post-Astana SCO Summit 2024');
    await expect(cards.nth(1)).toContainText('June 2024');
    await expect(cards.nth(1)).toContainText('Solidifying SCO');

    await cards.nth(1).getByRole('link', { name: /Solidifying SCO/ }).click();
    await expect(page).toHaveURL(/\/events\//);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Solidifying SCO');
    await expect(page.getByTestId('participant').filter({ hasText: 'Sohail Mahmood' })).toBeVisible();
    await expect(page.getByTestId('document-text')).toContainText('Institute of Strategic Studies Islamabad');
  });

  test('header offers navigation and a search box', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Timeline' })).toBeVisible();
    await nav.getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await nav.getByRole('link', { name: 'Organizations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organizations' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('combobox')).toBeVisible();
  });

  test('client routes survive a reload', async ({ page }) => {
    await page.goto('/people');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect(page.getByTestId('people-list')).toContainText('Yerzhan Kistafin');
    await page.goto('/organizations');
    await page.reload();
    await expect(page.getByTestId('organizations-list')).toContainText('Institute of Strategic Studies Islamabad');
  });

  test('a page whose code is slow to load keeps the current page with a progress bar until it is ready', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('event-card').first()).toBeVisible();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/PeoplePage-[^/]*\.js$/, async (route) => {
      await held;
      await route.fallback();
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('progressbar', { name: 'Loading page' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Loading page' })).toHaveCount(0);
  });

  test('unknown routes and ids say not found', async ({ page }) => {
    for (const path of ['/events/no-such-id', '/no/such/page', '/people/nobody', '/organizations/none']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    }
  });
});

test.describe('data errors', () => {
  test('a missing events.json shows the error state with a retry that recovers', async ({ page }) => {
    let broken = true;
    await page.route('**/data/events.json', (route) => (broken ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback()));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('events.json');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    broken = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await expect(page.getByTestId('event-card').first()).toBeVisible();
  });

  test('a corrupt events.json names the file and what is wrong', async ({ page }) => {
    await page.route('**/data/events.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": "e1", "tit' }));
    await page.goto('/people');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('events.json');
    await expect(alert).toContainText(/not valid JSON/);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('an events.json that is not a list of records is an error, not a blank page', async ({ page }) => {
    await page.route('**/data/events.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"events": 3}' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('expected a JSON array');
  });

  test('a schema-invalid record is skipped and counted while the rest works', async ({ page }) => {
    await page.route('**/data/events.json', async (route) => {
      const response = await route.fetch();
      const events = (await response.json()) as unknown[];
      await route.fulfill({ response, json: [...events, { id: 'broken', type: 'party' }] });
    });
    await page.goto('/');
    await expect(page.getByTestId('skipped-records')).toContainText('1 invalid record skipped');
    await expect(page.getByTestId('event-card').first()).toBeVisible();
  });
});

test('an evidence button highlights the sentence in the report, and a passage link does too', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('event-card').filter({ hasNotText: 'referred to' }).first().getByRole('link').first().click();
  const participant = page.getByTestId('participant').first();
  await participant.getByRole('button', { name: 'role evidence' }).click();
  const role = (await participant.getByTestId('participant-role').textContent())!.split(',')[0]!.trim();
  await expect(page.getByTestId('evidence-highlight').first()).toBeVisible();
  // The highlighted span may be cut into several marks by the name links inside it.
  await expect.poll(async () => (await page.getByTestId('document-text').getByTestId('evidence-highlight').allTextContents()).join('')).toContain(role);
  await expect(page).toHaveURL(/fact=role-0/);

  const path = new URL(page.url()).pathname;
  const eventId = decodeURIComponent(path.split('/').pop()!);
  const events = (await (await page.request.get('/data/events.json')).json()) as { id: string; documentId: string }[];
  const documentId = events.find((e) => e.id === eventId)!.documentId;
  await page.goto(`${path}?doc=${encodeURIComponent(documentId)}&start=0&end=5`);
  await expect(page.getByTestId('evidence-highlight').first()).toBeVisible();
  await page.goto(`${path}?doc=x&start=oops&end=-1`);
  await expect(page.getByTestId('document-text')).toBeVisible();
  await expect(page.getByTestId('evidence-highlight')).toHaveCount(0);
});
