import { expect, test, type Locator, type Page } from '@playwright/test';

/** The header combobox, reached by keyboard: "/" focuses it. */
async function focusSearchByKeyboard(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: /Search events/ });
  await expect(box).toBeFocused();
  return box;
}

/** One state of the popup: its text, the query its hits answer, its "See all results" label. */
interface PopupState {
  text: string;
  query: string | undefined;
  seeAll: string;
}

/** Records every state the popup passes through from now on; the returned function reads them. */
async function recordPopupStates(listbox: Locator): Promise<() => Promise<PopupState[]>> {
  await listbox.evaluate((el) => {
    const seen: PopupState[] = [];
    (window as unknown as { seen: PopupState[] }).seen = seen;
    const record = () => seen.push({ text: el.textContent ?? '', query: el.dataset.query, seeAll: el.querySelector('[id$="-opt-all"]')?.textContent ?? '' });
    new MutationObserver(record).observe(el, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  return () => listbox.page().evaluate(() => (window as unknown as { seen: PopupState[] }).seen);
}

test.describe('search', () => {
  test('keyboard only: "/", a typo, ArrowDown to the person, Enter opens the person page', async ({ page }) => {
    const box = await focusSearchByKeyboard(page);
    await page.keyboard.type('Kistafn');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const listbox = page.getByRole('listbox');
    const people = listbox.getByRole('group', { name: 'People' });
    await expect(people.getByRole('option').first()).toContainText('Yerzhan Kistafin');
    // The typo-forgiven match is highlighted (as a <mark>, not as HTML from data).
    await expect(people.locator('mark').first()).toHaveText('Kistafin');

    // Move down until the person option is active (groups before People come first).
    const personId = await people.getByRole('option').first().getAttribute('id');
    for (let i = 0; i < 20 && (await box.getAttribute('aria-activedescendant')) !== personId; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(box).toHaveAttribute('aria-activedescendant', personId ?? '');
    await expect(page.locator(`[id="${personId}"]`)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/people\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yerzhan Kistafin');
  });

  test('keyboard only: Ctrl+K, "Riphah" finds the Rifah institute', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: /Search events/ });
    await expect(box).toBeFocused();
    await page.keyboard.type('Riphah');
    const orgs = page.getByRole('listbox').getByRole('group', { name: 'Organizations' });
    await expect(orgs.getByRole('option').first()).toContainText(/Rifah Institute of Public Policy/i);

    const orgId = await orgs.getByRole('option').first().getAttribute('id');
    for (let i = 0; i < 20 && (await box.getAttribute('aria-activedescendant')) !== orgId; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/organizations\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Rifah Institute of Public Policy/i);
  });

  test('Escape closes the popup; Enter with no active option opens the search page', async ({ page }) => {
    const box = await focusSearchByKeyboard(page);
    await page.keyboard.type('issi');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=issi$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Search');
    await expect(page.getByTestId('search-organizations')).toContainText('Institute of Strategic Studies Islamabad');
  });

  test('typing on in a query that matches nothing keeps "No matches." on screen (no flicker)', async ({ page }) => {
    const box = await focusSearchByKeyboard(page);
    await page.keyboard.type('zqxj');
    const listbox = page.getByRole('listbox');
    await expect(listbox).toHaveAttribute('data-query', 'zqxj');
    await expect(listbox).toContainText('No matches.');
    // Every state the popup passes through while the next keystroke is answered.
    const states = await recordPopupStates(listbox);
    await box.press('w');
    await expect(listbox).toHaveAttribute('data-query', 'zqxjw');
    await expect(listbox).toContainText('No matches.');
    const seen = await states();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((state) => !state.text.includes('No matches.'))).toEqual([]);
  });

  test('while a keystroke is answered, the popup shows one query: "See all results" names the query its hits answer', async ({ page }) => {
    const box = await focusSearchByKeyboard(page);
    await page.keyboard.type('kazakh');
    const listbox = page.getByRole('listbox');
    await expect(listbox).toHaveAttribute('data-query', 'kazakh');
    const states = await recordPopupStates(listbox);
    await box.press('s');
    await expect(listbox).toHaveAttribute('data-query', 'kazakhs');
    await expect(listbox.getByRole('option', { name: 'See all results for “kazakhs”' })).toBeVisible();
    const seen = await states();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => s.seeAll !== `See all results for “${s.query}”`)).toEqual([]);
    // The link is the typed query.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=kazakhs$/);
  });

  test('a long answer lists every hit it announces, down to the last group', async ({ page }) => {
    const box = await focusSearchByKeyboard(page);
    await page.keyboard.type('kazakhstan');
    const listbox = page.getByRole('listbox');
    await expect(listbox).toHaveAttribute('data-query', 'kazakhstan');
    // ArrowUp goes to the last option, "See all results", and stays there as the rest arrive.
    await page.keyboard.press('ArrowUp');
    // More hits than the first pass renders: the rest follow once it is painted.
    const status = page.getByRole('status').filter({ hasText: /results available/ });
    const count = async () => Number((await status.textContent())?.match(/(\d+) results/)?.[1]);
    // (The report texts' passages become searchable after the names: an answer that came before
    // them holds the names alone and is answered again, longer, once they are in.)
    await expect.poll(count).toBeGreaterThan(10);
    const announced = await count();
    await expect(listbox.getByRole('option', { name: /^(?!See all results)/ })).toHaveCount(announced);
    await expect(listbox.getByRole('group', { name: 'Passages of report text' }).getByRole('option').first()).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(listbox.getByRole('option', { name: /^See all results/ })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=kazakhstan$/);
  });

  test('"/" typed into another field does not steal focus', async ({ page }) => {
    await page.goto('/search');
    const query = page.getByRole('searchbox', { name: 'Search query' });
    await query.click();
    await page.keyboard.type('a/b');
    await expect(query).toHaveValue('a/b');
    await expect(query).toBeFocused();
  });

  test('/search?q=achakzay shows Achakzai, highlighted, in one h1 page', async ({ page }) => {
    await page.goto('/search?q=achakzay');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('achakzay');
    await expect(page.getByTestId('search-people')).toContainText('Shakur Khan Achakzai');
    await expect(page.getByTestId('search-people').locator('mark').first()).toHaveText('Achakzai');
  });

  test('filters live in the URL; invalid ones are ignored with a note', async ({ page }) => {
    await page.goto('/search?q=kistafin&from=2024-13-45&type=party');
    await expect(page.getByRole('note')).toContainText('from=2024-13-45');
    await expect(page.getByRole('note')).toContainText('type=party');
    await expect(page.getByTestId('search-people')).toContainText('Yerzhan Kistafin');

    await page.getByLabel('Event type').selectOption('round table');
    await expect(page).toHaveURL(/type=round\+table/);
    await page.goto('/search?q=kistafin&from=2024-07-01&to=2024-07-31');
    await expect(page.getByTestId('search-events')).toContainText('Post-Astana');
    await expect(page.getByTestId('search-events')).not.toContainText('Solidifying');
  });

  const hostile = [
    'a'.repeat(10_000),
    "^kis $tafin !achak 'rifah =issi | foo",
    '(.*)+[\\]{}?*',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '🙂 Kistafin 👩‍👩‍👧',
    'شكور خان اچکزئی',
    '\u202eKistafin',
  ];
  for (const q of hostile) {
    test(`hostile query answered without crash: ${JSON.stringify(q.slice(0, 24))}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`/search?${new URLSearchParams({ q }).toString()}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Search');
      await expect(page.getByRole('status').filter({ hasText: /match/ })).toBeVisible();
      // No link on the page points at a javascript: URL.
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);

      // The same in the header box.
      await page.keyboard.press('/');
      await page.getByRole('combobox', { name: /Search events/ }).fill(q.slice(0, 1000));
      await expect(page.getByRole('listbox')).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});
