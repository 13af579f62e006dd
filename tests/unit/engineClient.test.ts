import { afterEach, describe, expect, it, vi } from 'vitest';
import { expose, type Endpoint } from 'comlink';
import { createEngineClient } from '../../src/runtime/engineClient.ts';
import { engineApi } from '../../src/runtime/engineApi.ts';
import { engineOnPage } from '../../src/runtime/engineOnPage.ts';

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
    const client = createEngineClient(() => (++made === 1 ? silentWorker() : workingWorker()), { answerTimeoutMs: 50, startupMs: 0 });
    const reports = await client.call('project', { preset: 'trend', horizon: 2025 as const, draws: 0, seed: 1 });
    expect(reports).toHaveLength(5);
    expect([client.restarts, client.mode]).toEqual([1, 'worker']);
  });

  it('an error the engine itself throws is reported, not taken for a crash', async () => {
    const client = createEngineClient(workingWorker);
    await expect(client.call('sensitivity', { preset: 'plan', horizon: 2025 as const, draws: 0, seed: 1 }, 'atlantis')).rejects.toThrow(/no county "atlantis"/u);
    expect([client.restarts, client.mode]).toEqual([0, 'worker']);
  });

  it('on the page, a projection with Monte Carlo gives the same answer a county at a time', async () => {
    const request = { preset: 'plan' as const, horizon: 2025 as const, draws: 200, seed: 3 };
    expect(await engineOnPage.project(request)).toEqual(engineApi.project(request));
  });
});

describe('a worker that falls silent (closed, terminated, stuck in a loop)', () => {
  const request = { preset: 'plan' as const, horizon: 2025 as const, draws: 0, seed: 1 };
  afterEach(() => vi.useRealTimers());

  /** a worker that answers through comlink, each call `delayMs` after the one before (on the test's
   * clock), until it is silenced: then it answers nothing, as a closed or looping worker */
  const controllable = (delayMs = 0) => {
    const { port1, port2 } = new MessageChannel();
    let queue = Promise.resolve();
    const after = <T>(answer: () => T) => (queue = queue.then(() => new Promise<void>((r) => (delayMs ? setTimeout(r, delayMs) : r())))).then(answer);
    expose({ project: (r: typeof request) => after(() => engineApi.project(r)) }, port2 as unknown as Endpoint);
    port1.start();
    let silent = false;
    const send = port1.postMessage.bind(port1);
    const worker = Object.assign(port1, {
      terminate: () => port1.close(),
      postMessage: (...a: Parameters<MessagePort['postMessage']>) => (silent ? undefined : send(...a)),
    }) as unknown as Worker;
    return { worker, silence: () => (silent = true) };
  };
  const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

  it('is replaced 2 s after its last answer was due, and a fresh one answers the call; the scenario asked for is the one answered', async () => {
    fakeClock();
    const first = controllable();
    let made = 0;
    const client = createEngineClient(() => (++made === 1 ? first.worker : controllable().worker));
    expect(await client.call('project', request)).toHaveLength(5);
    first.silence();
    const trend = client.call('project', { ...request, preset: 'trend' });
    await vi.advanceTimersByTimeAsync(1999);
    expect(client.restarts).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect([client.restarts, client.mode, client.fallbackReason]).toEqual([1, 'worker', 'silent for 2 s']);
    const answer = await trend;
    expect(answer).toEqual(engineApi.project({ ...request, preset: 'trend' }));
  });

  it('a fresh worker silent from the start gets its load time too (2 s + 3 s)', async () => {
    fakeClock();
    const client = createEngineClient(() => {
      const w = controllable();
      w.silence();
      return w.worker;
    });
    const pending = client.call('project', request);
    await vi.advanceTimersByTimeAsync(4999);
    expect(client.restarts).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.restarts).toBe(1);
    // the replacements are silent too: after them the page answers, as it does when workers crash
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await pending).toHaveLength(5);
    expect(client.mode).toBe('page');
  });

  it('a call with many draws may take longer, by its size: 10,000 draws of five counties get 2 s more', async () => {
    fakeClock();
    const first = controllable();
    const client = createEngineClient(() => first.worker);
    await client.call('project', request);
    first.silence();
    void client.call('project', { ...request, draws: 10_000 }).catch(() => {});
    await vi.advanceTimersByTimeAsync(3999);
    expect(client.restarts).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.restarts).toBe(1);
  });

  it('a busy worker answering a queue of slow calls is never taken for silent: each answer starts the count again', async () => {
    fakeClock();
    const client = createEngineClient(() => controllable(1500).worker);
    const calls = Array.from({ length: 6 }, () => client.call('project', request));
    await vi.advanceTimersByTimeAsync(6 * 1500);
    expect(await Promise.all(calls)).toHaveLength(6);
    expect(client.restarts).toBe(0);
  });
});
