import * as z from 'zod/mini';
import { BackupFileSchema } from './backup';

/** The file format as JSON Schema (draft 2020-12), generated from the zod schemas; docs/backup.schema.json. */
export function backupJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(BackupFileSchema, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Järjestöystävällisyyden itsearviointi: export and backup file',
    description:
      'Generated from src/model/backup.ts by `npm run schema`; see docs/backup-format.md. The app also checks what a schema cannot: snapshot hashes, references, duplicate ids, prototype keys, depth and size limits.',
    ...rest,
  };
}
