// The process crash.crash.ts kills: saves as fast as it can until SIGKILL arrives. Each save is
// announced before it starts and acknowledged only after save() returned, so the parent knows
// which saves were promised to the reporter and whether the kill landed inside one.
import { writeSync } from 'node:fs';
import { bylineFor, formatLine, seqOf, type ChildLine } from './crashProtocol';
import { openDraftStore } from './store';

const MIN_DRAFTS = 3;
const MAX_DRAFTS = 40;
// Revisions are taken often so that kills also land in revision inserts.
const AUTO_REVISION_EVERY_MS = 100;

const SENTENCES = [
  'The night ferry waited outside the harbour until the wind dropped below gale force.',
  'Councillors asked for a second survey of the bridge before approving the repairs.',
  'Рыбаки вернулись в порт раньше обычного из-за густого тумана над заливом.',
  'Депутаты городского совета перенесли голосование по бюджету на следующую неделю.',
];

const random = (below: number): number => Math.floor(Math.random() * below);

function contentFor(seq: number) {
  // Mostly small bodies, sometimes a long one spanning many pages, so writes vary in length.
  const paragraphs = random(20) === 0 ? 300 + random(300) : 1 + random(30);
  const children = Array.from({ length: paragraphs }, (_, index) => ({
    type: 'paragraph',
    version: 1,
    children: [{ type: 'text', version: 1, text: `${SENTENCES[(seq + index) % SENTENCES.length]} (${seq}.${index})` }],
  }));
  return {
    headline: `Update ${seq}: ${SENTENCES[seq % SENTENCES.length]?.slice(0, 40)}`,
    standfirst: `Saved at sequence ${seq}.`,
    byline: bylineFor(seq),
    body: JSON.stringify({ root: { type: 'root', version: 1, children } }),
  };
}

// Synchronous, so that a line is in the pipe before the next step starts.
const say = (line: ChildLine): void => {
  writeSync(1, formatLine(line));
};

function main(file: string): void {
  const store = openDraftStore({ file, autoRevisionEveryMs: AUTO_REVISION_EVERY_MS });
  const ids = store.list().map((summary) => summary.id);
  let seq = Math.max(0, ...ids.map((id) => seqOf(store.get(id).byline)));
  for (;;) {
    if (ids.length < MIN_DRAFTS || (ids.length < MAX_DRAFTS && random(200) === 0)) {
      const { id } = store.create();
      ids.push(id);
      say({ kind: 'created', id });
    }
    const id = ids[random(ids.length)] ?? '';
    seq += 1;
    say({ kind: 'save', id, seq });
    store.save(id, contentFor(seq));
    say({ kind: 'ack', id, seq });
  }
}

const file = process.argv[2];
if (file === undefined) throw new Error('usage: crash-child <database file>');
main(file);
