// The seeds as the browser gets them: parsed with the seed schema at build time (vite.config.ts,
// which also stops a build on a broken seed), so the page and its workers read plain data.
import type { LoadedCounties } from './loadCounties.ts';
import seeds from 'virtual:bundled-seeds';

export const bundledCounties: LoadedCounties = seeds;
