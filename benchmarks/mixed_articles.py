#!/usr/bin/env python3
"""Writes a corpus of articles mixed from every article and test sentence the project has, for extraction runs.

The sample articles (samples/articles) are five short stories; repeated a thousand times they make the extraction
benchmark's corpus, in which every sentence recurs. This corpus draws its sentences at random from the samples, the
two seed articles (../shared/seeds, read where they lie, never copied into the repository) and the sentences quoted
in the extraction and engine tests (news and messages alike, for words the samples lack), so that each article is a
new mix: its own sentences in its own order, a title, and a publication date (one in ten without). The corpus follows
those files, so compare two builds on one corpus made once.

    python3 benchmarks/mixed_articles.py OUT_DIR [--count 400] [--seed 2026]

Run from the repository root. Extraction of the same corpus must give the same drafts byte for byte before and after
any change that claims only speed (`factcheck extract OUT_DIR/*.md -o before.json`, then again, and compare).
"""
import argparse
import glob
import os
import random
import re


def texts():
    found = []
    for path in sorted(glob.glob('samples/articles/*.md')) + sorted(glob.glob('../shared/seeds/*.txt')):
        with open(path, encoding='utf-8') as f:
            found.append(re.sub(r'(?s)^---.*?---\n', '', f.read()))
    tests = sorted(glob.glob('tests/FactCheck.Extraction.Tests/*.cs')) + sorted(glob.glob('tests/FactCheck.Tests/**/*.cs', recursive=True))
    for path in tests:
        with open(path, encoding='utf-8') as f:
            for m in re.finditer(r'"((?:[^"\\\n]|\\.){40,})"', f.read()):
                s = m.group(1)
                if ' ' in s and not s.startswith('{') and '\\n' not in s and '{' not in s:
                    found.append(s.replace('\\"', '"'))
    return found


def sentences(all_texts):
    found = set()
    for text in all_texts:
        for paragraph in text.split('\n'):
            for s in re.split(r'(?<=[.!?])\s+(?=[A-Z“"])', paragraph.strip()):
                if len(s) > 20:
                    found.add(s)
    return sorted(found)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('out')
    parser.add_argument('--count', type=int, default=400)
    parser.add_argument('--seed', type=int, default=2026)
    args = parser.parse_args()
    pool = sentences(texts())
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        paragraphs = [' '.join(rng.choice(pool) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(3, 10))]
        head = '---\ntitle: ' + rng.choice(pool)[:60].replace(':', ' ') + '\n'
        if rng.random() < 0.9:
            head += f'published: {rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n'
        with open(os.path.join(args.out, f'a{i:03d}.md'), 'w', encoding='utf-8') as f:
            f.write(head + '---\n' + '\n\n'.join(paragraphs) + '\n')
    print(f'{args.count} articles from {len(pool)} sentences in {args.out}')


if __name__ == '__main__':
    main()
