// Writes docs/backup.schema.json from the zod schemas (npm run schema).
// esbuild (already there for the test runner) bundles the TypeScript module for Node.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';

const out = await build({
  entryPoints: ['src/model/backup-schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const code = out.outputFiles[0].text;
const { backupJsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
const target = new URL('../docs/backup.schema.json', import.meta.url);
await writeFile(target, `${JSON.stringify(backupJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
