// Small readers for the text formats under data/sources/. Plain Node, no dependencies.

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, LF or CRLF line ends) into objects keyed by the header row.
 * @param {string} text
 * @returns {Record<string, string>[]}
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return toObjects(rows, 'CSV');
}

/**
 * Parses tab-separated text with a header row. Lines starting with `#` and blank lines are skipped.
 * @param {string} text
 * @returns {Record<string, string>[]}
 */
export function parseTsv(text) {
  const rows = text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  return toObjects(rows, 'TSV');
}

function toObjects(rows, kind) {
  const [header, ...body] = rows;
  if (!header) throw new Error(`${kind}: no header row`);
  return body.map((cells, index) => {
    if (cells.length !== header.length) {
      throw new Error(`${kind} row ${index + 2}: ${cells.length} fields, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, cells[i]]));
  });
}
