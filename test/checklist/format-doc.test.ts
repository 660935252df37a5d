import { expect } from '@open-wc/testing';
import doc from '../../docs/checklist-format.md?raw';
import { parseChecklist } from '../../src/checklist/parse';
import { PROBLEM_CODES } from '../../src/checklist/problems';
import { SCALE_PRESET_IDS } from '../../src/model/scales';

/** The complete example files in the format document (Markdown blocks that start with a header). */
const examples = [...doc.matchAll(/```markdown\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((block) => block.startsWith('---\n'));

describe('docs/checklist-format.md', () => {
  it('has complete examples, and every one loads without errors', () => {
    expect(examples.length).to.be.greaterThan(2);
    for (const example of examples) {
      const result = parseChecklist(example);
      expect(result.ok, `${example.slice(0, 80)}…\n${JSON.stringify(result)}`).to.equal(true);
    }
  });

  it('shows an example of a custom scale and of the yes-no preset', () => {
    const scales = examples.map((e) => {
      const result = parseChecklist(e);
      return result.ok ? result.checklist.scale.id : '';
    });
    expect(scales).to.include.members(['custom', 'yes-no', 'maturity-0-4']);
  });

  it('explains every problem code and names every preset', () => {
    for (const code of PROBLEM_CODES) expect(doc, code).to.contain(`| \`${code}\` |`);
    for (const id of SCALE_PRESET_IDS) expect(doc, id).to.contain(`\`${id}\``);
  });
});
