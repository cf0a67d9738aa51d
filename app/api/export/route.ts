/**
 * GET /api/export?format=gexf|graphml|csv|json[&part=edges|nodes]: the whole graph with provenance as a file
 * download (CSV: the edges table by default, `part=nodes` for the nodes table).
 */
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { CSV_PARTS, EXPORT_FORMATS, renderExport } from '@/lib/export';
import { otherMethods, parseParams, respond } from '@/lib/http';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** Read in any case (format=GEXF), as the other routes read their choices and ids. */
const lowerCase = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

const paramsSchema = z
  .strictObject({
    format: z.preprocess(
      lowerCase,
      z.enum(EXPORT_FORMATS, {
        error: (issue) => `${issue.input === undefined ? 'required: ' : ''}one of ${EXPORT_FORMATS.join(', ')}`,
      }),
    ),
    part: z.preprocess(lowerCase, z.enum(CSV_PARTS, { error: `one of ${CSV_PARTS.join(', ')}` }).optional()),
  })
  .refine((p) => p.part === undefined || p.format === 'csv', { path: ['part'], message: 'only applies to format=csv' });

export async function GET(request: Request) {
  return respond('export', async () => {
    const { format, part } = parseParams(request.url, paramsSchema);
    const file = renderExport(await (await getStore()).exportGraph(), format, { part });
    return new NextResponse(file.body, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);
