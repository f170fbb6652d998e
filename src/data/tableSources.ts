/** Where each seed table comes from (data/tables/sources.json): the one place a chart's source line is taken from. */
import sourcesJson from '../../data/tables/sources.json';
import { parseTableSources } from './parse.ts';

/** Read once through the schema every reader of sources.json uses (src/domain/schema/dataFiles.ts). */
const byFile = new Map(parseTableSources(sourcesJson).map((t) => [t.file as string, t.source]));

/** The document and section a seed table was taken from; throws for a file sources.json does not list. */
export function tableSource(file: string): { document: string; section: string; file: string } {
  const source = byFile.get(file);
  if (!source) throw new Error(`data/tables/sources.json lists no source for ${file}`);
  return { document: source.document, section: source.section ?? '', file };
}
