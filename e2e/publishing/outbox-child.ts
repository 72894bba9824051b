// The process publish-crash.wp.ts kills: Copydesk's services on a profile, running the outbox.
// `publish <draftId> <accountId>` queues a publish first; `resume` only starts, as the app does
// after a crash. Every event is one JSON line on stdout; it exits once the job is settled.
import { writeSync } from 'node:fs';
import { openAppServices } from '../../main/services/app-services';
import { nodeCipher } from '../../main/services/publishing/accounts/node-cipher';

const ORIGIN = 'app://copydesk';
const [profileDir, mode, draftId, accountId] = process.argv.slice(2);

// Synchronous, so that a line is in the pipe before anything else happens.
const say = (line: unknown) => void writeSync(1, `${JSON.stringify(line)}\n`);

async function main() {
  const services = openAppServices({
    profileDir: profileDir!,
    appOrigin: ORIGIN,
    log: { warn: () => {}, error: (message, details) => say({ error: message, details }) },
    ports: { cipher: nodeCipher({ keyring: process.env.COPYDESK_TEST_KEYRING ?? '' }) },
    publishingTuning: { retry: { baseMs: 150, maxMs: 600 }, timeoutMs: 10_000 },
  });
  // Retries wait on timers that do not hold the process open: this does.
  const alive = setInterval(() => {}, 1_000);
  const exit = (code: number) => {
    clearInterval(alive);
    services.close();
    process.exit(code);
  };
  services.onEvent((event, payload) => {
    say({ event, payload });
    if (event === 'publishFinished') exit(0);
    if (event === 'publishFailed' && !(payload as { retryable: boolean }).retryable) exit(1);
    if (event === 'publishConflict') exit(1);
  });
  if (mode === 'publish') {
    const result = await services.dispatch('publishDraft', { draftId, accountId, status: 'publish' }, { url: `${ORIGIN}/`, isMainFrame: true });
    say({ queued: result });
    if (!result.ok) exit(2);
  }
}

main().catch((error: unknown) => {
  say({ error: String((error as Error)?.stack ?? error) });
  process.exit(2);
});
