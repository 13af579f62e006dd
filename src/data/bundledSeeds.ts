// The seeds as the browser gets them: bundled at build time (validated then too, see vite.config.ts).
import { parseCountyFiles } from './loadCounties.ts';

const modules = import.meta.glob<unknown>('../../seeds/*.json', { eager: true, import: 'default' });

export const bundledCounties = parseCountyFiles(
  Object.entries(modules).map(([path, json]) => ({ name: path.split('/').pop()!, json })),
);
