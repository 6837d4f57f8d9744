// The plan in Phaser 4: WebGL, or Canvas where WebGL is missing (Phaser.AUTO). The only module
// that imports Phaser; index.ts loads it on demand, so a failed load still leaves the SVG plan.
//
// Rendering follows the state, not a clock: every mark is drawn once into Graphics when the
// state, the size or the highlight changes, one frame is rendered, and the game loop is sent to
// sleep (game.loop.sleep) until the next change wakes it. Only the short transitions (a plan
// cross-fade, the highlight ring settling) keep it awake, and reduce motion skips them.
import Phaser from 'phaser';
import type { Label } from './labels.ts';
import { LABEL_PADDING, LINE_EM } from './labels.ts';
import { drawPlan } from './plan.ts';
import type { Palette } from './palette.ts';
import { cssColor } from './palette.ts';
import type { FillStyle, Pen, StrokeStyle } from './pen.ts';
import type { Changes, Frame, PlanRenderer } from './renderer.ts';
import { FADE_MS, RING_MS, drawMarkerRings, drawRing, ease } from './renderer.ts';
import type { RendererName } from './types.ts';
import type { Viewport } from './viewport.ts';
import { WORLD } from './geometry.ts';
import { MAP_FONT_STACK } from './fonts.ts';

class PhaserPen implements Pen {
  private g: Phaser.GameObjects.Graphics | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly into: Phaser.GameObjects.Container, private readonly palette: Palette) {}

  layer(name: string): void {
    this.g = this.scene.add.graphics();
    this.g.setName(name);
    this.into.add(this.g);
  }

  private graphics(): Phaser.GameObjects.Graphics {
    if (!this.g) this.layer('marks');
    return this.g!;
  }

  private line(s: StrokeStyle): Phaser.GameObjects.Graphics {
    return this.graphics().lineStyle(s.width, this.palette[s.color], s.alpha ?? 1);
  }

  private fill(f: FillStyle): Phaser.GameObjects.Graphics {
    return this.graphics().fillStyle(this.palette[f.color], f.alpha ?? 1);
  }

  segments(coords: number[], stroke: StrokeStyle): void {
    if (coords.length < 4) return;
    const g = this.line(stroke);
    g.beginPath();
    for (let i = 0; i + 3 < coords.length; i += 4) {
      g.moveTo(coords[i]!, coords[i + 1]!);
      g.lineTo(coords[i + 2]!, coords[i + 3]!);
    }
    g.strokePath();
  }

  private trace(g: Phaser.GameObjects.Graphics, points: number[], closed: boolean): void {
    g.beginPath();
    g.moveTo(points[0]!, points[1]!);
    for (let i = 2; i + 1 < points.length; i += 2) g.lineTo(points[i]!, points[i + 1]!);
    if (closed) g.closePath();
  }

  polyline(points: number[], stroke: StrokeStyle, closed = false): void {
    if (points.length < 4) return;
    const g = this.line(stroke);
    this.trace(g, points, closed);
    g.strokePath();
  }

  polygon(points: number[], fill?: FillStyle, stroke?: StrokeStyle): void {
    if (points.length < 6) return;
    if (fill) { const g = this.fill(fill); this.trace(g, points, true); g.fillPath(); }
    if (stroke) { const g = this.line(stroke); this.trace(g, points, true); g.strokePath(); }
  }

  rect(x: number, y: number, w: number, h: number, fill?: FillStyle, stroke?: StrokeStyle): void {
    if (fill) this.fill(fill).fillRect(x, y, w, h);
    if (stroke) this.polyline([x, y, x + w, y, x + w, y + h, x, y + h], stroke, true);
  }

  circle(x: number, y: number, r: number, fill?: FillStyle, stroke?: StrokeStyle): void {
    if (fill) this.fill(fill).fillCircle(x, y, r);
    if (stroke) this.line(stroke).strokeCircle(x, y, r);
  }
}

/** Aged paper: fine grain (tiled) and a vignette with a few stains (stretched over the sheet). */
function paperTextures(scene: Phaser.Scene, palette: Palette): { grain: string; vignette: string } {
  const tag = `${palette.paper.toString(16)}-${palette.paperShade.toString(16)}`;
  const grain = `kmap-grain-${tag}`, vignette = `kmap-vignette-${tag}`;
  const shade = palette.paperShade;
  if (!scene.textures.exists(grain)) {
    const c = document.createElement('canvas');
    c.width = c.height = 192;
    const ctx = c.getContext('2d');
    if (ctx) {
      let seed = 11;
      const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      for (let i = 0; i < 3400; i++) {
        ctx.fillStyle = rnd() < 0.75 ? cssColor(shade, 0.04 + rnd() * 0.08) : `rgba(255,255,255,${palette.dark ? 0.02 : 0.12})`;
        ctx.fillRect(Math.floor(rnd() * 192), Math.floor(rnd() * 192), 1, 1);
      }
      ctx.strokeStyle = cssColor(shade, 0.06);
      ctx.lineWidth = 0.6;
      for (let i = 0; i < 40; i++) {
        const x = rnd() * 192, y = rnd() * 192, a = rnd() * Math.PI, l = 3 + rnd() * 7;
        ctx.beginPath(); ctx.moveTo(x, y); ctx.lineTo(x + Math.cos(a) * l, y + Math.sin(a) * l); ctx.stroke();
      }
    }
    scene.textures.addCanvas(grain, c);
  }
  if (!scene.textures.exists(vignette)) {
    const c = document.createElement('canvas');
    c.width = 500; c.height = 300;
    const ctx = c.getContext('2d');
    if (ctx) {
      const g = ctx.createRadialGradient(250, 150, 60, 250, 150, 300);
      g.addColorStop(0, cssColor(shade, 0));
      g.addColorStop(0.6, cssColor(shade, palette.dark ? 0.08 : 0.05));
      g.addColorStop(1, cssColor(shade, palette.dark ? 0.45 : 0.3));
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, 500, 300);
      const stains: [number, number, number, number][] = [[430, 60, 38, 0.07], [70, 250, 46, 0.06], [300, 270, 26, 0.05], [470, 240, 20, 0.06], [40, 30, 30, 0.05]];
      for (const [x, y, r, a] of stains) {
        const s = ctx.createRadialGradient(x, y, r * 0.5, x, y, r);
        s.addColorStop(0, cssColor(shade, a * 0.4));
        s.addColorStop(0.85, cssColor(shade, a));
        s.addColorStop(1, cssColor(shade, 0));
        ctx.fillStyle = s;
        ctx.beginPath(); ctx.arc(x, y, r, 0, Math.PI * 2); ctx.fill();
      }
    }
    scene.textures.addCanvas(vignette, c);
  }
  return { grain, vignette };
}

interface Sheet {
  root: Phaser.GameObjects.Container;
  plan: Phaser.GameObjects.Container;
  labels: Phaser.GameObjects.Container;
}

interface Animation { start: number; duration: number; step(t: number): void; done(): void }

class PlanScene extends Phaser.Scene {
  private sheet: Sheet | null = null;
  private outgoing: Sheet[] = [];
  private focus: Phaser.GameObjects.Container | null = null;
  private animations: Animation[] = [];
  private idleFrames = 0;
  private frame: Frame | null = null;
  contextLost = false;

  constructor(private readonly onReady: (scene: PlanScene) => void) { super({ key: 'plan' }); }

  create(): void {
    this.game.events.on(Phaser.Core.Events.POST_RENDER, this.afterRender, this);
    this.onReady(this);
  }

  /** Draw a frame: rebuild what changed, then render once (or animate, then sleep). */
  show(frame: Frame, changes: Changes): void {
    const previous = this.frame;
    this.frame = frame;
    const view = frame.view;
    const cam = this.cameras.main;
    const cw = this.scale.width, ch = this.scale.height;
    cam.setViewport(0, 0, cw, ch);
    cam.setBackgroundColor(frame.palette.paper);

    if (changes.plan || !this.sheet) {
      const sheet = this.buildSheet(frame);
      if (this.sheet && changes.fade && previous) {
        const old = this.sheet;
        this.outgoing.push(old);
        sheet.root.setAlpha(0);
        this.animate(FADE_MS, (t) => sheet.root.setAlpha(ease(t)), () => this.dropOutgoing(old));
      } else if (this.sheet) {
        this.sheet.root.destroy();
      }
      this.sheet = sheet;
    } else if (changes.labels) {
      this.sheet.labels.removeAll(true);
      this.drawLabels(this.sheet.labels, frame.labels, frame.palette, view);
    }
    if (changes.plan || changes.focus || !this.focus) this.buildFocus(frame, changes.ring);
    this.children.bringToTop(this.focus!);
    this.wake();
  }

  private dropOutgoing(old: Sheet): void {
    old.root.destroy();
    this.outgoing = this.outgoing.filter((s) => s !== old);
  }

  private buildSheet(frame: Frame): Sheet {
    const { view, palette } = frame;
    const dpr = this.devicePixels(view);
    const cw = this.scale.width, ch = this.scale.height;
    const root = this.add.container(0, 0);
    const paper = this.add.rectangle(0, 0, cw, ch, palette.paper).setOrigin(0, 0);
    const textures = paperTextures(this, palette);
    const grain = this.add.tileSprite(0, 0, cw, ch, textures.grain).setOrigin(0, 0);
    grain.setTileScale(dpr, dpr);
    const plan = this.add.container(view.offsetX * dpr, view.offsetY * dpr).setScale(view.scale * dpr);
    const vignette = this.add.image(0, 0, textures.vignette).setOrigin(0, 0).setDisplaySize(WORLD.width, WORLD.height);
    plan.add(vignette);
    drawPlan(new PhaserPen(this, plan, palette), frame.state, { unitsPerPixel: 1 / view.scale });
    const labels = this.add.container(0, 0).setScale(dpr);
    this.drawLabels(labels, frame.labels, palette, view);
    root.add([paper, grain, plan, labels]);
    return { root, plan, labels };
  }

  private drawLabels(into: Phaser.GameObjects.Container, labels: Label[], palette: Palette, view: Viewport): void {
    const boxes = this.add.graphics();
    into.add(boxes);
    const dpr = this.devicePixels(view);
    for (const label of labels) {
      boxes.fillStyle(palette.labelPaper, 0.9).fillRect(label.x, label.y, label.w, label.h);
      if (label.emphasis) {
        boxes.lineStyle(1.6, palette.ink, 1).strokeRect(label.x - 1.5, label.y - 1.5, label.w + 3, label.h + 3);
      }
      const ascent = Math.round(label.fontPx * 0.95);
      const lineHeight = label.fontPx * LINE_EM;
      const text = this.add.text(label.x + LABEL_PADDING.x, label.y + LABEL_PADDING.y, label.lines.join('\n'), {
        fontFamily: MAP_FONT_STACK,
        fontSize: `${label.fontPx}px`,
        color: cssColor(palette.labelInk),
        resolution: dpr,
        metrics: { ascent, descent: Math.max(1, Math.round(lineHeight) - ascent), fontSize: Math.round(lineHeight) },
      });
      into.add(text);
    }
  }

  private buildFocus(frame: Frame, animateRing: boolean): void {
    this.focus?.destroy();
    const { view, palette, focus } = frame;
    const dpr = this.devicePixels(view);
    const root = this.add.container(view.offsetX * dpr, view.offsetY * dpr).setScale(view.scale * dpr);
    const upp = 1 / view.scale;
    if (focus.markers.length) {
      const pen = new PhaserPen(this, root, palette);
      pen.layer('marker-rings');
      drawMarkerRings(pen, focus.markers, upp);
    }
    if (focus.ring) {
      const ring = this.add.container(focus.ring.x, focus.ring.y);
      const pen = new PhaserPen(this, ring, palette);
      pen.layer('highlight');
      drawRing(pen, focus.ring.r, upp);
      root.add(ring);
      if (animateRing) {
        ring.setScale(1.5).setAlpha(0);
        this.animate(RING_MS, (t) => { const e = ease(t); ring.setScale(1.5 - 0.5 * e).setAlpha(e); }, () => ring.setScale(1).setAlpha(1));
      }
    }
    this.focus = root;
  }

  private devicePixels(view: Viewport): number {
    return this.scale.width / Math.max(1, view.width);
  }

  private animate(duration: number, step: (t: number) => void, done: () => void): void {
    this.animations.push({ start: performance.now(), duration, step, done });
  }

  finishAnimations(): void {
    const running = this.animations;
    this.animations = [];
    for (const a of running) { a.step(1); a.done(); }
    this.wake();
  }

  update(): void {
    if (!this.animations.length) return;
    const now = performance.now();
    const current = this.animations;
    this.animations = [];
    for (const a of current) {
      const t = (now - a.start) / a.duration;
      if (t >= 1) { a.step(1); a.done(); } else { a.step(t); this.animations.push(a); }
    }
  }

  /** After each rendered frame: sleep once nothing moves (two quiet frames, to be sure). */
  private afterRender(): void {
    if (this.animations.length) { this.idleFrames = 0; return; }
    this.idleFrames += 1;
    if (this.idleFrames >= 2) this.game.loop.sleep();
  }

  wake(): void {
    this.idleFrames = 0;
    if (this.contextLost) return;
    const loop = this.game.loop;
    if (!loop.running) {
      loop.resetDelta();
      loop.wake();
    }
  }

  /** After a lost WebGL context came back: every texture and buffer is new, so redraw it all. */
  redrawAll(): void {
    if (!this.frame) return;
    for (const key of this.textures.getTextureKeys()) {
      if (key.startsWith('kmap-')) this.textures.remove(key);
    }
    this.sheet?.root.destroy();
    this.sheet = null;
    for (const s of this.outgoing) s.root.destroy();
    this.outgoing = [];
    this.animations = [];
    this.show(this.frame, { plan: true, labels: true, focus: true, fade: false, ring: false });
  }
}

export interface PhaserRendererOptions {
  forceCanvas: boolean;
  /** Called when the WebGL context is lost and when it has been restored and redrawn. */
  onContext?(state: 'lost' | 'restored'): void;
}

const BOOT_TIMEOUT_MS = 8000;

/** Start Phaser inside `host`, sized to the viewport; rejects if it cannot start. */
export function createPhaserRenderer(host: HTMLElement, view: Viewport, options: PhaserRendererOptions): Promise<PlanRenderer> {
  return new Promise<PlanRenderer>((resolve, reject) => {
    let game: Phaser.Game | null = null;
    const timer = window.setTimeout(() => { game?.destroy(true); reject(new Error('Phaser did not start in time')); }, BOOT_TIMEOUT_MS);
    const size = deviceSize(view);
    try {
      game = new Phaser.Game({
        type: options.forceCanvas ? Phaser.CANVAS : Phaser.AUTO,
        parent: host,
        width: size.width,
        height: size.height,
        backgroundColor: '#efe3c6',
        banner: false,
        autoFocus: false,
        disableContextMenu: false,
        input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
        audio: { noAudio: true },
        antialias: true,
        roundPixels: false,
        powerPreference: 'low-power',
        scale: { mode: Phaser.Scale.NONE, expandParent: false, autoRound: true, zoom: 1 },
        scene: new PlanScene((scene) => {
          window.clearTimeout(timer);
          styleCanvas(scene.game.canvas, view);
          resolve(makeRenderer(scene.game, scene, options));
        }),
      });
    } catch (error) {
      window.clearTimeout(timer);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function deviceSize(view: Viewport): { width: number; height: number } {
  return { width: Math.max(1, Math.round(view.width * view.dpr)), height: Math.max(1, Math.round(view.height * view.dpr)) };
}

function styleCanvas(canvas: HTMLCanvasElement, view: Viewport): void {
  canvas.style.width = `${view.width}px`;
  canvas.style.height = `${view.height}px`;
  canvas.style.display = 'block';
  canvas.setAttribute('aria-hidden', 'true');
}

function makeRenderer(game: Phaser.Game, scene: PlanScene, options: PhaserRendererOptions): PlanRenderer {
  const name: RendererName = game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
  let lastView: Viewport | null = null;

  if (name === 'webgl') {
    const renderer = game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    renderer.on(Phaser.Renderer.Events.LOSE_WEBGL, () => {
      scene.contextLost = true;
      game.loop.sleep();
      options.onContext?.('lost');
    });
    renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, () => {
      scene.contextLost = false;
      scene.redrawAll();
      options.onContext?.('restored');
    });
  }

  return {
    name,
    render(frame: Frame, changes: Changes): void {
      const view = frame.view;
      if (!lastView || lastView.width !== view.width || lastView.height !== view.height || lastView.dpr !== view.dpr) {
        const size = deviceSize(view);
        game.scale.resize(size.width, size.height);
        styleCanvas(game.canvas, view);
      }
      lastView = view;
      scene.show(frame, changes);
    },
    finishAnimations(): void { scene.finishAnimations(); },
    destroy(): void {
      // Phaser tears the game down on its next step, so wake a sleeping loop for it.
      game.destroy(true);
      if (!game.loop.running) game.loop.wake();
    },
  };
}
