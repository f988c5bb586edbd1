import type { CellNote } from '../../core/model';
import { cellAddress } from '../../core/model';
import { cellText } from './cell-text';

/** Author shown on our notes. */
const AUTHOR = '绩效汇报助手';

/** The legacy comments part: what Excel, WPS and LibreOffice all read as a cell's note. */
export function commentsXml(notes: readonly CellNote[]): string {
  const list = notes
    .map((note) => `<comment ref="${cellAddress(note.row, note.col)}" authorId="0"><text><r><t xml:space="preserve">${cellText(note.text)}</t></r></text></comment>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${cellText(AUTHOR)}</author></authors><commentList>${list}</commentList></comments>`
  );
}

/**
 * The VML drawing that gives each note its box. `block` is a shape-id block no other VML part in the
 * workbook uses (o:idmap), so our shape ids never collide with the department's.
 */
export function commentsVml(notes: readonly CellNote[], block: number): string {
  const shapes = notes.map((note, i) => {
    const row = note.row - 1;
    const col = note.col - 1;
    return (
      `<v:shape id="_x0000_s${block * 1024 + 1 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 5}, 2</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes.join('')}</xml>`
  );
}

/** Shape-id blocks the department's VML parts already claim (o:idmap data="1,2"). */
export function usedVmlBlocks(vml: string): number[] {
  const blocks: number[] = [];
  for (const match of vml.matchAll(/idmap[^>]*\bdata="([^"]*)"/g)) {
    for (const part of match[1].split(',')) {
      const n = Number(part.trim());
      if (Number.isInteger(n)) blocks.push(n);
    }
  }
  return blocks;
}
