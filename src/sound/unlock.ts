// The AudioContext is made (or resumed) only inside a user's gesture: nothing can sound before
// the player has clicked, tapped or pressed a key on the page, and browsers allow it then.
// A settings change made by a click (the Sound button, the settings dialog) counts: it runs in
// the same task as the click, which the `inGesture` flag spans.

export type AudioContextFactory = () => AudioContext | null;

/** Gestures that grant audio in browsers (user activation). */
const GESTURES = ['pointerup', 'keydown', 'click', 'touchend'] as const;

export function browserAudioContext(): AudioContext | null {
  const Context = (globalThis as { AudioContext?: typeof AudioContext; webkitAudioContext?: typeof AudioContext }).AudioContext
    ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return null;
  try { return new Context(); } catch { return null; }
}

export class AudioUnlock {
  private context: AudioContext | null = null;
  private gesture = false;
  private unavailable = false;

  /**
   * `wanted` says whether sound is on; `ready` is called once, with the context, the first time
   * it is made.
   */
  constructor(
    private readonly target: EventTarget,
    private readonly factory: AudioContextFactory,
    private readonly wanted: () => boolean,
    private readonly ready: (context: AudioContext) => void,
    private readonly defer: (run: () => void) => void = (run) => { setTimeout(run, 0); },
  ) {
    for (const type of GESTURES) target.addEventListener(type, this.onGesture, { capture: true });
  }

  get audio(): AudioContext | null { return this.context; }
  /** True during the task of a user's gesture. */
  get inGesture(): boolean { return this.gesture; }

  /** Makes or resumes the context if sound is wanted and a gesture is under way; otherwise nothing. */
  ensure(): void {
    if (!this.gesture || !this.wanted() || this.unavailable) return;
    if (!this.context) {
      this.context = this.factory();
      if (!this.context) { this.unavailable = true; return; }
      this.ready(this.context);
    }
    if (this.context.state === 'suspended') void this.context.resume().catch(() => {});
  }

  /** A hidden page goes quiet; the next gesture after it is shown again resumes the sound. */
  suspend(): void {
    if (this.context?.state === 'running') void this.context.suspend().catch(() => {});
  }

  destroy(): void {
    for (const type of GESTURES) this.target.removeEventListener(type, this.onGesture, { capture: true });
    void this.context?.close().catch(() => {});
    this.context = null;
  }

  private readonly onGesture = (): void => {
    if (!this.gesture) {
      this.gesture = true;
      this.defer(() => { this.gesture = false; });
    }
    this.ensure();
  };
}
