import type { SKRSContext2D } from "@napi-rs/canvas";
import { DIFFICULTIES } from "../decks/schema.js";
import { imageTr, toLocale, type ImageText } from "../strings.js";
import { bar, C, newCanvas, niceMax, panel, png, text, textWidth, type Align } from "./draw-common.js";
import type { StatsCardData } from "./types.js";

export const STATS_SIZE = { width: 800, height: 450, heightWithHeatmap: 592 } as const;

/** /stats as one card: figures on top, the last 30 days, accuracy by difficulty, the forecast, a year. */
export function drawStats(d: StatsCardData): Buffer {
  const L = imageTr(toLocale(d.locale));
  const height = d.heatmap ? STATS_SIZE.heightWithHeatmap : STATS_SIZE.height;
  const { canvas, g } = newCanvas(STATS_SIZE.width, height);
  text(g, d.name, 24, 46, { size: 28, bold: true, maxWidth: 560 });
  text(g, "quizdeck", 776, 44, { size: 16, color: C.muted, align: "right" });

  const accuracy = d.answered ? Math.round((100 * d.correct) / d.answered) : 0;
  const tiles: [string, string, string?][] = [
    [L.points, L.number(d.points)],
    [L.accuracy, L.percent(accuracy), `${L.number(d.correct)}/${L.number(d.answered)}`],
    [L.answerStreak, L.number(d.answerStreak.current), L.best(d.answerStreak.best)],
    [L.dailyStreak, L.number(d.dailyStreak.current), L.best(d.dailyStreak.best)],
    [L.due, L.number(d.due)],
  ];
  tiles.forEach(([label, value, sub], k) => {
    const x = 24 + k * 152;
    panel(g, x, 66, 144, 78);
    // The figure takes what the small figure beside it leaves ("80 %" is wider than "80%").
    const subWidth = sub ? Math.min(60, textWidth(g, sub, 12)) + 6 : 0;
    text(g, value, x + 14, 104, { size: 26, bold: true, maxWidth: 116 - subWidth });
    text(g, label, x + 14, 130, { size: 13, color: C.muted, maxWidth: 116 });
    if (sub) text(g, sub, x + 130, 102, { size: 12, color: C.muted, align: "right", maxWidth: 60 });
  });

  drawDays(g, d, 24, 156, 456, 272, L);
  drawDifficulty(g, d, 492, 156, 284, 124, L);
  drawForecast(g, d.forecast, 492, 292, 284, 136, L);
  if (d.heatmap) drawHeatmap(g, d.heatmap, 24, 440, 752, 140, L);
  return png(canvas);
}

function drawDays(
  g: SKRSContext2D,
  d: StatsCardData,
  x: number,
  y: number,
  w: number,
  h: number,
  L: ImageText,
): void {
  panel(g, x, y, w, h, L.last30);
  const max = niceMax(Math.max(0, ...d.days.map((v) => v.correct + v.wrong)));
  const top = y + 44;
  const bottom = y + h - 34;
  const left = x + 40;
  const width = w - 56;
  g.fillStyle = C.grid;
  g.fillRect(left, bottom, width, 1);
  g.fillRect(left, top, width, 1);
  text(g, L.number(max), left - 8, top + 5, { size: 12, color: C.muted, align: "right" });
  text(g, "0", left - 8, bottom + 4, { size: 12, color: C.muted, align: "right" });
  const step = width / d.days.length;
  d.days.forEach((v, k) => {
    const bx = left + k * step + 2;
    const bw = step - 4;
    const hc = ((bottom - top) * v.correct) / max;
    const hw = ((bottom - top) * v.wrong) / max;
    bar(g, bx, bottom - hc, bw, hc, C.correct);
    bar(g, bx, bottom - hc - hw, bw, hw, C.wrong);
  });
  const label = (k: number, align: Align) =>
    text(g, L.shortDay(d.days[k]!.day), left + k * step + step / 2, bottom + 18, {
      size: 12,
      color: C.muted,
      align,
    });
  if (d.days.length > 0) {
    label(0, "left");
    label(Math.floor(d.days.length / 2), "center");
    label(d.days.length - 1, "right");
  }
  legend(g, x + w - 14, y + 24, [
    [C.correct, L.correct],
    [C.wrong, L.wrong],
  ]);
}

function legend(g: SKRSContext2D, right: number, y: number, items: [string, string][]): void {
  let x = right;
  for (const [color, label] of [...items].reverse()) {
    text(g, label, x, y, { size: 12, color: C.muted, align: "right" });
    x -= g.measureText(label).width + 16;
    bar(g, x + 2, y - 10, 10, 10, color);
    x -= 10;
  }
}

function drawDifficulty(
  g: SKRSContext2D,
  d: StatsCardData,
  x: number,
  y: number,
  w: number,
  h: number,
  L: ImageText,
): void {
  panel(g, x, y, w, h, L.byDifficulty);
  DIFFICULTIES.forEach((level, k) => {
    const row = y + 50 + k * 26;
    const { correct, total } = d.byDifficulty[level];
    text(g, L.difficulty(level), x + 14, row, { size: 13, maxWidth: 62 });
    const bx = x + 80;
    const bw = w - 150;
    bar(g, bx, row - 11, bw, 12, C.grid);
    if (total > 0) bar(g, bx, row - 11, (bw * correct) / total, 12, C.accent);
    const label = total > 0 ? L.percent(Math.round((100 * correct) / total)) : L.noAnswers;
    text(g, label, x + w - 14, row, { size: 13, color: C.muted, align: "right" });
  });
}

function drawForecast(
  g: SKRSContext2D,
  forecast: number[],
  x: number,
  y: number,
  w: number,
  h: number,
  L: ImageText,
): void {
  panel(g, x, y, w, h, L.forecast);
  const max = niceMax(Math.max(0, ...forecast));
  const top = y + 40;
  const bottom = y + h - 26;
  const step = (w - 28) / Math.max(1, forecast.length);
  forecast.forEach((n, k) => {
    const bh = ((bottom - top) * n) / max;
    bar(g, x + 14 + k * step + 2, bottom - bh, step - 4, bh, k === 0 ? C.gold : C.accent);
  });
  g.fillStyle = C.grid;
  g.fillRect(x + 14, bottom, w - 28, 1);
  text(g, L.today(forecast[0] ?? 0), x + 14, bottom + 18, { size: 12, color: C.muted });
  text(g, L.max(max), x + w - 14, bottom + 18, { size: 12, color: C.muted, align: "right" });
}

function drawHeatmap(
  g: SKRSContext2D,
  days: number[],
  x: number,
  y: number,
  w: number,
  h: number,
  L: ImageText,
): void {
  panel(g, x, y, w, h, L.year);
  const max = Math.max(1, ...days);
  const cell = 11;
  const gap = 2;
  const left = x + 14;
  const top = y + 38;
  days.forEach((n, k) => {
    const level = n === 0 ? 0 : Math.min(4, 1 + Math.floor((3.999 * n) / max));
    g.fillStyle = C.heat[level]!;
    g.fillRect(left + Math.floor(k / 7) * (cell + gap), top + (k % 7) * (cell + gap), cell, cell);
  });
  const lx = x + w - 14 - 5 * (cell + gap) - 36;
  text(g, L.less, lx - 6, y + 24, { size: 12, color: C.muted, align: "right" });
  C.heat.forEach((color, k) => {
    g.fillStyle = color;
    g.fillRect(lx + k * (cell + gap), y + 14, cell, cell);
  });
  text(g, L.more, lx + 5 * (cell + gap) + 4, y + 24, { size: 12, color: C.muted });
}
