#!/usr/bin/env node
// `npm run screenshots`: PNGs of the real workbench (code-server in headless Chromium) for the
// README, in a dark and a light theme: the first view (the sample, the sidebar and the walkthrough
// as a new reader finds them), the walkthrough, the editor with its decorations, a hover on a name,
// a hover on a quote, the sidebar with both views, and the packaged .vsix installed from its file:
// its details page (README with images, then the commands, settings and walkthrough it
// contributes), and a folder of articles (test/fixtures/newsroom) with its Workspace view and a
// person's dossier page. Written to media/screenshots/. With --web, only Dossier in code-server's
// web worker extension host (as in vscode.dev): the decorated editor with a hover on a name.
//
//   node test/e2e/screenshots.mjs [--out media/screenshots] [--themes dark,light] [--timeout 240] [--details-only | --web | --workspace-only]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, ensureTools, startCodeServer, launchChromium, workbenchUrl } from '../host/codeServer.mjs';

const { values: args } = parseArgs({ options: {
  out: { type: 'string', default: 'media/screenshots' },
  themes: { type: 'string', default: 'dark,light' },
  timeout: { type: 'string', default: '240' },
  'details-only': { type: 'boolean', default: false },
  web: { type: 'boolean', default: false },
  'workspace-only': { type: 'boolean', default: false },
} });

const THEMES = { dark: 'Default Dark Modern', light: 'Default Light Modern' };
const SAMPLE = 'xi-putin-moscow.txt';
const outDir = path.resolve(ROOT, args.out);
const logDir = path.join(ROOT, 'out', 'logs');
const started = Date.now();
const step = (message) => console.error(`[shots ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

let server, browser;
async function cleanup() {
  try { await browser?.close(); } catch { /* already closed */ }
  try { await server?.stop(); } catch { /* already stopped */ }
  server = browser = undefined;
}
const killer = setTimeout(async () => { step('timed out'); await cleanup(); process.exit(124); }, Number(args.timeout) * 1000);
process.on('SIGINT', async () => { await cleanup(); process.exit(130); });

/**
 * The box of the `occurrence`-th rendered `text` in the editor. Names are not split into spans of
 * their own (their decorations are overlays), so the box comes from a DOM Range over the text.
 */
async function textBox(page, text, occurrence = 0) {
  return page.evaluate(([text, occurrence]) => {
    let seen = 0;
    for (const line of document.querySelectorAll('.editor-instance .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const content = node.textContent.replace(/\u00a0/g, ' ');
        for (let at = content.indexOf(text); at !== -1; at = content.indexOf(text, at + 1)) {
          if (seen++ < occurrence) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const { x, y, width, height } = range.getBoundingClientRect();
          return { x, y, width, height };
        }
      }
    }
    return undefined;
  }, [text, occurrence]);
}

/** Move the mouse, as a reader would, onto the middle of the `occurrence`-th rendered `text`. */
async function hoverOver(page, text, occurrence = 0) {
  const box = await textBox(page, text, occurrence);
  if (!box) throw new Error(`"${text}" is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + 70);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
}

/** Open the sample article (or another file of the folder) through Quick Open, as a reader would. */
async function openSample(page, file = SAMPLE) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill(file);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: file }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
}

/** Run a command by its title from the Command Palette. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(600);
}

async function visibleHover(page, hasText) {
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText }).first();
  await hover.waitFor({ state: 'visible', timeout: 15000 });
  await page.waitForTimeout(400);
  return hover;
}

/** Widen the sidebar by `pixels`, dragging its sash, so quotes and names are not cut short. */
async function widenSidebar(page, pixels) {
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  const sashX = sidebar.x + sidebar.width;
  await page.mouse.move(sashX, sidebar.y + sidebar.height / 2);
  await page.mouse.down();
  await page.mouse.move(sashX + pixels, sidebar.y + sidebar.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** The same editor settings for every shot of the workbench, so the pictures match. */
const EDITOR_SETTINGS = {
  'editor.fontSize': 14,
  'editor.lineHeight': 22,
  'editor.renderLineHighlight': 'none',
  'editor.glyphMargin': false,
  'editor.folding': false,
  'editor.hover.delay': 100,
  'editor.wordWrap': 'bounded',
  'editor.wordWrapColumn': 100,
  'breadcrumbs.enabled': false,
  'dossier.decorations.speakerLabels': true,
};

/** Open `file` of `folder` (the sample by default) in a workbench of `theme` and wait until Dossier has decorated it. */
async function openDecoratedSample(theme, extraSettings, folder = path.join(ROOT, 'samples'), file = SAMPLE) {
  server = await startCodeServer({
    logFile: path.join(logDir, `screenshots-${theme}${args.web ? '-web' : ''}.log`),
    settings: { 'workbench.colorTheme': THEMES[theme], ...EDITOR_SETTINGS, ...extraSettings },
  });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 }, deviceScaleFactor: 1 });
  await page.goto(workbenchUrl(server, folder, { extensionDevelopmentPath: ROOT, openFile: path.join(folder, file) }));
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.waitFor({ timeout: 60000 });
  // Decorations are rendered as overlays or spans whose class starts with "ced-" (contributed editor decoration).
  await editor.locator('.view-overlays [class*="ced-"], .view-line [class*="ced-"]').first().waitFor({ timeout: 60000 });
  step(`${theme}: editor decorated`);
  return { page, editor };
}

/**
 * Dossier in the web worker extension host: an extension with both `main` and `browser` runs there
 * when the user setting says so (the web host suites check the same setting lands it there).
 */
async function shootWeb(theme) {
  const { page } = await openDecoratedSample(theme, { 'remote.extensionKind': { 'dossier.dossier': ['web'] } });
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close All Editor Groups');
  await openSample(page);
  await page.locator('.editor-instance .monaco-editor').first().locator('.view-overlays [class*="ced-"], .view-line [class*="ced-"]').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(1200);
  await hoverOver(page, 'Putin', 1);
  await visibleHover(page, 'mention');
  await page.screenshot({ path: path.join(outDir, `web-hover-name-${theme}.png`) });
  step(`${theme}: the web worker host, name hover`);
  await cleanup();
}

async function shoot(theme) {
  const { page, editor } = await openDecoratedSample(theme, { 'workbench.activityBar.location': 'default' });
  // The first start opens the Dossier sidebar on the sample, with the walkthrough beside it.
  await page.locator('.pane-body .monaco-list-row').filter({ hasText: 'People' }).first().waitFor({ timeout: 15000 });
  await page.locator('.gettingStartedContainer').filter({ hasText: 'Get to know Dossier' }).first().waitFor({ timeout: 15000 });
  await page.waitForTimeout(1500);
  await page.mouse.move(640, 740);
  await page.screenshot({ path: path.join(outDir, `first-view-${theme}.png`) });
  step(`${theme}: first view`);

  // The walkthrough with the whole window, at its colour key.
  await page.locator('.gettingStartedContainer').first().click({ position: { x: 5, y: 5 } });
  await runCommand(page, 'View: Toggle Maximize Editor Group');
  await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
  await page.locator('.getting-started-step').filter({ hasText: 'What the colours mean' }).first().click();
  await page.waitForTimeout(1200);
  await page.screenshot({ path: path.join(outDir, `walkthrough-${theme}.png`) });
  step(`${theme}: walkthrough`);
  // Back to the article alone: every editor closed, the sample opened again.
  await runCommand(page, 'View: Close All Editor Groups');
  await openSample(page);
  await editor.locator('.view-overlays [class*="ced-"], .view-line [class*="ced-"]').first().waitFor({ timeout: 60000 });

  // The sidebar stays closed so the article has the width; let notifications settle.
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1200);
  await page.mouse.move(640, 740);
  await page.screenshot({ path: path.join(outDir, `editor-${theme}.png`) });

  await hoverOver(page, 'Putin', 1);
  await visibleHover(page, 'mention');
  await page.screenshot({ path: path.join(outDir, `hover-name-${theme}.png`) });
  step(`${theme}: name hover`);
  await page.mouse.move(640, 740);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(400);

  await page.locator('.activitybar .action-item a[aria-label^="Dossier"]').first().click();
  await page.locator('.pane-body .monaco-list-row').filter({ hasText: 'People' }).first().waitFor({ timeout: 15000 });
  await widenSidebar(page, 110);
  // Put the cursor on a name: the Entities view follows it.
  await hoverOver(page, 'Putin', 1);
  await page.mouse.down();
  await page.mouse.up();
  await page.mouse.move(640, 740);
  await page.waitForTimeout(1000);
  await page.keyboard.press('Escape');
  await page.screenshot({ path: path.join(outDir, `sidebar-${theme}.png`) });
  step(`${theme}: sidebar`);

  // The last paragraphs hold Putin's quotes: go to the end of the article.
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(500);
  await hoverOver(page, 'political interaction');
  await visibleHover(page, 'of 12');
  await page.screenshot({ path: path.join(outDir, `hover-quote-${theme}.png`) });
  step(`${theme}: quote hover`);
  await page.mouse.move(640, 740);
  await page.keyboard.press('Escape');

  await cleanup();
}

/**
 * A folder of articles: the Workspace view with a person expanded to her files and quotes, then
 * her dossier page opened from the view's inline action.
 */
async function shootWorkspace(theme) {
  const folder = path.join(ROOT, 'test', 'fixtures', 'newsroom');
  const article = '2024-03-04-harbour-vote.md';
  const { page } = await openDecoratedSample(theme, { 'workbench.activityBar.location': 'default' }, folder, article);
  // The first start's walkthrough closes; the article stays, beside the Dossier sidebar.
  await page.locator('.gettingStartedContainer').filter({ hasText: 'Get to know Dossier' }).first().waitFor({ timeout: 15000 });
  await page.locator('.editor-instance .monaco-editor').first().click();
  await runCommand(page, 'View: Close All Editor Groups');
  await openSample(page, article);
  await runCommand(page, 'Dossier: Focus on Workspace View');
  // The Workspace view gets the sidebar's height: the views of the open document fold away.
  for (const title of ['Entities', 'Quotes']) {
    const header = page.locator('.pane-header').filter({ hasText: title }).first();
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
  }
  const workspaceHeader = page.locator('.pane-header').filter({ hasText: 'Workspace' }).first();
  if ((await workspaceHeader.getAttribute('aria-expanded')) !== 'true') await workspaceHeader.click();
  const row = (text) => page.locator('.pane-body .monaco-list-row').filter({ hasText: text }).first();
  await row('Helena Marsh').waitFor({ timeout: 60000 });
  await widenSidebar(page, 160);
  // Expand by the twisties: a click on a file's row would open the file.
  await row('Helena Marsh').locator('.monaco-tl-twistie').click();
  await row('oakley-figures').locator('.monaco-tl-twistie').click();
  await page.waitForTimeout(1000);
  await page.mouse.move(640, 740);
  await page.screenshot({ path: path.join(outDir, `workspace-view-${theme}.png`) });
  step(`${theme}: Workspace view`);

  await row('Helena Marsh').hover();
  await row('Helena Marsh').locator('.action-label[aria-label^="Open Dossier"]').click();
  await page.locator('.webview').first().waitFor({ timeout: 15000 });
  // The page gets the window's width: the sidebar closes by its activity bar icon (the webview
  // has the keyboard's focus, so the palette's key would not reach the workbench).
  await page.locator('.activitybar .action-item a[aria-label^="Dossier"]').first().click();
  // The page is drawn in the webview's inner frame: wait for its heading there.
  const pageFrame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await pageFrame.locator('h1').filter({ hasText: 'Helena Marsh' }).first().waitFor({ timeout: 20000 });
  await page.waitForTimeout(1500);
  await page.mouse.move(640, 740);
  await page.screenshot({ path: path.join(outDir, `dossier-page-${theme}.png`) });
  step(`${theme}: dossier page`);
  await cleanup();
}

/** The .vsix as a user installs it: its details page in the Extensions view, README then contributions. */
async function shootDetails(theme, vsix) {
  server = await startCodeServer({ vsix: [vsix], logFile: path.join(logDir, `screenshots-details-${theme}.log`), settings: { 'workbench.colorTheme': THEMES[theme] } });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/?folder=${encodeURIComponent(path.join(ROOT, 'samples'))}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  // An installed Dossier starts with the first text file and greets its first start with its
  // sidebar and walkthrough; let it, then look it up.
  await openSample(page);
  await page.locator('.gettingStartedContainer').filter({ hasText: 'Get to know Dossier' }).first().waitFor({ timeout: 30000 });
  // The palette's key goes to the workbench only from outside the walkthrough's page.
  await page.locator('.editor-instance .monaco-editor').first().click();
  await runCommand(page, 'View: Close All Editor Groups');
  await runCommand(page, 'Extensions: Show Installed Extensions');
  await page.locator('.extensions-viewlet .monaco-list-row').filter({ hasText: 'Dossier' }).first().click();
  const details = page.locator('.extension-editor');
  await details.waitFor({ timeout: 15000 });
  // The README is rendered in a webview: give its images time to load.
  await page.waitForTimeout(4000);
  await page.screenshot({ path: path.join(outDir, `details-readme-${theme}.png`) });
  await details.locator('.action-label, .navbar .action-item a').filter({ hasText: /^Features$/ }).first().click();
  await details.locator('.monaco-list-row').filter({ hasText: /^Commands/ }).first().click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: path.join(outDir, `details-features-${theme}.png`) });
  step(`${theme}: the .vsix details page`);
  await cleanup();
}

try {
  ensureTools();
  execFileSync('node', ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  fs.mkdirSync(outDir, { recursive: true });
  fs.mkdirSync(logDir, { recursive: true });
  if (args.web) {
    for (const theme of args.themes.split(',')) await shootWeb(theme);
  } else if (args['workspace-only']) {
    for (const theme of args.themes.split(',')) await shootWorkspace(theme);
  } else {
    if (!args['details-only']) for (const theme of args.themes.split(',')) {
      await shoot(theme);
      await shootWorkspace(theme);
    }
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'ignore' });
    for (const theme of args.themes.split(',')) await shootDetails(theme, path.join(ROOT, 'dossier.vsix'));
  }
  step(`done: ${outDir}`);
} catch (error) {
  step(`FAILED: ${error?.stack ?? error}`);
  try { await browser?.contexts()[0]?.pages()[0]?.screenshot({ path: path.join(logDir, 'screenshots-failure.png') }); } catch { /* no page */ }
  process.exitCode = 1;
} finally {
  clearTimeout(killer);
  await cleanup();
}
