import { fileURLToPath } from 'node:url';
import license from 'rollup-plugin-license';
import { defineConfig } from 'vite';
import { isPermissiveLicence } from './build/licences.ts';

// Absolute paths, so a build started from any working directory finds client/ and writes dist/.
const CLIENT_DIR = fileURLToPath(new URL('./client', import.meta.url));
const DIST_DIR = fileURLToPath(new URL('./dist', import.meta.url));

export default defineConfig({
  root: CLIENT_DIR,
  build: {
    outDir: DIST_DIR,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      plugins: [
        license({
          thirdParty: {
            // A package under a copyleft or unknown licence fails the build (build/licences.ts).
            allow: { test: (dependency) => isPermissiveLicence(dependency.license), failOnUnlicensed: true, failOnViolation: true },
            // The notices that MIT, BSD and Apache ask to ship with the code.
            output: { file: fileURLToPath(new URL('./dist/THIRD-PARTY-LICENSES.txt', import.meta.url)) },
          },
        }),
      ],
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
