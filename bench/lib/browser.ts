/** Chromium for the benchmarks: the system one when present (scripts/chromium.mjs), else Playwright's. */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemChromium } from '../../scripts/chromium.mjs';

/**
 * tsx (esbuild, keepNames) wraps named functions in `__name(...)`; functions serialized into the
 * page by page.evaluate/addInitScript then need that helper there too.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = findSystemChromium() ?? undefined;
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--js-flags=--max-old-space-size=4096', ...extraArgs] });
}
