import { pdfString, renderStatementPdf } from './statement-pdf.js';

/** The objects of a PDF by number, read through its cross-reference table. */
function objectsOf(pdf: Buffer): Map<number, string> {
  const text = pdf.toString('latin1');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
  const xref = text.slice(startxref).split('\n');
  expect(xref[0]).toBe('xref');
  const count = Number(xref[1].split(' ')[1]);
  const objects = new Map<number, string>();
  for (let id = 1; id < count; id++) {
    const offset = Number(xref[2 + id].slice(0, 10));
    const body = text.slice(offset);
    expect(body.startsWith(`${id} 0 obj\n`)).toBe(true);
    objects.set(id, body.slice(0, body.indexOf('endobj')));
  }
  return objects;
}

describe('renderStatementPdf', () => {
  it('should write a PDF whose cross-reference table points at every object', () => {
    const pdf = renderStatementPdf('Credit', [{ text: 'Consults answered: 3', bold: true }]);
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    const objects = objectsOf(pdf);
    expect(objects.get(1)).toContain('/Type /Catalog');
    expect([...objects.values()].some((o) => o.includes('(Consults answered: 3) Tj'))).toBe(true);
  });

  it('should give each content stream its exact length', () => {
    const pdf = renderStatementPdf('Credit', [{ text: 'A line' }, { text: 'Another line' }]);
    for (const object of objectsOf(pdf).values()) {
      const match = /<< \/Length (\d+) >>\nstream\n/.exec(object);
      if (!match) continue;
      const start = match.index + match[0].length;
      expect(object.indexOf('\nendstream', start) - start).toBe(Number(match[1]));
    }
  });

  it('should escape parentheses and backslashes and replace what is not printable ASCII', () => {
    expect(pdfString('a (b) \\ c')).toBe('a \\(b\\) \\\\ c');
    expect(pdfString('naïve — ok')).toBe('na?ve ? ok');
  });

  it('should wrap long lines and start new pages when one is full', () => {
    const lines = Array.from({ length: 120 }, (_, i) => ({ text: `Entry ${i} `.repeat(20) }));
    const objects = objectsOf(renderStatementPdf('Credit', lines));
    const pages = /\/Count (\d+)/.exec(objects.get(2)!)![1];
    expect(Number(pages)).toBeGreaterThan(1);
    const shown = [...objects.values()].flatMap((o) => [...o.matchAll(/\((.*?)\) Tj/g)].map((m) => m[1]));
    expect(shown.every((line) => line.length <= 95)).toBe(true);
    expect(shown.join(' ')).toContain('Entry 119');
  });
});
