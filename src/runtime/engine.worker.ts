// The worker is a thin skin: it exposes the engine, nothing more.
import { expose } from 'comlink';
import { engineApi } from './engineApi.ts';

expose(engineApi);
