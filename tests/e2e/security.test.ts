// Private and locked down: no request leaves the page's origin, and an injected inline script
// does not run (Content-Security-Policy).
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';

const harness = useHarness();

describe('security', () => {
  it('every request stays on the page’s origin, through overview, a county and both scenarios', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    const origin = new URL(harness().url).origin;
    const elsewhere: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        elsewhere.push(url);
        return route.abort();
      }
      return route.continue();
    });
    await page.goto(harness().url);
    await page.waitForSelector('.cell .p', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Trend' }).click();
    await page.getByRole('tab', { name: /Shandan/u }).click();
    await page.waitForSelector('td.projected .probability', { timeout: 20_000 });
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an injected inline script does not run', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(harness().url);
    await page.waitForSelector('#overview-title');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    // the browser reports the blocked script; nothing else went wrong
    expect(problems.every((p) => /Content Security Policy/u.test(p))).toBe(true);
    await context.close();
  });
});
