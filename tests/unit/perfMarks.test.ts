// The page's recurring performance marks do not pile up over a long session, and are never
// cleared while something may still be reading them (within a second of the last).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markRecurring } from '../../src/runtime/perfMarks.ts';

const count = (name: string) => performance.getEntriesByName(name).length;

describe('markRecurring', () => {
  afterEach(() => {
    vi.useRealTimers();
    performance.clearMarks('test:recurring');
  });

  it('keeps up to a thousand; past that, clears them once a second has passed with no new one', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    for (let i = 0; i < 1000; i++) markRecurring('test:recurring');
    vi.advanceTimersByTime(5000);
    expect(count('test:recurring')).toBe(1000);
    markRecurring('test:recurring', 12.5);
    expect(performance.getEntriesByName('test:recurring').some((e) => e.startTime === 12.5)).toBe(true);
    vi.advanceTimersByTime(900);
    markRecurring('test:recurring');
    vi.advanceTimersByTime(900);
    // still being marked: nothing cleared yet
    expect(count('test:recurring')).toBe(1002);
    vi.advanceTimersByTime(200);
    expect(count('test:recurring')).toBe(0);
  });
});
