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
   * reloads once it has); on a first visit the page has no service worker in control and the new
   * one is already active, so a plain reload loads it */
  async apply() {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration?.waiting && navigator.serviceWorker.controller && this.update) await this.update(true);
    else location.reload();
  }
}

export const updates = new Updates();
