import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'build/eslint.config.mjs') });

/** Lints `code` as if it were the file at `file` (relative to the repo) and returns the rule ids hit. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

// Each fixture is a deliberate violation placed where the architecture forbids it; the lint run
// that guards the real tree must reject it, or the boundary exists only on paper.
describe('where code runs is enforced by lint', () => {
  test.each([
    ['shared/fixture.ts', "import 'electron';\n", '@typescript-eslint/no-restricted-imports'],
    ['shared/fixture.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n", '@typescript-eslint/no-restricted-imports'],
    ['shared/fixture.ts', 'export const title = document.title;\n', 'no-restricted-globals'],
    ['shared/fixture.ts', "import { createRoot } from 'react-dom/client';\ncreateRoot;\n", '@typescript-eslint/no-restricted-imports'],
    ['main/services/fixture.ts', "import { app } from 'electron';\napp.quit();\n", '@typescript-eslint/no-restricted-imports'],
    ['main/services/fixture.ts', "import Store from 'electron-store';\nnew Store();\n", '@typescript-eslint/no-restricted-imports'],
    ['renderer/fixture.ts', "import { ipcRenderer } from 'electron';\nipcRenderer.send('x');\n", '@typescript-eslint/no-restricted-imports'],
    ['renderer/fixture.ts', "import fs from 'node:fs';\nfs.readFileSync('x');\n", '@typescript-eslint/no-restricted-imports'],
    ['renderer/fixture.ts', "import { openAppServices } from '../main/services/app-services';\nopenAppServices;\n", '@typescript-eslint/no-restricted-imports'],
    ['renderer/fixture.ts', "export const fs = require('fs');\n", 'no-restricted-globals'],
  ])('%s rejects %j', async (file, code, rule) => {
    expect(await violations(file, code)).toContain(rule);
  });

  test.each([
    ['main/services/fixture.ts', "import type { WebContents } from 'electron';\nexport type W = WebContents;\n"],
    ['shared/fixture.ts', "import type { BrowserWindow } from 'electron';\nexport type W = BrowserWindow;\n"],
    ['main/electron/fixture.ts', "import { app } from 'electron';\napp.quit();\n"],
  ])('%s allows %j', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});
