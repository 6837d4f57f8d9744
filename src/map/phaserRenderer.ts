// The plan in Phaser 4: WebGL, or Canvas where WebGL is missing (Phaser.AUTO). The only module
// that imports Phaser; index.ts loads it on demand, so a failed load still leaves the SVG plan.
//
// Phaser draws the ink only, on a transparent canvas (the paper is DOM: paper.ts). Rendering
// follows the state, not a clock: the marks are built once into Graphics when the state, the
// size or the highlight changes, the game loop is woken for one frame, and then sent back to
// sleep (game.loop.sleep) until the next change. Transitions are DOM cross-fades (index.ts), so
// the loop never has to run for them.
import Phaser from 'phaser';
import type { Label } from './labels.ts';
import { LABEL_PADDING, LINE_EM } from './labels.ts';
import { drawPlan } from './plan.ts';
import type { Palette } from './palette.ts';
import { cssColor } from './palette.ts';
import type { FillStyle, Pen, StrokeStyle } from './pen.ts';
import type { Changes, Frame, PlanRenderer } from './renderer.ts';
import { drawMarkerRings, drawRing } from './renderer.ts';
import type { RendererName } from './types.ts';
import { TidyGame } from './tidyGame.ts';
import type { Viewport } from './viewport.ts';
import { MAP_FONT_STACK } from './fonts.ts';

/** Hidden label texts kept for reuse beyond which the spares are destroyed (a day shows ~30). */
const MAX_SPARE_LABELS = 60;

/** Counts the web fonts that arrived: a kept label drawn before PT Mono loaded is drawn again. */
let fontGeneration = 0;
document.fonts?.addEventListener?.('loadingdone', () => { fontGeneration += 1; });

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

class PlanScene extends Phaser.Scene {
  private plan: Phaser.GameObjects.Container | null = null;
  private labels: Phaser.GameObjects.Container | null = null;
  private labelBoxes: Phaser.GameObjects.Graphics | null = null;
  /** Label texts kept between drawings, by what they show: a Text is a canvas and a texture, and
   *  the markers change the label layout on every screen, so rebuilding them all each time made
   *  megabytes of garbage per choice (the collections then landed inside later clicks). */
  private labelTexts = new Map<string, Phaser.GameObjects.Text[]>();
  private focus: Phaser.GameObjects.Container | null = null;
  private frame: Frame | null = null;
  contextLost = false;

  constructor(private readonly onReady: (scene: PlanScene) => void) { super({ key: 'plan' }); }

  create(): void {
    // One rendered frame per change, then sleep.
    this.game.events.on(Phaser.Core.Events.POST_RENDER, () => this.game.loop.sleep());
    this.onReady(this);
  }

  /** Rebuild what changed and render it once. */
  show(frame: Frame, changes: Changes): void {
    this.frame = frame;
    const { view, palette } = frame;
    const dpr = this.devicePixels(view);
    this.cameras.main.setViewport(0, 0, this.scale.width, this.scale.height);
    if (changes.plan || !this.plan) {
      this.plan?.destroy();
      this.plan = this.add.container(view.offsetX * dpr, view.offsetY * dpr).setScale(view.scale * dpr);
      drawPlan(new PhaserPen(this, this.plan, palette), frame.state, { unitsPerPixel: 1 / view.scale, plain: palette.plain });
    }
    if (changes.plan || changes.labels || !this.labels) {
      this.labels ??= this.add.container(0, 0);
      this.labels.setScale(dpr);
      this.drawLabels(this.labels, frame.labels, palette, dpr);
    }
    if (changes.plan || changes.focus || !this.focus) {
      this.focus?.destroy();
      this.focus = this.add.container(view.offsetX * dpr, view.offsetY * dpr).setScale(view.scale * dpr);
      this.drawFocus(this.focus, frame);
    }
    // Drawing order: plan, labels, then the rings over both.
    this.children.bringToTop(this.labels);
    this.children.bringToTop(this.focus);
    this.wake();
  }

  private drawLabels(into: Phaser.GameObjects.Container, labels: Label[], palette: Palette, dpr: number): void {
    if (!this.labelBoxes) {
      this.labelBoxes = this.add.graphics();
      into.add(this.labelBoxes);
    }
    const boxes = this.labelBoxes.clear();
    const unused = this.labelTexts;
    const kept = new Map<string, Phaser.GameObjects.Text[]>();
    const color = cssColor(palette.labelInk);
    for (const label of labels) {
      boxes.fillStyle(palette.labelPaper, 0.9).fillRect(label.x, label.y, label.w, label.h);
      if (label.emphasis) boxes.lineStyle(1.6, palette.ink, 1).strokeRect(label.x - 1.5, label.y - 1.5, label.w + 3, label.h + 3);
      if (label.leader) {
        const [x1, y1, x2, y2] = label.leader;
        boxes.lineStyle(1.2, palette.ink, 1).lineBetween(x1, y1, x2, y2);
      }
      const text = label.lines.join('\n');
      const key = `${fontGeneration}|${label.fontPx}|${dpr}|${text}`;
      const shown = unused.get(key)?.pop() ?? this.labelText(text, label.fontPx, color, dpr);
      // A new time of day redraws the kept canvas in the new ink, without a new texture.
      if (shown.style.color !== color) shown.setColor(color);
      shown.setPosition(label.x + LABEL_PADDING.x, label.y + LABEL_PADDING.y).setVisible(true);
      if (shown.parentContainer !== into) into.add(shown);
      const list = kept.get(key);
      if (list) list.push(shown); else kept.set(key, [shown]);
    }
    // Labels out of this layout (covered by a marker, another day's) wait hidden for their
    // return; only a pool grown past any one day's needs (a resize, a new text size) is emptied.
    let spare = 0;
    for (const list of unused.values()) spare += list.length;
    for (const [key, list] of unused) {
      for (const idle of list) {
        if (spare > MAX_SPARE_LABELS) { idle.destroy(); continue; }
        idle.setVisible(false);
        const same = kept.get(key);
        if (same) same.push(idle); else kept.set(key, [idle]);
      }
    }
    this.labelTexts = kept;
  }

  private labelText(text: string, fontPx: number, color: string, dpr: number): Phaser.GameObjects.Text {
    // Explicit metrics: each line sits in a box of LINE_EM font sizes, and Phaser need not
    // measure the font by drawing it.
    const lineHeight = Math.round(fontPx * LINE_EM);
    const ascent = Math.round(fontPx * 0.95);
    return this.add.text(0, 0, text, {
      fontFamily: MAP_FONT_STACK,
      fontSize: `${fontPx}px`,
      color,
      resolution: dpr,
      metrics: { ascent, descent: Math.max(1, lineHeight - ascent), fontSize: lineHeight },
    });
  }

  private drawFocus(into: Phaser.GameObjects.Container, frame: Frame): void {
    const { view, palette, focus } = frame;
    const upp = 1 / view.scale;
    const pen = new PhaserPen(this, into, palette);
    if (focus.markers.length) {
      pen.layer('marker-rings');
      drawMarkerRings(pen, focus.markers, upp);
    }
    if (focus.ring) {
      const ring = this.add.container(focus.ring.x, focus.ring.y);
      into.add(ring);
      const ringPen = new PhaserPen(this, ring, palette);
      ringPen.layer('highlight');
      drawRing(ringPen, focus.ring.r, upp);
    }
  }

  private devicePixels(view: Viewport): number {
    return this.scale.width / Math.max(1, view.width);
  }

  wake(): void {
    if (this.contextLost) return;
    const loop = this.game.loop;
    if (!loop.running) {
      loop.resetDelta();
      loop.wake();
    }
  }

  /** After a lost WebGL context came back: every texture and buffer is new, so rebuild it all. */
  redrawAll(): void {
    // Every texture is new: no kept label may be reused.
    for (const list of this.labelTexts.values()) for (const text of list) text.destroy();
    this.labelTexts.clear();
    if (this.frame) this.show(this.frame, { plan: true, labels: true, focus: true, fade: false });
  }
}

export interface PhaserRendererOptions {
  forceCanvas: boolean;
  /** WebGL is a software rasterizer here (gpu.ts): skip multisampling. */
  software: boolean;
  /** Called when the WebGL context is lost, and when it is back and the plan redrawn. */
  onContext?(state: 'lost' | 'restored'): void;
}

const BOOT_TIMEOUT_MS = 8000;

/** Start Phaser inside `host`, sized to the viewport; rejects if it cannot start. */
export function createPhaserRenderer(host: HTMLElement, view: Viewport, options: PhaserRendererOptions): Promise<PlanRenderer> {
  return new Promise<PlanRenderer>((resolve, reject) => {
    let game: Phaser.Game | null = null;
    const timer = window.setTimeout(() => {
      game?.destroy(true);
      reject(new Error('Phaser did not start in time'));
    }, BOOT_TIMEOUT_MS);
    const size = deviceSize(view);
    try {
      game = new TidyGame({
        type: options.forceCanvas ? Phaser.CANVAS : Phaser.AUTO,
        parent: host,
        width: size.width,
        height: size.height,
        transparent: true,
        // Kept so a cross-fade can copy the last frame (drawImage) at any time; the map renders
        // rarely, so the extra buffer copy costs nothing that matters.
        preserveDrawingBuffer: true,
        banner: false,
        autoFocus: false,
        disableContextMenu: false,
        input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
        audio: { noAudio: true },
        antialias: true,
        // Multisampling is nearly free on a GPU and costly on a software rasterizer.
        antialiasGL: !options.software,
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
  if (import.meta.env.DEV) (window as unknown as { __kmapGame?: Phaser.Game }).__kmapGame = game;
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
    snapshot(): HTMLElement | null {
      if (scene.contextLost || !lastView) return null;
      const source = game.canvas;
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const ctx = copy.getContext('2d');
      if (!ctx) return null;
      try {
        ctx.drawImage(source, 0, 0);
      } catch {
        return null;
      }
      copy.style.width = `${lastView.width}px`;
      copy.style.height = `${lastView.height}px`;
      return copy;
    },
    destroy(): void {
      // Phaser tears the game down on its next step, so wake a sleeping loop for it.
      game.destroy(true);
      if (!game.loop.running) game.loop.wake();
    },
  };
}
