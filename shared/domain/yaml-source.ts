import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ConfigError } from './errors.js';

/** A parsed YAML file that can still say which line a value came from. */
export interface YamlSource {
  value: unknown;
  fileName: string;
  /** "file:line" for the value at `path`, or just "file" when it has no position. */
  where(path: readonly (string | number)[]): string;
}

/** Parses a YAML document; a syntax error becomes a one-line ConfigError naming the file and line. */
export function parseYamlDocument(text: string, fileName: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = err.linePos?.[0]?.line;
    const message = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`${fileName}${line ? `:${line}` : ''}: invalid YAML: ${message}`);
  }
  return { doc, lineCounter };
}

/** Parses YAML into plain values that can still be traced back to their lines. */
export function parseYamlSource(text: string, fileName: string): YamlSource {
  const { doc, lineCounter } = parseYamlDocument(text, fileName);
  return {
    value: doc.toJS(),
    fileName,
    where(path) {
      // Walk up the path until a node with a position is found (missing keys report their parent).
      for (let depth = path.length; depth >= 0; depth--) {
        const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as Node | undefined;
        const offset = node?.range?.[0];
        if (offset !== undefined) return `${fileName}:${lineCounter.linePos(offset).line}`;
      }
      return fileName;
    },
  };
}
