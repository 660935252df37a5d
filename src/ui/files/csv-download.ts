import { getLocale, t } from '../../i18n';
import type { CsvTable } from '../../model/csv-tables';
import type { OverviewLabels, AssessmentLabels, PlanLabels } from '../../model/csv-tables';
import { MEDIA_TYPES, downloadFile } from './download';

/**
 * Downloads a table as CSV in the UI language's dialect (fi/sv: `;` and decimal comma; en: `,`
 * and point). The CSV writer (papaparse) loads only now. Returns the file name.
 */
export async function downloadCsv(baseName: string, table: CsvTable): Promise<string> {
  const { csvDialect, toCsv } = await import('../../storage/csv');
  const fileName = `${baseName}.csv`;
  downloadFile(fileName, toCsv(table, csvDialect(getLocale())), MEDIA_TYPES.csv);
  return fileName;
}

/** The overview table's texts in the UI language. */
export function overviewLabels(): OverviewLabels {
  return {
    organisation: t('list.columnOrganisation'),
    organisationType: t('csv.organisationType'),
    date: t('list.columnDate'),
    version: t('region.version'),
    overall: t('results.overall'),
    change: t('region.change'),
    changeOf: (column) => t('region.columnChange', { column }),
    typeName: (type) => t(`orgType.${type}`),
    status: (status) =>
      status === 'dontKnow'
        ? t('region.cellDontKnow')
        : status === 'notAsked'
          ? t('region.cellNotAsked')
          : t('region.cellUnanswered'),
  };
}

/** One assessment's table texts in the UI language. */
export function assessmentLabels(): AssessmentLabels {
  return {
    itemId: t('csv.itemId'),
    statement: t('csv.statement'),
    level: t('csv.level'),
    label: t('csv.label'),
    score: t('csv.score'),
    target: t('target.level'),
    targetBy: t('csv.targetBy'),
    notes: t('csv.notes'),
    dontKnow: t('region.cellDontKnow'),
  };
}

/** The action plan's table texts in the UI language. */
export function planLabels(): PlanLabels {
  return {
    item: t('plan.columnItem'),
    what: t('plan.columnWhat'),
    who: t('plan.columnWho'),
    due: t('plan.columnDue'),
    status: t('plan.columnStatus'),
    resources: t('item.actionResources'),
    round: t('csv.round'),
    outcome: t('csv.outcome'),
    statusName: (status) => t(`status.${status}`),
    outcomeName: (outcome) => t(`outcome.${outcome}`),
  };
}
