import { describe, expect, it } from 'vitest';
import { providedWordPress } from '../../../e2e/wordpress/vitest';
import { diagnoseWordPress } from './doctor';

const wp = providedWordPress();

// The connection doctor against the real WordPress and its differently configured twins
// (e2e/wordpress/start.sh): each failure it must tell apart, met for real.
describe.skipIf(!wp.site)(`connection doctor against WordPress${wp.skip ? ` (skipped: ${wp.skip})` : ''}`, () => {
  const site = wp.site!;
  const editor = site.users.editor;
  const check = (siteUrl: string, credentials = editor) => diagnoseWordPress({ siteUrl, ...credentials });

  it('ok: an editor signs in and may publish and upload', async () => {
    const result = await check(site.url);
    expect(result).toMatchObject({
      status: 'ok',
      restRoot: site.rest,
      canPublish: true,
      canUpload: true,
      user: { roles: ['editor'] },
    });
    expect(result.message).toMatch(/^Connected to “.+” as .+ \(editor\)\.$/);
  });

  it('not allowed: a contributor may neither publish nor upload', async () => {
    const result = await check(site.url, site.users.contributor);
    expect(result).toMatchObject({
      status: 'not_allowed',
      canPublish: false,
      canUpload: false,
      user: { roles: ['contributor'] },
    });
    expect(result.message).toContain('cannot publish posts or upload media');
  });

  it('credentials refused: a wrong application password (WordPress answers 401)', async () => {
    const result = await check(site.url, { username: editor.username, appPassword: 'abcd efgh ijkl mnop qrst uvwx' });
    expect(result.status).toBe('credentials_refused');
    expect(result.message).toContain('refused the username or application password');
  });

  it('credentials refused: an unknown user', async () => {
    expect((await check(site.url, { username: 'nobody', appPassword: editor.appPassword })).status).toBe('credentials_refused');
  });

  describe.skipIf(!site?.variants)('on the local twins', () => {
    const variants = site?.variants ?? { production: '', plain: '', restoff: '', private: '' };

    it('application passwords unavailable: environment type production over http (501)', async () => {
      const result = await check(variants.production);
      expect(result.status).toBe('app_passwords_unavailable');
      expect(result.message).toContain('only over https');
    });

    it('REST API disabled: no REST routing, no discovery link, HTML at /wp-json/', async () => {
      const result = await check(variants.restoff);
      expect(result.status).toBe('rest_disabled');
      expect(result.message).toContain('REST API is switched off or blocked');
    });

    it('plain permalinks: /wp-json/ is the HTML home page, the doctor finds ?rest_route=/', async () => {
      const result = await check(variants.plain);
      expect(result).toMatchObject({ status: 'ok', canPublish: true });
      expect(result.restRoot).toContain('rest_route=');
    });

    it('REST for signed-in users only: anonymous 401 at the index, fine with credentials', async () => {
      expect(await check(variants.private)).toMatchObject({ status: 'ok', restRoot: `${variants.private}wp-json/` });
      expect((await check(variants.private, { username: 'editor', appPassword: 'wrong' })).status).toBe('credentials_refused');
    });
  });
});
