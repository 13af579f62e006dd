// The worker is a thin skin: it exposes the engine, with its Monte Carlo shared with a helper
// worker of its own (shareHelper.ts) when it has one.
import { expose } from 'comlink';
import { engineApi, projectShared, type ProjectionRequest } from './engineApi.ts';
import { createShareHelper } from './shareHelper.ts';

const helperFor = createShareHelper(typeof Worker === 'function' ? () => new Worker(new URL('./engineShare.worker.ts', import.meta.url), { type: 'module' }) : null);

expose({ ...engineApi, project: (request: ProjectionRequest) => projectShared(request, helperFor(request)) });
