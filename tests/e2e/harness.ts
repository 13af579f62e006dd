// Serves the built app on loopback and drives Debian's Chromium headless (playwright-core, no
// downloaded browser). Collects console errors and uncaught exceptions so every test can assert none.
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  url: string;
  browser: Browser;
  /** bypassCSP: for test tools that inject scripts (axe-core) — never for the page's own checks */
  newPage(options?: { locale?: string; bypassCSP?: boolean }): Promise<{ page: Page; context: BrowserContext; problems: string[] }>;
  close(): Promise<void>;
}

/** `outDir`: serve another copy of the build (a test that changes the served files) */
export async function startHarness({ outDir = 'dist' }: { outDir?: string } = {}): Promise<Harness> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` before the browser tests (npm test does).');
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, build: { outDir }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    url,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({ locale: options.locale ?? 'zh-CN', viewport: { width: 1440, height: 900 }, bypassCSP: options.bypassCSP ?? false });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
      return { page, context, problems };
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/** One harness for a test file: started before its tests, closed after. */
export function useHarness(): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  return () => h!;
}

/** the built page scripts (workers' excluded) that hold a module, by their source maps: `source`
 * is the end of its path ('scenario/cases.ts', 'workbox-window/build/workbox-window.prod.es5.mjs') */
export function chunksWith(source: string, outDir = 'dist'): string[] {
  return readdirSync(`${outDir}/assets`)
    .filter((f) => f.endsWith('.js.map') && !/\.worker-/u.test(f))
    .filter((f) => (JSON.parse(readFileSync(`${outDir}/assets/${f}`, 'utf8')) as { sources: string[] }).sources.some((s) => s.endsWith(source)))
    .map((f) => f.slice(0, -'.map'.length));
}

/** requests for these scripts wait (in the returned list) until let go */
export async function holdBack(page: Page, files: string[]): Promise<Route[]> {
  if (!files.length) throw new Error('nothing to hold back: no such script in the build');
  const held: Route[] = [];
  await page.route((url) => files.some((f) => url.pathname.endsWith(`/${f}`)), (route) => void held.push(route));
  return held;
}
