/** polylabel 2 ships no type declarations: the one function the map uses. */
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (rings of [x, y]), with its distance to the outline. */
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): [number, number] & { distance: number };
}
