// The two corpus CLIs as a user runs them: real processes, real files, exit codes and lines.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordAt, removeDataDir, validFixture, writeFixture, type FixtureFiles } from './fixture.ts';

const VALIDATE_CLI = path.resolve('server/corpus/validate-cli.ts');
const VERIFY_CLI = path.resolve('server/corpus/verify-quotes-cli.ts');

function run(cli: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout.split('\n').filter(Boolean), stderr: result.stderr };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDataDir(dir);
});

function dataDirOf(files: FixtureFiles): string {
  const dir = writeFixture(files);
  dirs.push(dir);
  return dir;
}

/** One article whose text holds every quote of its claims at their offsets, and its folder. */
function fixtureWithArticleText(): { files: FixtureFiles; articlesDir: string } {
  const files = validFixture();
  const claims = files.claims['article-a'] ?? [];
  const text = Array.from({ length: 400 }, () => '.');
  for (const claim of claims) {
    const [start] = claim.offsets as [number, number];
    text.splice(start, String(claim.quote).length, ...String(claim.quote));
  }
  const joined = text.join('');
  const articlesDir = mkdtempSync(path.join(tmpdir(), 'entente-articles-'));
  dirs.push(articlesDir);
  writeFileSync(path.join(articlesDir, 'article-a.txt'), joined);
  recordAt(files.articles, 0).sha256 = createHash('sha256').update(joined).digest('hex');
  files.articles.splice(1, 1);
  delete files.claims['article-b'];
  return { files, articlesDir };
}

describe('validate-cli', () => {
  it('when the data is valid, then it exits 0 and prints the counts', () => {
    // Arrange
    const dataDir = dataDirOf(validFixture());

    // Act
    const { status, stdout } = run(VALIDATE_CLI, ['--data', dataDir]);

    // Assert
    expect(status).toBe(0);
    expect(stdout).toEqual([`${dataDir} OK: 2 articles, 5 entities, 3 claims, 4 relationship types`]);
  });

  it('when the data has problems, then it exits 1 and prints one file:path: code line for each', () => {
    // Arrange
    const files = validFixture();
    recordAt(files.claims['article-a'], 0).subject = 'nobody';
    recordAt(files.entities, 1).kind = 'Nation';
    const dataDir = dataDirOf(files);

    // Act
    const { status, stdout } = run(VALIDATE_CLI, ['--data', dataDir]);

    // Assert
    expect(status).toBe(1);
    expect(stdout.slice(0, -1).map((line) => line.split(': ', 2).join(': '))).toEqual([
      'claims/article-a.yaml:[0].subject: unknown_entity',
      'entities.yaml:[1].kind: bad_kind',
    ]);
  });

  it('when an option is unknown, then it exits 2 with the usage', () => {
    // Act
    const { status, stdout } = run(VALIDATE_CLI, ['--dta', 'data']);

    // Assert
    expect(status).toBe(2);
    expect(stdout).toEqual([]);
  });
});

describe('verify-quotes-cli', () => {
  it('when every quote is at its offsets, then it exits 0 and says how many were verified', () => {
    // Arrange
    const { files, articlesDir } = fixtureWithArticleText();
    const dataDir = dataDirOf(files);

    // Act
    const { status, stdout } = run(VERIFY_CLI, ['--articles', articlesDir, '--data', dataDir]);

    // Assert
    expect(status).toBe(0);
    expect(stdout).toEqual([`verified 2 quotes in 1 article against ${articlesDir}`]);
  });

  it('when a quote is not at its offsets, then it exits 1 and prints a quote_mismatch line', () => {
    // Arrange
    const { files, articlesDir } = fixtureWithArticleText();
    recordAt(files.claims['article-a'], 1).offsets = [301, 319];
    const dataDir = dataDirOf(files);

    // Act
    const { status, stdout } = run(VERIFY_CLI, ['--articles', articlesDir, '--data', dataDir]);

    // Assert
    expect(status).toBe(1);
    expect(stdout[0]).toMatch(/^claims\/article-a\.yaml:\[1\]\.quote: quote_mismatch: /);
    expect(stdout).toHaveLength(2);
  });

  it('when --articles is not given, then it exits 2', () => {
    // Act
    const { status } = run(VERIFY_CLI, []);

    // Assert
    expect(status).toBe(2);
  });
});
