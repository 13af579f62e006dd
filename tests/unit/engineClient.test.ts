import { describe, expect, it } from 'vitest';
import { expose, type Endpoint } from 'comlink';
import { createEngineClient } from '../../src/runtime/engineClient.ts';
import { engineApi } from '../../src/runtime/engineApi.ts';

describe('engine client', () => {
  it('answers on the page when no worker can start, and says why', async () => {
    const client = createEngineClient(() => {
      throw new Error('workers are blocked here');
    });
    // the worker is started by the first call
    const reports = await client.call('project', { preset: 'plan', horizon: 2025 as const, draws: 0, seed: 1 });
    expect(reports.map((r) => r.id)).toEqual(['shanhaiguan', 'pingshan', 'xiangshan', 'fushan', 'shandan']);
    expect(client.mode).toBe('page');
    expect(client.fallbackReason).toBe('workers are blocked here');
    // where the browser has no workers at all, the page answers from the start
    expect(createEngineClient(null).mode).toBe('page');
  });

  it('moves to the page when the worker dies mid-run, and still answers', async () => {
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
    const reports = await client.call('project', { preset: 'plan', horizon: 2025 as const, draws: 0, seed: 1 });
    expect(reports).toHaveLength(5);
    // two fresh workers crash as well, then the page takes over
    expect(client.restarts).toBe(2);
    expect(client.mode).toBe('page');
    expect(modes).toEqual(['worker', 'worker', 'page']);
  });

  /** a worker that really runs the engine: comlink over a MessageChannel */
  const workingWorker = () => {
    const { port1, port2 } = new MessageChannel();
    expose(engineApi, port2 as unknown as Endpoint);
    port1.start();
    return Object.assign(port1, { terminate: () => port1.close() }) as unknown as Worker;
  };
  const crashingWorker = () => {
    let fire: (e: { message: string }) => void = () => {};
    return {
      addEventListener: (type: string, fn: (e: { message: string }) => void) => type === 'error' && (fire = fn),
      removeEventListener: () => {},
      postMessage: () => setTimeout(() => fire({ message: 'out of memory' }), 5),
      terminate: () => {},
      start: () => {},
    } as unknown as Worker;
  };
  const silentWorker = () => ({ addEventListener: () => {}, removeEventListener: () => {}, postMessage: () => {}, terminate: () => {}, start: () => {} }) as unknown as Worker;

  it('replaces a worker that crashes mid-run with a fresh one, which answers', async () => {
    let made = 0;
    const client = createEngineClient(() => (++made === 1 ? crashingWorker() : workingWorker()));
    const reports = await client.call('project', { preset: 'plan', horizon: 2025 as const, draws: 0, seed: 1 });
    expect(reports!.map((r) => r.id)).toEqual(['shanhaiguan', 'pingshan', 'xiangshan', 'fushan', 'shandan']);
    expect([made, client.restarts, client.mode, client.fallbackReason]).toEqual([2, 1, 'worker', 'out of memory']);
  });

  it('replaces a worker that stops answering', async () => {
    let made = 0;
    const client = createEngineClient(() => (++made === 1 ? silentWorker() : workingWorker()), { answerTimeoutMs: 50 });
    const reports = await client.call('project', { preset: 'trend', horizon: 2025 as const, draws: 0, seed: 1 });
    expect(reports).toHaveLength(5);
    expect([client.restarts, client.mode]).toEqual([1, 'worker']);
  });

  it('an error the engine itself throws is reported, not taken for a crash', async () => {
    const client = createEngineClient(workingWorker);
    await expect(client.call('sensitivity', { preset: 'plan', horizon: 2025 as const, draws: 0, seed: 1 }, 'atlantis')).rejects.toThrow(/no county "atlantis"/u);
    expect([client.restarts, client.mode]).toEqual([0, 'worker']);
  });
});
