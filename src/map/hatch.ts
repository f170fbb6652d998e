/** The hatch pattern of marked municipalities, generated in code so that no sprite is fetched. */

/** An RGBA image as MapLibre's addImage takes it. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Diagonal dark stripes on a transparent ground, `size` pixels square (the pattern tiles seamlessly:
 * a pixel is on a stripe when (x + y) mod size is below `stripe`).
 */
export function hatchImage(size = 10, stripe = 3, rgba: readonly [number, number, number, number] = [31, 41, 51, 220]): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size >= stripe) continue;
      data.set(rgba, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** Round dark dots on a transparent ground, `size` pixels square, one dot of `radius` per tile. */
export function dotsImage(size = 8, radius = 1.7, rgba: readonly [number, number, number, number] = [31, 41, 51, 230]): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  const c = size / 2 - 0.5;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x - c) ** 2 + (y - c) ** 2 > radius ** 2) continue;
      data.set(rgba, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
