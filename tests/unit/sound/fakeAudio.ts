// A fake AudioContext: enough of the Web Audio API for src/sound, recording what was made and
// where each parameter was sent, so tests can read the mix without a browser.

export class FakeParam {
  value: number;
  target: number;
  constructor(value = 0) { this.value = value; this.target = value; }
  setValueAtTime(value: number): this { this.value = value; return this; }
  setTargetAtTime(value: number): this { this.target = value; return this; }
  exponentialRampToValueAtTime(value: number): this { this.target = value; return this; }
  linearRampToValueAtTime(value: number): this { this.target = value; return this; }
  cancelScheduledValues(): this { return this; }
}

export class FakeNode {
  readonly connections: FakeNode[] = [];
  started = false;
  stopped = false;
  gain = new FakeParam(1);
  frequency = new FakeParam(440);
  Q = new FakeParam(1);
  type = '';
  buffer: unknown = null;
  loop = false;
  constructor(readonly kind: string) {}
  connect<T>(node: T): T { this.connections.push(node as unknown as FakeNode); return node; }
  disconnect(): void { this.connections.length = 0; }
  start(): void { this.started = true; }
  stop(): void { this.stopped = true; }
}

export class FakeAudioContext {
  state: 'suspended' | 'running' | 'closed' = 'running';
  currentTime = 0;
  sampleRate = 8000;
  readonly destination = new FakeNode('destination');
  readonly made: FakeNode[] = [];
  resumed = 0;

  private make(kind: string): FakeNode { const node = new FakeNode(kind); this.made.push(node); return node; }
  createGain(): FakeNode { return this.make('gain'); }
  createBiquadFilter(): FakeNode { return this.make('filter'); }
  createOscillator(): FakeNode { return this.make('oscillator'); }
  createBufferSource(): FakeNode { return this.make('bufferSource'); }
  createBuffer(channels: number, length: number): { getChannelData(): Float32Array } {
    const data = new Float32Array(length * channels);
    return { getChannelData: () => data };
  }
  resume(): Promise<void> { this.resumed += 1; this.state = 'running'; return Promise.resolve(); }
  suspend(): Promise<void> { this.state = 'suspended'; return Promise.resolve(); }
  close(): Promise<void> { this.state = 'closed'; return Promise.resolve(); }
}

/** The fake as the type src/sound expects. */
export function asAudio(fake: FakeAudioContext): AudioContext { return fake as unknown as AudioContext; }
