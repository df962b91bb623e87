import { defineConfig } from 'vite';

// React's JSX is compiled by Vite's own transformer (automatic runtime); no inline scripts or styles
// are emitted, so the page runs under a CSP without 'unsafe-inline'.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:3000', ws: true },
      '/auth': 'http://127.0.0.1:3000',
      // signed credit statement PDFs (creditStatementLink)
      '/credit': 'http://127.0.0.1:3000',
    },
  },
});
