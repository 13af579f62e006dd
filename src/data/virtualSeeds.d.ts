// The module vite.config.ts makes of the seeds at build time (see bundledSeeds.ts).
declare module 'virtual:bundled-seeds' {
  const seeds: import('./loadCounties.ts').LoadedCounties;
  export default seeds;
}
