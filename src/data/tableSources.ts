/** Where each seed table comes from (data/tables/sources.json): the one place a chart's source line is taken from. */
import sourcesJson from '../../data/tables/sources.json';

interface TableSourceRecord {
  file: string;
  source: { document: string; section: string };
}

const byFile = new Map((sourcesJson as { tables: TableSourceRecord[] }).tables.map((t) => [t.file, t.source]));

/** The document and section a seed table was taken from; throws for a file sources.json does not list. */
export function tableSource(file: string): { document: string; section: string; file: string } {
  const source = byFile.get(file);
  if (!source) throw new Error(`data/tables/sources.json lists no source for ${file}`);
  return { ...source, file };
}
