import { createCanvas, loadImage } from "@napi-rs/canvas";

export interface Decoded {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Decodes a PNG to RGBA pixels (Skia's decoder, not ours). */
export async function decodePng(png: Buffer): Promise<Decoded> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const g = canvas.getContext("2d");
  g.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, data: g.getImageData(0, 0, img.width, img.height).data };
}

/** Share of pixels whose colour differs by more than `threshold` in any channel. */
export function differingShare(a: Decoded, b: Decoded, threshold = 24): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let k = 0; k < a.data.length; k += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs(a.data[k + c]! - b.data[k + c]!) > threshold) {
        differing++;
        break;
      }
    }
  }
  return differing / (a.width * a.height);
}
