import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const JULY = 'Post-Astana SCO Summit 2024: achievements and way forward';
const JUNE = 'Astana Summit 2024: Solidifying SCO’s Partnerships';

const list = (page: Page) => page.getByTestId('people-list');
const rows = (page: Page) => page.getByTestId('person-row');

/** A corpus of `count` people, five per event, so the directory can be tried at scale. */
function bigCorpus(count: number) {
  const first = ['Amir', 'Bilal', 'Chen', 'Dana', 'Elif', 'Farid', 'Gul', 'Hana', 'Irfan', 'Jamal', 'Kamal', 'Lina', 'Mehdi', 'Nadia', 'Omar', 'Parveen', 'Rafiq', 'Sara', 'Tariq', 'Umar', 'Vera', 'Wahid', 'Yasmin', 'Zain'];
  const last = ['Abbasi', 'Bukhari', 'Chaudhry', 'Durrani', 'Effendi', 'Farooqi', 'Gilani', 'Hashmi', 'Iqbal', 'Jafri', 'Khattak', 'Lodhi', 'Malik', 'Niazi', 'Orakzai', 'Qureshi', 'Rizvi', 'Siddiqui', 'Tareen', 'Usmani', 'Wazir', 'Yousafzai', 'Zaidi'];
  const people = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, name: `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]} ${i}`, aliases: [] }));
  const organizations = [
    { id: 'o1', name: 'Institute of Regional Studies', aliases: ['IRS'] },
    { id: 'o2', name: 'Kazakhstan', aliases: ['Kazakh'], kind: 'country' },
  ];
  const evidence = { documentId: 'd', start: 0, end: 1 };
  const events = Array.from({ length: Math.ceil(count / 5) }, (_, e) => ({
    id: `e${e}`,
    documentId: 'd',
    documentIds: ['d'],
    title: `Round table ${e}`,
    type: 'round table',
    date: `20${10 + (e % 15)}-${String((e % 12) + 1).padStart(2, '0')}-15`,
    endDate: null,
    dateSource: 'text',
    location: null,
    organizerIds: ['o1'],
    participants: people.slice(e * 5, e * 5 + 5).map((p, k) => ({ personId: p.id, role: k === 0 ? 'Ambassador' : 'Professor', organizationId: k === 0 ? 'o2' : 'o1', capacity: 'speaker', evidence })),
    referenced: false,
    evidence,
  }));
  return { people, organizations, events };
}

async function serveBigCorpus(page: Page, count: number) {
  const corpus = bigCorpus(count);
  await page.route('**/data/people.json', (route) => route.fulfill({ json: corpus.people }));
  await page.route('**/data/organizations.json', (route) => route.fulfill({ json: corpus.organizations }));
  await page.route('**/data/events.json', (route) => route.fulfill({ json: corpus.events }));
  return corpus;
}

test.describe('people directory', () => {
  test('a typo still finds Yerzhan Kistafin, whose page shows both seed round tables', async ({ page }) => {
    await page.goto('/people');
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await page.getByLabel('Find by name, role or organization').fill('kistafn');
    await expect(page).toHaveURL(/[?&]q=kistafn/);
    await expect(page.getByTestId('result-count')).toHaveText(/Showing 1 of \d+ people/);
    await list(page).getByRole('link', { name: 'Yerzhan Kistafin' }).click();

    await expect(page).toHaveURL(/\/people\/[^/?]+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Yerzhan Kistafin' })).toBeVisible();
    const events = page.getByTestId('person-events').getByTestId('event-card');
    await expect(events).toHaveCount(2);
    await expect(events.nth(0)).toContainText(JULY);
    await expect(events.nth(0)).toContainText('23 July 2024');
    await expect(events.nth(1)).toContainText(JUNE);
    await expect(events.nth(1)).toContainText('26 June 2024');
    await expect(page.getByTestId('role-history')).toContainText('Ambassador');
    await expect(page.getByTestId('timeline-dot')).toHaveCount(2);
    await expect(page.getByTestId('co-participants')).toContainText('Sohail Mahmood');
    await expect(page.getByTestId('co-participants')).toContainText('Farhat Asif');

    // Back returns to the filtered directory.
    await page.goBack();
    await expect(page.getByLabel('Find by name, role or organization')).toHaveValue('kistafn');
    await expect(rows(page)).toHaveCount(1);
  });

  test('sort and filter through the controls; back and forward restore each state', async ({ page }) => {
    await page.goto('/people');
    await expect(rows(page).first()).toBeVisible();
    const total = await rows(page).count();

    await page.getByLabel('Sort by').selectOption('events');
    await expect(page).toHaveURL(/sort=events/);
    await expect(rows(page).first()).toContainText('Yerzhan Kistafin');
    await expect(rows(page).first()).toContainText('2 events');

    await page.getByLabel('Role', { exact: true }).selectOption('Director General');
    await expect(page).toHaveURL(/role=Director/);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText('Sohail Mahmood');

    await page.getByLabel('From', { exact: true }).fill('2024-07-01');
    await expect(page).toHaveURL(/from=2024-07-01/);
    await expect(page.getByTestId('empty-result')).toContainText('Nobody matches');

    await page.goBack();
    await expect(rows(page)).toHaveCount(1);
    await page.goBack();
    await expect(page.getByLabel('Role', { exact: true })).toHaveValue('');
    await expect(rows(page)).toHaveCount(total);
    await expect(rows(page).first()).toContainText('Yerzhan Kistafin');
    await page.goForward();
    await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Director General');
    await expect(rows(page)).toHaveCount(1);
  });

  test('the URL alone sets sort, organization and dates, and the controls show them', async ({ page }) => {
    await page.goto('/people?sort=recent&from=2024-07-01&to=2024-07-31');
    await expect(page.getByLabel('Sort by')).toHaveValue('recent');
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2024-07-01');
    await expect(list(page)).toContainText('Yerzhan Kistafin');
    await expect(list(page)).toContainText('Farhat Asif');
    // Spoke only at the June round table.
    await expect(list(page)).not.toContainText('Sohail Mahmood');
    await expect(page.getByTestId('result-count')).toHaveText(/Showing \d+ of \d+ people/);

    await page.goto('/people?org=institute-of-strategic-studies-islamabad');
    await expect(page.getByLabel('Organization', { exact: true })).toHaveValue('institute-of-strategic-studies-islamabad');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText('Sohail Mahmood');
  });

  test('bad URL parameters are ignored with a visible note, never a crash', async ({ page }) => {
    await page.goto('/people?sort=shoe-size&org=no-such-org&role=Wizard&from=2024-13-45&to=soon');
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    const notes = page.getByTestId('param-notes');
    await expect(notes.getByRole('listitem')).toHaveCount(5);
    await expect(notes).toContainText('sort=shoe-size');
    await expect(notes).toContainText('org=no-such-org');
    await expect(notes).toContainText('role=Wizard');
    await expect(notes).toContainText('from=2024-13-45');
    await expect(page.getByLabel('Sort by')).toHaveValue('name');
    await expect(list(page)).toContainText('Yerzhan Kistafin');
  });

  test('an empty result says so and offers to clear the filters', async ({ page }) => {
    await page.goto('/people?q=qqqzzzxxx&sort=events');
    await expect(page.getByTestId('empty-result')).toContainText('Nobody matches these filters');
    await page.getByTestId('empty-result').getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/q=/);
    await expect(page).toHaveURL(/sort=events/);
    await expect(page.getByLabel('Find by name, role or organization')).toHaveValue('');
    await expect(list(page)).toContainText('Yerzhan Kistafin');
  });

  test('A–Z links jump to the first name with that letter; letters with nobody are disabled', async ({ page }) => {
    await page.goto('/people');
    const letters = page.getByRole('navigation', { name: 'Jump to letter' });
    await expect(letters.getByRole('link', { name: 'Names starting with Q (none)' })).toHaveAttribute('aria-disabled', 'true');
    await letters.getByRole('link', { name: 'Names starting with Y', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Yerzhan Kistafin' })).toBeFocused();
  });

  test('works by keyboard: type a name, tab to it, open it', async ({ page }) => {
    await page.goto('/people');
    await page.getByLabel('Find by name, role or organization').focus();
    await page.keyboard.type('mahmood');
    await expect(rows(page)).toHaveCount(1);
    const link = list(page).getByRole('link', { name: 'Sohail Mahmood' });
    for (let i = 0; i < 50 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Sohail Mahmood' })).toBeVisible();
    await expect(page.getByTestId('person-organizations')).toContainText('Institute of Strategic Studies Islamabad');
  });

  test('someone only mentioned shows where the reports name them', async ({ page }) => {
    await page.goto('/people?q=tokayev');
    await list(page).getByRole('link', { name: 'Kassym-Jomart Tokayev' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kassym-Jomart Tokayev' })).toBeVisible();
    await expect(page.getByText('Named in the reports, but not as a participant')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Where named' })).toBeVisible();
    await expect(page.getByTestId('mention').first().locator('mark')).toContainText('Tokayev');
  });

  test('directory and person page are axe-clean in light and dark, with notes and filters showing', async ({ page }) => {
    test.setTimeout(90_000);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/people?sort=nope&role=Ambassador', '/people?q=qqqzzz', '/people/yerzhan-kistafin']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${scheme} ${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      }
    }
  });

  test('fits a 360 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/people?role=Ambassador&from=2024-01-01', '/people/yerzhan-kistafin']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('people directory at scale', () => {
  test('10,000 people keep the page small, and typing, sorting and A–Z still work', async ({ page }) => {
    await serveBigCorpus(page, 10_000);
    await page.goto('/people');
    await expect(page.getByTestId('result-count')).toHaveText('All 10000 people');
    await expect(rows(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1500);
    // Rows are real list items that know their place in the whole list.
    await expect(list(page).getByRole('listitem').first()).toHaveAttribute('aria-setsize', '10000');

    await page.getByRole('navigation', { name: 'Jump to letter' }).getByRole('link', { name: 'Names starting with Z', exact: true }).click();
    const focused = page.locator(':focus');
    await expect(focused).toHaveText(/^Zain /);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1500);

    await page.getByLabel('Find by name, role or organization').fill('yasmin yousafzay');
    await expect(page.getByTestId('result-count')).toHaveText(/Showing \d+ of 10000 people/);
    await expect(rows(page).first()).toContainText(/Yasmin Yousafzai/);

    await page.goto('/people?sort=events&role=ambassador');
    await expect(page.getByTestId('result-count')).toHaveText('Showing 2000 of 10000 people');
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1500);
  });
});
