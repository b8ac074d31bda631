import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Absolute paths, so a build started from any working directory finds client/ and writes dist/.
const CLIENT_DIR = fileURLToPath(new URL('./client', import.meta.url));
const DIST_DIR = fileURLToPath(new URL('./dist', import.meta.url));

export default defineConfig({
  root: CLIENT_DIR,
  build: { outDir: DIST_DIR, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
