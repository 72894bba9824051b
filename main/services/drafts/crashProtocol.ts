// What the crash test's child process tells its parent, one line per event on stdout.

/** The save's sequence number, carried in the byline where the parent can read it back. */
export const bylineFor = (seq: number): string => `seq ${seq}`;
export const seqOf = (byline: string): number => Number(/^seq (\d+)$/.exec(byline)?.[1] ?? 0);

export type ChildLine =
  | { kind: 'created'; id: string }
  /** Sent before save() is called. */
  | { kind: 'save'; id: string; seq: number }
  /** Sent only after save() returned: the save is promised to the reporter. */
  | { kind: 'ack'; id: string; seq: number };

export function formatLine(line: ChildLine): string {
  return line.kind === 'created' ? `created ${line.id}\n` : `${line.kind} ${line.id} ${line.seq}\n`;
}

export function parseLine(text: string): ChildLine {
  const [kind, id = '', seq] = text.split(' ');
  if (kind === 'created') return { kind, id };
  if ((kind === 'save' || kind === 'ack') && seq !== undefined) return { kind, id, seq: Number(seq) };
  throw new Error(`crash child said something unexpected: ${JSON.stringify(text)}`);
}
