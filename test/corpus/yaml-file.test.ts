// The data files are read by js-yaml for speed and by `yaml` where positions are needed: both
// must give the same data, or a corpus would validate differently depending on the path taken.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYamlText } from '../../server/corpus/yaml-file.ts';

const quick = (text: string) => {
  const result = parseYamlText('test.yaml', text);
  return result.status === 'parsed' ? result.data : result.problems;
};

describe('reading a YAML data file', () => {
  const seedFiles = ['vocabulary.yaml', 'articles.yaml', 'entities.yaml', ...readdirSync('data/claims').map((name) => `claims/${name}`)];

  it.each(seedFiles)('when the seed file %s is read, then the data is what `yaml` reads', (file) => {
    const text = readFileSync(path.join('data', file), 'utf8');

    expect(quick(text)).toEqual(parse(text));
  });

  const scalars = [
    '0123',
    '+12',
    '-0',
    '0o17',
    '0o8',
    '0x1F',
    '0X1F',
    '0b101',
    '1_000',
    '123456789012345678901234567890',
    '1.',
    '-.5',
    '1e3',
    '1.5E-3',
    '1.2.3',
    '.inf',
    '-.inf',
    '+.Inf',
    '.NaN',
    '~',
    'null',
    'Null',
    'NULL',
    '',
    'true',
    'True',
    'FALSE',
    'tRue',
    'yes',
    'no',
    'on',
    '2021-04-07',
    '2021-04-07T10:00:00Z',
    '12:30',
    '"0b101"',
    "'single'",
    '"a\\u00e9"',
    '[1, two, 3.5, null]',
    '{a: 1, b: ~}',
  ];

  it.each(scalars)('when a value is written %s, then it reads as `yaml` reads it', (scalar) => {
    const text = `value: ${scalar}\n`;

    expect(quick(text)).toEqual(parse(text));
  });

  it('when a record fails validation, then its line is still found (by re-reading with positions)', () => {
    const result = parseYamlText('test.yaml', '- id: one\n  name: One\n- id: two\n  name: Two\n');

    const lines = result.status === 'parsed' ? [result.lineOf([1, 'name']), result.lineOf([1, 'missing'])] : result.problems;
    expect(lines).toEqual([4, 3]);
  });
});
