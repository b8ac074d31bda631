// Reads one YAML file of the data dir into plain data, turning every way it can fail (absent,
// unreadable, bad syntax, duplicate keys, empty) into problems instead of exceptions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problem.ts';
import type { LineLocator } from './sources.ts';

export type YamlFileResult =
  | { status: 'parsed'; data: unknown; lineOf: LineLocator }
  | { status: 'failed'; problems: Problem[] };

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
