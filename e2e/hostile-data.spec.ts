import { expect, test, type Page } from '@playwright/test';

/** Payloads that would run script if any page rendered data as HTML. */
const PAYLOADS = {
  img: '<img src=x onerror="window.__xss=1;alert(1)">',
  script: '<script>window.__xss=1;alert(1)</script>',
  svg: '<svg onload="window.__xss=1;alert(1)">',
  link: 'javascript:window.__xss=1;alert(1)',
};

type Json = Record<string, unknown> & { id: string };

/**
 * Serves the real data with hostile strings written into titles, names, aliases, places, roles,
 * URLs and the report text, so every page that shows text or names is exercised.
 */
async function serveHostileData(page: Page) {
  const real = async (file: string) => (await (await page.request.get(`/data/${file}`)).json()) as Json[];
  const [documents, events, people, organizations] = await Promise.all(['documents.json', 'events.json', 'people.json', 'organizations.json'].map(real));
  const hostileEvents = events!.map((e) => ({ ...e, title: `${PAYLOADS.img} ${String(e.title ?? '')}`, location: PAYLOADS.svg, participants: (e.participants as Json[]).map((p) => ({ ...p, role: PAYLOADS.script })) }));
  const hostilePeople = people!.map((p) => ({ ...p, name: `${PAYLOADS.script} ${String(p.name)}`, aliases: [PAYLOADS.img] }));
  const hostileOrganizations = organizations!.map((o) => ({ ...o, name: `${PAYLOADS.svg} ${String(o.name)}`, aliases: [PAYLOADS.link] }));
  const hostileDocuments = documents!.map((d) => ({ ...d, url: PAYLOADS.link, title: PAYLOADS.img }));
  await page.route('**/data/events.json', (r) => r.fulfill({ json: hostileEvents }));
  await page.route('**/data/people.json', (r) => r.fulfill({ json: hostilePeople }));
  await page.route('**/data/organizations.json', (r) => r.fulfill({ json: hostileOrganizations }));
  await page.route('**/data/documents.json', (r) => r.fulfill({ json: hostileDocuments }));
  await page.route('**/data/texts/**', async (r) => {
    const text = await (await r.fetch()).text();
    await r.fulfill({ contentType: 'text/plain', body: `${PAYLOADS.script}${PAYLOADS.img}${PAYLOADS.svg}\n${text}` });
  });
  const firstEvent = hostileEvents.find((e) => (e.participants as Json[]).length > 0) ?? hostileEvents[0]!;
  return {
    event: firstEvent.id,
    person: ((firstEvent.participants as Json[])[0]?.personId as string | undefined) ?? hostilePeople[0]?.id,
    organization: hostileOrganizations[0]?.id,
  };
}

test('data with HTML and script payloads is shown as literal text and never runs', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const ids = await serveHostileData(page);
  const paths = ['/', `/events/${encodeURIComponent(ids.event)}`, '/people', '/organizations', '/search?q=script'];
  if (ids.person) paths.push(`/people/${encodeURIComponent(ids.person)}`);
  if (ids.organization) paths.push(`/organizations/${encodeURIComponent(ids.organization)}`);

  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `script ran on ${path}`).toBeUndefined();
    const injected = await page.evaluate(() => document.querySelectorAll('main script, main img[src="x"], main svg[onload], [onerror], [onload]').length);
    expect(injected, `markup injected on ${path}`).toBe(0);
    const badLinks = await page.evaluate(() => [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length);
    expect(badLinks, `javascript: link on ${path}`).toBe(0);
  }
  // The payloads are visible as the text they are.
  await page.goto(`/events/${encodeURIComponent(ids.event)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror=');
  await expect(page.getByTestId('document-text')).toContainText('<script>window.__xss=1;alert(1)</script>');
  expect(dialogs).toEqual([]);
});

test('the production page carries a Content-Security-Policy without unsafe script sources', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toBeTruthy();
  const scriptSrc = csp!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  expect(scriptSrc).toBe("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
});
