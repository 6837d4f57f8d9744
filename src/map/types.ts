// The contract between the game and the camp map. The UI talks to the map only through this.
export type InkValue = string | number | boolean;
export type StoryVariables = Record<string, InkValue>;

/** A choice the player can also take by tapping its place on the map. */
export interface MapMarker { placeId: string; choiceIndex: number; text: string }

/** The page's colour theme (settings): the aged paper, or plain black on white. */
export type MapTheme = 'paper' | 'contrast';

export interface MapOptions {
  reducedMotion: boolean;
  /** The colour theme to start with; without it, the page's `<html data-theme>`. */
  theme?: MapTheme;
  /** The player took a choice through its marker. */
  onChoose(choiceIndex: number): void;
  /** The player opened a place that has unlocked endnotes. */
  onOpenPlace(placeId: string): void;
  /** The player opened a zone's note button: the notes of these places (else onOpenPlace of the first). */
  onOpenPlaces?(placeIds: string[]): void;
}

export type RendererName = 'webgl' | 'canvas' | 'plan';

export interface MapView {
  /** New story variables (day, time_of_day, walls, tanks, ...): redraw what changed. */
  update(variables: StoryVariables): void;
  /** Highlight the current scene's place, or none. */
  highlight(placeId: string | null): void;
  /** Markers for the current choices tagged with a place. */
  setMarkers(markers: MapMarker[]): void;
  /** Places that have unlocked endnotes (openable from the map), once per note: a zone's notes share one button with their count. */
  setNotePlaces(placeIds: string[]): void;
  setReducedMotion(reduced: boolean): void;
  /** Switch the colour theme at once (no cross-fade). */
  setTheme(theme: MapTheme): void;
  rendererName(): RendererName;
  /**
   * Move the map, as it is, into another container with new callbacks: the kiosk hands one map
   * from its attract loop to the visit and back instead of starting Phaser again each time.
   */
  adopt(container: HTMLElement, options: MapOptions): void;
  destroy(): void;
}
