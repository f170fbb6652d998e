/**
 * The React floor of the map benchmark (scripts/bench-map.ts): the bare page's 408 paths, drawn by
 * React 19 (react-dom/client, production build) instead of plain DOM calls. It measures what the
 * chosen stack costs before any of the app's own code: loading and evaluating React, and its first
 * render of the map.
 */
import { createRoot } from 'react-dom/client';

const PALETTE = ['#77AADD', '#EE8866', '#EEDD88', '#FFAABB', '#99DDFF', '#44BB99', '#BBCC33'];

function BareMap({ paths }: { paths: string[] }) {
  return (
    <svg id="m" width={1000} height={800}>
      {paths.map((d, i) => (
        <path key={i} d={d} data-code={`GM${i}`} fill={PALETTE[i % 7]} stroke="#fff" />
      ))}
    </svg>
  );
}

// As the bare page: the paths are requested at once, and drawn when they are there.
void fetch('/__bench/paths.json')
  .then((response) => response.json())
  .then((paths: string[]) => createRoot(document.getElementById('root')!).render(<BareMap paths={paths} />));
