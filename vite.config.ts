import { defineConfig } from 'vite';

// The client is one page; the server answers every client route with index.html.
export default defineConfig({
  root: 'client',
  publicDir: 'public',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
  },
});
