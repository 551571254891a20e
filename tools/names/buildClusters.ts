// Builds the word-cluster table the name model reads (clusters.ts says how), from the unlabelled
// text of: the training corpora (CoNLL-2003 train, UNER EWT train), PolNeAR train and dev, War and
// Peace and the sample article. Run by `npm run train:names` (tools/trainNames.mjs) before the trainer.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clusterTable, clusterWords } from './clusters';
import { readLabelledDocuments } from './corpus';
import { encodeClusters } from '../../src/core/pipeline/entities/nameModel/clusterTable';

const { values } = parseArgs({
  options: {
    conll: { type: 'string', default: '/tmp/evaldata/conll/train.txt' },
    uner: { type: 'string', default: '/tmp/evaldata/uner/en_ewt-ud-train.iob2' },
    polnear: { type: 'string', multiple: true, default: ['/tmp/evaldata/polnear/data/train/text', '/tmp/evaldata/polnear/data/dev/text'] },
    text: { type: 'string', multiple: true, default: ['../shared/bench/war-and-peace.txt', 'test/fixtures/xi-putin-moscow.txt'] },
    out: { type: 'string', default: 'src/core/pipeline/entities/nameModel/clusters.bin' },
  },
});
const began = Date.now();
const texts: string[][] = [];
texts.push(...readLabelledDocuments(fs.readFileSync(values.conll, 'utf8'), 'conll', { detokenizeEvery: 1 }).map((d) => clusterWords(d.text)));
texts.push(...readLabelledDocuments(fs.readFileSync(values.uner, 'utf8'), 'uner').map((d) => clusterWords(d.text)));
for (const dir of values.polnear) for (const file of fs.readdirSync(dir).sort()) texts.push(clusterWords(fs.readFileSync(path.join(dir, file), 'utf8')));
for (const file of values.text) texts.push(clusterWords(fs.readFileSync(file, 'utf8')));
console.log(`${texts.length} texts, ${texts.reduce((n, t) => n + t.length, 0)} words`);
const table = clusterTable(texts, { minCount: 3, maxWords: 50_000, contextWords: 1000, depth: 20, rounds: 8 });
const bytes = encodeClusters(table);
fs.writeFileSync(values.out, bytes);
console.log(`${table.paths.size} words; wrote ${values.out}: ${bytes.length} bytes in ${(Date.now() - began) / 1000} s`);
