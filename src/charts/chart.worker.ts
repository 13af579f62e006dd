// The chart worker is a thin skin too: it draws the page's charts on the canvases handed to it.
import { expose } from 'comlink';
import { createChartRenderer } from './chartRenderer.ts';

expose(createChartRenderer());
