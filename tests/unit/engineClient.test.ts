import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../src/worker/client.ts';

describe('engine client', () => {
  it('falls back to the main thread when no worker can start, and says why', async () => {
    const client = createEngineClient(() => {
      throw new Error('workers are blocked here');
    });
    expect(client.mode).toBe('main-thread');
    expect(client.fallbackReason).toBe('workers are blocked here');
    const reports = await client.project('test', { preset: 'plan', horizon: 2025 as const, draws: 0, seed: 1 });
    expect(reports!.map((r) => r.id)).toEqual(['shanhaiguan', 'pingshan', 'xiangshan', 'fushan', 'shandan']);
  });

  it('drops the answer of a superseded request on the same channel, not on another', async () => {
    const client = createEngineClient(() => {
      throw new Error('no worker');
    });
    const first = client.project('county', { preset: 'plan', horizon: 2025 as const, draws: 0, seed: 1 });
    const other = client.project('overview', { preset: 'trend', horizon: 2025 as const, draws: 0, seed: 1 });
    const second = client.project('county', { preset: 'trend', horizon: 2025 as const, draws: 0, seed: 1 });
    expect(await first).toBeNull();
    expect(await second).not.toBeNull();
    expect(await other).not.toBeNull();
  });

  it('moves to the main thread when the worker dies mid-run, and still answers', async () => {
    let fire: (e: { message: string }) => void = () => {};
    const fakeWorker = {
      addEventListener: (type: string, fn: (e: { message: string }) => void) => {
        if (type === 'error') fire = fn;
      },
      removeEventListener: () => {},
      postMessage: () => setTimeout(() => fire({ message: 'worker crashed' }), 5),
      start: () => {},
    } as unknown as Worker;
    const client = createEngineClient(() => fakeWorker);
    const modes: string[] = [];
    client.onModeChange((m) => modes.push(m));
    const reports = await client.project('x', { preset: 'plan', horizon: 2025 as const, draws: 0, seed: 1 });
    expect(reports).toHaveLength(5);
    expect(client.mode).toBe('main-thread');
    expect(modes).toEqual(['main-thread']);
  });
});
