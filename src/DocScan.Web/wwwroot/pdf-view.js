// Draws a PDF draft page by page into canvases with the pdf.js the page carries (nothing from elsewhere).

const vendor = new URL('./vendor/pdfjs/', import.meta.url);
let library = null;

async function pdfjs() {
  if (!library) {
    library = await import('./vendor/pdfjs/pdf.min.mjs');
    library.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', vendor).href;
  }
  return library;
}

/** Appends one canvas per page to container; stops early when stillWanted() turns false. */
export async function renderPdf(bytes, container, stillWanted = () => true) {
  const { getDocument } = await pdfjs();
  // The loading task owns the worker's copy of the document; destroying it frees both (the document
  // proxy of this pdf.js has no destroy of its own).
  const task = getDocument({
    data: bytes,
    cMapUrl: new URL('cmaps/', vendor).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('standard_fonts/', vendor).href,
    isEvalSupported: false, // the page's content security policy allows no eval
    enableXfa: false,
  });
  const pdf = await task.promise;
  try {
    const width = Math.max(container.clientWidth - 16, 320);
    for (let number = 1; number <= pdf.numPages; number++) {
      if (!stillWanted()) return;
      const page = await pdf.getPage(number);
      const unscaled = page.getViewport({ scale: 1 });
      const scale = Math.min(width / unscaled.width, 2);
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.className = 'pdf-page';
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `第 ${number} 頁，共 ${pdf.numPages} 頁`);
      const figure = document.createElement('figure');
      figure.dataset.page = String(number);
      figure.tabIndex = -1;
      const caption = document.createElement('figcaption');
      caption.textContent = `第 ${number} 頁`;
      figure.append(canvas, caption);
      container.append(figure);
      await page.render({ canvas, viewport }).promise;
      canvas.dataset.rendered = 'true';
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
}
