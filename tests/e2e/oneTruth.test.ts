// One truth for every number, as a reader checks it on the page: each defect a new user hit
// (../shared/reviews/2026-12-ux), reproduced in the browser and now shown the way the engine
// computes it — verdicts beside the number compared, Monte Carlo that follows the user's edits,
// the same status in every view, fields that never go stale, a presenter that leaves the working
// scenario alone, and charts that start where the table does (or say why not).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { useHarness } from './harness.ts';
import { cardStatus, engineVerdict, field, pingshan, scenarioOnPage, settled } from './pageState.ts';
import { parameters, toDisplay, type ParameterId } from '../../src/data/parameters.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { workshopCases } from '../../src/scenario/cases.ts';
import { pageDefaults } from '../../src/scenario/defaults.ts';

const harness = useHarness();

describe('one truth', () => {
  it('verdicts a reader can check: 23 nurses a year read 1.96 and missed; the goal-seek’s yearly number meets ≥ 2.0 and one fewer does not', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'zh-CN' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    const nurses = field(page, 'additionsPerYear-nurses');
    await nurses.fill('23');
    await expect.poll(() => cardStatus(page, 'nurses_per_1000'), { timeout: 15_000 }).toBe('missed');
    // the page once said "1.96 ≥ 2.0 ✓ 达标 · 差距 −0.04"
    await expect.poll(() => page.locator('[data-verdict="nurses_per_1000"] strong').textContent()).toBe('1.96');
    expect(await page.locator('[data-verdict="nurses_per_1000"] .status').textContent()).toContain('差距 −0.04');
    expect(await page.locator('[data-verdict="nurses_per_1000"] .status').textContent()).not.toContain('✓');
    // the goal-seek answer, typed in, meets the target; one fewer a year does not
    const needed = engineVerdict({ resources: { nurses: { additionsPerYear: 23 } } }, 'nurses_per_1000').additionNeededPerYear!;
    expect(await page.locator('[data-verdict="nurses_per_1000"] .goal').textContent()).toBe(`每年新增约 ${needed} 名护士即可恰好达到 ≥ 2.0`);
    await nurses.fill(String(needed));
    await expect.poll(() => cardStatus(page, 'nurses_per_1000'), { timeout: 15_000 }).toMatch(/^(met|at_risk)$/u);
    const shown = Number(await page.locator('[data-verdict="nurses_per_1000"] strong').textContent());
    expect(shown).toBeGreaterThanOrEqual(2);
    await nurses.fill(String(needed - 1));
    await expect.poll(() => cardStatus(page, 'nurses_per_1000'), { timeout: 15_000 }).toBe('missed');
    expect(Number(await page.locator('[data-verdict="nurses_per_1000"] strong').textContent())).toBeLessThan(2);
    // the rule is said on the page
    expect(await page.locator('#verdicts-title + .note').textContent()).toContain('显示的即参与比较的数');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Monte Carlo follows the edit: doctors leaving at 1 % and at 8 % give different probabilities (both once read 56 %)', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    const probability = async () => (await page.locator('[data-verdict="doctors_per_1000"] .status').textContent())!.match(/(\d+)% likely/u)?.[1];
    await page.goto(`${harness().url}#county=pingshan`);
    await field(page, 'attrition-doctors').fill('1');
    await settled(page);
    const atOne = await probability();
    await field(page, 'attrition-doctors').fill('8');
    await settled(page);
    const atEight = await probability();
    const expectedAt = (a: number) => String(Math.round(engineVerdict({ resources: { doctors: { attrition: a } } }, 'doctors_per_1000', 2000).probability! * 100));
    expect([atOne, atEight]).toEqual([expectedAt(0.01), expectedAt(0.08)]);
    expect(Number(atOne)).toBeGreaterThan(90);
    expect(Number(atEight)).toBeLessThan(10);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('probabilities move while a slider is dragged: each step shows the engine’s own answer for that step', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    // one step at a time, each as soon as the last one's bands are on screen (a drag's steps come
    // closer together than an edit's pause, so this is one drag however fast the machine is)
    const steps = [14, 18, 22, 26, 30, 34, 38];
    const shown = (await page.evaluate(async (values) => {
      const input = document.querySelector('[data-control="pingshan-additionsPerYear-nurses"] input[type="range"]') as HTMLInputElement;
      const answered: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => e.name === 'chps:bands-shown' && answered.push((e as PerformanceMark).detail.editedAt)));
      observer.observe({ entryTypes: ['mark'] });
      const read = () => document.querySelector('[data-verdict="nurses_per_1000"] .status')!.textContent!.match(/(\d+)% likely/u)?.[1] ?? null;
      const out: (string | null)[] = [];
      for (const v of values) {
        const at = performance.now();
        input.value = String(v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        while (!answered.some((t) => t >= at)) await new Promise((r) => requestAnimationFrame(r));
        // the render that follows the answer
        await new Promise((r) => requestAnimationFrame(r));
        out.push(read());
      }
      observer.disconnect();
      return out;
    }, steps)) as (string | null)[];
    // the drag's steps draw 250 (a step after a pause, the scenario's 2,000)
    const engine = (n: number, draws: number) => String(Math.round(engineVerdict({ resources: { nurses: { additionsPerYear: n } } }, 'nurses_per_1000', draws).probability! * 100));
    steps.forEach((n, i) => expect([engine(n, 250), engine(n, 2000)], `${n} nurses a year`).toContain(shown[i]));
    // from missed in nearly every draw to met in nearly every one, step by step
    expect(Number(shown[0])).toBeLessThan(15);
    expect(Number(shown.at(-1))).toBeGreaterThan(90);
    expect(new Set(shown).size).toBeGreaterThanOrEqual(4);
    // once the drag pauses, the scenario's own draws
    await settled(page);
    expect((await page.locator('[data-verdict="nurses_per_1000"] .status').textContent())!).toContain(`${engine(38, 2000)}% likely`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('one status per target, in the same words and colour everywhere: the table, the cards, the overview, the presenter and the CSV', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    const engine = runScenario(pageDefaults, [pingshan])[0]!.verdicts.filter((v) => v.year === 2025);
    const table = Object.fromEntries(await page.locator('tr[data-indicator] .verdict').evaluateAll((xs) => xs.map((x) => [x.closest('tr')!.getAttribute('data-indicator'), x.getAttribute('data-status')])));
    const cards = Object.fromEntries(await page.locator('[data-verdict]').evaluateAll((xs) => xs.map((x) => [x.getAttribute('data-verdict'), x.getAttribute('data-status')])));
    expect(cards).toEqual(Object.fromEntries(Object.entries(table).filter(([id]) => id in cards)));
    expect(Object.keys(cards).sort()).toEqual(engine.map((v) => v.indicator).sort());
    // the page's draws and seed: the same statuses as the CLI's
    const cli = runScenario(pageDefaults, [pingshan])[0]!.verdicts.filter((v) => v.year === 2025);
    expect(cards).toEqual(Object.fromEntries(cli.map((v) => [v.indicator, v.status])));
    await page.locator('#tab-overview').click();
    const overview = Object.fromEntries(await page.locator('tr[data-county="pingshan"] .cell').evaluateAll((xs) => xs.map((x) => [x.getAttribute('data-indicator'), x.getAttribute('data-status')])));
    expect(Object.keys(overview).length).toBeGreaterThan(4);
    for (const [id, status] of Object.entries(overview)) expect(status, id).toBe(cards[id]);
    // the CSV's status column says the same
    const csv = await page.evaluate(async () => {
      const { promise, resolve } = Promise.withResolvers<string>();
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => (void blob.text().then(resolve), original.call(URL, blob));
      (document.querySelector('[data-action="export-csv"]') as HTMLButtonElement).click();
      return promise;
    });
    for (const [id, status] of Object.entries(cards)) expect(csv, id).toMatch(new RegExp(`^pingshan,${id},2025,[^,]*,[^,]*,${status},`, 'mu'));
    // the presenter's first case is the plan as written: the same statuses, in the same colours
    await page.locator('[data-action="present"]').click();
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('[data-presenter] td[data-status]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-presenter] tbody tr', { hasText: 'Pingshan' }).locator('td[data-status]').evaluateAll((xs) => xs.map((x) => x.getAttribute('data-status'))), { timeout: 15_000 }).toEqual(
      ['beds_per_1000', 'doctors_per_1000', 'nurses_per_1000', 'gps_per_10k', 'childcare_slots_per_1000'].map((id) => cards[id]),
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the tight-budget case on the projector: Xiangshan’s binding GP target reads as missed beside 2.x, not “✓ 2.7 ≥ 3”', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(harness().url);
    await page.locator('[data-action="present"]').click();
    const tight = workshopCases.findIndex((c) => c.id === 'tight_budget');
    for (let i = 0; i < tight; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-case-title]').textContent()).toBe('Tight budget');
    await page.keyboard.press('a');
    const gps = page.locator('[data-presenter] tbody tr', { hasText: 'Xiangshan' }).locator('td').nth(3);
    await expect.poll(() => gps.getAttribute('data-status'), { timeout: 15_000 }).toBe('missed');
    const value = Number((await gps.locator('.v').textContent())!);
    expect(value).toBeLessThan(3);
    expect(await gps.locator('.mark').textContent()).toBe('✗');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the presenter leaves the working scenario alone: Esc finds the edit and its undo history as they were; “use this case” applies one case, one undo step', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    await field(page, 'totalFertilityRate').fill('1.42');
    const before = await scenarioOnPage(page);
    expect(before.counties.pingshan?.totalFertilityRate).toBe(1.42);
    await page.locator('[data-action="present"]').click();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    expect(await scenarioOnPage(page)).toEqual(before);
    expect(await field(page, 'totalFertilityRate').inputValue()).toBe('1.42');
    // one undo takes back the edit, as if the presenter had never been opened
    await page.locator('[data-action="undo"]').click();
    expect((await scenarioOnPage(page)).counties.pingshan).toBeUndefined();
    expect(await page.locator('[data-action="undo"]').isDisabled()).toBe(true);
    // a case becomes the working scenario only when asked
    await page.locator('[data-action="present"]').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-case-title]').textContent()).toBe('National trend');
    await page.locator('[data-action="use-case"]').click();
    expect(await page.locator('[data-presenter]').count()).toBe(0);
    expect((await scenarioOnPage(page)).preset).toBe('trend');
    await page.locator('[data-action="undo"]').click();
    expect((await scenarioOnPage(page)).preset).toBe('plan');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('charts start where the table does, or say why: Pingshan’s beds chart shows the stated 5.24 beside the model’s 5.17 and the band in its legend', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    const chart = page.locator('[data-chart="beds_per_1000"]');
    expect(await chart.locator('.legend').textContent()).toContain('10–90 % range');
    expect(await chart.locator('.legend').textContent()).toContain('2020 as the plan states it');
    expect(await chart.locator('[data-chart-note]').textContent()).toBe(
      'The plan’s table gives 5.24 for 2020; the model starts from the plan’s own count: 2,190 ÷ 423,333 residents × 1,000 = 5.17 (where the two disagree, see “Where the plan contradicts itself”).',
    );
    await chart.locator('.toggle').click();
    const first = await chart.locator('tbody tr').first().locator('td').allTextContents();
    // projected, target, 90th percentile, band, bed need, stated
    expect(first[0]).toBe('5.17');
    expect(first.at(-1)).toBe('5.24');
    // a county whose model starts from its ratio needs no note: Xiangshan's doctors
    await page.goto(`${harness().url}#county=xiangshan`);
    await settled(page);
    expect(await page.locator('[data-chart="doctors_per_1000"] [data-chart-note]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fields never go stale: after random edits, undos, redos and resets every field and slider shows the value the engine used', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'zh-CN' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    const reference = runScenario(pageDefaults, [pingshan])[0]!.inputs;
    const controls: { key: string; parameter: ParameterId; resource: string | null }[] = [
      { key: 'totalFertilityRate', parameter: 'totalFertilityRate', resource: null },
      { key: 'netMigrationPerMille', parameter: 'netMigrationPerMille', resource: null },
      { key: 'additionsPerYear-nurses', parameter: 'additionsPerYear', resource: 'nurses' },
      { key: 'attrition-doctors', parameter: 'attrition', resource: 'doctors' },
    ];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), control: fc.nat(controls.length - 1), value: fc.integer({ min: 1, max: 60 }) }),
      fc.record({ kind: fc.constant('arrows' as const), control: fc.nat(controls.length - 1), steps: fc.integer({ min: -3, max: 3 }) }),
      fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const, 'ctrl-z' as const, 'reset' as const, 'reset-all' as const), control: fc.nat(controls.length - 1) }),
    );
    const runs = fc.sample(fc.array(op, { minLength: 6, maxLength: 10 }), { numRuns: 4, seed: 11 });
    const resetAll = page.getByRole('button', { name: '全部恢复默认' });
    for (const ops of runs) {
      if (await resetAll.isEnabled()) await resetAll.click();
      for (const o of ops) {
        const c = controls[o.control]!;
        const box = page.locator(`[data-control="pingshan-${c.key}"]`);
        if (o.kind === 'type') {
          await box.locator('input.number').fill(String(o.value / 10));
          await box.locator('input.number').press('Tab');
        } else if (o.kind === 'arrows') {
          await box.locator('input[type="range"]').focus();
          for (let i = 0; i < Math.abs(o.steps); i++) await page.keyboard.press(o.steps > 0 ? 'ArrowRight' : 'ArrowLeft');
        } else if (o.kind === 'ctrl-z') {
          // with the focus in the slider, Ctrl+Z undoes the scenario
          await box.locator('input[type="range"]').focus();
          await page.keyboard.press('Control+z');
        } else if (o.kind === 'reset') {
          if (await box.locator('.reset').isEnabled()) await box.locator('.reset').click();
        } else if (o.kind === 'reset-all') {
          if (await resetAll.isEnabled()) await resetAll.click();
        } else if (await page.locator(`[data-action="${o.kind}"]`).isEnabled()) await page.locator(`[data-action="${o.kind}"]`).click();
        // edits closer than 0.8 s are one undo step: let each be its own
        await page.waitForTimeout(850);
      }
      const s = await scenarioOnPage(page);
      for (const c of controls) {
        const p = parameters[c.parameter];
        const o = s.counties.pingshan;
        const set = c.resource ? o?.resources?.[c.resource as 'nurses']?.[c.parameter as 'attrition'] : o?.[c.parameter as 'totalFertilityRate'];
        const ref = reference.find((i) => i.key === (c.resource ? `${c.parameter}:${c.resource}` : c.parameter))!;
        const expected = toDisplay(p, set ?? (ref.kind === 'parameter' ? ref.reference : Number.NaN));
        const box = page.locator(`[data-control="pingshan-${c.key}"]`);
        const shown = Number(await box.locator('input.number').inputValue());
        expect(shown, `${c.key} after ${JSON.stringify(ops)}`).toBeCloseTo(expected, set === undefined ? p.display.digits : 6);
        // the slider sits at the value in force, to its step
        const knob = Number(await box.locator('input[type="range"]').inputValue());
        expect(Math.abs(knob - expected), `${c.key} slider`).toBeLessThanOrEqual(p.slider.step / 2 + 1e-9);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});

