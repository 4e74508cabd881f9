/** What the running page exposes on `window.newsgraphView`, for tests and scripts that drive it. */
export interface ViewHandle {
  /** Where an entity is drawn, in CSS pixels relative to the graph container; null when hidden or unknown. */
  positionOf(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    newsgraphView?: ViewHandle;
  }
}
