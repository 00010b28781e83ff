import { createCanvas, type Canvas, type SKRSContext2D } from "@napi-rs/canvas";
import { font, registerFonts } from "./fonts.js";

/** Discord's dark theme, so the pictures sit well in an embed. */
export const C = {
  bg: "#1e1f22",
  panel: "#2b2d31",
  text: "#f2f3f5",
  muted: "#b5bac1",
  grid: "#3f4147",
  correct: "#3ba55d",
  wrong: "#ed4245",
  accent: "#5865f2",
  highlight: "#3c4270",
  gold: "#f0b232",
  silver: "#a5acb8",
  bronze: "#c27c3e",
  heat: ["#3f4147", "#2d4a73", "#3a66a8", "#4d86d9", "#7eb0ff"],
} as const;

export function newCanvas(width: number, height: number): { canvas: Canvas; g: SKRSContext2D } {
  registerFonts();
  const canvas = createCanvas(width, height);
  const g = canvas.getContext("2d");
  g.fillStyle = C.bg;
  g.fillRect(0, 0, width, height);
  g.textBaseline = "alphabetic";
  return { canvas, g };
}

export function panel(g: SKRSContext2D, x: number, y: number, w: number, h: number, title?: string): void {
  g.fillStyle = C.panel;
  g.beginPath();
  g.roundRect(x, y, w, h, 8);
  g.fill();
  if (title) text(g, title, x + 14, y + 24, { size: 14, color: C.muted, bold: true, maxWidth: w - 28 });
}

export type Align = "left" | "right" | "center";

interface TextOptions {
  size: number;
  color?: string;
  bold?: boolean;
  align?: Align;
  /** Longer text is cut with an ellipsis to fit. */
  maxWidth?: number;
}

export function text(g: SKRSContext2D, value: string, x: number, y: number, o: TextOptions): void {
  g.font = font(o.size, o.bold);
  g.fillStyle = o.color ?? C.text;
  g.textAlign = o.align ?? "left";
  g.fillText(o.maxWidth ? fit(g, value, o.maxWidth) : value, x, y);
}

/** How wide `value` is drawn at this size. */
export function textWidth(g: SKRSContext2D, value: string, size: number, bold = false): number {
  g.font = font(size, bold);
  return g.measureText(value).width;
}

/** Cuts by code points (never inside a surrogate pair) until the text fits. */
export function fit(g: SKRSContext2D, value: string, maxWidth: number): string {
  if (g.measureText(value).width <= maxWidth) return value;
  const chars = [...value];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (g.measureText(chars.slice(0, mid).join("") + "…").width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("") + "…";
}

export function bar(g: SKRSContext2D, x: number, y: number, w: number, h: number, color: string): void {
  if (w <= 0 || h <= 0) return;
  g.fillStyle = color;
  g.beginPath();
  g.roundRect(x, y, w, h, Math.min(3, w / 2, h / 2));
  g.fill();
}

/** A round number at or above `max` for a chart's top gridline (1, 2, 5, 10, 20, 50...). */
export function niceMax(max: number): number {
  if (max <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

export function png(canvas: Canvas): Buffer {
  return canvas.toBuffer("image/png");
}
