import Phaser from 'phaser';

/**
 * Phaser 4.2.1's VisibilityHandler adds a `visibilitychange` listener to the document (and sets
 * window.onblur/onfocus) when a game starts, and nothing removes them when the game is
 * destroyed, so each map made and left (a game left for the title screen, then another) adds
 * one for the page's life. This Game records what `start()` adds to the document and takes it
 * away again when the game is destroyed.
 */
export class TidyGame extends Phaser.Game {
  protected override start(): void {
    const added: [string, EventListenerOrEventListenerObject, boolean | EventListenerOptions | undefined][] = [];
    const record: Document['addEventListener'] = function (this: Document, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener) added.push([type, listener, typeof options === 'object' ? { capture: options.capture } : options]);
      EventTarget.prototype.addEventListener.call(this, type, listener, options);
    };
    const hadOwn = Object.prototype.hasOwnProperty.call(document, 'addEventListener');
    const previous = document.addEventListener;
    document.addEventListener = record;
    try {
      super.start();
    } finally {
      if (hadOwn) document.addEventListener = previous;
      else delete (document as { addEventListener?: unknown }).addEventListener;
    }
    const { onblur, onfocus } = window;
    this.events.once(Phaser.Core.Events.DESTROY, () => {
      for (const [type, listener, options] of added) document.removeEventListener(type, listener, options);
      if (window.onblur === onblur) window.onblur = null;
      if (window.onfocus === onfocus) window.onfocus = null;
    });
  }
}
