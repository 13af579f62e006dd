import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { join } from 'node:path';
import { loadCountiesFromDisk, readPlanTexts, readSeedFiles } from './src/data/nodeSeeds.ts';
import { missingQuotes } from './src/data/quoteCheck.ts';

/** Seeds are validated at build time too: a broken seed or a quote not in its plan stops the build
 * (in the dev server it is a warning: the app itself lists seeds that fail the schema). */
function validateSeeds(): Plugin {
  let serving = false;
  return {
    name: 'validate-seeds',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      const seeds = fileURLToPath(new URL('./seeds', import.meta.url));
      const { counties, errors } = loadCountiesFromDisk(seeds);
      const plans = readPlanTexts(fileURLToPath(new URL('./seeds/plans', import.meta.url)));
      const problems = [
        ...errors,
        ...counties.flatMap((c) => missingQuotes(c, plans).map((q) => `${c.id}.json: ${q.path}: quote not in ${q.seed}: «${q.quote}»`)),
      ];
      if (!problems.length) return;
      const message = `seed validation failed:\n${problems.join('\n')}`;
      if (serving) this.warn(message);
      else this.error(message);
    },
  };
}

/** The seeds as the browser gets them: parsed and checked here, at build time (or when the dev
 * server serves them), so the page takes plain data and needs no schema to open (zod is a third of
 * the first script); what fails the schema is listed for the page to show, as before. */
function bundledSeeds(): Plugin {
  const id = 'virtual:bundled-seeds';
  return {
    name: 'bundled-seeds',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const dir = fileURLToPath(new URL('./seeds', import.meta.url));
      for (const f of readSeedFiles(dir)) this.addWatchFile(join(dir, f.name));
      // JSON.parse of a string literal: quicker for the browser to read than the same object literal
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(loadCountiesFromDisk(dir)))});`;
    },
  };
}

/** The built page allows no inline script and no other origin (DESIGN: nothing leaves the page). */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function securityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build', // the dev server needs inline scripts for hot reload
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  // Relative asset paths: the static build works from any base path (a sub-folder, a file share).
  base: './',
  plugins: [
    svelte(),
    validateSeeds(),
    bundledSeeds(),
    securityPolicy(),
    // offline after the first visit: a service worker precaches the built files (workbox), and the
    // page says when a newer version is waiting instead of swapping it under the user's feet
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: { globPatterns: ['**/*.{js,css,html,svg}'], navigateFallback: 'index.html' },
    }),
  ],
  // the engine's worker reads the seeds too
  worker: { format: 'es', plugins: () => [bundledSeeds()] },
  build: { target: 'es2022', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        // a limit for a test that hangs, not a speed test: property tests of a few seconds take several
        // times longer on a busy two-core machine (speed is measured by npm run bench)
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/unit/setup/propertySeed.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the CI machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
