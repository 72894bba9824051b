import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { channels, contract, eventNames, events } from '../../../shared/ipc/contract';

// No IPC answer or event may be able to carry a secret: every field of every output schema
// that can hold free text (a string, or anything at all) is named, and no name may look like
// one. Enums and literals cannot carry a secret, whatever they are called.

const SECRET_NAME = /secret|password|token|key|authori[sz]ation/i;
/** Names that match the pattern but are known not to hold one (none so far hold free text). */
const NOT_SECRETS: ReadonlySet<string> = new Set(['secretStatus']);

interface Finding {
  path: string;
  problem: string;
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every place under `schema` that could carry a secret, by path. */
function secretCarriers(schema: z.ZodType, path = '', key = '', seen = new Set<z.ZodType>()): Finding[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const recurse = (child: unknown, childPath = path, childKey = key) =>
    secretCarriers(child as z.ZodType, childPath, childKey, seen);
  switch (def.type) {
    case 'string':
    case 'template_literal':
      return SECRET_NAME.test(key) && !NOT_SECRETS.has(key) ? [{ path, problem: `a text field named "${key}"` }] : [];
    case 'unknown':
    case 'any':
    case 'transform':
      return [{ path, problem: 'a field that can hold anything' }];
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([name, child]) =>
        recurse(child, `${path}.${name}`, name),
      );
    case 'record':
      return defOf(def.valueType as z.ZodType).type === 'string' || ['unknown', 'any'].includes(defOf(def.valueType as z.ZodType).type)
        ? [{ path, problem: 'a map of free text under keys anyone can name' }]
        : recurse(def.valueType, `${path}[*]`);
    case 'array':
      return recurse(def.element, `${path}[]`);
    case 'tuple':
      return [...(def.items as z.ZodType[]), ...(def.rest ? [def.rest] : [])].flatMap((item, i) => recurse(item, `${path}[${i}]`));
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => recurse(option));
    case 'intersection':
      return [...recurse(def.left), ...recurse(def.right)];
    case 'pipe':
      return [...recurse(def.in), ...recurse(def.out)];
    case 'lazy':
      return recurse((def.getter as () => z.ZodType)());
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return recurse(def.innerType);
    case 'number':
    case 'int':
    case 'boolean':
    case 'bigint':
    case 'null':
    case 'undefined':
    case 'enum':
    case 'literal':
    case 'date':
      return [];
    default:
      return [{ path, problem: `a ${def.type} schema this check does not know: teach it, then look again` }];
  }
}

describe('no IPC output can carry a secret', () => {
  test('the walker finds a secret-shaped field wherever it hides', () => {
    const hidden = z.strictObject({
      accounts: z.array(
        z.union([
          z.strictObject({ kind: z.literal('wordpress'), appPassword: z.string() }),
          z.intersection(z.strictObject({ id: z.string() }), z.strictObject({ adminKey: z.string().nullable().optional() })),
        ]),
      ),
      auth: z.strictObject({ Authorization: z.string().transform((s) => s) }),
      status: z.strictObject({ secretStatus: z.enum(['set', 'missing']), tokenCount: z.int() }),
      headers: z.record(z.string(), z.string()),
      anything: z.unknown(),
    });
    expect(new Set(secretCarriers(hidden, 'hidden').map((finding) => finding.path))).toEqual(new Set([
      'hidden.accounts[].appPassword',
      'hidden.accounts[].adminKey',
      'hidden.auth.Authorization',
      'hidden.headers',
      'hidden.anything',
    ]));
  });

  test.each(channels)('channel %s', (channel) => {
    expect(secretCarriers(contract[channel].output, channel)).toEqual([]);
  });

  test.each(eventNames)('event %s', (event) => {
    expect(secretCarriers(events[event], event)).toEqual([]);
  });
});
