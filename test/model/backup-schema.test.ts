import { expect } from '@open-wc/testing';
import { backupJsonSchema } from '../../src/model/backup-schema';

describe('docs/backup.schema.json', () => {
  it('is the schema generated from the zod schemas (run `npm run schema` after changing them)', async () => {
    const response = await fetch('/docs/backup.schema.json');
    expect(response.ok, 'docs/backup.schema.json exists').to.equal(true);
    expect(await response.json()).to.deep.equal(backupJsonSchema());
  });

  it('describes the parts of the format a reader needs', () => {
    const schema = backupJsonSchema() as {
      required: string[];
      properties: Record<string, { const?: unknown }>;
    };
    expect(schema.required).to.have.members([
      'format',
      'formatVersion',
      'exportedAt',
      'kind',
      'assessments',
      'snapshots',
      'checklists',
    ]);
    expect(schema.properties.format?.const).to.equal('jarjestoystavallisyys');
    expect(schema.properties.formatVersion?.const).to.equal(2);
  });
});
