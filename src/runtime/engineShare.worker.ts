// The engine worker's helper (shareHelper.ts), a thin skin: the reports of the counties it is given.
import { expose } from 'comlink';
import { engineApi } from './engineApi.ts';
import type { ShareApi } from './shareHelper.ts';

const api: ShareApi = { reportsOf: engineApi.reportsOf, ready: () => true };
expose(api);
