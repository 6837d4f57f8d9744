// Offline: the service worker that vite-plugin-pwa generates (Workbox, precaching every file of
// the build) is registered from here, in kiosk mode only — no inline script, so the CSP stays
// strict. An update downloads in the background into a new cache and waits; it is switched on
// only at a return to the attract loop, when no visitor is reading, and the page then reloads
// on the new version. Workbox's precache install is all-or-nothing, so the switch is atomic.

export type OfflineStatus = 'ready' | 'installing' | 'waiting' | 'none';

let registration: ServiceWorkerRegistration | null = null;

function supported(): boolean {
  return 'serviceWorker' in navigator && window.isSecureContext;
}

/**
 * Registers `sw.js` next to the page; never throws (offline, dev server, old browser).
 * `onWaiting` runs when a new version has finished downloading and waits to take over.
 */
export async function registerServiceWorker(onWaiting: () => void = () => {}): Promise<ServiceWorkerRegistration | null> {
  if (!supported()) return null;
  try {
    registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
    registration.addEventListener('updatefound', () => {
      const installing = registration?.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed' && navigator.serviceWorker.controller) onWaiting();
      });
    });
    if (registration.waiting) onWaiting();
    return registration;
  } catch (error) {
    console.warn('Offline copy unavailable:', error);
    return null;
  }
}

/**
 * At the attract loop: looks for a new version and, if one is waiting, switches to it and calls
 * `reload` once it controls the page. Returns true when a switch is under way.
 */
export function applyWaitingUpdate(reload: () => void, stillIdle: () => boolean): boolean {
  const waiting = registration?.waiting;
  if (!waiting || !navigator.serviceWorker.controller) return false;
  let done = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (done) return;
    done = true;
    if (stillIdle()) reload();
  }, { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return true;
}

/** Asks the server for a newer version (quietly fails offline). */
export function checkForUpdate(): void {
  registration?.update().catch(() => { /* offline: keep the cached version */ });
}

export function offlineStatus(): OfflineStatus {
  if (!registration) return 'none';
  if (registration.waiting) return 'waiting';
  if (registration.installing) return 'installing';
  return registration.active ? 'ready' : 'installing';
}
