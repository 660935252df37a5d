// The reference workload for the PDF export: jsPDF alone making a plain A4 document of about the
// plan's text (27 actions under 9 items, with notes) in its built-in font. The app's warm export is
// gated as a multiple of this, timed in the same page (bench/BUDGETS.md).
import { jsPDF } from 'jspdf';

function makeDocument(): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
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

/** Milliseconds to make the reference document (three of them, so it is not too short to time). */
export function timePdfReference(): number {
  const start = performance.now();
  for (let i = 0; i < 3; i++) {
    if (makeDocument().byteLength < 1000) throw new Error('The reference PDF is empty');
  }
  return (performance.now() - start) / 3;
}
