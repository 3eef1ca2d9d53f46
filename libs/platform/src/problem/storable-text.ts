import type { FieldProblem } from './problem-details.js';

export const UNSTORABLE_TEXT_MESSAGE =
  'contiene caratteri non ammessi (carattere NUL o surrogato Unicode isolato)';

/** A NUL character, or a high surrogate not followed by a low one, or a low one not preceded by a high one. */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text PostgreSQL can store and JSON can carry: no NUL character (refused by `text` and `jsonb`)
 * and no lone UTF-16 surrogate (refused by `jsonb`, silently replaced by U+FFFD in `text`).
 */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/**
 * The paths (like `workHistory[0].title`) of every string, key or value, that is not storable text,
 * walked without recursion: the nesting depth is checked apart, and a deep value must not blow the stack.
 */
export function unstorableTextFields(value: unknown, root = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: Array<{ node: unknown; path: string }> = [{ node: value, path: root }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node === 'string') {
      if (!isStorableText(node))
        problems.push({ field: path || '(corpo)', message: UNSTORABLE_TEXT_MESSAGE });
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const entries = Array.isArray(node)
      ? node.map((child, index) => [`${path}[${index}]`, child] as const)
      : Object.entries(node).map(([key, child]) => {
          if (!isStorableText(key)) {
            problems.push({ field: path || '(corpo)', message: UNSTORABLE_TEXT_MESSAGE });
          }
          return [path ? `${path}.${key}` : key, child] as const;
        });
    for (const [childPath, child] of entries.reverse())
      stack.push({ node: child, path: childPath });
  }
  return problems;
}
