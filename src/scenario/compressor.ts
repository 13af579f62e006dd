// The share link's compressor: fflate's deflate, in a module of its own so that the page's first
// view goes without it (linkFormat.ts loads it when a scenario is first written, or at idle).
import { deflateSync, strToU8 } from 'fflate';

export const deflateText = (text: string): Uint8Array => deflateSync(strToU8(text), { level: 9, mem: 8 });
