import { expect } from '@open-wc/testing';
import { surveyResponseJsonSchema } from '../../src/model/survey';

describe('docs/survey-response.schema.json', () => {
  it('is the schema generated from the zod schema (run `npm run schema` after changing it)', async () => {
    const response = await fetch('/docs/survey-response.schema.json');
    expect(response.ok, 'docs/survey-response.schema.json exists').to.equal(true);
    expect(await response.json()).to.deep.equal(surveyResponseJsonSchema());
  });

  it('names the format and its version', () => {
    const schema = surveyResponseJsonSchema() as {
      required: string[];
      properties: Record<string, { const?: unknown }>;
    };
    expect(schema.required).to.include.members([
      'format',
      'version',
      'surveyId',
      'checklist',
      'responseId',
      'group',
      'answers',
    ]);
    expect(schema.properties.format?.const).to.equal('jarjestoystavallisyys-survey-response');
    expect(schema.properties.version?.const).to.equal(1);
  });
});
