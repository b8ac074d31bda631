// `npm start` serves the built client; it builds it first when client/ or contract/ (the code the
// client shares with the server) changed since the last build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLIENT_DIST = path.join(ROOT, 'dist');
const CLIENT_SOURCES = [
  path.join(ROOT, 'client'),
  path.join(ROOT, 'contract'),
  path.join(ROOT, 'build'),
  path.join(ROOT, 'vite.config.ts'),
  path.join(ROOT, 'package-lock.json'),
];

function newestChange(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newestChange(path.join(file, name))));
}

export function isClientStale(): boolean {
  const built = path.join(CLIENT_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return CLIENT_SOURCES.some((source) => newestChange(source) > builtAt);
}

export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  if (!isClientStale()) return;
  log('Building the client...');
  // Vite is a build tool (a dev dependency): loaded only when a build is due, which a production
  // install with a current dist/ never needs.
  // eslint-disable-next-line import-x/no-extraneous-dependencies
  const { build } = await import('vite').catch(() => {
    throw new Error(
      'The client in dist/ is missing or older than client/, and Vite is not installed (npm ci --omit=dev): run npm run build where dev dependencies are installed.',
    );
  });
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
