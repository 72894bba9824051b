import { z } from 'zod';

/**
 * The article body is Lexical's serialized editor state, carried and stored as a JSON string so
 * that main never has to trust a live object graph from the renderer.
 */
export const MAX_BODY_CHARS = 4_000_000;
export const MAX_BODY_DEPTH = 64;

export interface SerializedNode {
  type: string;
  children?: SerializedNode[];
  text?: string;
  [key: string]: unknown;
}

export interface SerializedBody {
  root: SerializedNode & { type: 'root'; children: SerializedNode[] };
}

export const EMPTY_BODY = JSON.stringify({
  root: { children: [], direction: null, format: '', indent: 0, type: 'root', version: 1 },
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Returns why `value` is not a Lexical node tree, or null when it is one. */
function nodeProblem(value: unknown, depth: number): string | null {
  if (depth > MAX_BODY_DEPTH) return `nested deeper than ${MAX_BODY_DEPTH} levels`;
  if (!isRecord(value)) return 'a node is not an object';
  if (typeof value.type !== 'string' || value.type.length === 0) return 'a node has no type';
  if (value.text !== undefined && typeof value.text !== 'string') return 'a text node has non-string text';
  if (value.children === undefined) return null;
  if (!Array.isArray(value.children)) return 'children is not a list';
  for (const child of value.children) {
    const problem = nodeProblem(child, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** Parses and checks a body string; throws a readable Error when it is not a Lexical document. */
export function parseBody(json: string): SerializedBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('body is not valid JSON');
  }
  if (!isRecord(parsed) || !isRecord(parsed.root)) throw new Error('body has no root node');
  if (parsed.root.type !== 'root' || !Array.isArray(parsed.root.children)) {
    throw new Error('body root is not a Lexical root');
  }
  const problem = nodeProblem(parsed.root, 0);
  if (problem) throw new Error(`body is malformed: ${problem}`);
  return parsed as unknown as SerializedBody;
}

export const BodyJson = z
  .string()
  .max(MAX_BODY_CHARS, `body is longer than ${MAX_BODY_CHARS} characters`)
  .superRefine((json, ctx) => {
    try {
      parseBody(json);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });
