import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

interface Ids {
  event: string;
  person: string | null;
  organization: string | null;
}

/** Real ids from the served data, so every page kind is checked with content in it. */
async function firstIds(page: Page): Promise<Ids> {
  const load = async (file: string) => (await (await page.request.get(`/data/${file}`)).json()) as { id: string; participants?: { personId: string }[] }[];
  const events = await load('events.json');
  const organizations = await load('organizations.json');
  const withPeople = events.find((e) => (e.participants?.length ?? 0) > 0);
  return {
    event: (withPeople ?? events[0])!.id,
    person: withPeople?.participants?.[0]?.personId ?? null,
    organization: organizations[0]?.id ?? null,
  };
}

function pages(ids: Ids): string[] {
  const paths = ['/', `/events/${encodeURIComponent(ids.event)}`, '/people', '/organizations', '/search?q=kistafin', '/no/such/page'];
  if (ids.person) paths.push(`/people/${encodeURIComponent(ids.person)}`);
  if (ids.organization) paths.push(`/organizations/${encodeURIComponent(ids.organization)}`);
  return paths;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every page has one h1 and no axe violations in ${scheme} mode`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    const ids = await firstIds(page);
    for (const path of pages(ids)) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('banner')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark');
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      expect(summary).toEqual([]);
    }
  });
}

test('dark mode can be toggled and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('pages fit a 360 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const ids = await firstIds(page);
  for (const path of pages(ids)) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

test('the timeline and an event page can be used by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('event-card').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  // Tab until the first event link has focus, then open it with Enter.
  const firstEventLink = page.getByTestId('event-card').first().getByRole('link').first();
  const name = (await firstEventLink.textContent())!;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await firstEventLink.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(firstEventLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});
