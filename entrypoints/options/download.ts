/** Saves generated text as a file through the page's own download link; nothing leaves the browser. */
export function download(fileName: string, type: string, text: string): void {
  // A BOM lets Excel open a UTF-8 CSV with Japanese, Chinese and Korean text intact.
  const body = type.startsWith('text/csv') ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
