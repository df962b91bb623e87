import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the suite writes a screenshot of every main screen (gitignored; named in the README). */
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 360, height: 740 };

export interface AxeFinding {
  screen: string;
  width: number;
  id: string;
  impact: string;
  targets: string[];
}

/**
 * Checks a screen at desktop and phone width: axe (WCAG 2.2 A and AA rules) and a full-page
 * screenshot at each. Returns the serious and critical violations, for the suite to assert none.
 */
export async function checkScreen(page: Page, screen: string): Promise<AxeFinding[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const found: AxeFinding[] = [];
  const original = page.viewportSize() ?? DESKTOP;
  for (const [name, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(50);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    for (const v of result.violations) {
      if (v.impact === 'serious' || v.impact === 'critical') {
        found.push({
          screen,
          width: size.width,
          id: v.id,
          impact: v.impact,
          targets: v.nodes.map((n) => n.target.join(' ')),
        });
      }
    }
    // At phone width nothing may scroll sideways.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    if (size === PHONE && overflow > 1) {
      found.push({
        screen,
        width: size.width,
        id: 'horizontal-overflow',
        impact: 'serious',
        targets: [`${overflow}px`],
      });
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${screen}-${name}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
  return found;
}
