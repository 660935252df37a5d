import Papa from 'papaparse';
import type { CsvCell, CsvTable } from '../model/csv-tables';

/** How a spreadsheet in the user's language reads CSV: fi/sv use `;` and a decimal comma. */
export interface CsvDialect {
  delimiter: ';' | ',';
  decimal: ',' | '.';
}

/** The dialect of a UI language: Finnish and Swedish Excel/LibreOffice settings, or English. */
export function csvDialect(language: 'fi' | 'sv' | 'en'): CsvDialect {
  return language === 'en' ? { delimiter: ',', decimal: '.' } : { delimiter: ';', decimal: ',' };
}

/** Cells a spreadsheet would run as a formula (OWASP "CSV injection"): =, +, -, @, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe: a leading single quote keeps a spreadsheet from reading a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A cell as written: numbers rounded to two decimals with the dialect's decimal mark (our own
 * numbers, so a negative change stays a number); text neutralised against formulas.
 */
export function csvCellText(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const text = String(Math.round(cell * 100) / 100);
    return dialect.decimal === ',' ? text.replace('.', ',') : text;
  }
  return neutraliseFormula(cell);
}

/** The table's rows as the file holds them, header first. */
export function csvRows(table: CsvTable, dialect: CsvDialect): string[][] {
  return [
    table.header.map((h) => neutraliseFormula(h)),
    ...table.rows.map((row) => row.map((cell) => csvCellText(cell, dialect))),
  ];
}

/** The BOM that tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** A CSV file's text: UTF-8 BOM, quoting by papaparse, CRLF line ends. */
export function toCsv(table: CsvTable, dialect: CsvDialect): string {
  return (
    UTF8_BOM +
    Papa.unparse(csvRows(table, dialect), {
      delimiter: dialect.delimiter,
      newline: '\r\n',
      // Our own neutralising above: papaparse's would also quote negative numbers.
      escapeFormulae: false,
    })
  );
}

/** Reads a CSV file's text back into rows (for checking an export). */
export function parseCsv(text: string, dialect: CsvDialect): string[][] {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  return Papa.parse<string[]>(body, { delimiter: dialect.delimiter, skipEmptyLines: true }).data;
}
