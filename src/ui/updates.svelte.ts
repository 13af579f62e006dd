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

  apply() {
    void this.update?.(true);
  }
}

export const updates = new Updates();
