// The README as VS Code's Extensions view shows it for an installed .vsix. That page is a webview
// whose sanitizer keeps only http(s) image sources (relative paths and data: URIs lose their src)
// and whose Content-Security-Policy loads images only from https:. Screenshots shipped inside the
// package therefore show as broken images; with no public https address to point them at, they
// are left out of the packaged README, which otherwise stays as it is.

const IMAGE = /!\[[^\]]*\]\(([^)\s]+)[^)]*\)/g;
const HTML_IMAGE = /<img\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi;
const shownThere = (src) => /^https:/i.test(src);
const imagesOf = (text) => [...text.matchAll(IMAGE), ...text.matchAll(HTML_IMAGE)].map((m) => m[1]);
const withoutImages = (text) => text.replace(IMAGE, '').replace(/<img\b[^>]*>/gi, '');
const cellsOf = (row) => row.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
const isScreenshotCell = (cell) => cell === '' || (withoutImages(cell).trim() === '' && imagesOf(cell).length > 0);

/**
 * `markdown` without the images the details page cannot show: a table whose body cells are all
 * such images goes whole (its header names only what they show), and so does a line that is only
 * images. Any other such image is an error, so that the page never shows a broken one.
 */
export function readmeForDetailsPage(markdown) {
  const lines = markdown.split('\n');
  const kept = [];
  let dropped = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trimStart().startsWith('|')) {
      let end = i;
      while (end < lines.length && lines[end].trimStart().startsWith('|')) end++;
      const body = lines.slice(i + 2, end);
      const local = imagesOf(body.join('\n')).filter((src) => !shownThere(src));
      if (body.length > 0 && local.length > 0 && body.every((row) => cellsOf(row).every(isScreenshotCell))) {
        i = end - 1;
        dropped = true;
        continue;
      }
      kept.push(...lines.slice(i, end));
      i = end - 1;
      continue;
    }
    const local = imagesOf(lines[i]).filter((src) => !shownThere(src));
    if (local.length > 0 && withoutImages(lines[i]).trim() === '') {
      dropped = true;
      continue;
    }
    if (local.length > 0) throw new Error(`README.md line ${i + 1}: the image ${local[0]} is in running text, where VS Code's Extensions view would show it broken; put it on a line of its own or in a table of screenshots`);
    // Two blank lines left where a dropped block stood read as one.
    if (dropped && lines[i].trim() === '' && kept.at(-1)?.trim() === '') continue;
    dropped = false;
    kept.push(lines[i]);
  }
  return kept.join('\n');
}
