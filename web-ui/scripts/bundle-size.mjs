// The JavaScript a browser loads before the first view: the entry script and the modules index.html preloads,
// gzipped as the gateway would send them. Views load their own chunks by route. Fails the build above the budget.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 350;
const dist = new URL('../dist/', import.meta.url);
const html = await readFile(new URL('index.html', dist), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)]
  .map((match) => match[1]);
let total = 0;
for (const script of scripts) {
  const bytes = gzipSync(await readFile(new URL(script, dist)), { level: 9 }).length;
  total += bytes;
  console.log(`  ${script}: ${(bytes / 1024).toFixed(1)} KB gzipped`);
}
const kb = total / 1024;
console.log(`Initial JavaScript: ${kb.toFixed(1)} KB gzipped in ${scripts.length} file(s) (budget ${BUDGET_KB} KB)`);
if (scripts.length === 0 || kb > BUDGET_KB) {
  console.error(scripts.length === 0 ? 'No script found in dist/index.html' : `Over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
