// A view the first screen does not show, loaded apart from the page's first script: as soon as it
// is wanted, or once the first answer is on screen and the page is idle, whichever is first, so by
// the time someone opens it it is usually there (and is then drawn at once, in the same update).
import type { Component } from 'svelte';

export class Later<P extends Record<string, unknown>> {
  component = $state.raw<Component<P> | null>(null);
  private loading: Promise<void> | null = null;
  constructor(private readonly load: () => Promise<{ default: Component<P> }>) {}

  /** starts loading (once); the component appears when it has come */
  want(): Component<P> | null {
    this.loading ??= this.load().then((m) => {
      this.component = m.default;
    });
    return this.component;
  }
}

/** loads the views (or any other part of the page) once the page has nothing else to do */
export function loadWhenIdle(views: readonly { want(): unknown }[]): void {
  const start = () => views.forEach((v) => v.want());
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
