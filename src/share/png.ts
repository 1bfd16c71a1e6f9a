/**
 * Draws an SVG string onto a canvas and returns it as a PNG (browser only). The SVG is loaded as an
 * image from a data: URL (the CSP allows data: images) and never fetched: the CSP's connect-src
 * forbids fetch() of data: and blob: URLs. The chart references no external resource, so the canvas
 * stays untainted and can be exported.
 */
export async function svgToPngBlob(svg: string, scale = 2): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(img.naturalWidth * scale);
  canvas.height = Math.ceil(img.naturalHeight * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this browser');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode a PNG'))), 'image/png'),
  );
}
