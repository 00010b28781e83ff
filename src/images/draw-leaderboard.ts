import type { SKRSContext2D } from "@napi-rs/canvas";
import { imageTr, toLocale, type ImageText } from "../strings.js";
import { bar, C, newCanvas, png, text } from "./draw-common.js";
import type { BoardRow, LeaderboardImageData, PodiumData } from "./types.js";

const WIDTH = 800;
const ROW = 44;
const MEDALS = [C.gold, C.silver, C.bronze];

export const leaderboardHeight = (d: LeaderboardImageData) =>
  70 + Math.max(1, d.rows.length) * ROW + (d.mine ? ROW + 16 : 0) + 10;

/** The top 10 with points as bars; the invoker's row highlighted, or added below when outside it. */
export function drawLeaderboard(d: LeaderboardImageData): Buffer {
  const L = imageTr(toLocale(d.locale));
  const { canvas, g } = newCanvas(WIDTH, leaderboardHeight(d));
  text(g, d.title, 24, 44, { size: 24, bold: true, maxWidth: 600 });
  text(g, "quizdeck", 776, 42, { size: 16, color: C.muted, align: "right" });
  const max = Math.max(1, ...d.rows.map((r) => r.points), d.mine?.points ?? 0);
  d.rows.forEach((r, k) => drawRow(g, r, 70 + k * ROW, max, L));
  if (d.mine) {
    const y = 70 + d.rows.length * ROW + 8;
    g.fillStyle = C.grid;
    g.fillRect(24, y, WIDTH - 48, 1);
    drawRow(g, d.mine, y + 8, max, L);
  }
  return png(canvas);
}

function drawRow(g: SKRSContext2D, r: BoardRow, y: number, max: number, L: ImageText): void {
  if (r.me) {
    g.fillStyle = C.highlight;
    g.beginPath();
    g.roundRect(16, y, WIDTH - 32, ROW - 4, 8);
    g.fill();
  }
  const mid = y + ROW / 2 + 3;
  const medal = MEDALS[r.rank - 1];
  if (medal) {
    g.fillStyle = medal;
    g.beginPath();
    g.arc(46, mid - 5, 14, 0, 2 * Math.PI);
    g.fill();
  }
  text(g, String(r.rank), 46, mid, { size: 15, bold: true, align: "center", color: medal ? C.bg : C.text });
  text(g, r.me ? `${r.name} (${L.you})` : r.name, 76, mid, { size: 17, bold: r.me, maxWidth: 250 });
  const bx = 340;
  const bw = WIDTH - bx - 130;
  bar(g, bx, mid - 14, bw, 14, C.grid);
  bar(g, bx, mid - 14, Math.max(2, (bw * r.points) / max), 14, r.me ? C.gold : C.accent);
  text(g, L.pts(r.points), WIDTH - 24, mid, { size: 15, color: C.muted, align: "right" });
}

export const PODIUM_SIZE = { width: 600, height: 320 } as const;

/** The top three of a public round, second on the left and third on the right, as on a podium. */
export function drawPodium(d: PodiumData): Buffer {
  const L = imageTr(toLocale(d.locale));
  const { canvas, g } = newCanvas(PODIUM_SIZE.width, PODIUM_SIZE.height);
  text(g, d.title, 300, 36, { size: 20, bold: true, align: "center", maxWidth: 560 });
  const slots = [
    { place: 0, x: 210, h: 190 },
    { place: 1, x: 20, h: 150 },
    { place: 2, x: 400, h: 115 },
  ];
  for (const s of slots) {
    const p = d.places[s.place];
    if (!p) continue;
    const top = PODIUM_SIZE.height - 16 - s.h;
    bar(g, s.x, top, 180, s.h, MEDALS[s.place]!);
    text(g, String(s.place + 1), s.x + 90, top + 44, { size: 34, bold: true, align: "center", color: C.bg });
    text(g, L.pts(p.points), s.x + 90, top + 74, {
      size: 16,
      bold: true,
      align: "center",
      color: C.bg,
    });
    text(g, L.correctOf(p.correct, p.answered), s.x + 90, top + 96, {
      size: 13,
      align: "center",
      color: C.bg,
    });
    text(g, p.name, s.x + 90, top - 12, { size: 17, bold: true, align: "center", maxWidth: 176 });
  }
  return png(canvas);
}
