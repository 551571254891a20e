#!/usr/bin/env node
// `npm run package`: dossier.vsix, with the README that VS Code's Extensions view can show
// (tools/packageReadme.mjs) in place of README.md.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeForDetailsPage } from './packageReadme.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// vsce takes the README's path relative to the project, and packages it as README.md.
const readme = path.join('out', 'package', 'README.md');
fs.mkdirSync(path.join(root, path.dirname(readme)), { recursive: true });
fs.writeFileSync(path.join(root, readme), readmeForDetailsPage(fs.readFileSync(path.join(root, 'README.md'), 'utf8')));
execFileSync(path.join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository',
  '--no-rewrite-relative-links', '--readme-path', readme, '-o', 'dossier.vsix', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
