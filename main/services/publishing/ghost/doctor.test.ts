import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGhostContractServer, type GhostContractServer } from '../../../../e2e/ghost/contract-server';
import { json, startStub, unusedPort, type StubServer } from '../testing/stub-server';
import { diagnoseGhost } from './doctor';

let ghost: GhostContractServer;
let stub: StubServer | undefined;
beforeEach(async () => {
  ghost = await startGhostContractServer();
});
afterEach(async () => {
  await ghost.close();
  await stub?.close();
  stub = undefined;
});

describe('Ghost connection doctor', () => {
  it('ok', async () => {
    expect(await diagnoseGhost({ siteUrl: ghost.url, adminKey: ghost.adminKey })).toMatchObject({
      status: 'ok',
      message: 'Connected to “Contract Ghost”.',
      siteUrl: `${ghost.url}/`,
    });
  });

  it('clock skew: this computer is 10 minutes behind the site, and is told so', async () => {
    const result = await diagnoseGhost({ siteUrl: ghost.url, adminKey: ghost.adminKey }, { now: () => Date.now() - 10 * 60_000 });
    expect(result.status).toBe('clock_skew');
    expect(result.message).toContain("this computer's clock is 10 minutes behind the site's");
    expect(result.clockSkewMs).toBeGreaterThan(9 * 60_000);
  });

  it('clock skew measured from the site side: the site runs 2 hours ahead', async () => {
    const skewed = await startGhostContractServer({ now: () => Date.now() + 2 * 3600_000 });
    try {
      const result = await diagnoseGhost({ siteUrl: skewed.url, adminKey: skewed.adminKey });
      expect(result.status).toBe('clock_skew');
      expect(result.message).toContain('2 hours behind');
    } finally {
      await skewed.close();
    }
  });

  it('credentials refused: a key from another site', async () => {
    const other = await startGhostContractServer();
    await other.close();
    expect((await diagnoseGhost({ siteUrl: ghost.url, adminKey: other.adminKey })).status).toBe('credentials_refused');
  });

  it('bad key: a Content API key pasted by mistake', async () => {
    expect((await diagnoseGhost({ siteUrl: ghost.url, adminKey: '22444f78447824223cefc48062' })).status).toBe('bad_key');
  });

  it('unreachable', async () => {
    expect((await diagnoseGhost({ siteUrl: `http://127.0.0.1:${await unusedPort()}`, adminKey: ghost.adminKey })).status).toBe(
      'unreachable',
    );
  });

  it('not Ghost: a web server without the Admin API', async () => {
    stub = await startStub((_, response) => json(response, 404, { code: 'rest_no_route' }));
    expect((await diagnoseGhost({ siteUrl: stub.url, adminKey: ghost.adminKey })).status).toBe('not_ghost');
  });
});
