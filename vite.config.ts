import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
  },
});
