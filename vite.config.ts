import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * src/boot.ts as a script of its own, run as soon as it has loaded: it requests the first layer's data while
 * the app's code loads. (Two module scripts in index.html would be bundled into one chunk, which
 * runs the boot code only after most of the app has been evaluated.)
 */
function bootScript(): Plugin {
  // Before the app's script (right after the CSP meta element), so that it and the chunk it imports
  // are requested before the app's modules; async, so that it runs as soon as it has loaded.
  const tags = (src: string, imports: readonly string[]) =>
    [...imports.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`), `<script type="module" async crossorigin src="${src}"></script>`].join('\n    ');
  return {
    name: 'regioscoop-boot-script',
    config: () => ({ build: { rolldownOptions: { input: { index: 'index.html', boot: 'src/boot.ts' } } } }),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        let boot = tags('/src/boot.ts', []);
        if (ctx.bundle) {
          const chunk = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
          if (!chunk || chunk.type !== 'chunk') throw new Error('the boot chunk is missing from the build');
          boot = tags(`/${chunk.fileName}`, chunk.imports);
        }
        // Right after the CSP meta element, which must come before any script it governs.
        const csp = /<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/.exec(html);
        if (!csp) throw new Error('index.html has no Content-Security-Policy meta element for the boot script to follow');
        const at = csp.index + csp[0].length;
        if (html.slice(0, at).includes('<script type="module" crossorigin')) throw new Error('the app script comes before the CSP meta element');
        // The app's own preload of a chunk the boot script shares is then said twice: keep the first.
        const rest = html.slice(at).replace(/\s*<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g, (tag, href: string) => (boot.includes(`href="${href}"`) ? '' : tag));
        return `${html.slice(0, at)}\n    ${boot}${rest}`;
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), bootScript()],
  // d3-zoom imports d3-transition only to stop transitions the map never starts (see the stub).
  resolve: { alias: { 'd3-transition': fileURLToPath(new URL('./src/map/svg/d3TransitionStub.ts', import.meta.url)) } },
  // The dev server must not pre-bundle MapLibre: the pre-bundled copy loses its worker.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // Data files stay files (fetched when a layer needs them), however small: inlined as data: URLs
    // they would sit in the initial JavaScript.
    assetsInlineLimit: (file) => (/\.(csv|json)$/.test(file) ? false : undefined),
    // MapLibre in a chunk of its own, so that the app's own JavaScript can be measured against its budget.
    rolldownOptions: { output: { advancedChunks: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } } },
  },
  server: { port: 5173, strictPort: false },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Through Vite, so that its import of d3-transition takes the alias above, as in the build.
    server: { deps: { inline: ['d3-zoom'] } },
  },
});
