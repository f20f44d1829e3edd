/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * SVAR's stylesheet declares its themes' web fonts (Roboto, Open Sans) on its vendor's CDN. The CSP allows fonts from
 * the app's own origin only, so the browser refuses and reports each one; the app draws the chart in its own font
 * (plan.css), and the declarations are left out of the build.
 */
const dropVendorWebFonts = {
  postcssPlugin: 'golive-drop-vendor-web-fonts',
  AtRule: {
    'font-face': (rule: { toString(): string; remove(): void }) => {
      if (rule.toString().includes('cdn.svar.dev')) rule.remove();
    },
  },
};

// Hashed files under /assets/ (the gateway caches them for a year); index.html is served with no-cache.
export default defineConfig({
  plugins: [react()],
  css: { postcss: { plugins: [dropVendorWebFonts] } },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    // ECharts, even tree-shaken, is ~530 KB raw in the wave view's own chunk (loaded on that route only).
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npm run dev` against a running stack: the gateway answers /api, the sign-in and sign-out.
    proxy: Object.fromEntries(
      ['/api', '/oauth2', '/login', '/logout'].map((path) => [path, process.env.GOLIVE_URL ?? 'http://localhost:8080']),
    ),
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // A guard against a hang, not a measure: on a busy two-core machine a DOM test can take several seconds.
    testTimeout: 60_000,
  },
});
