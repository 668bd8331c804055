/**
 * Test helpers for the dataset suites: read the USDA CSVs straight from data/sources/ (served by the test
 * runner from the project root), independently of the generator's own parser.
 */

/** Parses RFC 4180 CSV into objects keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
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
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

export interface UsdaRow {
  source_id: string;
  description: string;
  manufacturer: string;
  food_group_code: string;
  magnesium_mg_per_100g: string;
  energy_kcal_per_100g: string;
}

export interface PortionRow {
  source_id: string;
  seq: string;
  amount: string;
  measure: string;
  household_measure: string;
  gram_weight: string;
}

let usda: Promise<{ foods: Map<string, UsdaRow>; portions: Map<string, PortionRow[]> }> | undefined;

/** The two USDA CSVs of data/sources/usda/, fetched and parsed once per test file. */
export function loadUsdaCsv(): Promise<{ foods: Map<string, UsdaRow>; portions: Map<string, PortionRow[]> }> {
  usda ??= (async () => {
    const [foodsText, portionsText] = await Promise.all(
      ['magnesium-foods-sr28.csv', 'magnesium-foods-sr28-portions.csv'].map(async (name) => {
        const response = await fetch(`/data/sources/usda/${name}`);
        if (!response.ok) throw new Error(`cannot fetch ${name}: ${response.status}`);
        return response.text();
      }),
    );
    const foods = new Map(parseCsv(foodsText!).map((r) => [r['source_id']!, r as unknown as UsdaRow]));
    const portions = new Map<string, PortionRow[]>();
    for (const r of parseCsv(portionsText!) as unknown as PortionRow[]) {
      const list = portions.get(r.source_id) ?? [];
      list.push(r);
      portions.set(r.source_id, list);
    }
    return { foods, portions };
  })();
  return usda;
}

/** Grams per ounce as USDA SR28 writes it ("1 oz = 28.35 g"). */
export const GRAMS_PER_OUNCE = 28.35;

/** Reads an NIH ODS serving ("1/2 cup", "3.5 ounces", "2 large biscuits") into amount and unit word. */
export function parseServing(text: string): { amount: number; unit: string } {
  const match = /^(\d+(?:\.\d+)?)(?:\/(\d+))?\s+(.+)$/.exec(text.trim());
  if (!match) throw new Error(`cannot read serving "${text}"`);
  const amount = match[2] ? Number(match[1]) / Number(match[2]) : Number(match[1]);
  return { amount, unit: match[3]! };
}
