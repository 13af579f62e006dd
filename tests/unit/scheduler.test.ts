// The one scheduler every engine question goes through: per channel one task at a time, the newest
// waiting request replacing older ones, a settle delay, and answers in the order asked.
import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/runtime/scheduler.ts';

const deferred = <T,>() => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('scheduler', () => {
  it('runs one task of a channel at a time; a newer request replaces an older one still waiting', async () => {
    const s = new Scheduler();
    const started: number[] = [];
    const gates = [deferred<number>(), deferred<number>(), deferred<number>()];
    const ask = (i: number) => s.run('county', () => (started.push(i), gates[i]!.promise));
    const first = ask(0);
    const second = ask(1);
    const third = ask(2);
    expect(started).toEqual([0]);
    gates[0]!.resolve(10);
    // the first delivers its answer; the second was replaced while waiting and never ran
    expect(await first.answer).toBe(10);
    expect(await second.answer).toBeNull();
    await Promise.resolve();
    expect(started).toEqual([0, 2]);
    gates[2]!.resolve(30);
    expect(await third.answer).toBe(30);
    expect([first.request, third.request, s.asked('county')]).toEqual([1, 3, 3]);
  });

  it('channels do not wait for each other', async () => {
    const s = new Scheduler();
    const slow = deferred<string>();
    const a = s.run('a', () => slow.promise);
    const b = s.run('b', async () => 'b');
    expect(await b.answer).toBe('b');
    slow.resolve('a');
    expect(await a.answer).toBe('a');
  });

  it('a settling channel starts only after its requests pause', async () => {
    const s = new Scheduler();
    const started: number[] = [];
    const runs = [1, 2, 3].map((i) => s.run('slow', async () => (started.push(i), i), { settleMs: 30 }));
    await new Promise((r) => setTimeout(r, 5));
    expect(started).toEqual([]);
    expect(await runs[2]!.answer).toBe(3);
    expect(await runs[0]!.answer).toBeNull();
    expect(started).toEqual([3]);
  });

  it('a task that fails rejects its own answer and frees the channel', async () => {
    const s = new Scheduler();
    const bad = s.run('c', async () => {
      throw new Error('engine error');
    });
    await expect(bad.answer).rejects.toThrow('engine error');
    expect(await s.run('c', async () => 'next').answer).toBe('next');
  });
});
