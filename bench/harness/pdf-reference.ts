// The reference workload for the PDF export: jsPDF alone making a plain A4 document of about the
// plan's text (27 actions under 9 items, with notes) in the same embedded TrueType font the app
// uses (the DejaVu Sans subset). The app's warm export is gated as a multiple of this, timed in the
// same page (bench/BUDGETS.md).
import { jsPDF } from 'jspdf';

let font: string | undefined;

/** The font file as the binary string jsPDF's virtual file system takes (fetched once, untimed). */
async function fontFile(fontUrl: string): Promise<string> {
  if (font === undefined) {
    const bytes = new Uint8Array(await (await fetch(fontUrl)).arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    font = text;
  }
  return font;
}

function makeDocument(ttf: string): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  doc.addFileToVFS('DejaVuSans.ttf', ttf);
  doc.addFont('DejaVuSans.ttf', 'DejaVuSans', 'normal');
  doc.setFont('DejaVuSans', 'normal');
  let y = 20;
  const line = (text: string, size: number) => {
    doc.setFontSize(size);
    for (const row of doc.splitTextToSize(text, 170) as string[]) {
      if (y > 280) {
        doc.addPage();
        y = 20;
      }
      doc.text(row, 20, y);
      y += size * 0.5;
    }
  };
  line('Kehittämissuunnitelma – järjestöystävällisyyden itsearviointi', 16);
  for (let item = 1; item <= 9; item++) {
    line(`${item}. Kohta ${item}: järjestöjen osallisuus ja yhteistyö`, 12);
    line(`Työpajassa todettiin, että käytäntö vaihtelee toimialoittain (A${item}).`, 10);
    for (let action = 1; action <= 3; action++) {
      line(
        `Toimenpide ${action}: kirjataan järjestöjen tavoite hyvinvointisuunnitelmaan ja sovitaan seuranta – Hyte-koordinaattori, 2027-0${action}-15`,
        10,
      );
    }
  }
  return doc.output('arraybuffer');
}

/**
 * Milliseconds to make the reference document, between the marks 'ref:pdf-start' and 'ref:pdf-done';
 * `fontUrl` serves src/report/fonts/DejaVuSans-subset.ttf.
 */
export async function timePdfReference(fontUrl: string): Promise<number> {
  const ttf = await fontFile(fontUrl);
  const start = performance.mark('ref:pdf-start');
  if (makeDocument(ttf).byteLength < 1000) throw new Error('The reference PDF is empty');
  return performance.mark('ref:pdf-done').startTime - start.startTime;
}
