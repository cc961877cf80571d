import { stringify } from 'csv-stringify/browser/esm/sync';

/** Excel needs the byte-order mark to read UTF-8, or å, ä and ö come out garbled. */
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * CSV that spreadsheet programs open safely, for the board export (server) and the audit log (console): UTF-8
 * with a BOM, CRLF rows, every text quoted (so line breaks stay inside their cell), and cells that start like a
 * formula (=, +, -, @, tab) prefixed with an apostrophe so they can never run (CSV injection).
 */
export function spreadsheetCsv(rows: readonly (readonly (string | number)[])[]): string {
  return (
    BYTE_ORDER_MARK +
    stringify(
      rows.map((row) => [...row]),
      { escape_formulas: true, quoted_string: true, record_delimiter: 'windows' },
    )
  );
}
