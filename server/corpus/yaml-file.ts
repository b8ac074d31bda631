// Reads one YAML file of the data dir into plain data, turning every way it can fail (absent,
// unreadable, bad syntax, duplicate keys, empty) into problems instead of exceptions.
//
// Two parsers, for speed: js-yaml reads a file about ten times faster than `yaml` (a million
// claims in seconds rather than minutes), but keeps no positions. `yaml` reads the file again only
// when positions are needed: to report its syntax problems, or the line of a record that fails
// validation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problem.ts';
import type { LineLocator } from './sources.ts';

export type YamlFileResult = { status: 'parsed'; data: unknown; lineOf: LineLocator } | { status: 'failed'; problems: Problem[] };

/** `file` is relative to `dataDir`, with forward slashes, and is what problems report. */
export function readYamlFile(dataDir: string, file: string): YamlFileResult {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, file), 'utf8');
  } catch (error) {
    const missing = isErrnoException(error) && error.code === 'ENOENT';
    return failed({
      file,
      path: '',
      code: missing ? 'missing_file' : 'unreadable_file',
      message: missing ? 'file not found' : `cannot read the file: ${describeError(error)}`,
    });
  }
  return parseYamlText(file, text);
}

export function parseYamlText(file: string, text: string): YamlFileResult {
  const data = quickLoad(text);
  if (data === undefined) return parseWithPositions(file, text);
  let located: YamlFileResult | undefined;
  const lineOf: LineLocator = (segments) => {
    located ??= parseWithPositions(file, text);
    return located.status === 'parsed' ? located.lineOf(segments) : undefined;
  };
  return { status: 'parsed', data, lineOf };
}

const scalar = (name: string, pattern: RegExp, construct: (text: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${name}`, { kind: 'scalar', resolve: (text: string) => pattern.test(text), construct });

/**
 * YAML 1.2's core schema, resolved as `yaml` resolves it, so both parsers give the same data
 * ("2021-04-07" a string, never a Date). js-yaml's own CORE_SCHEMA differs on two forms: it reads
 * 0b101 as a number and -.5 as a string.
 */
const CORE_AS_YAML = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|null|Null|NULL)?$/, () => null),
    scalar('bool', /^(?:true|True|TRUE|false|False|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
    scalar('int', /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (text) =>
      text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10),
    ),
    scalar('float', /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/, (text) =>
      /nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : Number(text),
    ),
  ],
});

/** The file's data, or undefined where `yaml` must decide: a syntax error, a duplicate key, no document. */
function quickLoad(text: string): unknown {
  try {
    return load(text, { schema: CORE_AS_YAML }) ?? undefined;
  } catch {
    return undefined;
  }
}

function parseWithPositions(file: string, text: string): YamlFileResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      status: 'failed',
      problems: doc.errors.map((error) => ({
        file,
        path: '',
        code: error.code === 'DUPLICATE_KEY' ? 'duplicate_key' : 'yaml_syntax',
        message: firstLine(error.message),
        line: lineCounter.linePos(error.pos[0]).line,
      })),
    };
  }
  if (doc.contents === null) {
    return failed({ file, path: '', code: 'empty_file', message: 'the file holds no YAML document (write [] for an empty list)' });
  }

  // Walk back up the path until a node is found: a missing field is reported at its record.
  const lineOf: LineLocator = (segments) => {
    for (let depth = segments.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(segments.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { status: 'parsed', data: doc.toJS(), lineOf };
}

function failed(problem: Problem): YamlFileResult {
  return { status: 'failed', problems: [problem] };
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
