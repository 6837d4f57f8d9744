// The hidden staff gesture: a number of taps in one corner of the screen within a few seconds.
import type { Clock } from '../../engine/index.ts';
import type { Corner } from './config.ts';

export function inCorner(x: number, y: number, corner: Corner, size: number, width: number, height: number): boolean {
  const left = corner.endsWith('left') ? x <= size : x >= width - size;
  const top = corner.startsWith('top') ? y <= size : y >= height - size;
  return left && top;
}

export class CornerTaps {
  private times: number[] = [];

  constructor(private readonly clock: Clock, private readonly taps: number, private readonly windowMs: number) {}

  /** A tap in the corner; true when it completes the gesture (which then starts over). */
  tap(): boolean {
    const now = this.clock.now();
    this.times = [...this.times.filter((time) => now - time <= this.windowMs), now];
    if (this.times.length < this.taps) return false;
    this.times = [];
    return true;
  }

  /** A tap elsewhere breaks the sequence. */
  miss(): void { this.times = []; }
}
