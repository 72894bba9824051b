/** Where the window was and how big; x and y are absent when the OS should place it. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1200, height: 800 }, maximized: false };

const isInt = (value: unknown): value is number => Number.isSafeInteger(value);

/** Reads a saved state defensively: the file is the user's and may be stale, edited or cut short. */
export function parseWindowState(value: unknown): WindowState {
  if (typeof value !== 'object' || value === null) return DEFAULT_WINDOW_STATE;
  const { bounds, maximized } = value as Partial<Record<keyof WindowState, unknown>>;
  if (typeof bounds !== 'object' || bounds === null) return DEFAULT_WINDOW_STATE;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isInt(width) || !isInt(height) || width <= 0 || height <= 0) return DEFAULT_WINDOW_STATE;
  const position = isInt(x) && isInt(y) ? { x, y } : {};
  return { bounds: { ...position, width, height }, maximized: maximized === true };
}

/** How much of a title bar must be on a screen for the reporter to grab it. */
const GRAB_MARGIN = 48;

/**
 * Fits saved bounds to the screens attached now: a window saved on a monitor that has since gone
 * away is re-placed by the OS, and one larger than any screen is shrunk to fit.
 */
export function fitToWorkAreas(state: WindowState, workAreas: readonly Rect[], minimum: { width: number; height: number }): WindowState {
  if (workAreas.length === 0) return state;
  const widest = Math.max(...workAreas.map((area) => area.width));
  const tallest = Math.max(...workAreas.map((area) => area.height));
  const width = Math.max(minimum.width, Math.min(state.bounds.width, widest));
  const height = Math.max(minimum.height, Math.min(state.bounds.height, tallest));
  const { x, y } = state.bounds;
  const grabbable =
    x !== undefined &&
    y !== undefined &&
    workAreas.some(
      (area) =>
        y >= area.y &&
        y + GRAB_MARGIN <= area.y + area.height &&
        x + width - GRAB_MARGIN >= area.x &&
        x + GRAB_MARGIN <= area.x + area.width,
    );
  return { bounds: grabbable ? { x, y, width, height } : { width, height }, maximized: state.maximized };
}
