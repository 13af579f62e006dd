// The service worker: the app works offline after its first load, and a newer version is
// announced rather than applied behind the user's back.
import { registerSW } from 'virtual:pwa-register';

class Updates {
  newVersion = $state(false);
  private update: ((reload?: boolean) => Promise<void>) | null = null;

  start() {
    if (!('serviceWorker' in navigator)) return;
    this.update = registerSW({
      onNeedRefresh: () => (this.newVersion = true),
      onRegisterError: () => {
        // no offline copy; the page itself still works
      },
    });
  }

  /** takes the newer version: one that waits behind this page is told to take over (the page
   * reloads once it has). On a first visit no service worker controls the page, but one may still
   * keep the new one waiting: a worker the page started after the first one took over is that
   * one's client, and lives until the reload is done, so a plain reload would get the old version
   * again. With nothing waiting, a plain reload loads what is active. */
  async apply() {
    const registration = await navigator.serviceWorker.getRegistration();
    const waiting = registration?.waiting;
    if (waiting && navigator.serviceWorker.controller && this.update) return this.update(true);
    if (waiting) {
      await new Promise<void>((resolve) => {
        waiting.addEventListener('statechange', () => waiting.state === 'activated' && resolve());
        waiting.postMessage({ type: 'SKIP_WAITING' });
      });
    }
    location.reload();
  }
}

export const updates = new Updates();
