// When a document was written, for the dossier's timeline: the `date` of its front matter (YAML
// `date: 2024-03-05`, TOML `date = 2024-03-05`, a time after the day allowed), else a date in its
// file name (`2024-03-05-vote.md`, `vote_2024_03_05.txt`, `20240305.md`). A day that does not
// exist (2024-02-30) is no date. Only the day is kept: the timeline counts mentions by day.

const DATE = String.raw`(\d{4})[-_./]?(\d{2})[-_./]?(\d{2})`;
/** The front matter block at the very start, as Jekyll, Hugo and Pandoc write it. */
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_DATE = new RegExp(String.raw`^date[ \t]*[:=][ \t]*["']?(\d{4})-(\d{2})-(\d{2})(?:[T \t]|["']|$)`, 'm');
/** In a file name, a date not inside a longer run of digits (a phone number, an id). */
const FILE_NAME_DATE = new RegExp(String.raw`(?<!\d)${DATE}(?!\d)`);

/** The `date` of the text's front matter, as YYYY-MM-DD, or undefined. */
export function frontMatterDate(text: string): string | undefined {
  const frontMatter = FRONT_MATTER.exec(text);
  const found = frontMatter && FRONT_MATTER_DATE.exec(frontMatter[2]);
  return found ? validDay(found[1], found[2], found[3]) : undefined;
}

/** A date in the last segment of a path or URI, as YYYY-MM-DD, or undefined. */
export function fileNameDate(file: string): string | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const found = FILE_NAME_DATE.exec(name);
  return found ? validDay(found[1], found[2], found[3]) : undefined;
}

function validDay(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month}-${day}`;
  // Date.UTC carries a day that does not exist into the next month (2024-02-30 is 2024-03-01), a
  // month past 12 into the next year, and reads years 0-99 as 1900-1999: each then reads back different.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.toISOString().startsWith(iso) ? iso : undefined;
}
