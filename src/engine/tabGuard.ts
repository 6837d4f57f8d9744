// One writer across tabs (issue 18, D4). Every tab of the game on this device talks over a
// BroadcastChannel (injected, so the tests run without a browser). A tab that opens asks whether
// another already writes the autosave; if one answers, the newcomer holds its writes back and is
// offered to take over. Taking over tells the other tab, which then holds its writes back and
// says so. There is never a silent overwrite: a tab writes only while it is the writer.
// Without BroadcastChannel (very old browsers) the tab is the writer at once.

export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export type TabRole = 'asking' | 'writer' | 'follower';
export type TabEvent = { kind: 'role'; role: TabRole; reason: 'alone' | 'other-tab-open' | 'taken-over' | 'took-over' };

/** `alone`: a claim by a tab that heard no answer (a busy writer may answer late, and wins). */
interface Message { type: 'hello' | 'here' | 'claim'; tab: string; at: number; alone?: boolean }

/** How long a new tab waits for another to answer before it writes. */
export const ASK_MS = 400;

export class TabGuard {
  private current: TabRole = 'asking';
  private claimedAt = 0;
  private claimedAlone = false;
  private readonly listeners = new Set<(event: TabEvent) => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly channel: ChannelLike | null,
    private readonly tab: string,
    private readonly clock: { now(): number },
    private readonly timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis,
  ) {
    if (!channel) { this.become('writer', 'alone'); return; }
    channel.addEventListener('message', (event) => this.receive(event.data));
    channel.postMessage({ type: 'hello', tab, at: clock.now() } satisfies Message);
    this.timer = timers.setTimeout(() => { if (this.current === 'asking') this.claim('alone'); }, ASK_MS);
  }

  get role(): TabRole { return this.current; }
  get isWriter(): boolean { return this.current === 'writer'; }

  subscribe(listener: (event: TabEvent) => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  /** The player chose to play in this tab: the other tabs stop writing. */
  takeOver(): void { this.claim('took-over'); }

  close(): void {
    if (this.timer) this.timers.clearTimeout(this.timer);
    this.channel?.close();
  }

  private claim(reason: 'alone' | 'took-over'): void {
    if (this.timer) { this.timers.clearTimeout(this.timer); this.timer = null; }
    // Strictly later than any claim this tab has seen, so the newest claim wins everywhere.
    this.claimedAt = Math.max(this.clock.now(), this.claimedAt + 1);
    this.claimedAlone = reason === 'alone';
    this.channel?.postMessage({ type: 'claim', tab: this.tab, at: this.claimedAt, alone: this.claimedAlone } satisfies Message);
    this.become('writer', reason);
  }

  /** Whether (at, tab) came before this tab's own claim. */
  private earlier(at: number, tab: string): boolean {
    return at < this.claimedAt || (at === this.claimedAt && tab < this.tab);
  }

  private receive(data: unknown): void {
    const message = data as Partial<Message> | null;
    if (!message || typeof message.tab !== 'string' || message.tab === this.tab || typeof message.at !== 'number') return;
    const here = () => this.channel?.postMessage({ type: 'here', tab: this.tab, at: this.claimedAt } satisfies Message);
    if (message.type === 'hello') {
      if (this.current === 'writer') here();
    } else if (message.type === 'here') {
      // An answer to this tab's hello, or a writer that was too busy to answer before this tab
      // claimed alone: the tab that was writing first keeps writing.
      const yieldToIt = this.current === 'asking' || (this.current === 'writer' && this.claimedAlone && this.earlier(message.at, message.tab));
      if (!yieldToIt) return;
      this.stopAsking();
      this.claimedAt = Math.max(this.claimedAt, message.at);
      this.become('follower', 'other-tab-open');
    } else if (message.type === 'claim') {
      if (message.alone && this.current === 'writer' && this.earlier(message.at, message.tab) === false) {
        // A newcomer that heard nothing: this tab was writing before it, and says so.
        here();
        return;
      }
      const later = message.at > this.claimedAt || (message.at === this.claimedAt && message.tab > this.tab);
      if (!later) {
        // Two claims at once: this tab's is the later one; the other tab hears it again.
        if (this.current === 'writer') this.channel?.postMessage({ type: 'claim', tab: this.tab, at: this.claimedAt, alone: this.claimedAlone } satisfies Message);
        return;
      }
      this.stopAsking();
      this.claimedAt = message.at;
      this.become('follower', this.current === 'asking' ? 'other-tab-open' : 'taken-over');
    }
  }

  private stopAsking(): void {
    if (this.timer) { this.timers.clearTimeout(this.timer); this.timer = null; }
  }

  private become(role: TabRole, reason: TabEvent['reason']): void {
    if (this.current === role && role !== 'writer') return;
    const changed = this.current !== role;
    this.current = role;
    if (changed || reason === 'took-over') for (const listener of this.listeners) listener({ kind: 'role', role, reason });
  }
}
