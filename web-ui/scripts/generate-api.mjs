// TypeScript types for each service's API, from the OpenAPI snapshots committed in openapi/ (the system test
// OpenApiSnapshotSystemIT fails when a live document differs from its snapshot). A renamed field then fails `tsc`.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const source = new URL('../openapi/', import.meta.url);
const target = new URL('../src/api/generated/', import.meta.url);
await mkdir(target, { recursive: true });
for (const file of (await readdir(source)).filter((name) => name.endsWith('.json')).sort()) {
  const ast = await openapiTS(new URL(file, source));
  const header = `// Generated from openapi/${file} by scripts/generate-api.mjs: do not edit.\n`;
  await writeFile(new URL(file.replace(/\.json$/, '.ts'), target), header + astToString(ast));
  console.log(`API types: openapi/${file} -> src/api/generated/${file.replace(/\.json$/, '.ts')}`);
}
