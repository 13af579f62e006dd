// npm run backtest [-- --json]: the cohort model run on the nation from the 2020 census with the
// published total fertility and life expectancy, against published births and year-end population
// 2021–2024; prints each error and the mean against the aims (births 5 %, population 0.3 %).
import { aims, backtest, meanError } from '../engine/backtest.ts';

const rows = backtest();
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  console.log('series      year  projected (M)  published (M)   error');
  for (const r of rows) console.log(`${r.series.padEnd(11)} ${r.year}  ${r.projected.toFixed(2).padStart(13)}  ${r.observed.toFixed(2).padStart(13)}  ${pct(r.projected / r.observed - 1).padStart(8)}`);
  for (const s of ['births', 'population'] as const) {
    const e = meanError(rows, s);
    console.log(`mean |error| ${s}: ${pct(e)} (aim ${pct(aims[s])}: ${e <= aims[s] ? 'within' : 'missed'})`);
  }
}
