import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const ISSI = 'Institute of Strategic Studies Islamabad';
const list = (page: Page) => page.getByTestId('organizations-list');
const rows = (page: Page) => page.getByTestId('organization-row');
const findBox = (page: Page) => page.getByLabel('Find by name or acronym');

test.describe('organizations directory', () => {
  test('the acronym finds ISSI, whose page shows the acronym, Sohail Mahmood and the June round table', async ({ page }) => {
    await page.goto('/organizations');
    await expect(page.getByRole('heading', { level: 1, name: 'Organizations' })).toBeVisible();
    await findBox(page).fill('ISSI');
    await expect(page).toHaveURL(/[?&]q=ISSI/);
    await expect(rows(page).first()).toContainText(ISSI);
    await expect(rows(page).first()).toContainText('ISSI');
    await list(page).getByRole('link', { name: ISSI }).click();

    await expect(page.getByRole('heading', { level: 1, name: ISSI })).toBeVisible();
    await expect(page.getByTestId('aliases')).toContainText('ISSI');
    await expect(page.getByTestId('affiliated-people')).toContainText('Sohail Mahmood');
    await expect(page.getByTestId('affiliated-people')).toContainText('Director General');
    await expect(page.getByTestId('events-organized')).toContainText('Astana Summit 2024: Solidifying SCO’s Partnerships');
    await page.getByTestId('affiliated-people').getByRole('link', { name: 'Sohail Mahmood' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sohail Mahmood' })).toBeVisible();
  });

  test('a typo in a long name is forgiven', async ({ page }) => {
    await page.goto('/organizations?q=strategik');
    await expect(rows(page).first()).toContainText(ISSI);
  });

  test('countries are marked and can be shown alone', async ({ page }) => {
    await page.goto('/organizations');
    const kazakhstan = rows(page).filter({ has: page.getByRole('link', { name: 'Kazakhstan', exact: true }) });
    await expect(kazakhstan.getByTestId('country-badge')).toHaveText('Country');
    await expect(rows(page).filter({ hasText: ISSI }).getByTestId('country-badge')).toHaveCount(0);

    await page.getByLabel('Kind').selectOption('country');
    await expect(page).toHaveURL(/kind=country/);
    await expect(list(page)).toContainText('Kazakhstan');
    await expect(list(page)).not.toContainText(ISSI);
    const count = await rows(page).count();
    await expect(page.getByTestId('country-badge')).toHaveCount(count);

    await page.goBack();
    await expect(list(page)).toContainText(ISSI);
    await kazakhstan.getByRole('link', { name: 'Kazakhstan', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kazakhstan' })).toBeVisible();
    await expect(page.getByTestId('country-badge')).toBeVisible();
    await expect(page.getByTestId('affiliated-people')).toContainText('Yerzhan Kistafin');
  });

  test('sort and date filter through the controls and the URL', async ({ page }) => {
    await page.goto('/organizations');
    await page.getByLabel('Sort by').selectOption('events');
    await expect(page).toHaveURL(/sort=events/);
    await expect(page.getByLabel('Sort by')).toHaveValue('events');

    await page.goto('/organizations?from=2024-06-01&to=2024-06-30&sort=name');
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2024-06-01');
    await expect(list(page)).toContainText(ISSI);
    // Only at the July round table.
    await expect(list(page)).not.toContainText('Rifah Institute of Public Policy');
    await expect(page.getByTestId('result-count')).toHaveText(/Showing \d+ of \d+ organizations/);
  });

  test('bad URL parameters are ignored with a visible note', async ({ page }) => {
    await page.goto('/organizations?sort=size&kind=planet&from=20240101');
    await expect(page.getByTestId('param-notes').getByRole('listitem')).toHaveCount(3);
    await expect(page.getByTestId('param-notes')).toContainText('kind=planet');
    await expect(list(page)).toContainText(ISSI);
  });

  test('an empty result offers to clear the filters', async ({ page }) => {
    await page.goto('/organizations?q=zzqqxxyy');
    await expect(page.getByTestId('empty-result')).toContainText('No organization matches');
    await page.getByTestId('empty-result').getByRole('button', { name: 'Clear filters' }).click();
    await expect(findBox(page)).toHaveValue('');
    await expect(list(page)).toContainText(ISSI);
  });

  test('axe-clean in light and dark and fits 360 px', async ({ page }) => {
    test.setTimeout(90_000);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/organizations?kind=nope', '/organizations/institute-of-strategic-studies-islamabad', '/organizations/kazakhstan']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${scheme} ${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      }
    }
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/organizations', '/organizations/institute-of-strategic-studies-islamabad']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('organizations directory at scale', () => {
  test('10,000 organizations keep the page small and stay searchable', async ({ page }) => {
    const organizations = Array.from({ length: 10_000 }, (_, i) => ({ id: `o${i}`, name: `${['Centre', 'Institute', 'Forum', 'Council'][i % 4]} for ${['Peace', 'Trade', 'Energy', 'Security', 'Culture'][i % 5]} Studies ${i}`, aliases: [`C${i}`] }));
    await page.route('**/data/organizations.json', (route) => route.fulfill({ json: organizations }));
    await page.goto('/organizations');
    await expect(page.getByTestId('result-count')).toHaveText('All 10000 organizations');
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1500);
    await page.getByRole('navigation', { name: 'Jump to letter' }).getByRole('link', { name: 'Names starting with I', exact: true }).click();
    await expect(page.locator(':focus')).toHaveText(/^Institute for /);
    await findBox(page).fill('councel energy');
    await expect(page.getByTestId('result-count')).toHaveText(/Showing \d+ of 10000 organizations/);
    await expect(rows(page).first()).toContainText('Council for Energy Studies');
  });
});
