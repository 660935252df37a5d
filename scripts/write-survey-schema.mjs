// Writes docs/survey-response.schema.json from the zod schema (npm run schema, after the backup's).
// esbuild (already there for the test runner) bundles the TypeScript module for Node.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';

async function load(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const schemas = [
  ['src/model/survey.ts', 'surveyResponseJsonSchema', '../docs/survey-response.schema.json'],
];
for (const [entry, name, file] of schemas) {
  const module = await load(entry);
  const target = new URL(file, import.meta.url);
  await writeFile(target, `${JSON.stringify(module[name](), null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
}
