// The Nu HTML Checker (the W3C validator, npm `vnu-jar`, run by Debian's Java) on every page the
// build writes (the main page, each section's share page, the embed view): no error and no warning.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DIST } from './support.mjs';

const VNU = fileURLToPath(new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
const JAVA = process.env.JAVA ?? '/usr/bin/java';

/** Every index.html below dist/. */
function pages(dir = DIST) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(file);
    return entry.name === 'index.html' ? [file] : [];
  });
}

test('the Nu HTML Checker finds no error and no warning in any built page', async () => {
  assert.ok(existsSync(JAVA), `${JAVA} is missing: \`cargo xtask setup\` installs default-jre-headless`);
  assert.ok(existsSync(VNU), `${VNU} is missing: \`cargo xtask setup\` installs the npm packages of e2e/`);
  const files = pages();
  assert.ok(files.includes(path.join(DIST, 'index.html')) && files.includes(path.join(DIST, 'embed/index.html')), 'the build wrote its pages');
  assert.ok(files.some((f) => f.includes(`${path.sep}section${path.sep}`)), 'and the sections\' share pages');
  // --exit-zero-always: the messages decide, read from the JSON report on standard error.
  const { stderr } = await promisify(execFile)(JAVA, ['-jar', VNU, '--format', 'json', '--exit-zero-always', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(stderr);
  const problems = messages
    .filter((m) => m.type === 'error' || (m.type === 'info' && m.subType === 'warning') || m.type === 'non-document-error')
    .map((m) => `${path.relative(DIST, fileURLToPath(m.url ?? 'file:///'))}:${m.lastLine ?? '?'}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}${m.extract ? `\n      ${m.extract.trim().slice(0, 160)}` : ''}`);
  assert.deepEqual(problems, [], `the checker reported:\n  ${problems.join('\n  ')}`);
});
