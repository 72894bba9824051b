// Test helpers: every service on one temporary profile, as app-services wires them.
import Database from 'better-sqlite3';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createAppealsLibrary } from './appeals/library';
import type { AssetFs } from './assets/files';
import { createAssetStore } from './assets/store';
import { openDatabase } from './drafts/database';
import { createDraftStore } from './drafts/store';
import { fakeClock, tempDir } from './drafts/testFixtures';
import { createHandlers, type Services } from './handlers';
import { createSampleService } from './sample/sample';
import { assetsDirOf } from './app-services';
import type { EventName, EventPayload } from '../../shared/ipc/contract';

export interface TestServices extends Services {
  profileDir: string;
  assetsDir: string;
  file: string;
  clock: ReturnType<typeof fakeClock>;
  db: Database.Database;
  /** A second connection, for looking behind the services' back. */
  raw(): Database.Database;
  handlers: ReturnType<typeof createHandlers>;
  events: { event: EventName; payload: EventPayload<EventName> }[];
}

export function openTestServices({ fs }: { fs?: Partial<AssetFs> } = {}): TestServices {
  const profileDir = tempDir();
  const file = path.join(profileDir, 'drafts.sqlite');
  const clock = fakeClock();
  const db = openDatabase(file, undefined);
  const drafts = createDraftStore(db, { now: clock.now });
  const assetsDir = assetsDirOf(profileDir);
  const assets = createAssetStore({ db, dir: assetsDir, now: clock.now, fs });
  const appeals = createAppealsLibrary(db, { now: clock.now });
  const sample = createSampleService({ db, drafts, assets, appeals, now: clock.now });
  const connections: Database.Database[] = [];
  onTestFinished(() => {
    for (const connection of connections) connection.close();
    if (db.open) drafts.close();
  });
  const events: TestServices['events'] = [];
  const services = { drafts, assets, appeals, sample };
  return {
    ...services,
    profileDir,
    assetsDir,
    file,
    clock,
    db,
    raw() {
      const connection = new Database(file);
      connections.push(connection);
      return connection;
    },
    handlers: createHandlers(services, (event, payload) => events.push({ event, payload })),
    events,
  };
}
